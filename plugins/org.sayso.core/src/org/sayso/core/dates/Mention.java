package org.sayso.core.dates;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;

/**
 * What an expression says, before normalization: the recognizer parses text into mentions, the
 * {@link DateNormalizer} turns them into values. Keeping the two apart lets the value be recomputed when the
 * DCT or the tense guess changes.
 */
public sealed interface Mention {

	/** A calendar date; fields the text leaves out are {@code null} ("December", "June 4", "March 2024"). */
	record Calendar(Integer year, Integer month, Integer day) implements Mention {
	}

	/** A day of the week; {@code forced} is the tense of "next"/"last", {@code null} to take the clause's. */
	record Weekday(DayOfWeek day, TenseGuess.Tense forced) implements Mention {
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

	/** "for two weeks": a duration. */
	record Length(int amount, ChronoUnit unit) implements Mention {
	}

	/** "every Monday", "weekly": the value is known from the words alone. */
	record Every(String value) implements Mention {
	}

	/** "June 4-6", "from May to July": both ends at the same precision. */
	record Interval(Mention from, Mention to) implements Mention {
	}

	/** "3 p.m.", "Thursday at 3 p.m."; {@code day} is {@code null} for the DCT's day. */
	record Clock(Mention day, int hour, int minute) implements Mention {
	}

	/** "recently": a time the text does not pin down. */
	record Vague(String phrase) implements Mention {
	}
}
