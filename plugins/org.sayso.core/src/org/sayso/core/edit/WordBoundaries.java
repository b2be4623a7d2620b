package org.sayso.core.edit;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Selection moves by words, for annotators who tag with the keyboard: a selection that starts or ends inside a word
 * grows to the whole word; one already on word boundaries grows by the next word. Shrinking gives back the last
 * word. Quotation marks and closing punctuation that touch a word travel with it, since claims usually include
 * their quotes.
 */
public final class WordBoundaries {

	private WordBoundaries() {
	}

	/** A selection as [begin, end) offsets. */
	public record Span(int begin, int end) {
	}

	public static Span extend(CharSequence text, int begin, int end) {
		int b = begin;
		int e = end;
		if (b == e) {
			// nothing selected: the word at the caret, or the next one
			while (b > 0 && isWordChar(text.charAt(b - 1))) {
				b--;
			}
			while (e < text.length() && !isWordChar(text.charAt(e)) && b == e) {
				e++;
				b = e;
			}
			return new Span(b, endOfWord(text, e));
		}
		int grownBegin = b;
		while (grownBegin > 0 && isWordChar(text.charAt(grownBegin - 1)) && isWordChar(text.charAt(grownBegin))) {
			grownBegin--;
		}
		int grownEnd = e;
		if (grownEnd < text.length() && grownEnd > 0 && isWordChar(text.charAt(grownEnd - 1))
				&& isWordChar(text.charAt(grownEnd))) {
			grownEnd = endOfWord(text, grownEnd);
		}
		if (grownBegin != b || grownEnd != e) {
			return new Span(grownBegin, attached(text, grownEnd));
		}
		// already on boundaries: take in the next word (and what sticks to it)
		int next = e;
		while (next < text.length() && !isWordChar(text.charAt(next)) && text.charAt(next) != '\n') {
			next++;
		}
		if (next >= text.length() || text.charAt(next) == '\n') {
			return new Span(b, attached(text, e));
		}
		return new Span(b, attached(text, endOfWord(text, next)));
	}

	/**
	 * What a tag command tags for a selection: the selection without the spaces around it, or, for an empty one,
	 * the word at the caret; null when that holds no text.
	 */
	public static @Nullable Span toTag(CharSequence text, int begin, int end) {
		if (end == begin) {
			var word = extend(text, begin, end);
			begin = word.begin();
			end = word.end();
		}
		while (begin < end && Character.isWhitespace(text.charAt(begin))) {
			begin++;
		}
		while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return end > begin ? new Span(begin, end) : null;
	}

	public static Span shrink(CharSequence text, int begin, int end) {
		if (end <= begin) {
			return new Span(begin, end);
		}
		// the last word goes, with the punctuation and quotes that hang on it
		int e = end;
		while (e > begin && !isWordChar(text.charAt(e - 1))) {
			e--;
		}
		while (e > begin && isWordChar(text.charAt(e - 1))) {
			e--;
		}
		while (e > begin && !isWordChar(text.charAt(e - 1))) {
			e--;
		}
		int b = begin;
		while (b < e && Character.isWhitespace(text.charAt(b))) {
			b++;
		}
		return e <= b ? new Span(begin, begin) : new Span(b, e);
	}

	/**
	 * A closing quote after a word belongs to the selection, with the punctuation before it ({@code resume,"}); plain
	 * punctuation alone does not, so a speaker's name is not selected with the comma after it.
	 */
	private static int attached(CharSequence text, int end) {
		int e = end;
		int withQuote = end;
		while (e < text.length() && ".,;:!?\"\u201d\u2019".indexOf(text.charAt(e)) >= 0) {
			char c = text.charAt(e++);
			if (c == '"' || c == '\u201d' || c == '\u2019') {
				withQuote = e;
			}
		}
		return withQuote;
	}

	private static int endOfWord(CharSequence text, int from) {
		int e = from;
		while (e < text.length() && isWordChar(text.charAt(e))) {
			e++;
		}
		return e;
	}

	static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019' || Character.isSurrogate(c);
	}
}
