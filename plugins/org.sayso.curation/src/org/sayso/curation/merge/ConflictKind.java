package org.sayso.curation.merge;

/**
 * How the annotators' versions of one unit differ. A unit may differ in several ways at once. {@link #CUE} is
 * beyond the five kinds of the issue: a claim whose cue differs is a conflict of its own, so the claim's cue link
 * is decided with the claim rather than dropped.
 */
public enum ConflictKind {
	/** Some annotators have the unit, others do not. */
	PRESENT_ABSENT("present/absent"),
	/** The versions overlap but begin or end differ. */
	SPAN_BOUNDARY("span boundary"),
	/** The claim kind, speaker kind or date type differs. */
	TYPE("type"),
	/** The claim is attributed to different speakers (judged by aligned mentions, not entity ids). */
	SPEAKER("speaker of a claim"),
	/** The claim's cues are different (or only some versions have one). */
	CUE("cue"),
	/** The normalized value of a date differs. */
	DATE_VALUE("date value");

	private final String label;

	ConflictKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
