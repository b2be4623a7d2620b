package org.sayso.core.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sayso.core.dates.TenseGuess.Tense;

/**
 * Finds the date and time expressions of a text and normalizes them against the article's creation date (DCT).
 * Where patterns overlap, the longest match wins ("June 4-6" over "June 4"), so the expressions never overlap.
 */
public final class DateRecognizer {

	private record Candidate(int begin, int end, Mention mention) {
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
	public static List<DateExpression> recognize(String text, LocalDate dct) {
		return recognize(text, dct, TenseGuess::around);
	}

	/** The expressions of {@code text}, with the tense of each clause decided by {@code tenses}. */
	public static List<DateExpression> recognize(String text, LocalDate dct, TenseSource tenses) {
		var result = new ArrayList<DateExpression>();
		for (var c : mentions(text)) {
			// only a partial date needs the tense; asking for it may cost a part-of-speech tagging
			var tense = DateNormalizer.needsTense(c.mention()) ? tenses.around(text, c.begin(), c.end()) : Tense.PAST;
			var normalized = DateNormalizer.normalize(c.mention(), dct, tense);
			result.add(new DateExpression(c.begin(), c.end(), normalized.value(), DateNormalizer.type(c.mention()),
					normalized.dctDependent(), normalized.note()));
		}
		return result;
	}

	/** The expressions of an article, against the DCT its dateline gives, if it gives one. */
	public static List<DateExpression> recognize(String text) {
		return recognize(text, DctDetector.detect(text).map(DctMatch::date).orElse(null));
	}

	/**
	 * The words a pattern of {@link DateRules} can start with (besides numbers): month and weekday names, number
	 * words, and the prepositions and modifiers the patterns begin with. Keep in step with the rules.
	 */
	private static final Set<String> START_WORDS = Set.copyOf(Arrays.asList("january", "february", "march", "april",
			"may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
			"jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
			"ten", "eleven", "twelve", "a", "an", "the", "in", "since", "by", "until", "till", "before", "after",
			"during", "of", "from", "early", "late", "mid", "last", "next", "this", "coming", "between", "on", "today",
			"tomorrow", "yesterday", "earlier", "later", "for", "within", "over", "lasting", "every", "each", "daily",
			"weekly", "monthly", "annually", "yearly", "recently", "lately", "soon", "some"));

	/** Where a pattern may start: numbers, and words in {@link #START_WORDS}. */
	private static int[] wordStarts(String text) {
		var starts = new int[16];
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			if (!Character.isLetterOrDigit(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))
				continue;
			int end = i;
			while (end < text.length() && Character.isLetter(text.charAt(end)))
				end++;
			if (end == i || end - i <= 9 && START_WORDS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
				if (n == starts.length)
					starts = Arrays.copyOf(starts, n * 2);
				starts[n++] = i;
			}
		}
		return Arrays.copyOf(starts, n);
	}

	private static List<Candidate> mentions(String text) {
		var all = new ArrayList<Candidate>();
		// every pattern starts at the start of a word or number: trying them only there, instead of letting find()
		// try every character, makes recognition several times faster on long texts
		var starts = wordStarts(text);
		for (var rule : DateRules.RULES) {
			var m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			int after = 0;
			for (int k = 0; k < starts.length; k++) {
				int at = starts[k];
				if (at < after)
					continue;
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
		return kept;
	}
}
