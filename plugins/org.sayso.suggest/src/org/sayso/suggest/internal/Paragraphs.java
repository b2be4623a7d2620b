package org.sayso.suggest.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into paragraphs (its non-blank lines), the unit that suggestions are computed in: nothing a
 * suggestion covers crosses a paragraph but a multi-paragraph quote, which {@link Quotes} finds on its own. A line
 * longer than {@link #MAX_LENGTH} (a text without line breaks, a 50 MB dump) is cut at a space near that length,
 * so that memory and the cost of sentence detection stay bounded whatever the input.
 */
public final class Paragraphs {

	public static final int MAX_LENGTH = 20_000;

	/** A paragraph's span in the text. */
	public record Span(int begin, int end) {
	}

	private Paragraphs() {
	}

	public static List<Span> of(String text) {
		var result = new ArrayList<Span>();
		int lineStart = 0;
		int n = text.length();
		while (lineStart < n) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = n;
			}
			addTrimmed(text, lineStart, lineEnd, result);
			lineStart = lineEnd + 1;
		}
		return result;
	}

	private static void addTrimmed(String text, int begin, int end, List<Span> into) {
		while (begin < end && Character.isWhitespace(text.charAt(begin))) {
			begin++;
		}
		while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		while (end - begin > MAX_LENGTH) {
			int cut = begin + MAX_LENGTH;
			int space = cut;
			while (space > begin + MAX_LENGTH / 2 && !Character.isWhitespace(text.charAt(space))) {
				space--;
			}
			// a 10,000-character word is cut where it is: nothing reads it anyway
			cut = space > begin + MAX_LENGTH / 2 ? space : cut;
			into.add(new Span(begin, cut));
			begin = cut;
			while (begin < end && Character.isWhitespace(text.charAt(begin))) {
				begin++;
			}
		}
		if (end > begin) {
			into.add(new Span(begin, end));
		}
	}
}
