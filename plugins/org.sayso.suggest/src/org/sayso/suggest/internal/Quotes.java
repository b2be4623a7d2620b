package org.sayso.suggest.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of a text: straight or curly double quotes, the doubled apostrophes some papers print for them
 * ({@code ''...''}, also opened by {@code ``}), also across paragraphs when the next paragraph opens with a
 * quotation mark again (the wire convention for a quote that goes on). A mark that is never closed in its
 * paragraph, or a quote longer than {@link #MAX_LENGTH}, is dropped rather than paired with a far-away mark, so
 * unbalanced quotes spoil at most their own paragraph. Curly marks as sites print them the wrong way round are read
 * by where they stand: a right mark after white space with no quote open opens one, a left mark right after the
 * quoted text with space after it closes the open one; curly marks inside a straight quote are a quote within it.
 * Curly single quotes ({@code ‘...’}, as headlines quote) are
 * quotes when they pair within a paragraph outside double quotes; straight single quotes are left alone: mostly
 * they are apostrophes.
 */
public final class Quotes {

	public static final int MAX_LENGTH = 6_000;
	/** The longest quote in single marks: a headline's or a phrase's, not a paragraph's. */
	private static final int MAX_SINGLE = 400;

	/** A quotation: the marks at {@code open} and {@code close}, each {@code width} characters wide. */
	public record Quote(int open, int close, int openWidth, int closeWidth) {

		public Quote(int open, int close) {
			this(open, close, 1, 1);
		}

		public int contentBegin() {
			return open + openWidth;
		}

		public int contentEnd() {
			return close;
		}

		/** Just after the closing mark. */
		public int end() {
			return close + closeWidth;
		}

		public boolean contains(int offset) {
			return offset >= contentBegin() && offset < close;
		}
	}

	private Quotes() {
	}

	public static List<Quote> find(String text) {
		var result = new ArrayList<Quote>();
		int open = -1;
		int openWidth = 1;
		int single = -1;
		boolean nested = false;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (open >= 0 && i - open > MAX_LENGTH) {
				open = -1;
			}
			if (open < 0) {
				nested = false;
			}
			if (single >= 0 && i - single > MAX_SINGLE) {
				single = -1;
			}
			int width = markWidth(text, i);
			if (c == '\n') {
				single = -1;
				if (open >= 0) {
					int next = nextVisible(text, i);
					if (next < n && isOpening(text, next)) {
						i = next + markWidth(text, next) - 1; // the quote goes on in the next paragraph
					} else {
						addUnclosed(text, open, openWidth, i, result);
						open = -1;
					}
				}
			} else if (c == '\u201C' && open >= 0 && text.charAt(open) == '"') {
				nested = true; // a quote within a straight quote, in curly marks
			} else if (c == '\u201D' && nested) {
				nested = false;
			} else if (c == '\u201C' && open >= 0 && text.charAt(open) == '\u201C' && closesAfterText(text, i)) {
				result.add(new Quote(open, i, openWidth, 1)); // a left mark printed for the right one
				open = -1;
			} else if (c == '\u201C' || c == '`' && width == 2) {
				open = i;
				openWidth = width;
				i += width - 1;
			} else if (c == '\u201D') {
				if (open >= 0) {
					result.add(new Quote(open, i, openWidth, 1));
					open = -1;
				} else if (opensAfterSpace(text, i)) {
					open = i; // a right mark printed for the left one, at the start of a quote
					openWidth = 1;
				}
			} else if (c == '"' || c == '\'' && width == 2) {
				if (open < 0) {
					if (isOpening(text, i)) {
						open = i;
						openWidth = width;
					}
				} else {
					if (width == 2 && i + 2 < n && text.charAt(i + 2) == '\'') {
						i++; // "'old-school,'''": a single quote closes first, the doubled mark after it
					}
					result.add(new Quote(open, i, openWidth, width));
					open = -1;
				}
				i += width - 1;
			} else if (c == '\u2018' && open < 0 && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
				single = i;
			} else if (c == '\u2019' && single >= 0 && open < 0
					&& (i + 1 >= n || !Character.isLetterOrDigit(text.charAt(i + 1))) && i > single + 1) {
				result.add(new Quote(single, i));
				single = -1;
			}
		}
		if (open >= 0) {
			addUnclosed(text, open, openWidth, n, result);
		}
		result.sort((a, b) -> Integer.compare(a.open(), b.open()));
		return result;
	}

	/**
	 * A quote introduced after a colon or a comma ("said, \"...") that its paragraph never closes, when the next
	 * paragraph does not go on with it: it ends with its paragraph, as a closing mark left out in print.
	 */
	private static void addUnclosed(String text, int open, int openWidth, int paragraphEnd, List<Quote> into) {
		int before = open - 1;
		while (before >= 0 && text.charAt(before) == ' ') {
			before--;
		}
		if (before < 0 || text.charAt(before) != ',' && text.charAt(before) != ':') {
			return;
		}
		int end = paragraphEnd;
		while (end > open && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end - open > openWidth + 10) {
			into.add(new Quote(open, end, openWidth, 0));
		}
	}

	/** 2 for a doubled apostrophe or backtick ({@code ''}, {@code ``}), else 1. */
	private static int markWidth(String text, int at) {
		char c = text.charAt(at);
		return (c == '\'' || c == '`') && at + 1 < text.length() && text.charAt(at + 1) == c ? 2 : 1;
	}

	private static boolean isOpening(String text, int at) {
		char c = text.charAt(at);
		if (c == '\u201C' || c == '`' && markWidth(text, at) == 2) {
			return true;
		}
		int after = at + markWidth(text, at);
		boolean mark = c == '"' || c == '\'' && markWidth(text, at) == 2;
		if (!mark || after >= text.length() || Character.isWhitespace(text.charAt(after))) {
			return false;
		}
		return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
	}

	/** A mark right after the quoted text ({@code end.“}) with space or the paragraph's end after it. */
	private static boolean closesAfterText(String text, int at) {
		return at > 0 && !Character.isWhitespace(text.charAt(at - 1))
				&& (at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1)));
	}

	/** A mark at the start of the text or after white space, with no letter or digit right before it. */
	private static boolean opensAfterSpace(String text, int at) {
		return (at == 0 || Character.isWhitespace(text.charAt(at - 1))) && at + 1 < text.length()
				&& text.charAt(at + 1) != '\n';
	}

	private static int nextVisible(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}
}
