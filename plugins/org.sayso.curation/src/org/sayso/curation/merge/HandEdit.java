package org.sayso.curation.merge;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The curator's own version of a unit: what differs from the base annotator's version. Null fields keep the
 * base's value. Speakers and cues are given as units, so the edit stays valid however the curated set is rebuilt.
 *
 * @param kind the literal of the claim kind, speaker kind or date type
 */
public record HandEdit(@Nullable Integer begin, @Nullable Integer end, @Nullable String kind, @Nullable String dateValue,
		@Nullable List<MergeUnit> speakers, @Nullable List<MergeUnit> cues) {

	public static HandEdit span(int begin, int end) {
		return new HandEdit(begin, end, null, null, null, null);
	}

	public static HandEdit dateValue(String value) {
		return new HandEdit(null, null, null, value, null, null);
	}

	public static HandEdit speakers(List<MergeUnit> speakers) {
		return new HandEdit(null, null, null, null, List.copyOf(speakers), null);
	}
}
