package org.sayso.suggest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.sayso.core.dates.DateExpression;
import org.sayso.core.dates.DateRecognizer;
import org.sayso.suggest.internal.Attributor.ClaimFound;
import org.sayso.suggest.internal.Attributor.CueFound;
import org.sayso.suggest.internal.Attributor.SpeakerFound;

/**
 * Everything suggested for one text, computed paragraph by paragraph: memory grows with what is found, not with
 * the text, and a long text reports progress and can be cancelled between paragraphs.
 */
public record ArticleAnalysis(List<DateExpression> dates, List<SpeakerFound> speakers, List<CueFound> cues,
		List<ClaimFound> claims) {

	/**
	 * The dates of a paragraph: the patterns run over each run of sentences that holds a word or digit a date can
	 * start with (a run, not single sentences, so that "Nov. 14" cut by the sentence detector stays whole).
	 */
	private static void dates(String text, Segment segment, LocalDate dct, DateRecognizer.Reporting reporting,
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

	/** What to compute. */
	public enum Part {
		DATES, ATTRIBUTION
	}

	/**
	 * Analyses {@code text}.
	 *
	 * @param dct the article's date, or {@code null}: relative dates then get no value and a note
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public static ArticleAnalysis of(String text, LocalDate dct, java.util.Set<Part> parts, IProgressMonitor monitor) {
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
		return attribution
				? new ArticleAnalysis(dates, attributor.speakers(), attributor.cues(), attributor.claims())
				: new ArticleAnalysis(dates, List.of(), List.of(), List.of());
	}
}
