package org.sayso.suggest;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What one run of the {@link Suggester} added to a set.
 *
 * @param speakers, claims, cues, dates the suggestions added
 * @param skipped  suggestions left out because the annotator already has that unit, rejected it, or it was
 *                 suggested before
 * @param dct      the DCT the dates were normalized against, or {@code null}
 * @param dctFromDateline whether this run set the document's DCT from its dateline
 */
public record SuggestionReport(int speakers, int claims, int cues, int dates, int skipped, @Nullable String dct,
		boolean dctFromDateline) {

	public int added() {
		return speakers + claims + cues + dates;
	}
}
