package org.sayso.suggest.internal;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNull;
import org.sayso.core.dates.TenseGuess;
import org.sayso.core.dates.TenseGuess.Tense;
import org.sayso.core.dates.TenseSource;

/**
 * The tense of a date's clause from its governing verb, found by part of speech: the nearest verb group before the
 * date in its sentence (after it when the sentence opens with the date). A modal ("will", "could") or an infinitive
 * ("plans to open", "offered to resume") speaks of the future; a perfect, a past auxiliary or a past form of the verb
 * of the past; a present tense ("the vote is on June 19", "which votes on June 19") of a scheduled future, as in
 * news. "since" always looks back. Without a verb in the sentence the word-based {@link TenseGuess} decides.
 * The part-of-speech tagger has no tense (Universal Dependencies tags), so past forms are told by their spelling.
 */
final class PosTense implements TenseSource {

	private static final Set<String> MODALS = Set.of("will", "would", "shall", "'ll", "wo", "could", "might", "may",
			"can", "must", "should", "going");
	private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "did", "had");
	private static final Set<String> PERFECT = Set.of("has", "have", "'ve", "had");
	private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "be", "being", "been");
	private static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "made", "took", "began", "came", "went",
			"met", "won", "lost", "fell", "rose", "left", "held", "gave", "got", "saw", "sent", "spoke", "wrote", "broke",
			"struck", "became", "brought", "thought", "ran", "chose", "drew", "grew", "knew", "paid", "sold", "stood",
			"felt", "kept", "led", "quit", "cut", "hit", "put", "shut", "found", "built", "spent", "sought", "caught",
			"taught", "fought", "bought", "heard", "meant", "withdrew", "flew", "froze", "sank", "swore", "threw",
			"woke", "wore", "hung", "lit", "slid", "split", "spread", "beat", "bent", "bled", "burnt", "dealt", "dug",
			"fed", "fled", "forgot", "forgave", "hid", "laid", "lay", "lent", "rode", "rang", "shook", "shot", "slept",
			"stole", "stuck", "swept", "swam", "tore", "understood", "upheld", "wound", "overtook", "undertook",
			// participles and forms that are the same in the present: in news, with a date, they report the past
			"taken", "given", "seen", "written", "known", "shown", "done", "gone", "been", "chosen", "broken", "spoken",
			"stolen", "driven", "eaten", "fallen", "risen", "begun", "forecast", "cost", "let", "hurt", "broadcast",
			"set", "upset", "shed", "cast", "bet", "bid");
	/** Words that start a new clause, beyond which no verb governs a date. */
	private static final Set<String> CLAUSE_BREAKS = Set.of("but", ";", "while", "whereas", "although", "though");
	/** Past verbs whose infinitive happened when they did: "declined to comment Saturday". */
	private static final Set<String> DONE_INFINITIVE = Set.of("declined", "refused", "failed", "tried", "managed",
			"voted", "began", "started", "continued", "moved", "rushed", "attempted", "chose", "decided", "appeared",
			"seemed", "went", "came", "stopped");
	/** Past forms that point ahead. */
	private static final Set<String> FUTURE_PARTICIPLES = Set.of("planned", "scheduled", "expected", "due",
			"proposed", "intended", "slated");

	private final Segment segment;

	PosTense(Segment segment) {
		this.segment = segment;
	}

	/** {@code text} is the paragraph the segment was made from; offsets are the paragraph's, from {@code shift}. */
	TenseSource shifted(int shift) {
		return (text, begin, end) -> around(text, begin, end, shift);
	}

	@Override
	public @NonNull Tense around(@NonNull CharSequence text, int begin, int end) {
		return around(text, begin, end, 0);
	}

	private Tense around(CharSequence text, int begin, int end, int shift) {
		var s = segment;
		int first = s.tokenAtOrAfter(begin + shift);
		if (first >= s.size()) {
			return TenseGuess.around(text, begin, end);
		}
		int ss = s.sentenceStart(first);
		int se = s.sentenceStop(first);
		if (first > ss && s.lower[first - 1].equals("since")) {
			return Tense.PAST;
		}
		int verb = -1;
		int after = s.tokenAtOrAfter(end + shift);
		if (first > ss && after < se && isVerb(after) && pastForm(s.lower[after])
				&& (s.tag(first - 1).equals("NOUN") || s.tag(first - 1).equals("PROPN") || s.tag(first - 1).equals("PRON"))) {
			// the date between a subject and its verb belongs to that verb: "an appeals court Thursday refused"
			verb = after;
		}
		for (int t = first - 1; t >= ss && verb < 0 && !CLAUSE_BREAKS.contains(s.lower[t]); t--) {
			// a verb of another clause does not govern the date: "sued to overturn it, but in March a judge ruled"
			if (isVerb(t) && !afterComparison(t, ss) && !attributive(t, ss, se)) {
				// "fell faster than expected in January": "expected" does not govern the date, nor does "planned" in
				// "blocked the road to a planned mine on Tuesday"
				verb = t;
			} else if (t == first - 1 && s.tag(t).equals("ADJ") && pastForm(s.lower[t])) {
				verb = t; // a past form the tagger took for an adjective: "after the market closed Wednesday"
			}
		}
		for (int t = s.tokenAtOrAfter(end + shift); t < se && verb < 0; t++) {
			if (isVerb(t) && !attributive(t, ss, se)) {
				verb = t;
				// the last of a run the tagger called verbs: "Milton Roy shares leaped", "Friday formally joined"
				while (verb + 1 < se && (s.tag(verb + 1).equals("VERB")
						|| pastForm(s.lower[verb + 1]) && !s.tag(verb + 1).equals("NOUN"))) {
					verb++;
				}
			}
		}
		if (verb < 0) {
			return TenseGuess.around(text, begin, end);
		}
		int from = verb;
		while (from - 1 >= ss && inChain(from - 1)) {
			from--;
		}
		var main = s.lower[verb];
		if (possessive(first) || attributiveDate(first, end + shift, ss, se)) {
			// "Tuesday's declaration", "after Thursday's ruling", "under a June agreement": what the news reports
			return Tense.PAST;
		}
		// an infinitive looks ahead ("offered to resume talks on Monday"); "to passengers" mistagged as a verb does not
		int to = infinitive(from, verb);
		if (to >= 0 && !(main.endsWith("s") && !main.endsWith("ss"))) {
			// but one of a verb that says it happened does not: "declined to comment Saturday", "voted to join"
			return to - 1 >= ss && DONE_INFINITIVE.contains(s.lower[to - 1]) ? Tense.PAST : Tense.FUTURE;
		}
		if (FUTURE_PARTICIPLES.contains(main)) {
			return Tense.FUTURE; // "a concert planned for July 18-20"
		}
		boolean be = false;
		for (int t = from; t <= verb; t++) {
			var w = s.lower[t];
			if (MODALS.contains(w) && !s.tag(t).equals("VERB")) {
				// a modal perfect looks back: "may have been responsible for a drop on Wednesday"
				return t + 1 <= verb && s.lower[t + 1].equals("have") ? Tense.PAST : Tense.FUTURE;
			}
			if (PAST_AUXILIARIES.contains(w) || PERFECT.contains(w) && t < verb) {
				return Tense.PAST;
			}
			be |= PRESENT_BE.contains(w);
		}
		if (!be && (IRREGULAR_PAST.contains(main) || main.endsWith("ed") && main.length() > 4)) {
			return Tense.PAST;
		}
		for (int t = from; t < verb; t++) {
			var w = s.lower[t];
			if (s.tag(t).equals("VERB") && (IRREGULAR_PAST.contains(w) || w.endsWith("ed") && w.length() > 4)) {
				return Tense.PAST; // "began delving Thursday", "started paying on Monday"
			}
		}
		if (!be && main.endsWith("ing") && from == verb) {
			// a participle takes the tense of its clause: "..., saying on Friday that", "closing unchanged Friday"
			return pastInSentence(ss, se) ? Tense.PAST : TenseGuess.around(text, begin, end);
		}
		// a present tense: a schedule ("which votes on June 19"), unless the date belongs to a noun after the verb
		// ("the walkout follows a ballot in August"): then the words around decide
		for (int t = verb + 1; t < first; t++) {
			if (s.tag(t).equals("NOUN") || s.tag(t).equals("PROPN")) {
				return pastInSentence(ss, se) ? Tense.PAST : Tense.FUTURE;
			}
		}
		return Tense.FUTURE;
	}

	/**
	 * The "to" of an infinitive in the verb group from {@code from} to {@code verb}, or -1: "offered to resume", and
	 * "is to resume trading" where the group goes on past the infinitive.
	 */
	private int infinitive(int from, int verb) {
		var s = segment;
		for (int t = verb - 1; t >= from; t--) {
			if (s.lower[t].equals("to") && isVerb(t + 1)) {
				return t;
			}
		}
		return -1;
	}

	/** A date between an article and its noun: "a June agreement", "the late-November trip". */
	private boolean attributiveDate(int first, int end, int ss, int se) {
		var s = segment;
		int after = s.tokenAtOrAfter(end);
		return first > ss && s.tag(first - 1).equals("DET") && after < se && s.tag(after).equals("NOUN");
	}

	/** Whether the date's first token is a possessive: "Tuesday's", "Friday 's". */
	private boolean possessive(int first) {
		var w = segment.lower[first];
		if (w.endsWith("'s") || w.endsWith("\u2019s")) {
			return true;
		}
		return first + 1 < segment.size() && (segment.lower[first + 1].equals("'s")
				|| segment.lower[first + 1].equals("\u2019s"));
	}

	private boolean pastInSentence(int ss, int se) {
		for (int t = ss; t < se; t++) {
			var w = segment.lower[t];
			if (isVerb(t) && (IRREGULAR_PAST.contains(w) || PAST_AUXILIARIES.contains(w) || w.endsWith("ed") && w.length() > 4)) {
				return true;
			}
			// a perfect, whatever the tagger made of its participle: "its stock has slumped"
			if (PERFECT.contains(w) && t + 1 < se && (segment.lower[t + 1].endsWith("ed")
					|| IRREGULAR_PAST.contains(segment.lower[t + 1]))) {
				return true;
			}
		}
		return false;
	}

	/** A participle that describes the noun after it: "the hastily planned trip", "a revised forecast". */
	private boolean attributive(int t, int ss, int se) {
		var s = segment;
		if (t + 1 >= se || !s.tag(t + 1).equals("NOUN") || !pastForm(s.lower[t])) {
			return false;
		}
		int before = t - 1;
		if (before > ss && (s.tag(before).equals("ADV") || s.tag(before).equals("ADJ"))) {
			before--;
		}
		return before >= ss && s.tag(before).equals("DET");
	}

	/** Whether the word at {@code t} follows "than" or "as": "than expected", "lower-than-expected". */
	private boolean afterComparison(int t, int ss) {
		var s = segment;
		int before = t - 1;
		if (before > ss && s.lower[before].equals("-")) {
			before--;
		}
		return before >= ss && (s.lower[before].equals("than") || s.lower[before].equals("as"));
	}

	private static boolean pastForm(String w) {
		return IRREGULAR_PAST.contains(w) || w.endsWith("ed") && w.length() > 4;
	}

	private boolean isVerb(int t) {
		var tag = segment.tag(t);
		return tag.equals("VERB") || tag.equals("AUX");
	}

	private boolean inChain(int t) {
		var tag = segment.tag(t);
		return tag.equals("VERB") || tag.equals("AUX") || tag.equals("PART") || tag.equals("ADV");
	}
}
