package org.sayso.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sayso.suggest.internal.Attributor.SpeakerFound;
import org.sayso.suggest.internal.Entities.Kind;

/**
 * The speaker mentions of a paragraph that the clause rules ask for: a phrase as a mention with its entity, the
 * subject that opens a sentence, the speaker after an inverted cue, a pronoun inside a contraction, and whether a
 * speaker is one who speaks at all.
 */
final class SentenceSpeakers {

	/** Pronouns of persons and groups, and the relative "who". */
	private static final Set<String> PERSONAL = Set.of("he", "she", "they", "we", "i", "who");

	private final Attributor a;
	private final Segment s;
	private final String[] w;
	private final SpeakerPhrases p;
	private final ClauseBounds bounds;

	SentenceSpeakers(Attributor attributor, Segment segment, SpeakerPhrases phrases, ClauseBounds bounds) {
		this.a = attributor;
		this.s = segment;
		this.w = segment.lower;
		this.p = phrases;
		this.bounds = bounds;
	}

	/** The pronoun of a contraction before an "-ing" cue ("He's claiming", "They're saying"), or null. */
	SpeakerFound contractedPronoun(int i) {
		return w[i + 1].endsWith("ing") ? contracted(i) : null;
	}

	/** The pronoun of a contraction with a verb ("she's", "they're"), or null. */
	SpeakerFound contracted(int i) {
		int apostrophe = Math.max(w[i].indexOf('\''), w[i].indexOf('\u2019'));
		if (apostrophe <= 0) {
			return null;
		}
		var pronoun = w[i].substring(0, apostrophe);
		if (!Lexicon.PRONOUNS.contains(pronoun)) {
			return null;
		}
		var entity = a.entities.pronoun(pronoun);
		if (entity == null) {
			entity = a.entities.phrase(List.of(s.words[i].substring(0, apostrophe)), Kind.ROLE);
		}
		return a.speaker(s.begin[i], s.begin[i] + apostrophe, entity.kind(), entity);
	}

	/**
	 * The speaker after an inverted cue ("..., said Lopez, the minister"), or null; two joined by "and" make a joint
	 * statement ("..., said Lopez and Dahl").
	 */
	SpeakerFound inverted(int after, int se) {
		var np = p.forwardPhrase(after, se, true);
		if (np != null && np[1] + 1 < se && w[np[1]].equals("and")) {
			var second = p.forwardPhrase(np[1] + 1, se, true);
			if (second != null && endsGroup(second[1], se)) {
				return joint(np, after, second, np[1] + 1);
			}
			if (second == null && s.tag(np[1] + 1).equals("VERB")) {
				return mention(np[0], np[1]); // "said Lopez and laughed"
			}
		}
		return np != null && endsGroup(np[1], se) ? mention(np[0], np[1]) : null;
	}

	/**
	 * The mentions {@code first} and {@code second} ([first, stop) each, their phrases starting at
	 * {@code firstPhrase} and {@code secondPhrase}, articles included) as the speakers of a joint statement, or
	 * null when they are not two who speak, or are one name ("The House Oversight and Government Reform Committee":
	 * one article before both, and no article of the second's own).
	 */
	SpeakerFound joint(int[] first, int firstPhrase, int[] second, int secondPhrase) {
		if (s.tag(firstPhrase).equals("DET") && !s.tag(secondPhrase).equals("DET") && p.isCapitalized(first[1] - 1)
				&& p.isCapitalized(second[0]) || !Set.of("NOUN", "PROPN", "PRON").contains(s.tag(first[1] - 1))
				|| bareTitle(first[0], first[1])) {
			// one name, "Current and former officials", or the titles of the one named after them ("Former Secretary
			// of State and Democratic frontrunner Hillary Clinton")
			return null;
		}
		var one = mention(first[0], first[1]);
		var two = mention(second[0], second[1]);
		return one.entity() != two.entity() && speaks(one) && speaks(two) ? a.joint(one, List.of(two)) : null;
	}

	/**
	 * Prepositions whose phrase belongs to the subject before the verb: "a spokeswoman for the firm declined",
	 * "Advisers to Mr. Rubio are quick to point out".
	 */
	private static final Set<String> SUBJECT_PREPOSITIONS = Set.of("for", "of", "at", "from", "with", "to");

	/** Nouns of a number of people that "of" and the people follow: "groups of protesters", "dozens of workers". */
	private static final Set<String> GROUPS_OF = Set.of("groups", "group", "dozens", "hundreds", "thousands",
			"crowds", "crowd", "members", "bands", "lines", "scores", "busloads", "coalition", "handful", "number");

	SpeakerFound sentenceSubject(int ss, int before) {
		int start = ss < before && s.tag(ss).equals("CCONJ") ? ss + 1 : ss; // "But a recent review ... seems to show"
		for (int t = ss; t < before && t < ss + 20; t++) {
			if ((w[t].equals("-") || w[t].equals("\u2013") || w[t].equals("\u2014")) && t > ss
					&& s.begin[t] > s.end[t - 1] && dateline(ss, t)) {
				start = t + 1; // after a dateline, whose dash stands apart (not "self-deprecation")
			}
		}
		var np = p.forwardPhrase(start, before, true);
		if (np == null && s.tag(start).equals("ADP") && start + 1 < before) {
			// after an opening phrase with no comma: "On September 27 they published ..."
			np = p.forwardPhrase(p.skipPhrase(start + 1, before), before, true);
		}
		var found = np == null ? null : subjectOf(np, before);
		// after an opening adverbial: "Meanwhile, it attacked ...", "At the forum, Lopez blocked ...", and past its
		// own commas: "At a rally in Portsmouth, N.H., on Tuesday, Senator Sanders endorsed ..."
		for (int comma = start, tries = 0; found == null && tries < 4; tries++) {
			while (comma < before && comma < start + 30 && !w[comma].equals(",")) {
				comma++;
			}
			if (comma >= before || !w[comma].equals(",")) {
				break;
			}
			var after = p.forwardPhrase(comma + 1, before, true);
			found = after == null ? null : subjectOf(after, before);
			comma++;
		}
		return found;
	}

	/**
	 * Whether tokens [ss, dash) are a dateline, capitalized words and punctuation ("LONDON (Reuters)", "ALBANY,
	 * N.Y."), not a clause ("The bank manages the debt - and says").
	 */
	private boolean dateline(int ss, int dash) {
		for (int t = ss; t < dash; t++) {
			if (Character.isLetter(s.words[t].charAt(0)) && !Character.isUpperCase(s.words[t].charAt(0))) {
				return false;
			}
		}
		return true;
	}

	/** The subject phrase {@code np} when its verb follows it before {@code before}, or null. */
	private SpeakerFound subjectOf(int[] np, int before) {
		for (int pp = 0; np != null && pp < 2 && np[1] + 1 < before && SUBJECT_PREPOSITIONS.contains(w[np[1]])
				&& !GROUPS_OF.contains(w[np[1] - 1]); pp++) {
			// "A spokeswoman for Janney declined to comment, saying", "a recent review of the emails seems to show"
			var object = p.forwardPhrase(np[1] + 1, before, false);
			if (object == null || object[1] >= before) {
				break;
			}
			np = new int[] { np[0], object[1] };
		}
		if (np != null && np[1] + 1 < before && w[np[1]].equals("of") && GROUPS_OF.contains(w[np[1] - 1])) {
			var of = p.forwardPhrase(np[1] + 1, before, false); // "Small groups of protesters marched ..."
			np = of == null ? np : new int[] { np[0], of[1] };
		}
		if (np == null || np[1] >= before) {
			return null;
		}
		if (w[np[1]].equals("who") || w[np[1]].equals("that")) {
			// "Leaders who have opposed the plan have embraced it, warning that": past the relative clause
			int main = bounds.mainVerbAfter(np[1] + 1, before);
			return main > 0 ? mention(np[0], np[1]) : null;
		}
		if (np[1] + 1 == before && w[np[1]].equals(",")) {
			return mention(np[0], np[1]); // set off before the participle's clause: "Ryan, despite admitting that"
		}
		int verb = np[1];
		if (w[verb].equals("(")) { // "Ted Cruz (R-Texas) weighed in on ..., calling"
			int close = verb + 1;
			while (close < before && close < verb + 10 && !w[close].equals(")")) {
				close++;
			}
			verb = close < before && w[close].equals(")") ? close + 1 : verb;
		}
		if (w[verb].equals(",")) {
			// "Dean, a former party chairman, poked at ...": past the apposition
			int close = verb + 1;
			for (int commas = 0; commas < 3; commas++) { // "Dan Backer, the fund's lawyer, treasurer and strategist, has"
				while (close < before && close < verb + 20 && !w[close].equals(",")) {
					close++;
				}
				if (close + 1 >= before || !w[close].equals(",") || s.tag(close + 1).equals("VERB")
						|| s.tag(close + 1).equals("AUX") || Lexicon.BETWEEN.contains(w[close + 1])
						|| s.tag(close + 1).equals("ADV") && close + 2 < before && s.tag(close + 2).equals("VERB")) {
					break;
				}
				close++;
			}
			verb = close < before && w[close].equals(",") ? close + 1 : verb;
		}
		if (verb == before && w[verb - 1].equals(",") && verb - 1 > np[1]) {
			return mention(np[0], np[1]); // "Paul Ryan, R-Wis., despite admitting that": past the apposition
		}
		while (verb < before && (Lexicon.BETWEEN.contains(w[verb]) && !s.tag(verb).equals("AUX")
				|| s.tag(verb).equals("ADV"))) {
			if (s.tag(verb).equals("VERB") && verb + 1 < before && !s.tag(verb + 1).equals("VERB")) {
				break; // "Lopez had the air of a winner, noting ...": "had" is the verb, not an auxiliary
			}
			verb++; // "He then defended the remark, saying ..."
		}
		var tag = verb < before ? s.tag(verb) : "";
		return tag.equals("VERB") || tag.equals("AUX") ? mention(np[0], np[1]) : null;
	}

	/**
	 * Whether a speaker is someone or something that speaks: a person, an organization or a group, a personal
	 * pronoun, a role whose head is a title or a person ("the minister", "a doctor"), or a document ("the
	 * complaint"); not "the summit" or "party procedures".
	 */
	boolean speaks(SpeakerFound speaker) {
		if (speaker.kind() != Kind.ROLE) {
			return true;
		}
		var text = lowerText(speaker);
		var head = text.substring(text.lastIndexOf(' ') + 1);
		return PERSONAL.contains(head) || Lexicon.TITLES.contains(head)
				|| Lexicon.MALE.contains(head) || Lexicon.FEMALE.contains(head) || Lexicon.CLOSE_TO.contains(head)
				|| Lexicon.GROUP.contains(head) || Lexicon.DOCUMENTS.contains(head);
	}

	/** Measures that polls and documents print, speakers of what they show: "Polling averages show". */
	private static final Set<String> MEASURES = Set.of("polling", "average", "averages", "returns", "figures",
			"numbers", "results", "research", "it");

	/**
	 * Whether a speaker is a document, a poll or a recording ("the video", "Instant polls", "POLITICO's Battleground
	 * States average"), or "it" standing for one: what such a speaker shows or finds is reported.
	 */
	boolean isDocument(SpeakerFound speaker) {
		var text = lowerText(speaker);
		int of = -1;
		for (var preposition : new String[] { " of ", " from ", " by ", " for " }) {
			int at = text.indexOf(preposition);
			of = at > 0 && (of < 0 || at < of) ? at : of;
		}
		var head = of > 0 ? text.substring(0, of) : text; // "Video of the incident", "a new poll from Suffolk University"
		head = head.substring(head.lastIndexOf(' ') + 1);
		return Lexicon.DOCUMENTS.contains(head) || MEASURES.contains(head);
	}

	private String lowerText(SpeakerFound speaker) {
		return a.text.substring(speaker.begin(), speaker.end()).toLowerCase(java.util.Locale.ROOT);
	}

	boolean endsGroup(int i, int se) {
		return i >= se || w[i].equals(",") || w[i].equals(".") || w[i].equals(";") || w[i].equals("of")
				|| w[i].equals("(") // "said Rep. Joseph Crowley (D-N.Y.)"
				|| w[i].equals("who") // "said Sen. Jim Whelan who represents the city"
				|| w[i].equals("when") || w[i].equals("while") || w[i].equals("because") || w[i].equals("as") // "said Dahl when asked"
				|| (s.tag(i).equals("ADJ") || SpeakerPhrases.POSTMODIFIERS.contains(w[i])) && i + 1 < se
						&& s.tag(i + 1).equals("ADP") // "one Democrat familiar with"
				|| ClauseRules.PREPOSITIONS.contains(w[i])
				|| Lexicon.TIME_WORDS.contains(w[i]);
	}

	/**
	 * Whether the first of two joint speakers may follow token {@code i}: a quote, a dash or colon (a dateline), or
	 * the comma after an opening time phrase ("On Monday, China and Russia said"); not a comma in a list ("the
	 * Academies of Sciences, Engineering and Medicine noted").
	 */
	boolean jointMayFollow(int i) {
		if (p.isQuoteMark(i) || Lexicon.DASHES.contains(w[i]) || w[i].equals(":")) {
			return true;
		}
		return w[i].equals(",") && i > 0 && (Lexicon.TIME_WORDS.contains(w[i - 1]) || s.tag(i - 1).equals("NUM")
				|| s.tag(i - 1).equals("ADV"));
	}

	/** Whether [first, stop) is a capitalized title alone: "Senator", "Former Secretary of State". */
	private boolean bareTitle(int first, int stop) {
		int t = first < stop && (w[first].equals("former") || w[first].equals("then")) ? first + 1 : first;
		return t < stop && p.isCapitalized(t) && Lexicon.TITLES.contains(w[t])
				&& (stop - t == 1 || stop - t == 3 && w[t + 1].equals("of") && p.isCapitalized(t + 2));
	}

	SpeakerFound mention(int first, int stop) {
		int begin = s.begin[first];
		int end = s.end[stop - 1];
		if (stop - first == 1 && Lexicon.PRONOUNS.contains(w[first])) {
			var entity = a.entities.pronoun(w[first]);
			if (entity == null) {
				entity = a.entities.phrase(List.of(s.words[first]), Kind.ROLE);
			}
			return a.speaker(begin, end, entity.kind(), entity);
		}
		var words = new ArrayList<String>();
		for (int i = first; i < stop; i++) {
			if (i > first && (w[i].startsWith("-") || w[i - 1].endsWith("-")) && s.begin[i] == s.end[i - 1]) {
				words.set(words.size() - 1, words.get(words.size() - 1) + s.words[i]); // "long-serving" is one word
			} else {
				words.add(s.words[i]);
			}
		}
		var kind = p.kind(first, stop);
		return a.speaker(begin, end, kind, a.entities.phrase(words, kind));
	}
}
