package org.sayso.core.dates;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The words of date expressions and the regular-expression pieces that match them. */
final class Words {

	private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
			"july", "august", "september", "october", "november", "december");

	private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten", "eleven", "twelve");

	// Month names are matched with their capital only, so that the verb "may" and "march" are not months.
	static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
			+ "|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?!\\p{L})";

	static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\\p{L})";

	static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d\\p{L}])";

	static final String YEAR = "(?:1[89]\\d\\d|2[01]\\d\\d)(?![\\d\\p{L}])";

	static final String NUMBER = "(?i:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
			+ "|an?)(?![\\d\\p{L}])";

	static final String UNIT = "(?i:days?|weeks?|months?|years?)(?!\\p{L})";

	/** The units of a duration: also minutes, hours and decades ("90 minutes", "two decades"). */
	static final String LENGTH_UNIT = "(?i:minutes?|hours?|days?|weeks?|months?|years?|decades?)(?!\\p{L})";

	/** A word boundary that also holds at the start of the text and before a non-ASCII letter. */
	static final String START = "(?<![\\p{L}\\d])";

	private Words() {
	}

	/** 1 to 12 for a month name or its abbreviation. */
	static int month(String word) {
		var w = word.toLowerCase(Locale.ROOT).replace(".", "");
		for (var i = 0; i < MONTHS.size(); i++)
			if (MONTHS.get(i).startsWith(w) && w.length() >= 3)
				return i + 1;
		throw new IllegalArgumentException("not a month: " + word);
	}

	static DayOfWeek weekday(String word) {
		return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
	}

	/** The number of "3rd", "03", "two" or "a". */
	static int number(String word) {
		var w = word.toLowerCase(Locale.ROOT).replaceAll("(st|nd|rd|th)$", "");
		if (w.equals("a") || w.equals("an"))
			return 1;
		var i = NUMBERS.indexOf(w);
		return i >= 0 ? i + 1 : Integer.parseInt(w);
	}

	static ChronoUnit unit(String word) {
		return switch (word.toLowerCase(Locale.ROOT).replaceAll("s$", "")) {
		case "day" -> ChronoUnit.DAYS;
		case "week" -> ChronoUnit.WEEKS;
		case "month" -> ChronoUnit.MONTHS;
		case "year" -> ChronoUnit.YEARS;
		case "minute" -> ChronoUnit.MINUTES;
		case "hour" -> ChronoUnit.HOURS;
		case "decade" -> ChronoUnit.DECADES;
		default -> throw new IllegalArgumentException("not a unit: " + word);
		};
	}

	/** The ISO 8601 designator of a unit in a duration: P2W, P3D. */
	static char designator(ChronoUnit unit) {
		return switch (unit) {
		case DAYS -> 'D';
		case WEEKS -> 'W';
		case MONTHS -> 'M';
		case YEARS -> 'Y';
		default -> throw new IllegalArgumentException("no designator for " + unit);
		};
	}

	/** The ISO 8601 duration of {@code amount} units: P2W, PT90M, PT5H; a decade is ten years, as TimeML writes it. */
	static String duration(int amount, ChronoUnit unit) {
		return switch (unit) {
		case MINUTES -> "PT" + amount + "M";
		case HOURS -> "PT" + amount + "H";
		case DECADES -> "P" + amount * 10 + "Y";
		default -> "P" + amount + designator(unit);
		};
	}
}
