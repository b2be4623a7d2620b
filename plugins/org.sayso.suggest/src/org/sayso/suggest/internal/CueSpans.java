package org.sayso.suggest.internal;

import java.util.Set;

import org.sayso.suggest.internal.Attributor.CueFound;

/**
 * The span of a verb cue, as PARC and PolNeAR mark it: the whole verb group, with its auxiliaries, modals, negation
 * and the adverbs inside it ("has said", "would not comment", "also told", "is now warning"), and a colon written
 * right after the verb ("said:"). The rules find the verb; this widens the span once they are done with a paragraph.
 * A noun cue ("the statement"), "according to" and a cue written before its speaker stay as found.
 */
final class CueSpans {

	/**
	 * Adverbs that stand before a verb group rather than inside it, words that end a subject ("Cruz himself"), and
	 * words that may start a clause of their own ("when asked").
	 */
	private static final Set<String> OUTSIDE = Set.of("however", "all", "both", "himself", "herself", "itself",
			"themselves", "then", "when", "where", "why", "how", "as", "so", "there", "here", "thus", "therefore",
			"instead", "meanwhile", "also,", "too", "first", "either", "neither", "yet");

	private CueSpans() {
	}

	/** {@code cue} widened to its verb group within the sentence of {@code s}, or {@code cue} itself. */
	static CueFound verbGroup(Segment s, String text, CueFound cue) {
		int t = s.tokenAtOrAfter(cue.begin());
		if (t >= s.size() || s.begin(t) != cue.begin() || !isVerb(s, t) || s.lower[t].equals("according")) {
			return cue;
		}
		int ss = s.sentenceFirst[s.sentence[t]];
		int first = t;
		while (first - 1 >= ss && adjacent(s, text, first - 1, first)) {
			if (inGroup(s, first - 1)) {
				first--;
			} else if (catenative(s, first, ss) >= 0) {
				first = catenative(s, first, ss); // "appeared to suggest", "refused to comment", "went on to say"
			} else {
				break;
			}
		}
		int begin = s.begin(first);
		if (first - 1 >= ss && adjacent(s, text, first - 1, first)) {
			int contracted = contractedAuxiliary(s.lower[first - 1]);
			if (contracted > 0) {
				begin = s.end(first - 1) - contracted; // "he's claiming", "they've said"
			}
		}
		int end = cue.end();
		if (end < text.length() && text.charAt(end) == ':') {
			end++;
		}
		return begin == cue.begin() && end == cue.end() ? cue : new CueFound(begin, end);
	}

	private static boolean isVerb(Segment s, int t) {
		var tag = s.tag(t);
		return tag.equals("VERB") || tag.equals("AUX");
	}

	/**
	 * An auxiliary or a modal, by its word: next to the verb, the tagger may read "has" as a main verb. A contracted
	 * "'s" only after a pronoun ("he's claiming"), as after a name it is mostly a possessive.
	 */
	private static boolean auxiliary(Segment s, int i) {
		var w = s.lower[i];
		if (w.equals("'s") || w.equals("\u2019s")) {
			return i > 0 && Lexicon.PRONOUNS.contains(s.lower[i - 1]);
		}
		return Lexicon.AUXILIARIES.contains(w) || s.tag(i).equals("AUX");
	}

	/**
	 * The length of an auxiliary contracted onto a pronoun that the tokenizer leaves whole ("he's", "they\u2019ve"),
	 * or 0.
	 */
	private static int contractedAuxiliary(String word) {
		for (var suffix : CONTRACTIONS) {
			for (char apostrophe : new char[] { '\'', '\u2019' }) {
				if (word.length() > suffix.length() + 1 && word.endsWith(apostrophe + suffix) && Lexicon.PRONOUNS
						.contains(word.substring(0, word.length() - suffix.length() - 1))) {
					return suffix.length() + 1;
				}
			}
		}
		return 0;
	}

	private static final String[] CONTRACTIONS = { "s", "ve", "re", "ll", "d" };

	/**
	 * The verb before a group that starts with an infinitive's "to" ("appeared to suggest", "went on to say"): that
	 * verb is part of the cue. -1 if there is none.
	 */
	private static int catenative(Segment s, int first, int ss) {
		int verb;
		if (s.lower[first].equals("to")) {
			verb = first - 1 >= ss && s.lower[first - 1].equals("on") ? first - 2 : first - 1;
		} else if (s.lower[first].equals("on") && first + 1 < s.size() && s.lower[first + 1].equals("to")) {
			verb = first - 1; // "on" read as an adverb of the group
		} else {
			return -1;
		}
		return verb >= ss && s.tag(verb).equals("VERB") && Character.isLowerCase(s.words[verb].charAt(0))
				&& !s.lower[verb].equals("order") ? verb : -1;
	}

	/** A word of the verb group before the verb: an auxiliary, "not", an infinitive's "to", or an adverb. */
	private static boolean inGroup(Segment s, int i) {
		var w = s.lower[i];
		if (OUTSIDE.contains(w)) {
			return false;
		}
		if (auxiliary(s, i) || w.equals("not") || w.equals("n't") || w.equals("never") || Lexicon.BETWEEN.contains(w)) {
			return true;
		}
		var tag = s.tag(i);
		return tag.equals("ADV") && Character.isLowerCase(s.words[i].charAt(0))
				|| w.equals("to") && tag.equals("PART");
	}

	/** Whether tokens {@code a} and {@code b} are separated by spaces only. */
	private static boolean adjacent(Segment s, String text, int a, int b) {
		for (int c = s.end(a); c < s.begin(b); c++) {
			if (!Character.isWhitespace(text.charAt(c))) {
				return false;
			}
		}
		return true;
	}
}
