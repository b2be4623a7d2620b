package org.sayso.curation.agreement;

import org.eclipse.jdt.annotation.Nullable;

/** Looks up the Cohen's kappa of two annotators in either order. */
public final class PairwiseKappa {

	private PairwiseKappa() {
	}

	/** The kappa of a and b, null when undefined or when they are not a pair of the figures. */
	public static @Nullable Double of(TypeAgreement type, String a, String b) {
		var value = type.cohenKappa().get(a + "/" + b);
		return value != null ? value : type.cohenKappa().get(b + "/" + a);
	}
}
