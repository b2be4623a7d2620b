package org.sayso.core.dates;

import static org.sayso.core.dates.Words.DAY;
import static org.sayso.core.dates.Words.LENGTH_UNIT;
import static org.sayso.core.dates.Words.MONTH;
import static org.sayso.core.dates.Words.NUMBER;
import static org.sayso.core.dates.Words.START;
import static org.sayso.core.dates.Words.UNIT;
import static org.sayso.core.dates.Words.WEEKDAY;
import static org.sayso.core.dates.Words.YEAR;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.dates.Mention.Ago;
import org.sayso.core.dates.Mention.Clock;
import org.sayso.core.dates.Mention.DayOfMonth;
import org.sayso.core.dates.Mention.Every;
import org.sayso.core.dates.Mention.Interval;
import org.sayso.core.dates.Mention.Length;
import org.sayso.core.dates.Mention.PartOfDay;
import org.sayso.core.dates.Mention.Quarter;
import org.sayso.core.dates.Mention.Literal;
import org.sayso.core.dates.Mention.Unspecified;
import org.sayso.core.dates.Mention.YearOrDecade;
import org.sayso.core.dates.Mention.YearBefore;
import org.sayso.core.dates.Mention.Season;
import org.sayso.core.dates.Mention.Shift;
import org.sayso.core.dates.Mention.Weekday;

/**
 * The patterns of date expressions, each with how its match becomes a {@link Mention}, or {@code null} when
 * the match turns out not to be a date. Every pattern's group {@code s} is the expression's span: prepositions
 * that only select the pattern ("for two weeks", "in 2019") stay outside it, as in TimeML.
 */
final class DateRules {

	/**
	 * A pattern, the words it can start with, lower-cased ({@link #DIGIT} for a number), what a text must hold for
	 * it to match there (one of the bits in {@code needs}, none for {@link #ANY}: {@link #MONTH_WORD}, {@link #ISO_DATE}, {@link #CLOCK}),
	 * and how its match becomes a mention. The words and the needs are quick tests before the pattern is tried: most
	 * word starts of a text can begin only a few of the patterns, and most sentences name no month and no time.
	 */
	record Rule(Set<String> first, int needs, Pattern pattern, Function<Matcher, @Nullable Mention> mention) {
	}

	/** The first word of a match that starts with a digit. */
	static final String DIGIT = "0";
	/** A text holds a month name or abbreviation, in any case. */
	static final int MONTH_WORD = 1;
	/** A text holds four digits and a hyphen, as an ISO date starts. */
	static final int ISO_DATE = 2;
	/** A text holds "am", "pm", "a.m." or "p.m." (in any case) after a digit. */
	static final int CLOCK = 4;
	/** Nothing: the pattern may match in any text. */
	static final int ANY = 0;

	static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
			"sept", "sep", "oct", "nov", "dec");
	private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday");
	private static final Set<String> ANCHORS = Set.of("today", "tomorrow", "yesterday");
	private static final Set<String> NUMBER_WORDS = Set.of("thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
			"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
			"one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten", "eleven", "twelve", "a", "an");

	private static final String FULL_MONTH = "(?:January|February|March|April|May|June|July|August|September"
			+ "|October|November|December)(?!\\p{L})";
	private static final String ISO = "(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])";
	private static final String FULL_DATE = "(?:" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "|" + DAY
			+ "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "|" + ISO + ")";
	private static final String MONTH_DAY = "(?:" + MONTH + "\\s+" + DAY + "|(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?"
			+ MONTH + ")";
	private static final String MONTH_YEAR = MONTH + ",?\\s+(?:of\\s+)?" + YEAR;
	private static final String CALENDAR = "(?:" + FULL_DATE + "|" + MONTH_YEAR + "|" + MONTH_DAY + "|"
			+ FULL_MONTH.replace("|May|", "|") + ")";
	/** One end of a range: any calendar date, down to a bare month or year. */
	private static final String DATEISH = "(?:" + CALENDAR + "|" + FULL_MONTH + "|" + YEAR + ")";
	private static final String TIME = "(?<h>1[0-2]|0?[1-9])(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>(?i:a\\.m\\.|p\\.m\\."
			+ "|am|pm))(?![\\p{L}\\d])";
	private static final String DAY_ANCHOR = "(?<anchor>" + FULL_DATE + "|" + MONTH_DAY + "|" + WEEKDAY
			+ "|(?i:today|tomorrow|yesterday)(?!\\p{L}))";

	static final List<Rule> RULES = List.of(
			rule(words(MONTHS, Set.of(DIGIT, "the")), MONTH_WORD | ISO_DATE, START + "(?<s>" + CALENDAR + ")",
					m -> Calendars.parse(m.group("s"))),
			// "May" alone is a month only after a preposition: "May I add" and "Theresa May" are not dates
			rule(Set.of("in", "since", "by", "until", "till", "before", "after", "during", "of", "from", "early", "late",
					"mid", "last", "next", "this"), MONTH_WORD,
					START + "(?i:in|since|by|until|till|before|after|during|of|from|early|late|mid-?|last|next|this)"
							+ "\\s+(?<s>May)(?!\\p{L})",
					m -> Calendars.parse(m.group("s"))),
			rule(Set.of("in", "since", "by", "of", "until", "till", "before", "after", "during", "from"), ANY,
					START + "(?i:in|since|by|of|until|till|before|after|during|from)\\s+(?<s>" + YEAR + ")",
					m -> Calendars.parse(m.group("s"))),
			rule(MONTHS, MONTH_WORD, START + "(?<s>(?<m>" + MONTH + ")\\s+(?<d1>" + DAY + ")\\s*[-–]\\s*(?<d2>" + DAY
					+ ")(?:,?\\s+(?<y>" + YEAR + "))?)", DateRules::dayRange),
			rule(Set.of(DIGIT), MONTH_WORD, START + "(?<s>(?<d1>" + DAY + ")\\s*[-–]\\s*(?<d2>" + DAY + ")\\s+(?<m>" + MONTH
					+ ")(?:,?\\s+(?<y>" + YEAR + "))?)", DateRules::dayRange),
			rule(Set.of("from"), ANY, START + "(?<s>(?i:from)\\s+(?<a>" + DATEISH + ")\\s+(?i:to|until|till|through)\\s+(?<b>"
					+ DATEISH + "))", DateRules::range),
			rule(Set.of("between"), ANY, START + "(?<s>(?i:between)\\s+(?<a>" + DATEISH + ")\\s+and\\s+(?<b>" + DATEISH
					+ "))", DateRules::range),
			// "Sunday, October 13": the date says which Sunday
			rule(WEEKDAYS, MONTH_WORD | ISO_DATE,
					START + "(?<s>" + WEEKDAY + ",?\\s+(?<date>" + FULL_DATE + "|" + MONTH_DAY + "))",
					m -> Calendars.parse(m.group("date"))),
			rule(words(WEEKDAYS, Set.of("next", "last", "this", "coming")), ANY,
					START + "(?<s>(?:(?<rel>(?i:next|last|this|coming))\\s+)?(?<w>" + WEEKDAY + "))",
					DateRules::weekday),
			rule(Set.of("on"), ANY,
					START + "(?i:on)\\s+(?<s>the\\s+(?<d>3[01]|[12]\\d|[1-9])(?:st|nd|rd|th))(?!\\s+of)(?![\\p{L}\\d])",
					m -> new DayOfMonth(Integer.parseInt(m.group("d")))),
			rule(Set.of(DIGIT), CLOCK, START + "(?<s>" + TIME + ")", m -> clock(null, m)),
			rule(words(MONTHS, WEEKDAYS, ANCHORS, Set.of(DIGIT, "the")), CLOCK,
					START + "(?<s>" + DAY_ANCHOR + ",?\\s+(?:at\\s+)?" + TIME + ")", DateRules::anchoredClock),
			// "noon Thursday", "at midday", "midnight Friday": 12:00, and midnight TimeML's 24:00 of that day
			// (alone only after "at": "by noon" in "the rooms reach 35 degrees by noon" is any day's)
			rule(Set.of("noon", "midday", "midnight"), ANY,
					START + "(?<s>(?<t>(?i:noon|midday|midnight))\\s+(?:on\\s+)?" + DAY_ANCHOR
							+ "|(?<=(?i:at) )(?<at>(?i:noon|midday|midnight)))(?!\\p{L})",
					DateRules::noon),
			rule(Set.of(DIGIT), CLOCK, START + "(?<s>" + TIME + "\\s+(?:on\\s+)?" + DAY_ANCHOR + ")",
					DateRules::anchoredClock),
			rule(ANCHORS, ANY, START + "(?i)(?<s>today|tomorrow|yesterday)(?!\\p{L})",
					m -> Calendars.anchor(m.group("s"))),
			rule(Set.of("earlier", "later", "this", "last", "next"), ANY,
					START + "(?i)(?:(?:earlier|later)\\s+(?=this\\s+week))?(?<s>(?:(?:earlier|later)\\s+)?(?<rel>this|last|next)"
							+ "\\s+(?<u>week|month|year))(?!\\p{L})",
					m -> new Shift(Words.unit(m.group("u")), amount(m.group("rel")))),
			// holidays: on a fixed day, or on a weekday of their month
			rule(Set.of("thanksgiving", "christmas", "new", "independence", "halloween", "valentine", "labor", "memorial"),
					ANY, START + "(?<s>Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Independence Day"
							+ "|Halloween|Valentine's Day|Labor Day|Memorial Day)(?!\\p{L})",
					DateRules::holiday),
			// "June last year", "in January this year": the month of that year
			rule(MONTHS, ANY,
					START + "(?<s>(?<m>" + FULL_MONTH + ")\\s+(?:(?i:of)\\s+)?(?<rel>(?i:this|last|next))\\s+(?i:year))(?!\\p{L})",
					m -> new Mention.MonthOfYear(Words.month(m.group("m")), amount(m.group("rel")))),
			rule(Set.of("this", "last", "next"), ANY,
					START + "(?i)(?<s>(?<rel>this|last|next)\\s+(?<season>spring|summer|autumn|fall|winter))(?!\\p{L})",
					m -> new Season(season(m.group("season")), amount(m.group("rel")))),
			rule(Set.of("spring", "summer", "autumn", "fall", "winter"), ANY,
					START + "(?<s>(?<season>(?i:spring|summer|autumn|fall|winter))\\s+(?:(?i:of)\\s+)?(?<y>" + YEAR + "))",
					m -> new Literal(m.group("y") + "-" + season(m.group("season")))),
			// "45 million euros a year", "forty nights a year": how often, a set in TimeML
			rule(Set.of("a", "per"), ANY,
					START + "(?<=(?:\\d|[a-z]s|million|billion)\\s)(?<s>(?i:a|per)\\s+(?<what>day|week|month|year))(?!\\p{L})",
					DateRules::every),
			rule(words(NUMBER_WORDS, Set.of(DIGIT)), ANY,
					START + "(?<s>(?<n>" + NUMBER + ")\\s+(?<u>" + UNIT + "|(?i:decades?))\\s+(?i:ago))(?!\\p{L})",
					m -> new Ago(Words.number(m.group("n")), Words.unit(m.group("u")))),
			rule(Set.of("for", "within", "in", "over", "lasting", "after"), ANY,
					START + "(?i:for|within|in|over|lasting|after)\\s+(?:(?i:the)\\s+(?i:past|last|next|coming)\\s+)?"
							+ "(?<s>(?<n>" + NUMBER + ")\\s+(?<u>" + UNIT + "))(?!\\s+(?i:ago)(?!\\p{L}))",
					m -> new Length(Words.number(m.group("n")), Words.unit(m.group("u")))),
			rule(Set.of("every", "each", "daily", "weekly", "monthly", "annually", "yearly"), ANY,
					START + "(?i)(?<s>(?:every|each)\\s+(?<what>day|week|month|year|" + WEEKDAY.replace("(?!\\p{L})", "")
							+ ")|daily|weekly|monthly|annually|yearly)(?!\\p{L})",
					DateRules::every),
			// without the "in" that only introduces them, as TimeML spans them: "in [the near future]"
			rule(Set.of("in", "the", "some", "a", "several", "many"), ANY,
					START + "(?i)(?:in )?(?<s>(?<=in )(?:recent|coming) (?:days|weeks|months|years)"
							+ "|the (?:coming|next few|past few|last few) (?:days|weeks|months|years)|the near future"
							+ "|some time ago|a while ago|(?:several|many|a few) (?:days|weeks|months|years|decades) ago)"
							+ "(?!\\p{L})",
					DateRules::vague),
			// "will one day be": a future the text does not date, not a day's length
			rule(Set.of("one", "some", "someday"), ANY,
					START + "(?<=(?i:will|would|could|may|might|can|shall)\\s)(?<s>(?i:one\\s+day|some\\s+day|someday))"
							+ "(?!\\p{L})",
					m -> new Literal("FUTURE_REF")),
			// parts of days: "Friday night", "yesterday afternoon", "this morning", "tonight", "last night"
			rule(words(WEEKDAYS, ANCHORS), ANY,
					START + "(?<s>(?<day>" + WEEKDAY + "|(?i:today|tomorrow|yesterday))\\s+(?<p>(?i:morning|afternoon"
							+ "|evening|night)))(?!\\p{L})",
					m -> new PartOfDay(m.group("day").length() > 0 && Character.isUpperCase(m.group("day").charAt(0))
							&& !ANCHORS.contains(m.group("day").toLowerCase(Locale.ROOT))
									? new Weekday(Words.weekday(m.group("day")), null)
									: Calendars.anchor(m.group("day")), partOfDay(m.group("p")))),
			rule(Set.of("this", "tonight", "last"), ANY,
					START + "(?i)(?<s>this\\s+(?<p>morning|afternoon|evening)|tonight|last\\s+night)(?!\\p{L})",
					m -> m.group("p") != null ? new PartOfDay(null, partOfDay(m.group("p")))
							: m.group("s").toLowerCase(Locale.ROOT).startsWith("last")
									? new PartOfDay(new Shift(java.time.temporal.ChronoUnit.DAYS, -1), "NI")
									: new PartOfDay(null, "NI")),
			// TimeML's reference values: what the text places in the present, the past or the future, without a date
			rule(Set.of("now", "currently", "presently", "nowadays", "at", "the", "current", "recently",
					"lately", "these"), ANY,
					START + "(?i)(?<s>now|currently|presently|nowadays|at present|the present|current|recently"
							+ "|lately|the past|the future|these days)(?!\\p{L})"
							// "the past three years", "the current quarter" are longer expressions of their own
							+ "(?!\\s+(?i:\\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|month|year"
							+ "|decade|day|quarter|period|century))",
					m -> new Literal(reference(m.group("s")))),
			// quarters of results reporting: "the third quarter", "third-quarter", "the fiscal first quarter of 2024"
			rule(Set.of("the", "first", "second", "third", "fourth", "fiscal", "this", DIGIT), ANY,
					START + "(?i)(?:the\\s+(?=\\w+-quarter))?(?<s>(?:the\\s+|this\\s+year's\\s+|(?<py>" + YEAR + ")\\s+)?"
							+ "(?:fiscal\\s+)?"
							+ "(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[-\\s]quarter(?:\\s+of\\s+(?<y>" + YEAR + "))?)"
							+ "(?!\\p{L})",
					DateRules::quarter),
			rule(Set.of("the"), ANY,
					START + "(?i)(?<s>the\\s+(?:(?<rel>latest|most\\s+recent|current|year-earlier|year-ago)\\s+(?:quarter"
							+ "|period)|quarter))(?!\\p{L})",
					DateRules::relativeQuarter),
			// "the weekend": the last one before the DCT in past reporting, the next one ahead
			rule(Set.of("the", "this", "last", "next"), ANY,
					START + "(?i)(?<s>(?:the|this|last|next)\\s+weekend)(?!\\p{L})",
					m -> new Weekday(java.time.DayOfWeek.SATURDAY, m.group("s").toLowerCase(Locale.ROOT).startsWith("last")
							? TenseGuess.Tense.PAST : m.group("s").toLowerCase(Locale.ROOT).startsWith("next")
									? TenseGuess.Tense.FUTURE : null, true)),
			// "by year-end", "by year's end": the last day of the year, which the tense tells
			rule(Set.of("year"), ANY, START + "(?i)(?<s>year(?:-|\\s+|'s\\s+|\u2019s\\s+)end)(?![\\p{L}-])",
					m -> new Mention.Calendar(null, 12, 31)),
			// "the 20th century": TimeML's value is its first two digits, "19"
			rule(Set.of(DIGIT, "the"), ANY,
					START + "(?<s>(?:(?i:the)\\s+)?(?<n>[1-9]\\d?)(?i:st|nd|rd|th)[-\\s](?i:century))(?![\\p{L}-])",
					m -> new Literal("%02d".formatted(Integer.parseInt(m.group("n")) - 1))),
			// "the year ended March 31": a fiscal year, which TimeML gives as its length
			rule(Set.of("the"), ANY,
					START + "(?i)(?<s>the\\s+(?:fiscal\\s+)?year)(?=\\s+(?:ended|ending|that\\s+ended)\\s)",
					m -> new Length(1, java.time.temporal.ChronoUnit.YEARS)),
			// "the year", "the week": the DCT's, as results and weekly reporting mean them
			rule(Set.of("the"), ANY,
					START + "(?i)(?<s>the\\s+(?:(?:full|current|fiscal)\\s+)?(?<u>year|week))(?![\\p{L}'’-])"
							+ "(?!\\s+(?i:before|after|earlier|ago|of|to|in which|when|that|whose))",
					m -> new Shift(Words.unit(m.group("u")), 0)),
			rule(Set.of("a", "year", "the"), ANY,
					START + "(?i)(?<s>a\\s+year\\s+(?:earlier|before)|year-earlier|year-ago)(?!\\p{L})",
					m -> new YearBefore(false)),
			// durations: "the nine months", "the first nine months", "90 minutes", "a two-year", "three-month"
			rule(words(NUMBER_WORDS, Set.of(DIGIT, "the")), ANY,
					START + "(?<!(?i:once|twice|times|per)\\s)(?<!(?:\\d|[a-z]s|million|billion)\\s)(?:(?i:an?|the)\\s+"
							+ "(?=\\S+-))?(?<s>(?:(?i:the)\\s+(?:(?i:first|last|past|next|previous|coming)\\s+)?)?(?<n>" + NUMBER
							+ ")(?:\\s+|-)(?<u>" + LENGTH_UNIT + "))"
							+ "(?![-\\s]+(?i:ago|old|olds|from|of age)(?!\\p{L}))(?!'s)",
					m -> new Length(Words.number(m.group("n")), Words.unit(m.group("u")))),
			rule(Set.of("several", "many", "for", "a"), ANY,
					START + "(?i)(?:(?<pre>for)\\s+)?(?<s>(?:(?<q>several|many|a\\s+few)\\s+)?(?<u>decades|years|months|weeks"
							+ "|days))(?!\\p{L})",
					m -> m.group("pre") == null && m.group("q") == null ? null
							: new Unspecified(m.group("u").toLowerCase(Locale.ROOT).startsWith("decade") ? 'Y'
									: Character.toUpperCase(m.group("u").charAt(0)))),
			// a year on its own or as a modifier ("a 2009 report"), not an amount ("$1990", "1990 people")
			rule(Set.of(DIGIT, "fiscal"), ANY,
					START + "(?<![$£€#]\\s?)(?<!\\d,?\\s)(?<s>(?i:fiscal\\s+)?(?<y>19\\d\\d|20[0-4]\\d))(?![\\d\\p{L}%])"
							+ "(?!,\\d|\\.\\d|\\s+(?i:percent|people|persons|men|women|troops|votes|shares|times|feet|miles"
							+ "|tons|barrels|dollars|points))(?!\\s*[-–]\\s*\\d)",
					m -> new YearOrDecade(Integer.parseInt(m.group("y")), false)),
			// years as transcripts spell them: "nineteen ninety-six", "January nineteen ninety-seven", "the year two
			// thousand"
			rule(words(MONTHS, Set.of("eighteen", "nineteen")), ANY,
					START + "(?<s>(?:(?<m>" + FULL_MONTH + ")\\s+)?(?<y>" + Words.SPELLED_YEAR + "))",
					DateRules::spelledYear),
			rule(words(MONTHS, Set.of("the", "in", "by", "since", "until", "two")), ANY,
					// after a preposition, a month or "the year" only: "two thousand people" is a number
					START + "(?:(?i:in|by|since|until)\\s+(?=(?i:two)\\s)|(?=(?i:the\\s+year\\s)|" + FULL_MONTH + "\\s))(?<s>(?:(?<m>"
							+ FULL_MONTH + ")\\s+|(?i:the\\s+year)\\s+)?(?<y>" + Words.SPELLED_YEAR_2000 + "))",
					DateRules::spelledYear),
			rule(Set.of("the", DIGIT), ANY, START + "(?<s>(?:(?i:the)\\s+)?(?<d>1[89]\\d|20\\d)0s)(?!\\p{L})",
					m -> new YearOrDecade(Integer.parseInt(m.group("d")) * 10, true)));

	private DateRules() {
	}

	private static Rule rule(Set<String> first, int needs, String regex, Function<Matcher, @Nullable Mention> mention) {
		return new Rule(first, needs, Pattern.compile(regex), mention);
	}

	@SafeVarargs
	private static Set<String> words(Set<String>... sets) {
		return Set.copyOf(Stream.of(sets).flatMap(Set::stream).toList());
	}

	private static @Nullable Mention dayRange(Matcher m) {
		var month = Words.month(m.group("m"));
		var year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
		var from = Words.number(m.group("d1"));
		var to = Words.number(m.group("d2"));
		if (to <= from)
			return null; // "June 6-4" or a score such as "3-1" near a month: not a range of days
		return new Interval(new Mention.Calendar(year, month, from), new Mention.Calendar(year, month, to));
	}

	private static @Nullable Mention range(Matcher m) {
		var from = Calendars.parse(m.group("a"));
		var to = Calendars.parse(m.group("b"));
		if (from == null || to == null)
			return null;
		// "between March 3 and March 5, 2024": the year written once holds for both ends
		if (from.year() == null && to.year() != null)
			from = new Mention.Calendar(to.year(), from.month(), from.day());
		return new Interval(from, to);
	}

	private static Mention weekday(Matcher m) {
		var day = Words.weekday(m.group("w"));
		var rel = m.group("rel") == null ? null : m.group("rel").toLowerCase(Locale.ROOT);
		var forced = rel == null || rel.equals("this") ? null
				: rel.equals("last") ? TenseGuess.Tense.PAST : TenseGuess.Tense.FUTURE;
		return new Weekday(day, forced, false);
	}

	private static @Nullable Mention anchoredClock(Matcher m) {
		var day = Calendars.anchor(m.group("anchor"));
		return day == null ? null : clock(day, m);
	}

	private static @Nullable Mention noon(Matcher m) {
		var day = m.group("anchor") == null ? null : Calendars.anchor(m.group("anchor"));
		if (m.group("anchor") != null && day == null) {
			return null;
		}
		var word = m.group("t") != null ? m.group("t") : m.group("at");
		return new Clock(day, word.equalsIgnoreCase("midnight") ? 24 : 12, 0);
	}

	private static Mention clock(@Nullable Mention day, Matcher m) {
		var hour = Integer.parseInt(m.group("h")) % 12;
		if (m.group("ap").toLowerCase(Locale.ROOT).startsWith("p"))
			hour += 12;
		var minute = m.group("min") == null ? 0 : Integer.parseInt(m.group("min"));
		return new Clock(day, hour, minute);
	}

	private static Mention every(Matcher m) {
		var word = (m.group("what") != null ? m.group("what") : m.group("s")).toLowerCase(Locale.ROOT);
		return new Every(switch (word) {
		case "day", "daily" -> "P1D";
		case "week", "weekly" -> "P1W";
		case "month", "monthly" -> "P1M";
		case "year", "annually", "yearly" -> "P1Y";
		default -> "XXXX-WXX-" + Words.weekday(word).getValue();
		});
	}

	private static String partOfDay(String word) {
		return switch (word.toLowerCase(Locale.ROOT)) {
		case "morning" -> "MO";
		case "afternoon" -> "AF";
		case "evening" -> "EV";
		default -> "NI";
		};
	}

	private static String reference(String word) {
		return switch (word.toLowerCase(Locale.ROOT)) {
		case "recently", "lately", "the past" -> "PAST_REF";
		case "the future" -> "FUTURE_REF";
		default -> "PRESENT_REF";
		};
	}

	private static Mention quarter(Matcher m) {
		var ordinal = m.group("q").toLowerCase(Locale.ROOT);
		int quarter = switch (ordinal.charAt(0)) {
		case 'f' -> ordinal.startsWith("fi") ? 1 : 4;
		case 's' -> 2;
		case 't' -> 3;
		default -> ordinal.charAt(0) - '0';
		};
		var year = m.group("y") != null ? m.group("y") : m.group("py");
		return new Quarter(year == null ? null : Integer.valueOf(year), quarter, 0);
	}

	/**
	 * "in recent years", "in the coming months", "in the past few weeks": TimeML's duration of unknown length (PXY,
	 * PXM, PXW), and so is "the last few months"; "some time ago", "several years ago": TimeML's PAST_REF.
	 */
	private static Mention vague(Matcher m) {
		var phrase = m.group("s");
		var unit = java.util.regex.Pattern.compile(
				"(?i)^(?:recent|coming|the (?:coming|next few|past few|last few)) (days|weeks|months|years)$")
				.matcher(phrase);
		if (unit.matches()) {
			return new Unspecified(Character.toUpperCase(unit.group(1).charAt(0)));
		}
		// TimeML's references: "the near future" is ahead, "some time ago" behind, with no more said
		var lower = phrase.toLowerCase(Locale.ROOT);
		return new Literal(lower.endsWith(" ago") ? "PAST_REF" : "FUTURE_REF");
	}

	private static Mention spelledYear(Matcher m) {
		int year = Words.spelledYear(m.group("y"));
		return m.group("m") == null ? new YearOrDecade(year, false) : new Mention.Calendar(year, Words.month(m.group("m")), null);
	}

	private static Mention holiday(Matcher m) {
		var name = m.group("s");
		return switch (name) {
		case "Thanksgiving", "Thanksgiving Day" -> new Mention.NthWeekday(11, java.time.DayOfWeek.THURSDAY, 4);
		case "Labor Day" -> new Mention.NthWeekday(9, java.time.DayOfWeek.MONDAY, 1);
		case "Memorial Day" -> new Mention.NthWeekday(5, java.time.DayOfWeek.MONDAY, -1);
		case "Christmas", "Christmas Day" -> new Mention.Calendar(null, 12, 25);
		case "Christmas Eve" -> new Mention.Calendar(null, 12, 24);
		case "New Year's Day" -> new Mention.Calendar(null, 1, 1);
		case "New Year's Eve" -> new Mention.Calendar(null, 12, 31);
		case "Independence Day" -> new Mention.Calendar(null, 7, 4);
		case "Halloween" -> new Mention.Calendar(null, 10, 31);
		default -> new Mention.Calendar(null, 2, 14); // Valentine's Day
		};
	}

	private static Mention relativeQuarter(Matcher m) {
		var rel = m.group("rel") == null ? "" : m.group("rel").strip().toLowerCase(Locale.ROOT);
		return switch (rel) {
		case "current" -> new Quarter(null, 0, 0);
		case "year-earlier", "year-ago" -> new YearBefore(true);
		default -> new Quarter(null, 0, 1);
		};
	}

	private static int amount(String rel) {
		return switch (rel.toLowerCase(Locale.ROOT)) {
		case "last" -> -1;
		case "next" -> 1;
		default -> 0;
		};
	}

	private static String season(String word) {
		return switch (word.toLowerCase(Locale.ROOT)) {
		case "spring" -> "SP";
		case "summer" -> "SU";
		case "autumn", "fall" -> "FA";
		default -> "WI";
		};
	}
}
