package org.sayso.curation.merge;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.AnnotationKind;
import org.sayso.model.ProjectSettings;

/**
 * How a merge aligns and what it accepts by itself.
 *
 * @param claimOverlap share of the shorter claim two claims must overlap to be one unit
 * @param spanOverlap the same for speakers, cues and dates
 * @param majority share of the annotators whose identical version is accepted without the curator; 0 or above
 *            1 accepts only unanimous units
 * @param curator the name recorded as the curated set's annotator and as who decided
 */
public record MergeSettings(double claimOverlap, double spanOverlap, double majority, @Nullable String curator) {

	public static final double DEFAULT_SPAN_OVERLAP = 0.5;

	public MergeSettings {
		if (!(claimOverlap > 0 && claimOverlap <= 1) || !(spanOverlap > 0 && spanOverlap <= 1)) {
			throw new IllegalArgumentException("An overlap threshold must be above 0 and at most 1, got claims "
					+ claimOverlap + ", spans " + spanOverlap);
		}
		if (curator == null || curator.isBlank()) {
			throw new IllegalArgumentException("A merge needs the curator's name");
		}
	}

	/** The project's claim threshold, unanimity only. */
	public static MergeSettings of(ProjectSettings settings, String curator) {
		return new MergeSettings(settings.getClaimOverlapThreshold(), DEFAULT_SPAN_OVERLAP, 0, curator);
	}

	public MergeSettings withMajority(double share) {
		return new MergeSettings(claimOverlap, spanOverlap, share, curator);
	}

	public MergeSettings withClaimOverlap(double share) {
		return new MergeSettings(share, spanOverlap, majority, curator);
	}

	boolean majorityEnabled() {
		return majority > 0 && majority <= 1;
	}

	double threshold(AnnotationKind layer) {
		return layer == AnnotationKind.CLAIM ? claimOverlap : spanOverlap;
	}
}
