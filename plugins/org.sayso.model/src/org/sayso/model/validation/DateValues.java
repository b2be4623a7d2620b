package org.sayso.model.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which normalized date values a date may have: the ISO 8601 forms of the annotation scheme (a year, month, day, ISO
 * week, time to the minute or part of a day (TMO, TAF, TEV, TNI), season, quarter, decade or century, an interval of
 * two of these, a duration, one of unknown length as TimeML writes it: PXY) and the TimeML references to the present,
 * past and future; and of the calendar forms, only those that exist: no month 13, no February 30, no week 54, no hour
 * 25. A value outside these is refused with the reason and an example, so a typo never reaches the training data.
 * The editor's value dialog, the properties view, the curation editor and the model's validation ({@code validValue}
 * constraint) all ask here.
 */
public final class DateValues {

	private static final String POINT = "(\\d{4}(-(\\d{2}(-\\d{2}(T(\\d{2}(:\\d{2}(:\\d{2})?)?|MO|AF|EV|NI))?)?|W\\d{2}(-(\\d|WE))?|SP|SU|FA|WI"
			+ "|Q[1-4]|H[12]))?"
			+ "|\\d{3}X?|\\d{2}(XX?)?|XXXX-\\d{2}(-\\d{2})?|XXXX-WXX-\\d|XXXX-\\d{2}-\\d{2}T\\d{2}(:\\d{2})?)";
	private static final String DURATION = "P(\\d+(\\.\\d+)?[YMWD])+(T(\\d+(\\.\\d+)?[HMS])+)?|PT(\\d+(\\.\\d+)?[HMS])+"
			+ "|PX[YMWD]|PTX[HM]";
	private static final Pattern VALUE = Pattern.compile("(" + POINT + ")(/(" + POINT + "))?|" + DURATION
			+ "|PRESENT_REF|PAST_REF|FUTURE_REF");
	private static final String EXAMPLES = "use e.g. 2024, 2024-03, 2024-03-07, 2024-W10, 2024-03-07T15:00, 2024-03-07TMO,"
			+ " 2024-SU, 2024-Q3, 2024-03-20/2024-03-22, P2W, PXY or PRESENT_REF.";

	/** The calendar parts of a point: year or XXXX, month, day, ISO week, hour, minute, second. */
	private static final Pattern CALENDAR = Pattern.compile("(?<y>\\d{4}|XXXX)(?:-(?:(?<m>\\d{2})(?:-(?<d>\\d{2})"
			+ "(?:T(?<h>\\d{2})(?::(?<min>\\d{2})(?::(?<s>\\d{2}))?)?)?)?|W(?<w>\\d{2})(?:-(?<wd>\\d))?))?.*");

	private DateValues() {
	}

	/** Null when {@code value} is acceptable (empty or null means no value), else what is wrong with it. */
	public static String check(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var v = value.strip();
		if (!VALUE.matcher(v).matches()) {
			return "'" + v + "' is not an ISO value: " + EXAMPLES;
		}
		for (var point : v.split("/")) {
			var wrong = calendar(point);
			if (wrong != null) {
				return "'" + v + "' " + wrong + ": " + EXAMPLES;
			}
		}
		return null;
	}

	/** What makes a point impossible in the calendar, or null. */
	private static String calendar(String point) {
		Matcher m = CALENDAR.matcher(point);
		if (!m.matches()) {
			return null; // a decade, a century, a duration, a reference: no calendar to check
		}
		var year = m.group("y").equals("XXXX") ? null : Integer.valueOf(m.group("y"));
		if (m.group("m") != null) {
			int month = Integer.parseInt(m.group("m"));
			if (month < 1 || month > 12) {
				return "names month " + month + ", and a year has 12";
			}
			if (m.group("d") != null) {
				int day = Integer.parseInt(m.group("d"));
				// without a year ("XXXX-02-29"), February may have its leap day
				int days = year == null ? Month.of(month).maxLength() : Month.of(month).length(Year.isLeap(year));
				if (day < 1 || day > days) {
					return "names day " + day + " of " + Month.of(month).getDisplayName(java.time.format.TextStyle.FULL,
							java.util.Locale.ENGLISH) + (year == null ? "" : " " + year) + ", which has " + days;
				}
			}
			if (m.group("h") != null && Integer.parseInt(m.group("h")) > 24) {
				return "names hour " + m.group("h") + ", and a day has 24";
			}
			if (m.group("min") != null && Integer.parseInt(m.group("min")) > 59) {
				return "names minute " + m.group("min") + ", and an hour has 60";
			}
			if (m.group("s") != null && Integer.parseInt(m.group("s")) > 59) {
				return "names second " + m.group("s") + ", and a minute has 60";
			}
		}
		if (m.group("w") != null && year != null) {
			int week = Integer.parseInt(m.group("w"));
			int weeks = weeksIn(year);
			if (week < 1 || week > weeks) {
				return "names ISO week " + week + " of " + year + ", which has " + weeks;
			}
			if (m.group("wd") != null) {
				int weekday = Integer.parseInt(m.group("wd"));
				if (weekday < 1 || weekday > 7) {
					return "names weekday " + weekday + ", and ISO weekdays are 1 (Monday) to 7 (Sunday)";
				}
			}
		}
		return null;
	}

	private static int weeksIn(int year) {
		try {
			return (int) LocalDate.of(year, 12, 28).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
		} catch (DateTimeException e) {
			return 53;
		}
	}
}
