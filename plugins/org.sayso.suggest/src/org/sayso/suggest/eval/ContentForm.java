package org.sayso.suggest.eval;

/**
 * The form of a claim's content, by which recall is reported: the attribution literature counts quoted content,
 * reported "that" clauses and the rest (paraphrase without "that", noun phrases) apart, as they need different
 * means to be found.
 */
public enum ContentForm {
	/** The content holds a quotation mark: straight, curly, or a doubled apostrophe. */
	QUOTED("quoted"),
	/** Reported speech introduced by "that". */
	THAT("that"),
	/** Everything else. */
	OTHER("other");

	private final String label;

	ContentForm(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * The form of the content at {@code begin}-{@code end} of {@code text}: quoted when it holds a quotation mark or
	 * stands right inside one (a span may leave the marks out), "that" when it starts with it.
	 */
	public static ContentForm of(String text, int begin, int end) {
		var content = text.substring(begin, end);
		if (hasQuote(content) || begin > 0 && isQuote(text.charAt(begin - 1))) {
			return QUOTED;
		}
		var start = content.stripLeading();
		return start.regionMatches(true, 0, "that ", 0, 5) ? THAT : OTHER;
	}

	private static boolean hasQuote(String content) {
		return content.indexOf('"') >= 0 || content.indexOf('\u201c') >= 0 || content.indexOf('\u201d') >= 0
				|| content.contains("''") || content.contains("``");
	}

	private static boolean isQuote(char c) {
		return c == '"' || c == '\u201c' || c == '\u201d';
	}
}
