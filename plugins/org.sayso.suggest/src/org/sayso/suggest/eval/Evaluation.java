package org.sayso.suggest.eval;

import static org.sayso.core.AnnotationKind.CLAIM;
import static org.sayso.core.AnnotationKind.CUE;
import static org.sayso.core.AnnotationKind.DATE;
import static org.sayso.core.AnnotationKind.SPEAKER;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.AnnotationKind;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.Document;
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
		int firstError = scores.errors.size();
		var errors = new Errors(gold.getDocument(), scores);
		errors.unmatched(SPEAKER, of(gold, SpeakerMention.class), of(system, SpeakerMention.class),
				count(scores, SPEAKER, of(gold, SpeakerMention.class), of(system, SpeakerMention.class)));
		errors.unmatched(CUE, of(gold, Cue.class), of(system, Cue.class),
				count(scores, CUE, of(gold, Cue.class), of(system, Cue.class)));
		var goldClaims = of(gold, Claim.class);
		var claims = count(scores, CLAIM, goldClaims, of(system, Claim.class));
		var found = new java.util.HashSet<Annotation>();
		claims.forEach(pair -> found.add(pair[0]));
		var text = gold.getDocument().getText();
		for (var claim : goldClaims) {
			var form = ContentForm.of(text, claim.getBegin(), claim.getEnd());
			scores.claimsByForm.merge(form, new int[] { 1, found.contains(claim) ? 1 : 0 },
					(a, b) -> new int[] { a[0] + b[0], a[1] + b[1] });
		}
		errors.unmatched(CLAIM, goldClaims, of(system, Claim.class), claims);
		for (var pair : claims) {
			scores.attributed++;
			if (sameSpeaker((Claim) pair[0], (Claim) pair[1], text)) {
				scores.attributedRight++;
			} else {
				errors.add("wrong speaker", CLAIM, pair[1], "speaker " + speakers((Claim) pair[1], text) + ", gold "
						+ speakers((Claim) pair[0], text));
			}
		}
		var goldDates = of(gold, DateMention.class);
		var systemDates = of(system, DateMention.class);
		var dates = count(scores, DATE, goldDates, systemDates);
		errors.unmatched(DATE, goldDates, systemDates, dates);
		for (var pair : dates) {
			scores.valued++;
			var goldValue = ((DateMention) pair[0]).getValue();
			var systemValue = ((DateMention) pair[1]).getValue();
			if (Objects.equals(goldValue, systemValue)) {
				scores.valuedRight++;
			} else {
				errors.add("wrong value", DATE, pair[1], "value " + systemValue + ", gold " + goldValue);
			}
		}
		// the document's errors in text order
		scores.errors.subList(firstError, scores.errors.size()).sort(java.util.Comparator
				.comparingInt(Scores.ErrorCase::begin).thenComparingInt(Scores.ErrorCase::end));
	}

	/** The text of a claim's speakers, for an error line. */
	private static String speakers(Claim claim, String text) {
		if (claim.getSources().isEmpty()) {
			return "none";
		}
		var names = new ArrayList<String>();
		claim.getSources().forEach(s -> names.add("\"" + text.substring(s.getBegin(), s.getEnd()) + "\""));
		return String.join(" and ", names);
	}

	/** Records what was missed, spurious or wrong, with its context, in {@link Scores#errors()}. */
	private record Errors(Document document, Scores scores) {

		void unmatched(AnnotationKind type, List<? extends @NonNull Annotation> gold,
				List<? extends @NonNull Annotation> system,
				List<Annotation[]> pairs) {
			var matchedGold = new java.util.HashSet<Annotation>();
			var matchedSystem = new java.util.HashSet<Annotation>();
			pairs.forEach(pair -> {
				matchedGold.add(pair[0]);
				matchedSystem.add(pair[1]);
			});
			for (var pair : pairs) {
				if (pair[0].getBegin() != pair[1].getBegin() || pair[0].getEnd() != pair[1].getEnd()) {
					var text = document.getText();
					add("other span", type, pair[1], "gold \"" + text.substring(pair[0].getBegin(), pair[0].getEnd())
							.replaceAll("\\s+", " ") + "\"");
				}
			}
			gold.stream().filter(a -> !matchedGold.contains(a)).forEach(a -> add("missed", type, a,
					a instanceof DateMention date && date.getValue() != null ? "gold value " + date.getValue() : null));
			system.stream().filter(a -> !matchedSystem.contains(a)).forEach(a -> add("spurious", type, a,
					type == CLAIM && gold.stream().anyMatch(g -> g.getBegin() <= a.getBegin() && a.getEnd() <= g.getEnd())
							? "inside a matched gold claim: not counted against precision" : null));
		}

		void add(String kind, AnnotationKind type, Annotation annotation, @Nullable String detail) {
			scores.errors.add(new Scores.ErrorCase(document.getId(), kind, type.id(), annotation.getBegin(),
					annotation.getEnd(), detail, context(document.getText(), annotation.getBegin(), annotation.getEnd())));
		}

		/** Up to 40 characters either side, the span in brackets, on one line. */
		private static String context(String text, int begin, int end) {
			int from = Math.max(0, begin - 40);
			int to = Math.min(text.length(), end + 40);
			return (text.substring(from, begin) + "[" + text.substring(begin, end) + "]" + text.substring(end, to))
					.replaceAll("\\s+", " ");
		}
	}

	/** Counts one type; returns the overlap matches as {gold, system} pairs. */
	private static List<Annotation[]> count(Scores scores, AnnotationKind type, List<? extends @NonNull Annotation> gold,
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
		if (type == CLAIM) {
			// a claim inside a gold claim that another one matched: a quote that goes on after its cue, which
			// PolNeAR annotates as one discontinuous content and Sayso as a claim of its own
			for (var leftover : systemLeft) {
				if (gold.stream().anyMatch(g -> g.getBegin() <= leftover.getBegin() && leftover.getEnd() <= g.getEnd())) {
					c.inside++;
				}
			}
		}
		return pairs;
	}

	private static boolean sameSpeaker(Claim gold, Claim system, String text) {
		for (var g : gold.getSources()) {
			for (var s : system.getSources()) {
				if (overlapsAny(mentions(s), mentions(g)) || sameName(g, s, text) || sameName(s, g, text)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether {@code mention} names the entity of {@code other}: "Trump" for the entity "Donald Trump" that a system's
	 * "he" was resolved to, when the gold links no entities (as imported corpora do not).
	 */
	private static boolean sameName(SpeakerMention mention, SpeakerMention other, String text) {
		var entity = other.getEntity();
		if (entity == null || entity.getName() == null) {
			return false;
		}
		var words = text.substring(mention.getBegin(), mention.getEnd()).replaceAll("^(?:Mr\\.|Mrs\\.|Ms\\.|Dr\\.)\\s+", "")
				.strip();
		if (words.isEmpty() || !Character.isUpperCase(words.charAt(0)) || words.split("\\s+").length > 4) {
			return false;
		}
		var name = " " + entity.getName().toLowerCase(java.util.Locale.ROOT) + " ";
		var last = words.substring(words.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
		return name.contains(" " + last + " ");
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
