package org.sayso.core.edit;

import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Which normalized date values annotators may type: the ISO 8601 forms of the annotation scheme (a year, month,
 * day, ISO week, time to the minute or part of a day (TMO, TAF, TEV, TNI), season, quarter, decade or century, an
 * interval of two of these, a duration, one of unknown length as TimeML writes it: PXY) and the TimeML references to
 * the present, past and future. A value outside these is refused with an example, so a typo
 * never reaches the training data.
 */
public final class DateValues {

	private static final String POINT = "(\\d{4}(-(\\d{2}(-\\d{2}(T(\\d{2}(:\\d{2}(:\\d{2})?)?|MO|AF|EV|NI))?)?|W\\d{2}(-(\\d|WE))?|SP|SU|FA|WI"
			+ "|Q[1-4]|H[12]))?"
			+ "|\\d{3}X?|\\d{2}(XX?)?|XXXX-\\d{2}(-\\d{2})?|XXXX-WXX-\\d|XXXX-\\d{2}-\\d{2}T\\d{2}(:\\d{2})?)";
	private static final String DURATION = "P(\\d+(\\.\\d+)?[YMWD])+(T(\\d+(\\.\\d+)?[HMS])+)?|PT(\\d+(\\.\\d+)?[HMS])+"
			+ "|PX[YMWD]|PTX[HM]";
	private static final Pattern VALUE = Pattern.compile("(" + POINT + ")(/(" + POINT + "))?|" + DURATION
			+ "|PRESENT_REF|PAST_REF|FUTURE_REF");

	private DateValues() {
	}

	/** Null when {@code value} is acceptable (empty means no value), else what is wrong with it. */
	public static @Nullable String check(@Nullable String value) {
		if (value == null || value.isBlank() || VALUE.matcher(value.strip()).matches()) {
			return null;
		}
		return "'" + value.strip() + "' is not an ISO value: use e.g. 2024, 2024-03, 2024-03-07, 2024-W10,"
				+ " 2024-03-07T15:00, 2024-03-07TMO, 2024-SU, 2024-Q3, 2024-03-20/2024-03-22, P2W, PXY or PRESENT_REF.";
	}
}
