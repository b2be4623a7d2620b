package org.sayso.curation.merge;

import java.util.Date;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.model.CurationDecision;

/** What became of a unit in the curated set. */
public sealed interface Resolution {

	/** A conflict the curator has not decided yet. */
	record Pending() implements Resolution {
	}

	/**
	 * The unit is in the curated set as {@code annotator}'s version.
	 *
	 * @param agreedBy how it was decided: unanimous, majority, or chosen by the curator
	 */
	record Accepted(String annotator, CurationDecision decision, @Nullable String decidedBy, @Nullable Date decidedAt)
			implements Resolution {
	}

	/** The curator's own version, starting from {@code baseAnnotator}'s. */
	record Edited(String baseAnnotator, HandEdit edit, @Nullable String decidedBy, @Nullable Date decidedAt) implements Resolution {
	}

	/**
	 * The unit is left out of the curated set.
	 *
	 * @param chosenAnnotator the annotator whose "absent" version was chosen, or null when the curator just left it
	 *            out
	 */
	record Omitted(CurationDecision decision, @Nullable String chosenAnnotator, @Nullable String decidedBy,
			@Nullable Date decidedAt)
			implements Resolution {
	}

	Pending PENDING = new Pending();
}
