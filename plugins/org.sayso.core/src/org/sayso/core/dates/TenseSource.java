package org.sayso.core.dates;

/**
 * Decides whether the clause around a date expression speaks of the past or the future, which decides whether
 * "Monday" or "December" lies before or after the DCT. {@link TenseGuess#around} decides from nearby words; an
 * analysis with parts of speech can find the governing verb instead.
 */
@FunctionalInterface
public interface TenseSource {

	/** The tense of the clause around {@code text[begin, end)}. */
	TenseGuess.Tense around(CharSequence text, int begin, int end);
}
