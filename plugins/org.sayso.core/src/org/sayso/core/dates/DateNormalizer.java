package org.sayso.core.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.dates.Mention.Ago;
import org.sayso.core.dates.Mention.Calendar;
import org.sayso.core.dates.Mention.Clock;
import org.sayso.core.dates.Mention.DayOfMonth;
import org.sayso.core.dates.Mention.Every;
import org.sayso.core.dates.Mention.Interval;
import org.sayso.core.dates.Mention.Length;
import org.sayso.core.dates.Mention.PartOfDay;
import org.sayso.core.dates.Mention.MonthOf;
import org.sayso.core.dates.Mention.MonthOfYear;
import org.sayso.core.dates.Mention.NthWeekday;
import org.sayso.core.dates.Mention.Quarter;
import org.sayso.core.dates.Mention.Literal;
import org.sayso.core.dates.Mention.Unspecified;
import org.sayso.core.dates.Mention.YearOrDecade;
import org.sayso.core.dates.Mention.YearBefore;
import org.sayso.core.dates.Mention.Season;
import org.sayso.core.dates.Mention.Shift;
import org.sayso.core.dates.Mention.Weekday;
import org.sayso.core.dates.TenseGuess.Tense;
import org.sayso.model.DateType;

/**
 * Turns a {@link Mention} into an ISO 8601 value at the precision the text supports. Values that need the DCT
 * are computed only when there is one; without it they stay empty with a note rather than being guessed.
 */
public final class DateNormalizer {

	/** A value, or the note saying why there is none. */
	public record Result(@Nullable String value, boolean dctDependent, @Nullable String note) {
	}

	public static final String NEEDS_DCT = "needs the article's date (DCT)";

	private DateNormalizer() {
	}

	public static DateType type(Mention mention) {
		return switch (mention) {
		case Clock c -> DateType.TIME;
		case PartOfDay p -> DateType.TIME;
		case Length l -> DateType.DURATION;
		case Unspecified u -> DateType.DURATION;
		case Every e -> DateType.SET;
		default -> DateType.DATE;
		};
	}

	/**
	 * The value of a mention.
	 *
	 * @param dct   the article's creation date, or {@code null} when it is not known
	 * @param tense the tense of the clause, which decides whether "Monday" or "December" is before or after the DCT
	 */
	public static Result normalize(Mention mention, @Nullable LocalDate dct, Tense tense) {
		var dependent = needsDct(mention);
		if (dependent && dct == null)
			return new Result(null, false, NEEDS_DCT);
		try {
			// a mention that needs no DCT never reads it, so any day stands in for a missing one
			return new Result(value(mention, dct != null ? dct : LocalDate.MIN, tense), dependent, null);
		} catch (DateTimeException e) {
			return new Result(null, false, "no such date: " + e.getMessage());
		}
	}

	/** Whether the tense of the clause can change the mention's value ("Monday", "December", "the 3rd"). */
	public static boolean needsTense(Mention mention) {
		return switch (mention) {
		case Calendar c -> c.year() == null;
		case Weekday w -> w.forced() == null;
		case DayOfMonth d -> true;
		case Interval i -> needsTense(i.from()) || needsTense(i.to());
		case Clock c -> c.day() instanceof Mention day && needsTense(day);
		case Quarter q -> q.year() == null && q.quarter() > 0;
		case NthWeekday n -> true;
		case PartOfDay p -> p.day() instanceof Mention day && needsTense(day);
		default -> false;
		};
	}

	/** Whether the mention's value depends on the DCT: whether a change of DCT must recompute it. */
	public static boolean needsDct(Mention mention) {
		return switch (mention) {
		case Calendar c -> c.year() == null;
		case Interval i -> needsDct(i.from()) || needsDct(i.to());
		case Clock c -> !(c.day() instanceof Mention day) || needsDct(day);
		case Length l -> false;
		case Every e -> false;
		case Weekday w -> true;
		case MonthOf m -> true;
		case MonthOfYear m -> true;
		case NthWeekday n -> true;
		case DayOfMonth d -> true;
		case Shift s -> true;
		case Season s -> true;
		case Ago a -> true;
		case Quarter q -> q.year() == null;
		case PartOfDay p -> !(p.day() instanceof Mention day) || needsDct(day);
		case YearBefore y -> true;
		case Literal r -> false;
		case Unspecified u -> false;
		case YearOrDecade y -> false;
		};
	}

	private static String value(Mention mention, LocalDate dct, Tense tense) {
		return switch (mention) {
		case Calendar c -> format(complete(c, dct, tense));
		case Weekday w -> w.weekend() ? week(weekday(w, dct, tense)) + "-WE" : weekday(w, dct, tense).toString();
		case DayOfMonth d -> dayOfMonth(d.day(), dct, tense).toString();
		case MonthOfYear m -> YearMonth.of(dct.getYear() + m.years(), m.month()).toString();
		case NthWeekday n -> nthWeekday(n, dct, tense).toString();
		// "last June": the year before when June has not come yet, or has only just gone ("last February" in March)
		case MonthOf m -> YearMonth.of(m.which() < 0 && m.month() >= dct.getMonthValue() - 1 ? dct.getYear() - 1
				: dct.getYear(), m.month()).toString();
		case Shift s -> shift(s, dct);
		case Season s -> Seasons.year(s.code(), s.amount(), dct) + "-" + s.code();
		case Ago a -> ago(a, dct);
		case Length l -> Words.duration(l.amount(), l.unit());
		case Literal r -> r.value();
		case PartOfDay p -> day(p.day(), dct, tense) + "T" + p.code();
		case Quarter q -> quarter(q, dct, tense);
		case YearBefore y -> y.quarter() ? quarterBefore(dct).minusYears(1).toString().substring(0, 4) + "-Q"
				+ quarterOf(quarterBefore(dct)) : "%04d".formatted(dct.getYear() - 1);
		case Unspecified u -> "PX" + u.designator();
		case YearOrDecade y -> y.decade() ? String.valueOf(y.year() / 10) : "%04d".formatted(y.year());
		case Every e -> e.value();
		case Interval i -> interval(i, dct, tense);
		case Clock c -> day(c.day(), dct, tense) + "T%02d:%02d".formatted(c.hour(), c.minute());
		};
	}

	/** "the third quarter": in the DCT's year, or the one before or after when the tense says it is past or to come. */
	private static String quarter(Quarter q, LocalDate dct, Tense tense) {
		if (q.quarter() == 0) {
			var day = q.back() == 0 ? dct : quarterBefore(dct);
			return day.getYear() + "-Q" + quarterOf(day);
		}
		int year = q.year() != null ? q.year() : dct.getYear();
		if (q.year() == null && tense == Tense.PAST && q.quarter() > quarterOf(dct))
			year--;
		// the quarter that just ended is this year's even when a report of it is still to come ("expects to report
		// a third-quarter loss" in November)
		else if (q.year() == null && tense == Tense.FUTURE && q.quarter() < quarterOf(dct)
				&& !(q.quarter() == quarterOf(quarterBefore(dct)) && quarterBefore(dct).getYear() == year))
			year++;
		return "%04d-Q%d".formatted(year, q.quarter());
	}

	/** A day of the last quarter that ended before the DCT's: the quarter results reporting speaks of. */
	private static LocalDate quarterBefore(LocalDate dct) {
		return dct.minusMonths(3);
	}

	private static int quarterOf(LocalDate day) {
		return (day.getMonthValue() - 1) / 3 + 1;
	}

	/**
	 * The calendar date with its year filled in from the DCT: the nearest one before or after it, by tense; but a day
	 * or month up to two months after the DCT keeps the DCT's year when a past tense would put it most of a year back, as news
	 * reports near deadlines in whatever tense ("the rights, which expire Nov. 21", "to stock of record Dec. 15");
	 * and a day of the month before the DCT keeps its year when a future tense would put it a year ahead.
	 */
	static Calendar complete(Calendar c, LocalDate dct, Tense tense) {
		var byTense = completeByTense(c, dct, tense);
		if (c.year() == null && c.day() != null && tense == Tense.FUTURE && byTense.year() != dct.getYear()) {
			// and a day of the last month is not next year's because the sentence speaks of the future:
			// "the attacks of Aug. 7 underscore ..." in an article of August 13
			long behind = -daysFrom(dct, new Calendar(dct.getYear(), c.month(), c.day()));
			if (behind > 0 && behind <= RECENT_DAYS && !(c.month() == 2 && c.day() == 29 && !Year.isLeap(dct.getYear())))
				return new Calendar(dct.getYear(), c.month(), c.day());
		}
		// an explicit future ("will start on February 3") goes by the tense; so does a past, but a day or a month
		// just ahead of the DCT stays in its year: "gave the firm until mid-November", "a cut in its supply in
		// September" in an article of August
		if (c.year() != null || tense != Tense.PAST || byTense.year() == dct.getYear()
				|| c.month() == 2 && Integer.valueOf(29).equals(c.day()) && !Year.isLeap(dct.getYear()))
			return byTense;
		var sameYear = new Calendar(dct.getYear(), c.month(), c.day());
		long ahead = daysFrom(dct, sameYear);
		return ahead > 0 && ahead <= NEAR_DAYS && -daysFrom(dct, byTense) > FAR_DAYS ? sameYear : byTense;
	}

	private static final int NEAR_DAYS = 60;
	private static final int FAR_DAYS = 240;
	private static final int RECENT_DAYS = 31;

	/** Days from the DCT to the date (its middle, for a month). */
	private static long daysFrom(LocalDate dct, Calendar c) {
		var month = YearMonth.of(c.year(), c.month());
		var day = c.day() != null ? Math.min(c.day(), month.lengthOfMonth()) : 15;
		return java.time.temporal.ChronoUnit.DAYS.between(dct, month.atDay(day));
	}

	private static Calendar completeByTense(Calendar c, LocalDate dct, Tense tense) {
		if (c.year() != null)
			return c;
		var year = dct.getYear();
		if (c.day() == null) {
			var month = dct.getMonthValue();
			if (tense == Tense.PAST && c.month() > month)
				year--;
			else if (tense == Tense.FUTURE && c.month() < month)
				year++;
		} else {
			var date = monthDay(c, year);
			if (tense == Tense.PAST && date.isAfter(dct))
				year--;
			else if (tense == Tense.FUTURE && date.isBefore(dct))
				year++;
			// February 29 goes to the nearest leap year in the same direction
			while (c.month() == 2 && c.day() == 29 && !Year.isLeap(year))
				year += tense == Tense.PAST ? -1 : 1;
		}
		return new Calendar(year, c.month(), c.day());
	}

	/** A holiday such as Thanksgiving in the DCT's year, or the year before or after as the tense says. */
	private static LocalDate nthWeekday(NthWeekday n, LocalDate dct, Tense tense) {
		var date = nthWeekday(n, dct.getYear());
		long days = java.time.temporal.ChronoUnit.DAYS.between(dct, date);
		if (tense == Tense.PAST && days > NEAR_DAYS)
			return nthWeekday(n, dct.getYear() - 1);
		if (tense == Tense.FUTURE && days < -RECENT_DAYS)
			return nthWeekday(n, dct.getYear() + 1);
		return date;
	}

	private static LocalDate nthWeekday(NthWeekday n, int year) {
		var month = YearMonth.of(year, n.month());
		return n.nth() < 0 ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(n.day()))
				: month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(n.nth(), n.day()));
	}

	private static LocalDate monthDay(Calendar c, int year) {
		return LocalDate.of(year, c.month(), Math.min(c.day(), YearMonth.of(year, c.month()).lengthOfMonth()));
	}

	private static String format(Calendar c) {
		if (c.month() == null)
			return "%04d".formatted(c.year());
		if (c.day() == null)
			return YearMonth.of(c.year(), c.month()).toString();
		return LocalDate.of(c.year(), c.month(), c.day()).toString();
	}

	private static LocalDate weekday(Weekday w, LocalDate dct, Tense tense) {
		if (w.forced() != null)
			return dct.with(w.forced() == Tense.PAST ? TemporalAdjusters.previous(w.day())
					: TemporalAdjusters.next(w.day()));
		return dct.with(tense == Tense.PAST ? TemporalAdjusters.previousOrSame(w.day())
				: TemporalAdjusters.next(w.day()));
	}

	// "on the 3rd": this month's, unless the tense says it is already past or still to come
	private static LocalDate dayOfMonth(int day, LocalDate dct, Tense tense) {
		var month = YearMonth.from(dct);
		if (tense == Tense.PAST && day > dct.getDayOfMonth())
			month = month.minusMonths(1);
		else if (tense == Tense.FUTURE && day < dct.getDayOfMonth())
			month = month.plusMonths(1);
		return month.atDay(day);
	}

	private static String shift(Shift s, LocalDate dct) {
		var moved = dct.plus(s.amount(), s.unit());
		return switch (s.unit()) {
		case DAYS -> moved.toString();
		case WEEKS -> week(moved);
		case MONTHS -> YearMonth.from(moved).toString();
		default -> "%04d".formatted(moved.getYear());
		};
	}

	static String week(LocalDate date) {
		return "%04d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR),
				date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	// "two weeks ago" is a day; "nine months ago" a month; "three years ago" a year: the precision of the words
	private static String ago(Ago a, LocalDate dct) {
		var then = dct.minus(a.amount(), a.unit());
		return switch (a.unit()) {
		case DAYS, WEEKS -> then.toString();
		case MONTHS -> YearMonth.from(then).toString();
		default -> "%04d".formatted(then.getYear());
		};
	}

	private static String interval(Interval i, LocalDate dct, Tense tense) {
		if (i.from() instanceof Calendar from && i.to() instanceof Calendar to) {
			var start = complete(from, dct, tense);
			// the end is the first such date on or after the start: "from December to February" spans a new year
			var startDate = LocalDate.of(start.year(), start.month() == null ? 1 : start.month(),
					start.day() == null ? 1 : start.day());
			var end = to.year() != null ? to : complete(to, startDate, Tense.FUTURE);
			return format(start) + "/" + format(end);
		}
		return value(i.from(), dct, tense) + "/" + value(i.to(), dct, tense);
	}

	private static LocalDate day(@Nullable Mention day, LocalDate dct, Tense tense) {
		if (day == null)
			return dct;
		return LocalDate.parse(value(day, dct, tense));
	}
}
