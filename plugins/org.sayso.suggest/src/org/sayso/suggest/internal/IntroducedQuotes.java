package org.sayso.suggest.internal;

import java.util.Set;

import org.sayso.suggest.internal.Attributor.CueFound;
import org.sayso.suggest.internal.Attributor.SpeakerFound;
import org.sayso.suggest.internal.Quotes.Quote;

/**
 * A quote that a clause introduces with a comma or a colon is the words of that clause's subject, whatever its verb:
 * "Noah quipped, \"...\"", "Clinton cracked, ''...''", "Kelly responded pointedly, with a smile: \"...\"", "Trump
 * issued a statement, \"...\"". The verb is the cue. Only when nothing but adverbs, prepositional phrases or a noun
 * of saying stands between the verb and the quote ("wore a hat reading, \"...\"" is not one), when the subject is
 * someone or something that speaks, and when the quote reads as words said (two words or more). Runs after the
 * other clause rules, on the quotes they left.
 */
final class IntroducedQuotes {

	/** How many tokens may stand between the verb and the comma or colon. */
	private static final int REACH = 8;

	/** Verbs whose subject does not speak the quote that follows them. */
	private static final Set<String> NOT_SPEAKING = Set.of("is", "are", "was", "were", "be", "been", "am", "has",
			"have", "had", "titled", "entitled", "named", "called", "dubbed", "read", "reads", "wore", "wears",
			"wearing", "held", "holding", "carried", "carrying", "displayed", "displaying", "showed", "shows",
			"included", "includes", "featured", "features", "heard", "hear", "hears", "saw", "see", "sees", "watched");

	private final Attributor a;
	private final Segment s;
	private final String[] w;
	private final SpeakerPhrases p;
	private final SentenceSpeakers speakers;

	IntroducedQuotes(Attributor attributor, Segment segment, SpeakerPhrases phrases, SentenceSpeakers speakers) {
		this.a = attributor;
		this.s = segment;
		this.w = segment.lower;
		this.p = phrases;
		this.speakers = speakers;
	}

	void run() {
		if (s.size() == 0) {
			return;
		}
		int from = s.begin(0);
		int to = s.end(s.size() - 1);
		for (int i = Math.max(0, a.lastOpenBefore(from)); i < a.quotes.size() && a.quotes.get(i).open() < to; i++) {
			var q = a.quotes.get(i);
			if (q.open() >= from && !a.isUsed(q) && a.quoteHolding(q.open()) == null && reads(q)) {
				introduced(q);
			}
			if (q.open() >= from && !a.isUsed(q) && a.quoteHolding(q.open()) == null && handsOver(q)) {
				signed(q);
			}
		}
	}

	/** Whether a quote's words end with the comma that hands them over to who said them: "\u201c...,\u201d". */
	private boolean handsOver(Quote q) {
		int e = q.contentEnd();
		while (e > q.contentBegin() && Character.isWhitespace(a.text.charAt(e - 1))) {
			e--;
		}
		return e > q.contentBegin() && a.text.charAt(e - 1) == ',';
	}

	/**
	 * A quote handed over to a speaker and a verb that no lexicon lists: "\u201cGo back to Univision,\u201d Trump
	 * barked.", "..., barked the mayor." The verb is the cue, when it is in the past tense and ends the sentence or
	 * its clause, and the speaker is someone who speaks.
	 */
	private void signed(Quote q) {
		int t = s.tokenAtOrAfter(q.end());
		int se = t < s.size() ? s.sentenceStop(t) : -1;
		if (t >= s.size() || t >= se || s.sentence[t] != s.sentence[s.tokenAtOrAfter(q.contentBegin())]) {
			return;
		}
		int verb;
		int[] np;
		if (pastVerb(t)) {
			verb = t; // "..., barked the mayor."
			np = p.forwardPhrase(t + 1, se, true);
			if (np == null || !endsClause(np[1], se)) {
				return;
			}
		} else {
			np = p.forwardPhrase(t, se, true);
			if (np == null || np[1] >= se || !pastVerb(np[1]) || !endsClause(np[1] + 1, se)) {
				return;
			}
			verb = np[1];
		}
		attribute(q, speakers.mention(np[0], np[1]), verb);
	}

	/** The quote as the words of {@code speaker}, when they speak, with verb {@code verb} as the cue. */
	private void attribute(Quote q, SpeakerFound speaker, int verb) {
		if (speaker == null || !speakers.speaks(speaker)) {
			return;
		}
		var cue = new CueFound(s.begin(verb), s.end(verb));
		a.direct(q, speaker, cue);
		a.register(speaker);
		a.addCue(cue);
	}

	/** Whether token {@code t} is a verb in the past tense that may say a quote: "barked", "shot back" is not one. */
	private boolean pastVerb(int t) {
		return s.tag(t).equals("VERB") && w[t].endsWith("ed") && Character.isLowerCase(s.words[t].charAt(0))
				&& !NOT_SPEAKING.contains(w[t]);
	}

	/** Whether the clause ends at token {@code t}: the sentence's end, a comma, or "and", "as", "before", "while". */
	private boolean endsClause(int t, int se) {
		return t >= se || ".,;:!?".contains(w[t]) && w[t].length() == 1 || SIGN_OFF.contains(w[t]);
	}

	private static final Set<String> SIGN_OFF = Set.of("and", "as", "before", "while", "after");

	/** Whether a quote reads as words said: two words or more, not a title in capitals. */
	private boolean reads(Quote q) {
		var content = a.text.substring(q.contentBegin(), q.contentEnd()).strip();
		return content.indexOf(' ') > 0 && !content.equals(content.toUpperCase(java.util.Locale.ROOT));
	}

	private void introduced(Quote q) {
		int t = s.tokenAtOrAfter(q.open());
		if (t >= s.size() || t - 1 < 0 || s.begin(t) != q.open()) {
			return;
		}
		int mark = t - 1;
		int ss = s.sentenceStart(mark);
		if (!w[mark].equals(",") && !w[mark].equals(":") || mark - 1 <= ss) {
			return;
		}
		int verb = verbBefore(mark, ss);
		if (verb < 0) {
			return;
		}
		attribute(q, subject(verb, ss), verb);
	}

	/**
	 * The verb of the clause that ends at the comma or colon {@code mark}, when only adverbs, particles,
	 * prepositional phrases or a noun of saying stand between: -1 otherwise.
	 */
	private int verbBefore(int mark, int ss) {
		boolean preposition = false;
		boolean objectSaid = false;
		for (int t = mark - 1; t >= ss && t >= mark - REACH; t--) {
			var tag = s.tag(t);
			if (tag.equals("VERB") && Character.isLowerCase(s.words[t].charAt(0))) {
				if (NOT_SPEAKING.contains(w[t]) || w[t].endsWith("ing") || objectAfter(t, mark) && !objectSaid) {
					return -1;
				}
				return t;
			}
			if (tag.equals("AUX") || p.isQuoteMark(t) || w[t].equals(";") || tag.equals("SCONJ")
					|| tag.equals("PRON") && (w[t].equals("who") || w[t].equals("which") || w[t].equals("that"))) {
				return -1;
			}
			preposition |= tag.equals("ADP");
			objectSaid |= NounCues.SPOKEN_NOUNS.contains(w[t]) || Lexicon.NOUN_CUES.contains(w[t]);
		}
		return -1;
	}

	/** Whether a noun stands right after verb {@code v} (its object) before the comma or colon. */
	private boolean objectAfter(int v, int mark) {
		for (int t = v + 1; t < mark; t++) {
			var tag = s.tag(t);
			if (tag.equals("ADP") || w[t].equals(",")) {
				return false; // "responded pointedly, with a smile:", "asks at the school,"
			}
			if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") && !Lexicon.OBJECT_PRONOUNS.contains(w[t])) {
				return true;
			}
		}
		return false;
	}

	/** The subject right before verb {@code v}, past adverbs ("Kelly responded pointedly"), or null. */
	private SpeakerFound subject(int v, int ss) {
		int i = v - 1;
		while (i >= ss && (Lexicon.BETWEEN.contains(w[i]) || s.tag(i).equals("ADV"))) {
			i--;
		}
		if (i < ss || w[i].equals(",") && i == v - 1) {
			return null;
		}
		var np = p.backwardPhrase(i, ss);
		if (np == null) {
			return null;
		}
		int before = np[2] - 1;
		if (before >= ss && !w[before].equals(",") && !s.tag(before).equals("CCONJ") && !s.tag(before).equals("ADV")) {
			return null; // the phrase must open its clause: "In the debate, Clinton cracked", "But Dahl said"
		}
		return speakers.mention(np[0], np[1]);
	}
}
