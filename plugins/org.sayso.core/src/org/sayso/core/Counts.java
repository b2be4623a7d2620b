package org.sayso.core;

/** A count with its noun in the right number, for messages: "1 document", "2 documents", "1 entity", "3 entities". */
public final class Counts {

	private Counts() {
	}

	/** {@code n} and {@code noun}, with an "s" unless {@code n} is one. */
	public static String of(long n, String noun) {
		return of(n, noun, noun + "s");
	}

	/** {@code n} and {@code singular} or {@code plural}. */
	public static String of(long n, String singular, String plural) {
		return n + " " + (n == 1 ? singular : plural);
	}
}
