package org.sayso.suggest.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of a text: straight or curly double quotes, also across paragraphs when the next paragraph opens
 * with a quotation mark again (the wire convention for a quote that goes on). A mark that is never closed in its
 * paragraph, or a quote longer than {@link #MAX_LENGTH}, is dropped rather than paired with a far-away mark, so
 * unbalanced quotes spoil at most their own paragraph. Single quotes are left alone: inside a double quote they
 * are nested quotes, and elsewhere mostly apostrophes.
 */
public final class Quotes {

	public static final int MAX_LENGTH = 6_000;

	/** A quotation: the marks at {@code open} and {@code close}; the quoted text lies between. */
	public record Quote(int open, int close) {
		public int contentBegin() {
			return open + 1;
		}

		public int contentEnd() {
			return close;
		}

		public boolean contains(int offset) {
			return offset > open && offset < close;
		}
	}

	private Quotes() {
	}

	public static List<Quote> find(String text) {
		var result = new ArrayList<Quote>();
		int open = -1;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (open >= 0 && i - open > MAX_LENGTH) {
				open = -1;
			}
			if (c == '\n') {
				if (open >= 0) {
					int next = nextVisible(text, i);
					if (next < n && isOpening(text, next)) {
						i = next; // the quote goes on in the next paragraph
					} else {
						open = -1;
					}
				}
			} else if (c == '\u201C') {
				open = i;
			} else if (c == '\u201D') {
				if (open >= 0) {
					result.add(new Quote(open, i));
				}
				open = -1;
			} else if (c == '"') {
				if (open < 0) {
					if (isOpening(text, i)) {
						open = i;
					}
				} else {
					result.add(new Quote(open, i));
					open = -1;
				}
			}
		}
		return result;
	}

	private static boolean isOpening(String text, int at) {
		char c = text.charAt(at);
		if (c == '\u201C') {
			return true;
		}
		if (c != '"' || at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1))) {
			return false;
		}
		return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
	}

	private static int nextVisible(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}
}
