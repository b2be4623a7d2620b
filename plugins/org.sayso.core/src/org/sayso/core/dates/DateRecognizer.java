package org.sayso.core.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.dates.TenseGuess.Tense;

/**
 * Finds the date and time expressions of a text and normalizes them against the article's creation date (DCT).
 * Where patterns overlap, the longest match wins ("June 4-6" over "June 4"), so the expressions never overlap.
 */
public final class DateRecognizer {

	record Candidate(int begin, int end, Mention mention) {
		int length() {
			return end - begin;
		}

		boolean overlaps(Candidate other) {
			return begin < other.end && other.begin < end;
		}
	}

	private DateRecognizer() {
	}

	/**
	 * The expressions of {@code text}, in text order, with UTF-16 offsets.
	 *
	 * @param dct the article's creation date, or {@code null}: relative expressions then get no value, and a note
	 */
	public static List<DateExpression> recognize(String text, @Nullable LocalDate dct) {
		return recognize(text, dct, TenseGuess::around);
	}

	/** The expressions of {@code text}, with the tense of each clause decided by {@code tenses}. */
	public static List<DateExpression> recognize(String text, @Nullable LocalDate dct, TenseSource tenses) {
		return recognize(text, dct, tenses, new Reporting());
	}

	/**
	 * What the expressions read so far in an article tell about the next ones: the quarter results reporting
	 * speaks of. One per article, handed to each {@link #recognize(String, LocalDate, TenseSource, Reporting)}
	 * of its parts in text order.
	 */
	public static final class Reporting {
		@Nullable String lastQuarter;
	}

	/**
	 * The expressions of {@code text}, a part of an article whose earlier parts were read with the same
	 * {@code reporting}: "a year ago" in a later paragraph is the year-earlier quarter of "the third quarter".
	 */
	public static List<DateExpression> recognize(String text, @Nullable LocalDate dct, TenseSource tenses,
			Reporting reporting) {
		var result = new ArrayList<DateExpression>();
		String lastQuarter = reporting.lastQuarter;
		String pendingYearAgo = null; // the value of "a year ago" right after "the quarter"
		var candidates = mentions(text);
		for (int i = 0; i < candidates.size(); i++) {
			var c = candidates.get(i);
			var mention = i + 1 < candidates.size() ? clockOnDate(text, c, candidates.get(i + 1)) : c.mention();
			// only a partial date needs the tense; asking for it may cost a part-of-speech tagging
			var tense = DateNormalizer.needsTense(mention) ? tenses.around(text, c.begin(), c.end()) : Tense.PAST;
			var normalized = DateNormalizer.normalize(mention, dct, tense);
			var value = normalized.value();
			// "a year earlier" after "the third quarter" is that quarter a year back, as results reporting means it
			boolean quarterResult = false;
			if (lastQuarter != null && value != null) {
				if (isYearBack(c.mention()) || isLastYear(c.mention()) && comparesResults(text, c.begin(), c.end())) {
					value = (Integer.parseInt(lastQuarter.substring(0, 4)) - 1) + lastQuarter.substring(4);
					quarterResult = true;
				} else if (c.mention() instanceof Mention.YearOrDecade y && !y.decade()
						&& QUARTER_AFTER.matcher(text).region(c.end(), text.length()).lookingAt()) {
					value = "%04d%s".formatted(y.year(), lastQuarter.substring(4)); // "in the 1988 quarter"
					quarterResult = true;
				}
			}
			if (value != null && c.mention() instanceof Mention.Calendar cal && cal.year() == null && cal.day() == null
					&& !result.isEmpty() && framesSentence(text, result.getLast().end(), c.begin())) {
				// a month alone after a year or a season that opens its sentence is in that year: "Last summer, a
				// heatwave in July closed schools", "In 2019, in March, ..."; not after "its 2026 budget and ... March"
				var anchor = YEAR_OR_SEASON.matcher(String.valueOf(result.getLast().value()));
				if (anchor.matches())
					value = anchor.group(1) + value.substring(4);
			}
			if (c.mention() instanceof Mention.Quarter && value != null && QUARTER_VALUE.matcher(value).matches()) {
				// "the year-ago third quarter", "the quarter a year ago": the quarter a year back, and so is its
				// "year-ago"; the quarter reported on stays the one read before
				var before = i > 0 ? candidates.get(i - 1) : null;
				var after = i + 1 < candidates.size() ? candidates.get(i + 1) : null;
				boolean yearAgoBefore = before != null && isYearBack(before.mention()) && adjacent(text, before, c);
				if (yearAgoBefore || after != null && isYearBack(after.mention()) && adjacent(text, c, after)) {
					value = (Integer.parseInt(value.substring(0, 4)) - 1) + value.substring(4);
					if (yearAgoBefore) {
						var previous = result.removeLast();
						result.add(new DateExpression(previous.begin(), previous.end(), value, previous.type(),
								previous.dctDependent(), previous.note()));
					} else {
						pendingYearAgo = value;
					}
				} else {
					lastQuarter = value;
				}
			} else if (pendingYearAgo != null && isYearBack(c.mention())) {
				value = pendingYearAgo;
			} else if (!quarterResult && isOtherPeriod(c.mention())) {
				lastQuarter = null; // "the first nine months ... a year earlier" is that period's year
			}
			if (pendingYearAgo != null && !(c.mention() instanceof Mention.Quarter)) {
				pendingYearAgo = null;
			}
			result.add(new DateExpression(c.begin(), c.end(), value, DateNormalizer.type(mention),
					normalized.dctDependent(), normalized.note()));
		}
		reporting.lastQuarter = lastQuarter;
		return result;
	}

	/**
	 * A time of day followed by the date it is on, with a time zone or a comma between, is on that date: "until 5
	 * p.m. EST Nov. 9". The two stay two expressions, as TimeML has them.
	 */
	private static Mention clockOnDate(String text, Candidate clock, Candidate next) {
		if (!(clock.mention() instanceof Mention.Clock c) || c.day() != null
				|| !(next.mention() instanceof Mention.Calendar || next.mention() instanceof Mention.Weekday)
				|| next.begin() - clock.end() > 16 || !BETWEEN_CLOCK_AND_DATE.matcher(text.substring(clock.end(), next.begin())).matches())
			return clock.mention();
		return new Mention.Clock(next.mention(), c.hour(), c.minute());
	}

	private static final java.util.regex.Pattern BETWEEN_CLOCK_AND_DATE = java.util.regex.Pattern
			.compile("\\s*(?:\\(?[ECMP][SD]T\\)?|GMT|UTC|ET|local time)?,?\\s+(?:on\\s+)?");

	private static final java.util.regex.Pattern YEAR_OR_SEASON = java.util.regex.Pattern
			.compile("(\\d{4})(?:-(?:SP|SU|FA|WI))?");

	/** Whether the expression ending at {@code from} is set off by a comma and its sentence goes on to {@code to}. */
	private static boolean framesSentence(String text, int from, int to) {
		return from < text.length() && text.charAt(from) == ',' && !SENTENCE_END.matcher(text).region(from, to).find();
	}

	private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?]\\s");

	private static final java.util.regex.Pattern QUARTER_VALUE = java.util.regex.Pattern.compile("\\d{4}-Q[1-4]");

	/** A period of results reporting other than a quarter: "the nine months", "fiscal 1988", "this year". */
	private static boolean isOtherPeriod(Mention mention) {
		return mention instanceof Mention.Length || mention instanceof Mention.YearOrDecade
				|| mention instanceof Mention.Shift s && s.unit() == java.time.temporal.ChronoUnit.YEARS;
	}

	private static final java.util.regex.Pattern QUARTER_AFTER = java.util.regex.Pattern
			.compile("(?:'s|\u2019s)?\\s+(?:quarter|period)\\b");
	/** Results of a period compared with a year before: "compared with $3 million", "the corresponding period". */
	private static final java.util.regex.Pattern COMPARISON_BEFORE = java.util.regex.Pattern
			.compile("(?i)(?:compared\\s|\\$\\s?\\d|\\bperiod\\s*$|\\bfrom\\s*$|\\bthan\\s*$)");
	private static final java.util.regex.Pattern RESULTS_AFTER = java.util.regex.Pattern
			.compile("(?:'s|\u2019s)\\s+(?:quarter|period|results|figures?|earnings|loss|profit)\\b");

	/** Whether only blanks stand between two candidates. */
	private static boolean adjacent(String text, Candidate first, Candidate second) {
		return first.end() <= second.begin() && text.substring(first.end(), second.begin()).isBlank();
	}

	private static boolean isLastYear(Mention mention) {
		return mention instanceof Mention.Shift s && s.unit() == java.time.temporal.ChronoUnit.YEARS && s.amount() == -1;
	}

	/** Whether "last year" at {@code begin..end} compares a result with the year before, in its sentence. */
	private static boolean comparesResults(String text, int begin, int end) {
		if (RESULTS_AFTER.matcher(text).region(end, text.length()).lookingAt())
			return true;
		int from = Math.max(0, begin - 80);
		int stop = text.lastIndexOf(". ", begin);
		if (stop >= from)
			from = stop + 2;
		return COMPARISON_BEFORE.matcher(text.substring(from, begin)).find();
	}

	private static boolean isYearBack(Mention mention) {
		return mention instanceof Mention.YearBefore
				|| mention instanceof Mention.Ago a && a.amount() == 1 && a.unit() == java.time.temporal.ChronoUnit.YEARS;
	}

	/** The expressions of an article, against the DCT its dateline gives, if it gives one. */
	public static List<DateExpression> recognize(String text) {
		return recognize(text, DctDetector.detect(text).map(DctMatch::date).orElse(null));
	}

	/**
	 * The places a pattern may start at: numbers, and the words a rule starts with, with the rules that can start
	 * there (one bit each, from {@link #RULES_BY_FIRST_WORD}); and what the text holds ({@link DateRules#MONTH_WORD}
	 * and the other bits a {@link DateRules.Rule} needs).
	 */
	private record Starts(int[] at, long[] rules, int holds) {
	}

	/**
	 * For each word a rule can start with ({@link DateRules.Rule#first()}: month and weekday names, number words, the
	 * prepositions and modifiers the patterns begin with, {@link DateRules#DIGIT} for a number), the rules, one bit
	 * each.
	 */
	private static final Map<String, Long> RULES_BY_FIRST_WORD = new HashMap<>();
	/** The longest word in {@link #RULES_BY_FIRST_WORD}. */
	private static final int LONGEST_FIRST_WORD;

	static {
		if (DateRules.RULES.size() > Long.SIZE)
			throw new IllegalStateException("more date rules than bits in a long: widen RULES_BY_FIRST_WORD");
		for (int r = 0; r < DateRules.RULES.size(); r++) {
			for (var word : DateRules.RULES.get(r).first()) {
				RULES_BY_FIRST_WORD.merge(word, 1L << r, (a, b) -> a | b);
			}
		}
		LONGEST_FIRST_WORD = RULES_BY_FIRST_WORD.keySet().stream().mapToInt(String::length).max().orElse(0);
	}

	/** Where a pattern may start: numbers, and the words in {@link #RULES_BY_FIRST_WORD}. */
	private static Starts wordStarts(String text) {
		var starts = new int[16];
		var rules = new long[16];
		int n = 0;
		int holds = 0;
		for (int i = 0; i < text.length(); i++) {
			if (!Character.isLetterOrDigit(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))
				continue;
			int end = i;
			while (end < text.length() && Character.isLetter(text.charAt(end)))
				end++;
			if (end - i > LONGEST_FIRST_WORD)
				continue;
			var word = end == i ? DateRules.DIGIT : text.substring(i, end).toLowerCase(Locale.ROOT);
			var wordRules = RULES_BY_FIRST_WORD.get(word);
			if (wordRules != null) {
				if (n == starts.length) {
					starts = Arrays.copyOf(starts, n * 2);
					rules = Arrays.copyOf(rules, n * 2);
				}
				rules[n] = wordRules;
				starts[n++] = i;
				if (DateRules.MONTHS.contains(word))
					holds |= DateRules.MONTH_WORD;
			}
		}
		return new Starts(Arrays.copyOf(starts, n), Arrays.copyOf(rules, n), holds | numberShapes(text));
	}

	/** {@link DateRules#ISO_DATE} and {@link DateRules#CLOCK}, if {@code text} holds what they say. */
	private static int numberShapes(String text) {
		int holds = 0;
		int digits = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
				continue;
			}
			if (c == '-' && digits >= 4)
				holds |= DateRules.ISO_DATE;
			digits = 0;
			if ((c == 'a' || c == 'p' || c == 'A' || c == 'P') && clockAfterDigit(text, i))
				holds |= DateRules.CLOCK;
		}
		return holds;
	}

	/** Whether "am", "pm", "a.m." or "p.m." starts at {@code i}, after a digit and white space. */
	private static boolean clockAfterDigit(String text, int i) {
		int m = i + 1 < text.length() && text.charAt(i + 1) == '.' ? i + 2 : i + 1;
		if (m >= text.length() || Character.toLowerCase(text.charAt(m)) != 'm')
			return false;
		int before = i - 1;
		while (before >= 0 && Character.isWhitespace(text.charAt(before)))
			before--;
		return before >= 0 && Character.isDigit(text.charAt(before));
	}

	private static List<Candidate> mentions(String text) {
		return mentions(text, true);
	}

	/**
	 * The mentions of {@code text}; with {@code quickTest}, a pattern is tried only where the word is one it can
	 * start with ({@link DateRules.Rule#first()}) and only if the text holds what it needs
	 * ({@link DateRules.Rule#needs()}), which must not change the result.
	 */
	static List<Candidate> mentions(String text, boolean quickTest) {
		var all = new ArrayList<Candidate>();
		// every pattern starts at the start of a word or number: trying them only there, instead of letting find()
		// try every character, makes recognition several times faster on long texts
		var starts = wordStarts(text);
		for (int r = 0; r < DateRules.RULES.size(); r++) {
			var rule = DateRules.RULES.get(r);
			if (quickTest && rule.needs() != DateRules.ANY && (rule.needs() & starts.holds()) == 0)
				continue;
			Matcher m = null;
			int after = 0;
			for (int k = 0; k < starts.at().length; k++) {
				int at = starts.at()[k];
				if (at < after || quickTest && (starts.rules()[k] & 1L << r) == 0)
					continue;
				if (m == null)
					m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
				m.region(at, text.length());
				if (!m.lookingAt())
					continue;
				after = Math.max(m.end(), at + 1);
				var begin = m.start("s");
				var end = m.end("s");
				var mention = rule.mention().apply(m);
				if (mention != null && end > begin)
					all.add(new Candidate(begin, end, mention));
			}
		}
		all.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::begin));
		var kept = new ArrayList<Candidate>();
		for (var c : all)
			if (kept.stream().noneMatch(c::overlaps))
				kept.add(c);
		kept.sort(Comparator.comparingInt(Candidate::begin));
		return withModifiers(text, kept);
	}

	/**
	 * Modifiers belong to the expression, as in TimeML: "early 2011", "late March", "the end of 1990", "about two
	 * years ago", "last April". They change the precision a reader takes, not the value, so only the span grows.
	 */
	private static List<Candidate> withModifiers(String text, List<Candidate> kept) {
		var result = new ArrayList<Candidate>(kept.size());
		int previousEnd = 0;
		for (var c : kept) {
			if (c.mention() instanceof Mention.Literal) {
				result.add(c);
				previousEnd = c.end();
				continue;
			}
			var before = text.substring(Math.max(previousEnd, c.begin() - 24), c.begin());
			var modifier = MODIFIER.matcher(before);
			boolean monthAlone = c.mention() instanceof Mention.Calendar cal && cal.day() == null && cal.year() == null;
			if (modifier.find() && (modifier.group("rel") == null || monthAlone)) {
				var mention = c.mention();
				if (modifier.group("rel") != null) {
					// "last June" is the last one before the DCT's month whatever the tense, "this June" the DCT's year's
					mention = new Mention.MonthOf(((Mention.Calendar) mention).month(),
							modifier.group("rel").equalsIgnoreCase("last") ? -1 : 0);
				}
				result.add(new Candidate(c.begin() - (before.length() - modifier.start()), c.end(), mention));
			} else {
				result.add(c);
			}
			previousEnd = c.end();
		}
		return result;
	}

	/** A modifier right before an expression; {@code rel} ("last", "this") only before a month on its own. */
	private static final java.util.regex.Pattern MODIFIER = java.util.regex.Pattern.compile(
			"(?<![\\p{L}\\d])(?i:(?:early|late|mid|the end of|the beginning of|the start of|the middle of|about|almost"
					+ "|nearly|more than|less than)|(?<rel>last|this))(?:\\s+|-)$");
}
