package org.sayso.suggest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.dates.DateExpression;
import org.sayso.core.dates.DateRecognizer;
import org.sayso.model.ClaimKind;
import org.sayso.model.SpeakerKind;
import org.sayso.suggest.ArticleAnalysis;
import org.sayso.suggest.ArticleAnalysis.Part;
import org.sayso.suggest.FoundClaim;
import org.sayso.suggest.FoundCue;
import org.sayso.suggest.FoundSpeaker;
import org.sayso.suggest.internal.Attributor.CueFound;
import org.sayso.suggest.internal.Attributor.SpeakerFound;

/**
 * Computes an {@link ArticleAnalysis} paragraph by paragraph: memory grows with what is found, not with the text,
 * and a long text reports progress and can be cancelled between paragraphs. The attribution rules work on their own
 * mutable state (entities whose names grow as mentions are read); the result is a snapshot of it.
 */
public final class Analyzer {

	private Analyzer() {
	}

	/**
	 * The dates of a paragraph: the patterns run over each run of sentences that holds a word or digit a date can
	 * start with (a run, not single sentences, so that "Nov. 14" cut by the sentence detector stays whole).
	 */
	private static void dates(String text, Segment segment, @Nullable LocalDate dct, DateRecognizer.Reporting reporting,
			List<DateExpression> into) {
		var tenses = new PosTense(segment);
		int n = segment.sentences();
		for (int k = 0; k < n; k++) {
			if ((segment.triggers[k] & (Triggers.DATE | Triggers.TENSE)) == 0) {
				continue;
			}
			int last = k;
			while (last + 1 < n && (segment.triggers[last + 1] & (Triggers.DATE | Triggers.TENSE)) != 0) {
				last++;
			}
			int from = segment.sentenceBegin[k];
			int to = segment.sentenceEnd[last];
			for (var d : DateRecognizer.recognize(text.substring(from, to), dct, tenses.shifted(from), reporting)) {
				into.add(new DateExpression(d.begin() + from, d.end() + from, d.value(), d.type(), d.dctDependent(),
						d.note()));
			}
			k = last;
		}
	}

	/** See {@link ArticleAnalysis#of}. */
	public static ArticleAnalysis analyze(String text, @Nullable LocalDate dct, Set<Part> parts,
			@Nullable IProgressMonitor monitor) {
		var paragraphs = Paragraphs.of(text);
		var progress = SubMonitor.convert(monitor, paragraphs.size());
		var dates = new ArrayList<DateExpression>();
		boolean attribution = parts.contains(Part.ATTRIBUTION);
		var tools = OpenNlpModels.tools();
		var attributor = attribution ? new Attributor(text, Quotes.find(text)) : null;
		var reporting = new DateRecognizer.Reporting();
		for (var p : paragraphs) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			var segment = Segment.of(text, p.begin(), p.end(), tools);
			if (parts.contains(Part.DATES)) {
				dates(text, segment, dct, reporting, dates);
			}
			if (attribution) {
				attributor.paragraph(segment, p.begin(), p.end());
			}
			progress.worked(1);
		}
		return attributor != null ? snapshot(dates, attributor)
				: new ArticleAnalysis(dates, List.of(), List.of(), List.of());
	}

	/** The attributor's findings as the public records: one record per found speaker and cue, which claims share. */
	private static ArticleAnalysis snapshot(List<DateExpression> dates, Attributor attributor) {
		var speakers = new IdentityHashMap<SpeakerFound, FoundSpeaker>();
		var speakerList = new ArrayList<FoundSpeaker>();
		for (var s : attributor.speakers()) {
			speakerList.add(speakers.computeIfAbsent(s, Analyzer::speaker));
		}
		var cues = new IdentityHashMap<CueFound, FoundCue>();
		var cueList = new ArrayList<FoundCue>();
		for (var c : attributor.cues()) {
			cueList.add(cues.computeIfAbsent(c, found -> new FoundCue(found.begin(), found.end())));
		}
		var claims = new ArrayList<FoundClaim>();
		for (var c : attributor.claims()) {
			var speaker = c.speaker();
			var cue = c.cue();
			if (speaker == null) {
				continue; // the rules attribute every claim; content without a speaker is the journalist's
			}
			var joint = attributor.jointSpeakers(speaker).stream()
					.map(other -> speakers.computeIfAbsent(other, Analyzer::speaker)).toList();
			claims.add(new FoundClaim(c.begin(), c.end(), ClaimKind.get(c.kind()),
					speakers.computeIfAbsent(speaker, Analyzer::speaker), joint,
					cue == null ? null : cues.computeIfAbsent(cue, found -> new FoundCue(found.begin(), found.end()))));
		}
		return new ArticleAnalysis(dates, speakerList, cueList, claims);
	}

	private static FoundSpeaker speaker(SpeakerFound s) {
		return new FoundSpeaker(s.begin(), s.end(), SpeakerKind.get(s.kind().name().toLowerCase(Locale.ROOT)),
				s.entity().id(), s.entity().name());
	}

}
