package org.sayso.core.dates;

import java.time.LocalDate;
import java.util.Objects;

/** The document creation time found in an article's dateline, with the UTF-16 offsets of the date's text. */
public record DctMatch(LocalDate date, int begin, int end) {

	public DctMatch {
		Objects.requireNonNull(date, "date");
		if (begin < 0 || end < begin)
			throw new IllegalArgumentException("bad span " + begin + ".." + end);
	}
}
