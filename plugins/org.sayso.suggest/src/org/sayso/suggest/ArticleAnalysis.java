package org.sayso.suggest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.dates.DateExpression;
import org.sayso.suggest.internal.Analyzer;

/**
 * Everything the suggestions find in one article, before anything is added to a set: the dates with their values,
 * the speakers, the cues and the claims. It reads only the text and the DCT, so it runs off the UI thread and in
 * parallel; {@link Suggester#apply} adds it to a set, and the UIMA engines write it into a CAS.
 *
 * @param dates    the date expressions, in text order
 * @param speakers the speaker mentions, in text order
 * @param cues     the cues of saying, in text order
 * @param claims   the claims, in text order; their speakers and cues are records of {@code speakers} and {@code cues}
 */
public record ArticleAnalysis(List<DateExpression> dates, List<FoundSpeaker> speakers, List<FoundCue> cues,
		List<FoundClaim> claims) {

	public ArticleAnalysis {
		dates = List.copyOf(dates);
		speakers = List.copyOf(speakers);
		cues = List.copyOf(cues);
		claims = List.copyOf(claims);
	}

	/** What to compute. */
	public enum Part {
		DATES, ATTRIBUTION
	}

	/**
	 * Analyses {@code text}, paragraph by paragraph, with progress and cancellation between paragraphs.
	 *
	 * @param dct the article's date, or {@code null}: relative dates then get no value and a note
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public static ArticleAnalysis of(String text, @Nullable LocalDate dct, Set<Part> parts,
			@Nullable IProgressMonitor monitor) {
		return Analyzer.analyze(text, dct, parts, monitor);
	}
}
