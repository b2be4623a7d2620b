package org.sayso.suggest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.sayso.core.dates.DctDetector;
import org.sayso.core.dates.DctValue;
import org.sayso.core.edit.SpanIndex;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.ClaimKind;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.Origin;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerEntity;
import org.sayso.model.SpeakerMention;

/**
 * Adds suggested speakers, claims, cues and dates to an annotator's set, so that annotating becomes reviewing:
 * {@link SuggestionReview#accept accept}, fix or {@link SuggestionReview#reject reject}. Suggestions have origin
 * {@link Origin#SUGGESTED}. A suggestion is left out when the set already has an annotation of its type over an
 * overlapping span (the annotator's, or an earlier suggestion) or when the annotator rejected that span before, so
 * running again never duplicates, overwrites or brings back anything; a suggested claim whose speaker the
 * annotator has already marked is linked to the annotator's speaker. A document without DCT gets the one its
 * dateline gives (origin "dateline"), and relative dates are normalized against it.
 */
public final class Suggester {

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	private Suggester() {
	}

	/**
	 * Suggests into {@code set}; its document must hold its text. The same as {@link #apply} of {@link #analyze}.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled; the set is then
	 *                                                             unchanged
	 */
	public static SuggestionReport suggest(AnnotationSet set, @Nullable IProgressMonitor monitor) {
		var document = set.getDocument();
		var text = document.getText();
		if (text == null) {
			throw new IllegalArgumentException("Document '" + document.getId() + "' has no text loaded: open it through"
					+ " the project store first");
		}
		return apply(set, analyze(text, document.getDct(), monitor));
	}

	/**
	 * What the suggestions find in an article, before anything is added to a set. It reads only the text and the DCT
	 * given, so it runs off the UI thread while the annotator goes on; {@link #apply} then adds it.
	 */
	public static final class Analysis {
		private final String text;
		private final ArticleAnalysis found;
		private final @Nullable String dct;
		private final boolean dctFromDateline;

		private Analysis(String text, ArticleAnalysis found, @Nullable String dct, boolean dctFromDateline) {
			this.text = text;
			this.found = found;
			this.dct = dct;
			this.dctFromDateline = dctFromDateline;
		}
	}

	/**
	 * Analyses {@code text} against the article's {@code dct} (or, without one, the dateline's).
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
	 */
	public static Analysis analyze(String text, @Nullable String dct, @Nullable IProgressMonitor monitor) {
		boolean fromDateline = false;
		if (dct == null) {
			var found = DctDetector.detect(text);
			if (found.isPresent()) {
				dct = found.get().date().toString();
				fromDateline = true;
			}
		}
		var found = ArticleAnalysis.of(text, DctValue.dayOf(dct), EnumSet.allOf(ArticleAnalysis.Part.class), monitor);
		return new Analysis(text, found, dct, fromDateline);
	}

	/**
	 * Adds an analysis of the set's article to the set: what overlaps an annotation of its kind, or was rejected,
	 * stays out. A DCT found in the dateline becomes the article's when it still has none.
	 */
	public static SuggestionReport apply(AnnotationSet set, Analysis analysis) {
		var document = set.getDocument();
		if (document.getText() != null && !document.getText().equals(analysis.text)) {
			throw new IllegalArgumentException("The analysis is of another text than document '" + document.getId() + "'");
		}
		boolean fromDateline = false;
		if (document.getDct() == null && analysis.dctFromDateline) {
			document.setDct(analysis.dct);
			document.setDctOrigin("dateline");
			fromDateline = true;
		}
		return new Adder(set).add(analysis.found, document.getDct(), fromDateline);
	}

	/** Adds one analysis to a set, checking each unit against what the set holds and rejected. */
	private static final class Adder {
		private final AnnotationSet set;
		private final Map<FoundSpeaker, SpeakerMention> speakers = new IdentityHashMap<>();
		private final Map<FoundCue, Cue> cues = new IdentityHashMap<>();
		private final Map<String, SpeakerEntity> entities = new HashMap<>();
		private final List<Annotation> added = new ArrayList<>();
		private final Map<Class<?>, SpanIndex> index = new HashMap<>();
		private int skipped;

		Adder(AnnotationSet set) {
			this.set = set;
			set.getEntities().forEach(e -> entities.put(e.getId(), e));
		}

		SuggestionReport add(ArticleAnalysis analysis, @Nullable String dct, boolean fromDateline) {
			int nSpeakers = 0, nCues = 0, nClaims = 0, nDates = 0;
			for (var s : analysis.speakers()) {
				var existing = overlapping(SpeakerMention.class, s.begin(), s.end());
				if (existing != null || rejected("speaker", s.begin(), s.end())) {
					skipped++;
					if (existing != null) {
						speakers.put(s, existing);
					}
					continue;
				}
				var mention = F.createSpeakerMention();
				span(mention, s.begin(), s.end());
				mention.setKind(s.kind());
				mention.setEntity(entity(s));
				speakers.put(s, mention);
				nSpeakers++;
			}
			for (var c : analysis.cues()) {
				var existing = overlapping(Cue.class, c.begin(), c.end());
				if (existing != null || rejected("cue", c.begin(), c.end())) {
					skipped++;
					if (existing != null) {
						cues.put(c, existing);
					}
					continue;
				}
				var cue = F.createCue();
				span(cue, c.begin(), c.end());
				cues.put(c, cue);
				nCues++;
			}
			for (var c : analysis.claims()) {
				var speaker = speakers.get(c.speaker());
				if (speaker == null || overlapping(Claim.class, c.begin(), c.end()) != null
						|| rejected("claim", c.begin(), c.end())) {
					skipped++;
					continue;
				}
				var claim = F.createClaim();
				span(claim, c.begin(), c.end());
				claim.setKind(c.kind());
				claim.getSources().add(speaker);
				for (var other : c.jointSpeakers()) {
					var mention = speakers.get(other);
					if (mention != null && !claim.getSources().contains(mention)) {
						claim.getSources().add(mention); // a joint statement
					}
				}
				var cue = c.cue() == null ? null : cues.get(c.cue());
				if (cue != null) {
					claim.getCues().add(cue);
				}
				nClaims++;
			}
			for (var d : analysis.dates()) {
				if (overlapping(DateMention.class, d.begin(), d.end()) != null || rejected("date", d.begin(), d.end())) {
					skipped++;
					continue;
				}
				var date = F.createDateMention();
				span(date, d.begin(), d.end());
				date.setValue(d.value());
				date.setType(d.type());
				date.setDctDependent(d.dctDependent());
				date.setNote(d.note());
				nDates++;
			}
			set.getAnnotations().addAll(added);
			return new SuggestionReport(nSpeakers, nClaims, nCues, nDates, skipped, dct, fromDateline);
		}

		private SpeakerEntity entity(FoundSpeaker s) {
			return entities.computeIfAbsent(s.entityId(), id -> {
				var entity = F.createSpeakerEntity();
				entity.setId(id);
				entity.setName(s.entityName());
				set.getEntities().add(entity);
				return entity;
			});
		}

		private void span(Annotation annotation, int begin, int end) {
			annotation.setBegin(begin);
			annotation.setEnd(end);
			annotation.setOrigin(Origin.SUGGESTED);
			added.add(annotation);
			for (var entry : index.entrySet()) {
				if (entry.getKey().isInstance(annotation)) {
					entry.getValue().add(annotation);
				}
			}
		}

		private <T extends Annotation> @Nullable T overlapping(Class<T> type, int begin, int end) {
			var hits = index.computeIfAbsent(type, this::indexOf).overlapping(begin, end);
			return hits.isEmpty() ? null : type.cast(hits.get(0));
		}

		private SpanIndex indexOf(Class<?> type) {
			return new SpanIndex(set.getAnnotations().stream().filter(type::isInstance).toList());
		}

		private boolean rejected(String type, int begin, int end) {
			for (var r : set.getRejections()) {
				if (r.getType().equals(type) && r.getBegin() == begin && r.getEnd() == end) {
					return true;
				}
			}
			return false;
		}
	}
}
