package org.sayso.io.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer of the {@code conll} export, simple enough to describe in one sentence so that users can reproduce
 * it: a token is a run of letters, digits and combining marks, joined across a single apostrophe, hyphen, period or
 * comma between two such characters ({@code don't}, {@code Rotterdam-based}, {@code 3.5}, {@code 1,200}); every
 * other character that is not white space is a token of its own (an emoji is one token, whatever its UTF-16
 * length). Sentences end after {@code .}, {@code !} or {@code ?} (and closing quotes after them) when the next token
 * starts with an upper-case letter, a digit or an opening quote, and at every blank line.
 */
final class SimpleTokenizer {

	/** A token and its offsets in UTF-16 code units; {@code sentenceStart} is true for a sentence's first token. */
	record Token(int begin, int end, boolean sentenceStart) {
	}

	private SimpleTokenizer() {
	}

	static List<Token> tokenize(String text) {
		var tokens = new ArrayList<Token>();
		int i = 0;
		int n = text.length();
		boolean newSentence = true;
		boolean blankLineSeen = false;
		while (i < n) {
			int c = text.codePointAt(i);
			if (Character.isWhitespace(c)) {
				int newlines = 0;
				while (i < n && Character.isWhitespace(text.codePointAt(i))) {
					if (text.charAt(i) == '\n') {
						newlines++;
					}
					i += Character.charCount(text.codePointAt(i));
				}
				blankLineSeen = newlines >= 2;
				continue;
			}
			int begin = i;
			if (isWordChar(c)) {
				i += Character.charCount(c);
				while (i < n) {
					int d = text.codePointAt(i);
					if (isWordChar(d)) {
						i += Character.charCount(d);
					} else if (isJoiner(d) && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
						i += 1;
					} else {
						break;
					}
				}
			} else {
				i += Character.charCount(c);
			}
			boolean starts = newSentence || blankLineSeen || (!tokens.isEmpty() && endsSentence(text, tokens, begin, c));
			tokens.add(new Token(begin, i, starts));
			newSentence = false;
			blankLineSeen = false;
		}
		return tokens;
	}

	private static boolean endsSentence(String text, List<Token> tokens, int begin, int first) {
		if (!(Character.isUpperCase(first) || Character.isDigit(first) || isOpeningQuote(first))) {
			return false;
		}
		// the previous tokens: closing quotes may follow the sentence's final punctuation
		for (int k = tokens.size() - 1; k >= 0; k--) {
			var previous = tokens.get(k);
			char last = text.charAt(previous.begin());
			if (previous.end() - previous.begin() == 1 && (last == '.' || last == '!' || last == '?')) {
				return true;
			}
			if (!(previous.end() - previous.begin() == 1 && isClosingQuote(last))) {
				return false;
			}
		}
		return false;
	}

	private static boolean isWordChar(int c) {
		return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
				|| Character.getType(c) == Character.COMBINING_SPACING_MARK;
	}

	private static boolean isJoiner(int c) {
		return c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == ',';
	}

	private static boolean isOpeningQuote(int c) {
		return c == '"' || c == '\u201C' || c == '\u2018' || c == '\u00AB';
	}

	private static boolean isClosingQuote(int c) {
		return c == '"' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == '\'';
	}
}
