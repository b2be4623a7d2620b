package org.sayso.core.edit;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.dates.DctDetector;

/**
 * The headline of an article, as news text opens: a short first line, without a full stop, on a line of its own,
 * and no dateline ("ROTTERDAM (Sayso Wire) March 7, 2024 - ..." starts the body, not a headline). What the title
 * field proposes when an article has no title yet.
 */
public final class Headline {

	private static final int MAX_LENGTH = 160;

	private Headline() {
	}

	/** The headline of {@code text}, or null when its first line does not read as one. */
	public static @Nullable String of(String text) {
		var stripped = text.stripLeading();
		int end = stripped.indexOf('\n');
		if (end < 0) {
			return null; // one line only: the whole article, not a headline
		}
		var line = stripped.substring(0, end).strip();
		if (line.isEmpty() || line.length() > MAX_LENGTH || !line.contains(" ") || line.endsWith(".")
				|| DctDetector.detect(line).isPresent()) {
			return null;
		}
		return line;
	}
}
