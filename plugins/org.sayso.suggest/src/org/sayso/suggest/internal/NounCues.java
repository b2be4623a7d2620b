package org.sayso.suggest.internal;

import java.util.ArrayList;
import java.util.Set;

import org.sayso.suggest.internal.Attributor.CueFound;
import org.sayso.suggest.internal.Attributor.SpeakerFound;

/**
 * Nouns and adjectives of saying and holding, with their speaker: a noun with its possessor ("the mayor's claim
 * that", "Mr. Obama's bet is that"), a noun a verb puts forward ("expressed concern that"), a noun before a colon and
 * the words themselves ("the following comment: \"...\""), and a stance ("residents are worried that").
 */
final class NounCues {

	private final Attributor a;
	private final Segment s;
	private final String[] w;
	private final SpeakerPhrases p;
	private final ClauseBounds bounds;
	private final SentenceSpeakers speakers;
	private final Reporting reporting;

	NounCues(Attributor attributor, Segment segment, SpeakerPhrases phrases, ClauseBounds bounds, SentenceSpeakers speakers,
			Reporting reporting) {
		this.a = attributor;
		this.s = segment;
		this.w = segment.lower;
		this.p = phrases;
		this.bounds = bounds;
		this.speakers = speakers;
		this.reporting = reporting;
	}

	/** Adjectives of a stance whose "that" clause is what the subject holds: "residents are worried that". */
	static final Set<String> STANCES = Set.of("concerned", "worried", "confident", "convinced", "afraid", "sure",
			"aware", "frustrated", "hopeful", "optimistic", "adamant", "certain", "fearful", "angry", "upset",
			"disappointed", "pleased", "proud", "skeptical", "sceptical", "insistent");

	/** The verbs a stance follows: "are worried", "remain confident", "came away convinced". */
	private static final Set<String> STANCE_VERBS = Set.of("is", "are", "was", "were", "be", "been", "being", "am",
			"'m", "'re", "'s", "\u2019s", "\u2019re", "\u2019m", "remain", "remains", "remained", "seem", "seems",
			"seemed", "feel", "feels", "felt", "grew", "became", "become", "came", "come", "comes", "appear", "appears",
			"appeared");

	/**
	 * A stance with its "that" clause ("Residents are frustrated that the council ..."): the claim is the clause,
	 * the cue the verb and the adjective, the speaker the subject. Returns the last token it used.
	 */
	int stance(int k) {
		int ss = s.sentenceStart(k);
		int se = s.sentenceStop(k);
		if (k + 2 >= se || !w[k + 1].equals("that") || s.tag(k + 2).equals("AUX") || s.tag(k + 2).equals("VERB")
				|| !s.tag(k).equals("ADJ") && !(s.tag(k).equals("VERB") && w[k].endsWith("ed"))) {
			// not "were sure that was the last ferry": there "that" is the subject
			return k;
		}
		int verb = k - 1;
		while (verb > ss && s.tag(verb).equals("ADV")) {
			verb--; // "are increasingly worried"
		}
		var contracted = verb >= ss ? speakers.contracted(verb) : null; // "she's so frustrated that"
		if (contracted != null) {
			int pronoun = contracted.end() - contracted.begin();
			return reporting.thatClause(k, se, contracted, new CueFound(s.begin[verb] + pronoun, s.end[k]));
		}
		if (verb <= ss || !STANCE_VERBS.contains(w[verb])) {
			return k;
		}
		int cueFirst = verb;
		int i = cueFirst - 1;
		while (i >= ss && (Lexicon.BETWEEN.contains(w[i]) || s.tag(i).equals("ADV"))) {
			i--;
		}
		if (i > ss && (w[i].equals("and") || w[i].equals("but"))) {
			// "met with the leaders and came away convinced that": the subject of the first verb
			var subject = reporting.speakerOf(k, ss, i);
			return subject == null ? k : reporting.thatClause(k, se, subject, new CueFound(s.begin[cueFirst], s.end[k]));
		}
		var np = i >= ss ? p.backwardPhrase(i, ss) : null;
		if (np == null) {
			return k;
		}
		return reporting.thatClause(k, se, speakers.mention(np[0], np[1]), new CueFound(s.begin[cueFirst], s.end[k]));
	}

	/** Verbs that put a noun of saying forward as their subject's: "expressed concern that", "raised fears that". */
	private static final Set<String> EXPRESSING = Set.of("expressed", "expresses", "express", "expressing", "voiced",
			"voices", "voice", "voicing", "raised", "raises", "raise", "raising", "made", "makes", "make", "making",
			"issued", "issues", "reiterated", "repeated", "renewed", "shared", "echoed", "offered", "dismissed");

	/** Nouns of what was said that a colon and the words themselves follow: "the following comment: \"...\"". */
	static final Set<String> SPOKEN_NOUNS = Set.of("comment", "comments", "message", "remarks", "words",
			"question", "answer", "response", "reply", "tweet", "post", "headline", "slogan", "statement");

	/**
	 * "Sanders made the following comment: \"...\"", "a new campaign message: \"It's about me.\"": the quote after
	 * the colon is the claim, its speaker the sentence's subject; the noun is the cue.
	 */
	int spokenNoun(int k) {
		int ss = s.sentenceStart(k);
		if (k + 2 == s.size()) {
			// "Sanders made the following comment:" and the quote in the next paragraph
			var speaker = reporting.speakerOf(k, ss, k);
			if (speaker != null) {
				a.colonAtParagraphEnd(speaker, new CueFound(s.begin[k], s.end[k]));
			}
			return k;
		}
		if (k + 2 > s.size() || s.sentence[k + 2] != s.sentence[k]) {
			return k;
		}
		var q = a.quoteOpeningAt(s.begin[k + 2]);
		if (q == null || a.isUsed(q)) {
			return k;
		}
		var speaker = reporting.speakerOf(k, ss, k);
		if (speaker == null) {
			return k;
		}
		var cue = new CueFound(s.begin[k], s.end[k]);
		a.direct(q, speaker, cue);
		a.register(speaker);
		a.addCue(cue);
		return k + 1;
	}

	/** Nouns of what someone holds or stakes, a cue before "is that": "Mr. Obama's bet is that". */
	static final Set<String> HELD = Set.of("bet", "hope", "worry", "position", "theory", "thinking", "hunch",
			"guess", "assumption", "expectation", "feeling", "sense", "answer", "response", "explanation", "excuse",
			"pitch", "goal", "aim", "plan", "idea", "thesis", "premise");

	/** Prepositions that open a sentence with a phrase before its main clause: "Contrary to his claim that". */
	private static final Set<String> OPENING = Set.of("contrary", "despite", "unlike", "amid", "given");

	/** A noun cue with its possessor as speaker; returns the last token it used. */
	int nounCue(int k) {
		int ss = s.sentenceStart(k);
		int se = s.sentenceStop(k);
		if (k + 2 < se && (w[k + 1].equals("from") || w[k + 1].equals("by")) && s.tag(k).equals("NOUN")) {
			// "repeated warnings from his attorney that": the speaker follows the noun
			var np = p.forwardPhrase(k + 2, se, true);
			if (np != null && np[1] + 1 < se && w[np[1]].equals("that") && !s.tag(np[1] + 1).equals("AUX")) {
				return reporting.thatClause(np[1] - 1, se, speakers.mention(np[0], np[1]), new CueFound(s.begin[k], s.end[k]));
			}
			return k;
		}
		// "Mr. Obama's bet is that": the noun, a copula, then what the possessor holds
		boolean copula = k + 2 < se && (w[k + 1].equals("is") || w[k + 1].equals("was")) && w[k + 2].equals("that")
				&& (Lexicon.NOUN_CUES.contains(w[k]) || HELD.contains(w[k]));
		if (k + 1 >= se || !w[k + 1].equals("that") && !copula || k - 1 < ss || !s.tag(k).equals("NOUN")
				|| HELD.contains(w[k]) && !copula && !Lexicon.NOUN_CUES.contains(w[k])) {
			return k;
		}
		SpeakerFound speaker = null;
		int before = k - 1; // the possessor's last token, past adjectives: "Stumpf's repeated emphasis that"
		while (before > ss && (s.tag(before).equals("ADJ") || s.tag(before).equals("ADV")
				|| s.tag(before).equals("VERB") && w[before].endsWith("ed")
				// an adjective the tagger read as a noun, after a possessive: "its hyperbolic prediction that"
				|| before == k - 1 && s.tag(before).equals("NOUN") && possessor(before - 1)) && !w[before].endsWith("'s")) {
			before--;
		}
		int verb = k - 1;
		while (verb > ss && !EXPRESSING.contains(w[verb]) && (s.tag(verb).equals("ADJ") || s.tag(verb).equals("DET")
				|| verb == k - 1 && s.tag(verb).equals("NOUN"))) {
			verb--; // "expressed grave concern that" ("grave" a noun to the tagger), "made the argument that"
		}
		var pronoun = Lexicon.POSSESSIVE_PRONOUN.get(w[before]);
		// not "the operator's repeated assurance that": a possessor is the speaker there
		boolean possessed = verb - 1 >= ss && (w[verb - 1].endsWith("'s") || w[verb - 1].endsWith("\u2019s")
				|| Lexicon.POSSESSIVES.contains(w[verb - 1]));
		boolean expressed = EXPRESSING.contains(w[verb]) && !w[verb].equals("dismissed") && pronoun == null
				&& !possessed;
		if (expressed) {
			int i = verb - 1;
			while (i >= ss && (Lexicon.BETWEEN.contains(w[i]) || s.tag(i).equals("ADV"))) {
				i--; // "Critics have long expressed concern that"
			}
			int tried = i > ss && w[i].equals("to") ? p.beforeTimeAdverbial(i - 1, ss) : -1; // "tried on Tuesday to"
			if (tried >= ss && s.tag(tried).equals("VERB")) {
				// "They tried to make the case that": the subject of the verb the cue hangs on
				var subject = speakers.sentenceSubject(ss, i);
				return subject == null ? k : reporting.thatClause(k, se, subject, new CueFound(s.begin[verb], s.end[k]));
			}
			var np = i >= ss && !ClauseRules.PASSIVE.contains(w[i]) ? p.backwardPhrase(i, ss) : null;
			if (np == null) {
				return k;
			}
			return reporting.thatClause(k, se, speakers.mention(np[0], np[1]), new CueFound(s.begin[verb], s.end[k]));
		}
		if (pronoun != null) {
			var entity = a.entities.pronoun(pronoun);
			if (entity != null) {
				speaker = a.speaker(s.begin[before], s.end[before], entity.kind(), entity);
			}
		} else if ((w[before].equals("'s") || w[before].equals("\u2019s")) && before - 1 >= ss) {
			var np = p.backwardPhrase(before - 1, ss);
			if (np != null) {
				speaker = speakers.mention(np[0], np[1]);
			}
		} else if (w[before].length() > 2 && (w[before].endsWith("'s") || w[before].endsWith("\u2019s"))) {
			// the tokenizer kept the possessive on its word: "the mayor's claim"
			var np = p.backwardPhrase(before, ss);
			if (np != null && np[1] == before + 1) {
				var words = new ArrayList<String>();
				for (int i = np[0]; i <= before; i++) {
					words.add(i == before ? s.words[i].substring(0, s.words[i].length() - 2) : s.words[i]);
				}
				var kind = p.kind(np[0], before + 1);
				speaker = a.speaker(s.begin[np[0]], s.end[before] - 2, kind, a.entities.phrase(words, kind));
			}
		} else if (before == k - 1 && p.isCapitalized(before) && s.tag(before).equals("PROPN")) {
			// a name before the noun: "a New York Times report that"
			int first = before;
			while (first - 1 > ss && p.isCapitalized(first - 1) && p.phraseToken(first - 1)) {
				first--;
			}
			if (Lexicon.DETERMINERS.contains(w[first - 1])) {
				speaker = speakers.mention(first, before + 1);
			}
		}
		// "Contrary to his claim that ..., there would be": in an opening phrase, the clause ends at the main clause
		boolean opening = OPENING.contains(w[ss]) && !s.hasVerb(ss, k);
		if (speaker == null && opening && k - 1 > ss && s.tag(k - 1).equals("NOUN") && !s.tag(k - 2).equals("NOUN")) {
			speaker = speakers.mention(k - 1, k); // "Despite media pronouncements that": the noun before is the source
		}
		int in = k - 1; // "Democrats also persisted in arguments that": the subject of the verb before the preposition
		while (in > ss && s.tag(in).equals("ADJ")) {
			in--;
		}
		boolean object = false;
		if (speaker == null && in - 1 > ss && (w[in].equals("in") || w[in].equals("with")) && s.tag(in - 1).equals("VERB")
				&& !ClauseRules.PASSIVE.contains(w[in - 2]) && !w[in - 1].endsWith("ing")) {
			speaker = reporting.speakerOf(k, ss, in);
			object = true;
		}
		if (speaker != null && !copula && !opening && !object && !s.hasVerb(ss, s.tokenAtOrAfter(speaker.begin()))) {
			// as the sentence's subject ("Her warning that fares would rise angered ..."), the clause ends before
			// the main verb, when it can be found
			int main = bounds.mainVerbAfter(k + 2, se);
			if (main < 0 || !reporting.clause(k + 2, main, speaker, new CueFound(s.begin[k], s.end[k]))) {
				return k;
			}
			a.register(speaker);
			a.addCue(new CueFound(s.begin[k], s.end[k]));
			return main - 1;
		}
		if (speaker == null) {
			return k;
		}
		return reporting.thatClause(copula ? k + 1 : k, se, speaker, new CueFound(s.begin[k], s.end[copula ? k + 1 : k]));
	}

	/** Whether token {@code i} is a possessive pronoun or ends with a possessive "'s". */
	private boolean possessor(int i) {
		return Lexicon.POSSESSIVE_PRONOUN.containsKey(w[i]) || w[i].endsWith("'s") || w[i].endsWith("\u2019s");
	}
}
