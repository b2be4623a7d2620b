package org.sayso.suggest.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.SpeakerEntity;
import org.sayso.model.SpeakerMention;

/**
 * Compares a system's annotation set with a gold set of the same document. Spans are matched one to one: exact
 * matches first, then, for the overlap figures, the remaining pairs by largest overlap. A matched claim is
 * <em>attributed right</em> when its speaker entity matches the gold claim's: some mention of the system's
 * entity (or the claim's speaker mention itself, when it has no entity) overlaps some mention of the gold entity.
 * A matched date is <em>valued right</em> when both values are equal (both empty counts as equal).
 */
public final class Evaluation {

	private Evaluation() {
	}

	/** Adds the comparison of one document to {@code scores}. */
	public static void compare(AnnotationSet gold, AnnotationSet system, Scores scores) {
		scores.documents++;
		count(scores, "speaker", of(gold, SpeakerMention.class), of(system, SpeakerMention.class));
		count(scores, "cue", of(gold, Cue.class), of(system, Cue.class));
		var goldClaims = of(gold, Claim.class);
		var claims = count(scores, "claim", goldClaims, of(system, Claim.class));
		var found = new java.util.HashSet<Annotation>();
		claims.forEach(pair -> found.add(pair[0]));
		var text = gold.getDocument().getText();
		for (var claim : goldClaims) {
			var form = ContentForm.of(text.substring(claim.getBegin(), claim.getEnd()));
			scores.claimsByForm.merge(form, new int[] { 1, found.contains(claim) ? 1 : 0 },
					(a, b) -> new int[] { a[0] + b[0], a[1] + b[1] });
		}
		for (var pair : claims) {
			scores.attributed++;
			if (sameSpeaker((Claim) pair[0], (Claim) pair[1])) {
				scores.attributedRight++;
			}
		}
		var dates = count(scores, "date", of(gold, DateMention.class), of(system, DateMention.class));
		for (var pair : dates) {
			scores.valued++;
			if (Objects.equals(((DateMention) pair[0]).getValue(), ((DateMention) pair[1]).getValue())) {
				scores.valuedRight++;
			}
		}
	}

	/** Counts one type; returns the overlap matches as {gold, system} pairs. */
	private static List<Annotation[]> count(Scores scores, String type, List<? extends Annotation> gold,
			List<? extends Annotation> system) {
		var c = scores.of(type);
		c.gold += gold.size();
		c.system += system.size();
		var goldLeft = new ArrayList<Annotation>(gold);
		var systemLeft = new ArrayList<Annotation>(system);
		var pairs = new ArrayList<Annotation[]>();
		for (var g : gold) {
			for (var s : systemLeft) {
				if (s.getBegin() == g.getBegin() && s.getEnd() == g.getEnd()) {
					pairs.add(new Annotation[] { g, s });
					systemLeft.remove(s);
					goldLeft.remove(g);
					break;
				}
			}
		}
		c.exact += pairs.size();
		while (true) {
			Annotation bestG = null;
			Annotation bestS = null;
			int best = 0;
			for (var g : goldLeft) {
				for (var s : systemLeft) {
					int overlap = Math.min(g.getEnd(), s.getEnd()) - Math.max(g.getBegin(), s.getBegin());
					if (overlap > best) {
						best = overlap;
						bestG = g;
						bestS = s;
					}
				}
			}
			if (bestG == null) {
				break;
			}
			pairs.add(new Annotation[] { bestG, bestS });
			goldLeft.remove(bestG);
			systemLeft.remove(bestS);
		}
		c.overlap += pairs.size();
		return pairs;
	}

	private static boolean sameSpeaker(Claim gold, Claim system) {
		for (var g : gold.getSources()) {
			for (var s : system.getSources()) {
				if (overlapsAny(mentions(s), mentions(g))) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<SpeakerMention> mentions(SpeakerMention mention) {
		SpeakerEntity entity = mention.getEntity();
		return entity == null || entity.getMentions().isEmpty() ? List.of(mention) : entity.getMentions();
	}

	private static boolean overlapsAny(List<SpeakerMention> a, List<SpeakerMention> b) {
		for (var x : a) {
			for (var y : b) {
				if (x.getBegin() < y.getEnd() && y.getBegin() < x.getEnd()) {
					return true;
				}
			}
		}
		return false;
	}

	private static <T extends Annotation> List<T> of(AnnotationSet set, Class<T> type) {
		var list = new ArrayList<T>();
		for (var a : set.getAnnotations()) {
			if (type.isInstance(a)) {
				list.add(type.cast(a));
			}
		}
		return list;
	}
}
