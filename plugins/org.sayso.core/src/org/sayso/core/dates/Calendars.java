package org.sayso.core.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.dates.Mention.Calendar;
import org.sayso.core.dates.Mention.Shift;
import org.sayso.core.dates.Mention.Weekday;

/**
 * Reads the parts of a calendar date from text the rules have already matched, so it only has to pick out the
 * month name, the four-digit year and the day number, in whatever order they were written.
 */
final class Calendars {

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
	private static final Pattern MONTH = Pattern.compile(Words.MONTH);
	private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
	private static final Pattern DAY = Pattern.compile("(?<!\\d)\\d{1,2}(?!\\d)");
	private static final Pattern WEEKDAY = Pattern.compile(Words.WEEKDAY);

	private Calendars() {
	}

	/** The date written in {@code text}, or {@code null} when it names a day that does not exist. */
	static @Nullable Calendar parse(String text) {
		var iso = ISO.matcher(text);
		if (iso.matches())
			return valid(Integer.valueOf(iso.group(1)), Integer.valueOf(iso.group(2)), Integer.valueOf(iso.group(3)));
		Integer year = null, month = null, day = null;
		var rest = text;
		var y = YEAR.matcher(rest);
		if (y.find()) {
			year = Integer.valueOf(y.group());
			rest = rest.substring(0, y.start()) + " " + rest.substring(y.end());
		}
		var m = MONTH.matcher(rest);
		if (m.find())
			month = Words.month(m.group());
		var d = DAY.matcher(rest);
		if (d.find())
			day = Integer.valueOf(d.group());
		return valid(year, month, day);
	}

	/** The day a time of day is on: a weekday, "today", "yesterday", "tomorrow" or a calendar date. */
	static @Nullable Mention anchor(String text) {
		if (WEEKDAY.matcher(text).matches())
			return new Weekday(Words.weekday(text), null);
		return switch (text.toLowerCase(Locale.ROOT)) {
		case "today" -> new Shift(ChronoUnit.DAYS, 0);
		case "yesterday" -> new Shift(ChronoUnit.DAYS, -1);
		case "tomorrow" -> new Shift(ChronoUnit.DAYS, 1);
		default -> parse(text);
		};
	}

	private static @Nullable Calendar valid(@Nullable Integer year, @Nullable Integer month, @Nullable Integer day) {
		try {
			if (month != null && day != null)
				// a leap year when the year is left open, so that "February 29" is kept for the normalizer to place
				LocalDate.of(year == null ? 2024 : year, month, day);
			else if (month != null)
				LocalDate.of(2024, month, 1);
		} catch (DateTimeException e) {
			return null; // "February 30", "2024-13-01": not a date, so not an expression
		}
		return new Calendar(year, month, day);
	}
}
