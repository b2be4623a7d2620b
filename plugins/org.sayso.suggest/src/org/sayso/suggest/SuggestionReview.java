package org.sayso.suggest;

import java.util.ArrayList;
import java.util.List;

import org.sayso.core.AnnotationKind;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.Origin;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerMention;
import org.sayso.suggest.internal.OpenNlpModels;

/**
 * What the annotator does with a suggestion. Accepting makes it the annotator's own (origin manual); rejecting
 * removes it and records the rejection in the set ({@code AnnotationSet.rejections}, saved with the set), so that
 * suggesting again leaves that span out. Only suggestions are touched: the annotator's own annotations are left as
 * they are by every method here.
 */
public final class SuggestionReview {

	private SuggestionReview() {
	}

	/**
	 * Whether the annotation waits for the annotator's review: a suggestion of the suggester, or one carried from a
	 * copy of the article ({@link Origin#PROJECTED}).
	 */
	public static boolean isSuggestion(Annotation annotation) {
		return annotation.getOrigin() == Origin.SUGGESTED || annotation.getOrigin() == Origin.PROJECTED;
	}

	/** Makes a suggestion manual; a claim takes its suggested speakers and cues along. */
	public static void accept(Annotation annotation) {
		if (!isSuggestion(annotation)) {
			return;
		}
		annotation.setOrigin(Origin.MANUAL);
		if (annotation instanceof Claim claim) {
			claim.getSources().forEach(SuggestionReview::accept);
			claim.getCues().forEach(SuggestionReview::accept);
		}
	}

	/** Accepts every suggestion that lies inside [begin, end), e.g. a sentence: see {@link #sentenceAround}. */
	/**
	 * Accepts every suggestion of the sentence around {@code offset}, taking in what the sentence only starts or
	 * ends (a quote of two sentences is one claim); returns them.
	 */
	public static List<Annotation> acceptSentence(AnnotationSet set, int offset) {
		var sentence = sentenceAround(set.getDocument().getText(), offset);
		int begin = sentence[0];
		int end = sentence[1];
		for (var a : set.getAnnotations()) {
			if (isSuggestion(a) && a.getBegin() < sentence[1] && a.getEnd() > sentence[0]) {
				begin = Math.min(begin, a.getBegin());
				end = Math.max(end, a.getEnd());
			}
		}
		return acceptAll(set, begin, end);
	}

	public static List<Annotation> acceptAll(AnnotationSet set, int begin, int end) {
		var accepted = new ArrayList<Annotation>();
		for (var a : List.copyOf(set.getAnnotations())) {
			if (isSuggestion(a) && a.getBegin() >= begin && a.getEnd() <= end) {
				accept(a);
				accepted.add(a);
			}
		}
		return accepted;
	}

	/**
	 * Removes a suggestion and remembers the rejection, for the suggestion and the group that goes with it, as one
	 * unit: a rejected speaker or cue is unlinked from the claims that used it, suggested claims left without speaker
	 * go too, and a suggested speaker or cue that no claim uses any more goes with its claim. Every suggestion removed
	 * is remembered as rejected, so suggesting again brings back no part of the group: not the speaker and cue of a
	 * rejected claim without the claim.
	 */
	public static void reject(Annotation annotation) {
		if (!isSuggestion(annotation) || !(annotation.eContainer() instanceof AnnotationSet set)) {
			return;
		}
		remove(set, annotation);
	}

	private static void remember(AnnotationSet set, Annotation annotation) {
		var rejection = SaysoFactory.eINSTANCE.createRejection();
		rejection.setType(typeName(annotation));
		rejection.setBegin(annotation.getBegin());
		rejection.setEnd(annotation.getEnd());
		if (annotation instanceof DateMention date) {
			rejection.setValue(date.getValue());
		}
		set.getRejections().add(rejection);
	}

	private static void remove(AnnotationSet set, Annotation annotation) {
		remember(set, annotation);
		set.getAnnotations().remove(annotation);
		switch (annotation) {
		case SpeakerMention speaker -> {
			var entity = speaker.getEntity();
			speaker.setEntity(null);
			if (entity != null && entity.getMentions().isEmpty()) {
				set.getEntities().remove(entity);
			}
			for (var claim : claims(set)) {
				if (claim.getSources().remove(speaker) && claim.getSources().isEmpty()
						&& isSuggestion(claim)) {
					remove(set, claim);
				}
			}
		}
		case Cue cue -> claims(set).forEach(claim -> claim.getCues().remove(cue));
		case Claim claim -> {
			var used = new ArrayList<Annotation>(claim.getSources());
			used.addAll(claim.getCues());
			for (var u : used) {
				if (isSuggestion(u) && claims(set).stream()
						.noneMatch(c -> c != claim && (c.getSources().contains(u) || c.getCues().contains(u)))) {
					remove(set, u);
				}
			}
		}
		default -> {
		}
		}
	}

	private static List<Claim> claims(AnnotationSet set) {
		var claims = new ArrayList<Claim>();
		for (var a : set.getAnnotations()) {
			if (a instanceof Claim c) {
				claims.add(c);
			}
		}
		return claims;
	}

	/** The type name a rejection records: speaker, claim, cue or date. */
	public static String typeName(Annotation annotation) {
		return AnnotationKind.of(annotation).id();
	}

	/** The sentence around {@code offset} as {begin, end}, by OpenNLP's sentence detector, for "accept sentence". */
	public static int[] sentenceAround(String text, int offset) {
		int from = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int to = text.indexOf('\n', offset);
		to = to < 0 ? text.length() : to;
		for (var span : OpenNlpModels.tools().sentences().sentPosDetect(text.substring(from, to))) {
			if (from + span.getStart() <= offset && offset <= from + span.getEnd()) {
				return new int[] { from + span.getStart(), from + span.getEnd() };
			}
		}
		return new int[] { from, to };
	}
}
