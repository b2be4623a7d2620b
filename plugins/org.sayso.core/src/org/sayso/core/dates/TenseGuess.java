package org.sayso.core.dates;

import java.util.regex.Pattern;

/**
 * Guesses whether the clause around an expression speaks of the future or the past, from cue words near it.
 * News reporting is mostly past tense ("said on Monday"), so past is the default. Kept in one small class so that
 * a guess from part-of-speech tags can replace it.
 */
public final class TenseGuess {

	public enum Tense {
		PAST, FUTURE
	}

	/** How far, in characters, the cue words are sought on either side, within the sentence. */
	static final int WINDOW = 80;

	private static final Pattern FUTURE = Pattern.compile(
			"\\b(?:will|would|shall|won't|is to|are to|was to|were to|plans? to|planned for|scheduled|due to"
					+ "|due on|next|expected to|going to|upcoming|set to)\\b|'ll\\b",
			Pattern.CASE_INSENSITIVE);

	private TenseGuess() {
	}

	/** The tense of the clause around {@code text[begin, end)}. */
	public static Tense around(CharSequence text, int begin, int end) {
		var from = Math.max(sentenceStart(text, begin), begin - WINDOW);
		var to = Math.min(sentenceEnd(text, end), end + WINDOW);
		var before = FUTURE.matcher(text).region(from, begin);
		var after = FUTURE.matcher(text).region(end, to);
		return before.find() || after.find() ? Tense.FUTURE : Tense.PAST;
	}

	private static int sentenceStart(CharSequence text, int at) {
		for (var i = at - 1; i > 0; i--)
			if (isBoundary(text, i - 1))
				return i;
		return 0;
	}

	private static int sentenceEnd(CharSequence text, int at) {
		for (var i = at; i < text.length(); i++)
			if (isBoundary(text, i))
				return i;
		return text.length();
	}

	// A stop followed by a space and a capital, or a line break; "p.m. on" and "Nov. 14" are not boundaries.
	private static boolean isBoundary(CharSequence text, int i) {
		var c = text.charAt(i);
		if (c == '\n')
			return true;
		if (c != '.' && c != '!' && c != '?' || i + 2 >= text.length())
			return false;
		return Character.isWhitespace(text.charAt(i + 1)) && Character.isUpperCase(text.charAt(i + 2));
	}
}
