package org.sayso.core.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether the clause around an expression speaks of the future or the past, from cue words near it.
 * News reporting is mostly past tense ("said on Monday"), so past is the default; a future cue ("will",
 * "scheduled", "next") makes it future unless a past-tense verb stands nearer to the expression, as in "the
 * operator that withdrew in February said it would not bid". Kept in one small class so that a guess from
 * part-of-speech tags can replace it.
 */
public final class TenseGuess {

	public enum Tense {
		PAST, FUTURE
	}

	/** How far, in characters, the cue words are sought on either side, within the sentence. */
	static final int WINDOW = 100;

	private static final Pattern FUTURE = Pattern.compile(
			"\\b(?:will|would|shall|won't|could|might|is to|are to|was to|were to|plans? to|planned|scheduled"
					+ "|due to|due on|next|expected|going to|upcoming|set to)\\b|'ll\\b",
			Pattern.CASE_INSENSITIVE);

	// Regular past forms, but not passive participles ("can be submitted"), and the irregular forms that
	// reporting uses most
	private static final Pattern PAST = Pattern.compile("\\b(?:(?<!\\bbe\\s)(?<!\\bbeing\\s)\\p{L}+ed"
			+ "|said|told|was|were|had|did|made|took|withdrew|began|came|went|met|won|lost|fell|rose|left|held"
			+ "|gave|got|saw|sent|spoke|wrote|broke"
			+ "|struck|became|brought|thought|ran|chose|drew|grew|knew|paid|sold|stood|felt|kept|led|quit|cut|hit|put"
			+ "|set|shut)\\b", Pattern.CASE_INSENSITIVE);

	private TenseGuess() {
	}

	/** The tense of the clause around {@code text[begin, end)}. */
	public static Tense around(CharSequence text, int begin, int end) {
		var from = Math.max(sentenceStart(text, begin), begin - WINDOW);
		var to = Math.min(sentenceEnd(text, end), end + WINDOW);
		var future = nearest(FUTURE.matcher(text), from, begin, end, to);
		if (future == Integer.MAX_VALUE)
			return Tense.PAST;
		// a tie is the same word seen twice: "scheduled", "planned" are past forms that speak of the future
		return future <= nearest(PAST.matcher(text), from, begin, end, to) ? Tense.FUTURE : Tense.PAST;
	}

	/** The distance from the expression to the nearest cue before or after it, MAX_VALUE when there is none. */
	private static int nearest(Matcher cue, int from, int begin, int end, int to) {
		var best = Integer.MAX_VALUE;
		cue.region(from, begin);
		while (cue.find())
			best = Math.min(best, begin - cue.end());
		cue.region(end, to);
		if (cue.find())
			best = Math.min(best, cue.start() - end);
		return best;
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
