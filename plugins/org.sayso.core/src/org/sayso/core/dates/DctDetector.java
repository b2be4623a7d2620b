package org.sayso.core.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds an article's creation date (DCT) in its dateline or byline: "ROTTERDAM (Sayso Wire) March 7, 2024 -",
 * "Updated: 14 November 2024", "Published 2025-01-22". Only a full date counts, and only where a dateline puts
 * it: at the start of a line, after the place and agency, or after a label. A date further into a sentence is
 * something the article reports, not when it was written, and a dateline without a year ("LISBON, June 3") gives
 * no DCT rather than a guessed one.
 */
public final class DctDetector {

	/** How much of the text is searched: the headline, the dateline and the byline. */
	public static final int SEARCHED = 600;

	private static final Pattern FULL_DATE = Pattern.compile(Words.START + "(?:(?<m1>" + Words.MONTH + ")\\s+(?<d1>"
			+ Words.DAY + "),?\\s+(?<y1>" + Words.YEAR + ")|(?<d2>" + Words.DAY + ")\\s+(?<m2>" + Words.MONTH
			+ "),?\\s+(?<y2>" + Words.YEAR + ")|(?<![\\d-])(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})(?![\\d-]))");

	// What may stand between the start of a line and the date: a place in capitals, an agency in brackets,
	// a label such as "Updated:", a byline separated by a bar or a dot.
	private static final Pattern LEAD = Pattern.compile("(?:^|[|·•—–-])\\s*"
			+ "(?:\\p{Lu}[\\p{Lu} .'-]*(?:,\\s*\\p{L}+)?\\s*(?:\\([^)\\n]*\\))?\\s*,?\\s*)?"
			+ "(?:\\((?:[^)\\n]*)\\)\\s*)?"
			+ "(?:(?i:last\\s+)?(?i:updated|published|posted|date|dated)(?:\\s+on)?\\s*:?\\s*)?$");

	private DctDetector() {
	}

	public static Optional<DctMatch> detect(CharSequence text) {
		var head = text.subSequence(0, Math.min(text.length(), SEARCHED));
		var m = FULL_DATE.matcher(head);
		while (m.find()) {
			var lineStart = lastLineBreak(head, m.start()) + 1;
			if (!LEAD.matcher(head.subSequence(lineStart, m.start())).find())
				continue;
			try {
				var date = m.group("y3") != null
						? LocalDate.of(Integer.parseInt(m.group("y3")), Integer.parseInt(m.group("m3")),
								Integer.parseInt(m.group("d3")))
						: m.group("y1") != null ? date(m.group("y1"), m.group("m1"), m.group("d1"))
								: date(m.group("y2"), m.group("m2"), m.group("d2"));
				return Optional.of(new DctMatch(date, m.start(), m.end()));
			} catch (DateTimeException e) {
				// "February 30, 2024" in a dateline is a typo, not a date; keep looking
			}
		}
		return Optional.empty();
	}

	private static LocalDate date(String year, String month, String day) {
		return LocalDate.of(Integer.parseInt(year), Words.month(month), Words.number(day));
	}

	private static int lastLineBreak(CharSequence text, int before) {
		for (var i = before - 1; i >= 0; i--)
			if (text.charAt(i) == '\n')
				return i;
		return -1;
	}
}
