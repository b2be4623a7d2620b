package org.sayso.curation.agreement;

import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The agreement on one annotation type (Speaker, Claim, Cue, Date) in a document or a corpus. A null figure is
 * undefined: too few annotators, no units, or no variation to measure against chance.
 *
 * @param alphaU Krippendorff's unitizing alpha on the spans
 * @param fleissKappa Fleiss' kappa on the aligned units (category: the kind, or absent)
 * @param cohenKappa Cohen's kappa per pair of annotators, keyed "a/b"
 * @param attributionAgreement claims only: share of annotator pairs, over claims both have, that attribute the
 *            claim to the same speaker (by aligned mentions)
 * @param dateValueAgreement dates only: share of annotator pairs, over dates both have, with the same value
 * @param units the aligned units of this type
 */
public record TypeAgreement(String type, @Nullable Double alphaU, @Nullable Double fleissKappa,
		Map<String, @Nullable Double> cohenKappa, @Nullable Double attributionAgreement, @Nullable Double dateValueAgreement,
		int units) implements java.io.Serializable {

	/**
	 * The lowest of alpha-U, the attribution agreement and the date value agreement that are defined, for sorting
	 * documents by their worst agreement; null if none is. The kappas are left out: they compare the categories of
	 * aligned units (a kind, or absent), and where one annotator has every unit they are 0 however much the others
	 * agree (kappa's prevalence paradox), which would put well-agreed documents first.
	 */
	public @Nullable Double worst() {
		@Nullable Double worst = null;
		for (var value : new @Nullable Double[] { alphaU, attributionAgreement, dateValueAgreement }) {
			if (value != null && (worst == null || value < worst)) {
				worst = value;
			}
		}
		return worst;
	}
}
