package org.sayso.core.dates;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What an expression says, before normalization: the recognizer parses text into mentions, the
 * {@link DateNormalizer} turns them into values. Keeping the two apart lets the value be recomputed when the
 * DCT or the tense guess changes.
 */
public sealed interface Mention {

	/** A calendar date; fields the text leaves out are {@code null} ("December", "June 4", "March 2024"). */
	record Calendar(@Nullable Integer year, @Nullable Integer month, @Nullable Integer day) implements Mention {
	}

	/**
	 * A day of the week; {@code forced} is the tense of "next"/"last", {@code null} to take the clause's;
	 * {@code weekend} for "the weekend", whose value is its week's ({@code 2024-W10-WE}).
	 */
	record Weekday(DayOfWeek day, TenseGuess.@Nullable Tense forced, boolean weekend) implements Mention {

		public Weekday(DayOfWeek day, TenseGuess.@Nullable Tense forced) {
			this(day, forced, false);
		}
	}

	/** "last June" ({@code which} -1: the last June before the DCT's month) or "this June" (0: the DCT's year's). */
	record MonthOf(int month, int which) implements Mention {
	}

	/** "June last year", "January this year": a month of the DCT's year moved by {@code years}. */
	record MonthOfYear(int month, int years) implements Mention {
	}

	/** A holiday that falls on the {@code nth} {@code day} of a month (-1: the last): Thanksgiving, Labor Day. */
	record NthWeekday(int month, DayOfWeek day, int nth) implements Mention {
	}

	/** "the 3rd": a day of a month the text leaves to the reader. */
	record DayOfMonth(int day) implements Mention {
	}

	/** The DCT's day, week, month or year moved by {@code amount} units: "yesterday", "next week", "this year". */
	record Shift(ChronoUnit unit, int amount) implements Mention {
	}

	/** "this summer", "last spring": a TimeML season code (SP, SU, FA, WI) and which one. */
	record Season(String code, int amount) implements Mention {
	}

	/** "two weeks ago". */
	record Ago(int amount, ChronoUnit unit) implements Mention {
	}

	/** "for two weeks", "the nine months", "90 minutes": a duration. */
	record Length(int amount, ChronoUnit unit) implements Mention {
	}

	/** "every Monday", "weekly": the value is known from the words alone. */
	record Every(String value) implements Mention {
	}

	/** "June 4-6", "from May to July": both ends at the same precision. */
	record Interval(Mention from, Mention to) implements Mention {
	}

	/** "3 p.m.", "Thursday at 3 p.m."; {@code day} is {@code null} for the DCT's day. */
	record Clock(@Nullable Mention day, int hour, int minute) implements Mention {
	}

	/**
	 * "Friday night", "this morning", "last night": a part of a day, as TimeML codes it ({@code MO}, {@code AF},
	 * {@code EV}, {@code NI}); {@code day} is {@code null} for the DCT's day.
	 */
	record PartOfDay(@Nullable Mention day, String code) implements Mention {
	}

	/**
	 * A value the words alone give: TimeML's reference values for "now", "the past", "the future"
	 * ({@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}), or a season of a named year ("spring 2026").
	 */
	record Literal(String value) implements Mention {
	}

	/**
	 * A quarter of a year: "the third quarter", "third-quarter", "the second quarter of 2024"; {@code year} is
	 * {@code null} when the text leaves it out. {@code back} is for the quarter the text only points at: 1 for "the
	 * quarter" or "the latest quarter" in results reporting (the last one that ended before the DCT), 0 for "the
	 * current quarter"; then {@code quarter} is 0.
	 */
	record Quarter(@Nullable Integer year, int quarter, int back) implements Mention {
	}

	/**
	 * "a year earlier", "the year-ago quarter": the same period one year back. Against the DCT alone it is the previous
	 * year; the recognizer puts it a year before the quarter or year the text named last, when it named one.
	 */
	record YearBefore(boolean quarter) implements Mention {
	}

	/** "several years", "for months": a duration whose length the text does not give ({@code PXY}, {@code PXM}). */
	record Unspecified(char designator) implements Mention {
	}

	/** A year as a modifier or on its own: "a 2009 report", "fiscal 1989", "the 1990s" ({@code decade}). */
	record YearOrDecade(int year, boolean decade) implements Mention {
	}
}
