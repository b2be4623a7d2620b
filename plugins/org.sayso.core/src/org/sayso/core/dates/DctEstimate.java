package org.sayso.core.dates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An article's date estimated from its text, for articles that come without one (scraped pages, feeds without
 * dates): the latest full date (day, month and year) the text names. News reports what happened up to the day it
 * is written, so the latest date it names is that day or shortly before; it is an estimate, to be confirmed by the
 * annotator, and says which words it came from.
 *
 * @param date  the estimated date
 * @param begin where the words it came from begin in the text (UTF-16)
 * @param end   where they end
 */
public record DctEstimate(LocalDate date, int begin, int end) {

	/** The estimate for {@code text}, or empty when it names no full date. */
	public static Optional<DctEstimate> of(String text) {
		DctEstimate latest = null;
		for (var expression : DateRecognizer.recognize(text, null)) {
			var value = expression.value();
			if (expression.dctDependent() || value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
				continue;
			}
			var date = LocalDate.parse(value);
			if (latest == null || date.isAfter(latest.date())) {
				latest = new DctEstimate(date, expression.begin(), expression.end());
			}
		}
		return Optional.ofNullable(latest);
	}
}
