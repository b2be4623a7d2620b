package org.sayso.core.dates;

/** The TimeML kinds of temporal expression. */
public enum DateType {
	/** A calendar date at any precision: a year, a month, a week, a season, a day, or an interval of them. */
	DATE,
	/** A date with a time of day. */
	TIME,
	/** A length of time, such as "two weeks" ({@code P2W}). */
	DURATION,
	/** Something that recurs, such as "every Monday". */
	SET
}
