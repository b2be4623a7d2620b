package org.sayso.curation.merge;

import java.util.Date;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.model.CurationDecision;

/** What became of a unit in the curated set. */
public sealed interface Resolution {

	/**
	 * The decision in words, as the curator reads it: "ana's version, chosen by lead at 2026-12-06 20:21", "left out
	 * by lead", "the majority's version (ana)".
	 */
	default String describe() {
		return switch (this) {
		case Pending p -> "open";
		case Accepted a -> switch (a.decision()) {
		case UNANIMOUS -> "everyone's version";
		case MAJORITY -> "the majority's version (" + a.annotator() + ")";
		default -> a.annotator() + "'s version, chosen" + by(a.decidedBy(), a.decidedAt());
		};
		case Edited e -> "edited by hand from " + e.baseAnnotator() + "'s version" + by(e.decidedBy(), e.decidedAt());
		case Omitted o -> {
			if (o.decision() == CurationDecision.MAJORITY) {
				yield "left out, as the majority does not have it";
			}
			var who = by(o.decidedBy(), o.decidedAt());
			yield o.chosenAnnotator() == null ? "left out" + who
					: "left out, as " + o.chosenAnnotator() + " did" + (who.isEmpty() ? "" : "," + who);
		}
		};
	}

	private static String by(@Nullable String who, @Nullable Date when) {
		var at = when == null ? ""
				: " at " + new java.text.SimpleDateFormat("yyyy-MM-dd HH:mm", java.util.Locale.ROOT).format(when);
		return (who == null ? "" : " by " + who) + at;
	}

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
