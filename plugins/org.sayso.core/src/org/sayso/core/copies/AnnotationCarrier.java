package org.sayso.core.copies;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.AnnotationKind;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.Origin;
import org.sayso.model.SpeakerMention;

/**
 * Carries the annotations of one article to a copy of it: each annotation whose whole span lies in a passage the
 * two share, and whose text is found there unchanged, is added to the copy's set as a suggestion of origin
 * {@link Origin#PROJECTED}, at its place in the copy; a claim keeps its links to the speakers and cues carried with
 * it. What is not carried is listed with the reason. Annotations the copy's set has already (same type, same span)
 * and suggestions its annotator rejected there are left out.
 */
public final class AnnotationCarrier {

	/** Why an annotation stayed behind, or how a claim came without one of its links. */
	public record Left(Annotation annotation, String reason) {
	}

	/** How many annotations were carried, and what was not. */
	public record Report(int carried, List<Left> left) {
	}

	private AnnotationCarrier() {
	}

	/**
	 * Carries the annotations of {@code from} (over {@code fromText}) to {@code to} (over {@code toText}).
	 *
	 * @param author the author of the carried suggestions: the annotator of {@code to}
	 */
	public static Report carry(String fromText, AnnotationSet from, String toText, AnnotationSet to, String author) {
		var pair = CopyDetector.compare(fromText, toText);
		var placed = new IdentityHashMap<Annotation, int[]>();
		var left = new ArrayList<Left>();
		for (var a : from.getAnnotations()) {
			var span = place(a, fromText, toText, pair.passages());
			if (span == null) {
				left.add(new Left(a, "its text is not in a passage the copy has unchanged"));
			} else if (present(to, a, span)) {
				left.add(new Left(a, "the copy has it already"));
			} else if (rejected(to, a, span)) {
				left.add(new Left(a, "the copy's annotator rejected it there"));
			} else {
				placed.put(a, span);
			}
		}
		// copy what is carried in one go: links among carried annotations follow, links to the rest are dropped
		var copier = new EcoreUtil.Copier(true, false);
		var carried = new ArrayList<Annotation>();
		for (var a : from.getAnnotations()) {
			if (placed.containsKey(a)) {
				carried.add((Annotation) copier.copy(a));
			}
		}
		copier.copyReferences();
		for (var original : placed.keySet()) {
			var copy = (Annotation) copier.get(original);
			var span = placed.get(original);
			copy.setBegin(span[0]);
			copy.setEnd(span[1]);
			copy.setOrigin(Origin.PROJECTED);
			copy.setAuthor(author);
			if (original instanceof SpeakerMention s && copy instanceof SpeakerMention c) {
				var name = s.getEntity() != null && s.getEntity().getName() != null ? s.getEntity().getName()
						: toText.substring(span[0], span[1]);
				c.setEntity(AnnotationEdits.entityFor(to, name));
			}
			if (original instanceof Claim claim) {
				lostLinks(claim, placed, left);
			}
		}
		to.getAnnotations().addAll(carried);
		return new Report(carried.size(), List.copyOf(left));
	}

	/** Where {@code a} goes in the copy: inside the passage that holds it, where the same text is; or null. */
	private static int @Nullable [] place(Annotation a, String fromText, String toText, List<CopyDetector.Passage> passages) {
		if (a.getEnd() > fromText.length() || a.getBegin() >= a.getEnd()) {
			return null;
		}
		var covered = fromText.substring(a.getBegin(), a.getEnd());
		// passages run from word to word: the quotes and punctuation around a span's words may lie just outside
		int core = a.getBegin();
		while (core < a.getEnd() && !Character.isLetterOrDigit(fromText.charAt(core))) {
			core++;
		}
		int coreEnd = a.getEnd();
		while (coreEnd > core && !Character.isLetterOrDigit(fromText.charAt(coreEnd - 1))) {
			coreEnd--;
		}
		int before = core - a.getBegin();
		int after = a.getEnd() - coreEnd;
		for (var p : passages) {
			if (p.beginA() <= core && coreEnd <= p.endA()) {
				int expected = p.beginB() + (a.getBegin() - p.beginA());
				int found = nearest(toText, covered, Math.max(0, p.beginB() - before), Math.min(toText.length(),
						p.endB() + after), expected);
				if (found >= 0) {
					return new int[] { found, found + covered.length() };
				}
			}
		}
		return null;
	}

	/** The occurrence of {@code covered} in [from, to) of {@code text} nearest {@code expected}, or -1. */
	private static int nearest(String text, String covered, int from, int to, int expected) {
		int best = -1;
		for (int i = text.indexOf(covered, from); i >= 0 && i + covered.length() <= to; i = text.indexOf(covered, i + 1)) {
			if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) {
				best = i;
			}
		}
		return best;
	}

	private static boolean present(AnnotationSet set, Annotation a, int[] span) {
		var kind = AnnotationKind.of(a);
		return set.getAnnotations().stream().anyMatch(
				b -> AnnotationKind.of(b) == kind && b.getBegin() == span[0] && b.getEnd() == span[1]);
	}

	private static boolean rejected(AnnotationSet set, Annotation a, int[] span) {
		var type = AnnotationKind.of(a).id();
		return set.getRejections().stream()
				.anyMatch(r -> type.equals(r.getType()) && r.getBegin() == span[0] && r.getEnd() == span[1]);
	}

	/** A carried claim whose speaker or cue stayed behind comes without that link: said in the report. */
	private static void lostLinks(Claim claim, Map<Annotation, int[]> placed, List<Left> left) {
		for (var speaker : claim.getSources()) {
			if (!placed.containsKey(speaker)) {
				left.add(new Left(speaker, "the claim it speaks came without it: the speaker is not in the copy unchanged"));
			}
		}
		for (Cue cue : claim.getCues()) {
			if (!placed.containsKey(cue)) {
				left.add(new Left(cue, "the claim came without this cue: the cue is not in the copy unchanged"));
			}
		}
	}
}
