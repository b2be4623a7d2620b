package org.sayso.suggest.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cheap looks at a sentence before the expensive ones: whether it holds a cue word (then it is tokenized and
 * tagged), a word or digit that can start a date expression (then the date patterns run over it), or a date whose
 * value depends on the tense (a month or weekday name: then its verbs are tagged). Most sentences of a news
 * article need some of this, but not all, and the patterns and the tagger are what the pipeline's time goes to.
 */
final class Triggers {

	private static final Set<String> DATE_WORDS = new HashSet<>(Arrays.asList("january", "february", "march",
			"april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
			"mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
			"thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday", "day", "days", "week",
			"weeks", "month", "months", "year", "years", "spring", "summer", "autumn", "fall", "winter", "ago",
			"daily", "weekly", "monthly", "annually", "yearly", "recently", "lately", "future", "while",
			// reference values, quarters and durations: a word each expression must hold
			"now", "currently", "presently", "nowadays", "present", "current", "recent", "previously", "formerly",
			"past", "quarter", "period", "earlier", "minute", "minutes", "hour", "hours", "decade", "decades",
			// parts of days and the weekend: "this morning", "tonight", "over the weekend"
			"morning", "afternoon", "evening", "tonight", "night", "weekend", "these", "noon", "midday", "midnight",
			// centuries: "the 17th century"
			"century", "centuries",
			// years as transcripts spell them: "nineteen ninety-six", "two thousand"
			"eighteen", "nineteen", "thousand",
			// holidays, and number words of durations ("fifteen years")
			"thanksgiving", "christmas", "halloween", "valentine", "labor", "memorial", "independence"));

	private static final Set<String> TENSE_WORDS = new HashSet<>(Arrays.asList("january", "february", "march",
			"april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
			"mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
			"thursday", "friday", "saturday", "sunday", "st", "nd", "rd", "th",
			// "by year-end", "since year end": the last day of which year
			"end",
			// holidays, whose year the tense decides as a month's
			"thanksgiving", "christmas", "halloween", "valentine", "labor", "memorial", "independence"));

	/** What a sentence holds, as bits. */
	static final int CUE = 1, DATE = 2, TENSE = 4;

	/** The bits each word (2 letters or more, lower-cased) sets: one lookup per word of the text. */
	private static final Map<String, Integer> WORD_BITS = new HashMap<>();

	static {
		for (var cues : List.of(Lexicon.CUES, Lexicon.AMBIGUOUS_CUES, Lexicon.MORE_CUES, Lexicon.DIRECTIVES,
				Lexicon.COMMITMENTS, Lexicon.NAMING, Set.of("according", "put"), // "as Vulture put it"
				// the cues of several words ("pointed out that") and the nouns of saying ("her claim that")
				Lexicon.PHRASE_CUE_ENDS, Lexicon.NOUN_CUES, NounCues.SPOKEN_NOUNS, NounCues.STANCES,
				NounCues.HELD, Lexicon.OBJECT_CUES, Lexicon.TO_OBJECT_CUES, ClauseRules.POLLS)) {
			mark(cues, CUE);
		}
		mark(DATE_WORDS, DATE);
		// "st", "nd" are ordinal suffixes, read after digits
		mark(TENSE_WORDS.stream().filter(word -> word.length() > 2).toList(), TENSE);
	}

	/** The longest word that sets a bit ("acknowledgement"): longer words are not looked up. */
	private static final int LONGEST = WORD_BITS.keySet().stream().mapToInt(String::length).max().orElse(0);

	private static void mark(Collection<String> words, int bit) {
		for (var word : words) {
			WORD_BITS.merge(word, bit, (a, b) -> a | b);
		}
	}

	private Triggers() {
	}

	/** The triggers in {@code text[from, to)}. */
	static int of(String text, int from, int to) {
		int found = 0;
		int i = from;
		while (i < to) {
			char c = text.charAt(i);
			if (Character.isDigit(c)) {
				found |= DATE;
				i++;
				// "3rd", "20th": a day of the month, whose month the tense decides
				int j = i;
				while (j < to && Character.isDigit(text.charAt(j))) {
					j++;
				}
				if (j + 1 < to && Character.isLetter(text.charAt(j))) {
					var suffix = text.substring(j, Math.min(to, j + 2)).toLowerCase(Locale.ROOT);
					if (TENSE_WORDS.contains(suffix)) {
						found |= TENSE;
					}
				}
				i = j;
			} else if (Character.isLetter(c)) {
				int j = i + 1;
				while (j < to && Character.isLetter(text.charAt(j))) {
					j++;
				}
				if (j - i >= 2 && j - i <= LONGEST) {
					found |= WORD_BITS.getOrDefault(text.substring(i, j).toLowerCase(Locale.ROOT), 0);
				}
				i = j;
			} else {
				if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') {
					found |= CUE; // a quotation: whose words they are is worth a look
				}
				i++;
			}
		}
		return found;
	}
}
