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

	static final String NUMBER = "(?i:\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two"
			+ "|three|four|five|six|seven|eight|nine))?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
			+ "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)(?![\\d\\p{L}])";

	static final String UNIT = "(?i:days?|weeks?|months?|years?)(?!\\p{L})";

	/** The units of a duration: also minutes, hours and decades ("90 minutes", "two decades"). */
	static final String LENGTH_UNIT = "(?i:minutes?|hours?|days?|weeks?|months?|years?|decades?)(?!\\p{L})";

	private static final List<String> TEENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
			"sixteen", "seventeen", "eighteen", "nineteen");
	private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
			"eighty", "ninety");
	private static final String ONES = "(?:one|two|three|four|five|six|seven|eight|nine)";
	private static final String TWO_DIGITS = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s]"
			+ ONES + ")?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
			+ "|oh[-\\s]" + ONES + ")";

	/**
	 * A year as transcripts spell it: "nineteen ninety-six", "nineteen hundred and eighty", and, after "the year",
	 * "in" or a month ({@link #SPELLED_YEAR_2000}), "two thousand" and the years after it.
	 */
	static final String SPELLED_YEAR = "(?i:(?:eighteen|nineteen)\\s+(?:hundred\\s+(?:and\\s+)?)?" + TWO_DIGITS
			+ ")(?![-\\p{L}])";

	static final String SPELLED_YEAR_2000 = "(?i:two\\s+thousand(?:\\s+(?:and\\s+)?(?:" + ONES
			+ "|ten|eleven|twelve))?)(?![-\\p{L}])";

	/** The year of a {@link #SPELLED_YEAR} or {@link #SPELLED_YEAR_2000}. */
	static int spelledYear(String text) {
		var words = text.toLowerCase(Locale.ROOT).split("[-\\s]+");
		int year = words[0].equals("two") ? 2000 : (TEENS.indexOf(words[0]) + 10) * 100;
		for (int i = 1; i < words.length; i++) {
			var w = words[i];
			if (TEENS.contains(w))
				year += TEENS.indexOf(w) + 10;
			else if (TENS.contains(w))
				year += (TENS.indexOf(w) + 2) * 10;
			else if (NUMBERS.indexOf(w) >= 0 && NUMBERS.indexOf(w) < 12)
				year += NUMBERS.indexOf(w) + 1;
		}
		return year;
	}

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

	/** The number of "3rd", "03", "two", "fifteen", "twenty-five" or "a". */
	static int number(String word) {
		var w = word.toLowerCase(Locale.ROOT);
		if (w.equals("a") || w.equals("an"))
			return 1;
		var parts = w.split("-");
		if (TENS.contains(parts[0]))
			return (TENS.indexOf(parts[0]) + 2) * 10 + (parts.length > 1 ? NUMBERS.indexOf(parts[1]) + 1 : 0);
		if (TEENS.contains(w))
			return TEENS.indexOf(w) + 10;
		var i = NUMBERS.indexOf(w);
		return i >= 0 ? i + 1 : Integer.parseInt(w.replaceAll("(st|nd|rd|th)$", ""));
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
