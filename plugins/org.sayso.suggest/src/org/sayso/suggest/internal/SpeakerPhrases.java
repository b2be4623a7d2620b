package org.sayso.suggest.internal;

import java.util.Set;

import org.sayso.suggest.internal.Entities.Kind;

/**
 * Finds the phrases attribution is about in a paragraph's tokens: the speaker before a cue ("the ministry's
 * spokesman", "Lopez, the minister,", "A union official who asked not to be named"), after it ("..., said Lopez"),
 * the listener of "told", and the time phrases to skip. A name after a title is the speaker ("council leader
 * Susan Hartley" is "Susan Hartley"). Parts of speech decide what belongs to a noun phrase.
 */
final class SpeakerPhrases {

	static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN");
	private static final Set<String> NP_TAGS = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM");

	private final Segment s;
	private final String[] w;

	SpeakerPhrases(Segment segment) {
		this.s = segment;
		this.w = segment.lower;
	}

	/** After a noun or time phrase starting at {@code j} ("a statement", "Monday", "last Friday", "March 3"). */
	int skipPhrase(int j, int se) {
		int t = j;
		while (t < se && t < j + 8 && (phraseToken(t) || Lexicon.TIME_WORDS.contains(w[t])
				|| w[t].equals("last") || w[t].equals("next") || s.tag(t).equals("NUM"))) {
			t++;
		}
		return t;
	}

	/**
	 * The phrase ending at token {@code i} (the speaker before a cue), as {first, stop, phraseFirst}: the speaker's
	 * tokens, and where the whole phrase starts when a title was trimmed ("council leader Susan Hartley").
	 */
	int[] backwardPhrase(int i, int ss) {
		if (i < ss || w[i].equals("let's") || w[i].equals("let\u2019s")) {
			return null; // "Let's say you think ...": the writer's supposition
		}
		if (i - 1 >= ss && hyphenatedTail(i)) {
			var name = backwardPhrase(i - 1, ss); // "Shanklin-Hawkins said", the tokenizer leaving "-Hawkins"
			return name == null || name[1] != i ? null : new int[] { name[0], i + 1, name[2] };
		}
		if (w[i].equals(",") && i - 1 > ss && w[i - 1].equals(")")) {
			return backwardPhrase(beforeParenthesis(i - 1, ss), ss); // "During the primary, Gov. Kasich (R-OH), said"
		}
		if (w[i].equals(",")) { // "Lopez, the minister, said", "the mayor of Amares, Jorge Sousa, said"
			int j = i - 1;
			while (j > ss && !w[j].equals(",") && i - j < 40) { // "David Kamin, an adviser ... and a professor at ..., said"
				j--;
			}
			if ((j <= ss || !w[j].equals(",")) && i - 1 > ss && w[i - 1].equals(")")) {
				return backwardPhrase(beforeParenthesis(i - 1, ss), ss); // "Gov. John Kasich (R-OH), said"
			}
			if (j <= ss || !w[j].equals(",")) {
				return null;
			}
			if (isName(j + 1, i)) {
				int phraseFirst = j;
				while (phraseFirst - 1 >= ss && phraseToken(phraseFirst - 1)) {
					phraseFirst--;
				}
				return new int[] { j + 1, i, phraseFirst };
			}
			i = beforeParenthesis(j - 1, ss); // "Rep. Jim Jordan (R-Ohio), a panel member, said"
			int k = i;
			while (k > ss && !w[k].equals(",") && j - k < 20) {
				k--;
			}
			if (k == i - 1 && k - 1 > ss && s.tag(i).equals("NUM")) {
				i = k - 1; // an age before the apposition: "Jillian Chase, 27, a nurse in Ohio, said"
			} else if (k - 1 > ss && w[k].equals(",") && s.tag(k + 1).equals("DET") && s.tag(k - 1).equals("PROPN")) {
				i = k - 1; // a second apposition: "Scott Pruitt, the attorney general of Oklahoma, one of the states, said"
			}
		}
		if (i - 1 > ss && POLLED.contains(w[i]) && s.tag(i).equals("VERB") && isHead(i - 1)) {
			var polled = backwardPhrase(i - 1, ss); // "56 percent of Cuban-Americans polled said"
			return polled == null ? null : new int[] { polled[2], i + 1, polled[2] };
		}
		int quantity = quantity(i, ss);
		if (quantity >= 0) {
			return new int[] { quantity, i + 1, quantity };
		}
		int close = closeTo(i, ss);
		if (close >= 0) {
			return new int[] { close, i + 1, close }; // "those close to him", "people close to the talks"
		}
		if (Lexicon.PRONOUNS.contains(w[i])) {
			return new int[] { i, i + 1, i };
		}
		if (!phraseToken(i) || !isHead(i)) { // "A union official who asked not to be named said"
			int h = i;
			while (h > ss && !w[h].equals("who")) {
				h--;
			}
			if (!w[h].equals("who")) {
				return null;
			}
			i = h - 1;
			if (i >= ss && w[i].equals(",")) {
				i--;
			}
			if (i < ss || !isHead(i)) {
				return null;
			}
		}
		int first = i;
		while (first - 1 >= ss && (phraseToken(first - 1) || ofPhrase(first, ss) || initial(first - 1, ss))) {
			first--;
		}
		int relative = relativeBefore(first, ss);
		if (relative >= 0) {
			return backwardPhrase(relative - 1, ss); // "a study that appeared in the Journal found"
		}
		var trimmed = trimToName(first, i + 1);
		if (first - 2 >= ss && w[first - 1].equals(".") && TITLE_ABBREVIATIONS.contains(w[first - 2])) {
			first -= 2; // "Rep. Gwen Moore", with the full stop a token of its own
		}
		return new int[] { trimmed[0], trimmed[1], first };
	}

	/**
	 * Where a share of people that ends at {@code i} starts, or -1: "most of them", "two in three", "nearly half",
	 * "a majority": how polls and reporters speak of a group's answers.
	 */
	private int quantity(int i, int ss) {
		int first = -1;
		if ((Lexicon.OBJECT_PRONOUNS.contains(w[i]) || w[i].equals("those")) && i - 2 >= ss && w[i - 1].equals("of")
				&& QUANTIFIERS.contains(w[i - 2])) {
			first = i - 2; // "most of them"
		} else if (i - 2 >= ss && w[i - 1].equals("in") && number(i) && number(i - 2)) {
			first = i - 2; // "two in three", "six in 10"
		} else if (BARE_QUANTIFIERS.contains(w[i]) && (i == ss || !phraseToken(i - 1))) {
			first = i; // "all agreed that", "many believe"
		} else if (SHARES.contains(w[i])) {
			first = i; // "half", "a majority"
			if (first - 1 >= ss && (s.tag(first - 1).equals("DET") || number(first - 1))) {
				first--;
			}
		}
		if (first >= 0 && first - 1 >= ss && APPROXIMATELY.contains(w[first - 1])) {
			first--; // "nearly half", "about two in three"
		}
		return first;
	}

	private boolean number(int i) {
		return s.tag(i).equals("NUM") || NUMBER_WORDS.contains(w[i]);
	}

	/** Adjectives that follow the noun they modify, with their preposition: "an aide familiar with the talks". */
	static final Set<String> POSTMODIFIERS = Set.of("familiar", "close", "loyal", "opposed", "sympathetic");

	/** Participles after the people a poll asked. */
	private static final Set<String> POLLED = Set.of("polled", "surveyed", "questioned", "interviewed", "sampled");

	private static final Set<String> QUANTIFIERS = Set.of("most", "many", "some", "all", "half", "both", "few",
			"several", "none", "one", "two", "three", "four", "five", "majority", "each", "any");

	/** Quantifiers that stand for people on their own before a cue. */
	private static final Set<String> BARE_QUANTIFIERS = Set.of("all", "most", "many", "some", "few", "several",
			"others");

	private static final Set<String> SHARES = Set.of("half", "majority", "minority", "third", "thirds", "quarter",
			"quarters", "fifth", "fifths", "plurality");

	private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten");

	private static final Set<String> APPROXIMATELY = Set.of("nearly", "almost", "about", "roughly", "around",
			"over", "only", "just");

	/**
	 * Where "those close to him", "sources close to the talks" starts when the phrase ending at {@code i} is
	 * what they are close to, or -1.
	 */
	private int closeTo(int i, int ss) {
		for (int t = i; t - 2 >= ss && t > i - 5; t--) {
			if (w[t].equals("to") && w[t - 1].equals("close")) {
				int head = t - 2;
				return Lexicon.CLOSE_TO.contains(w[head]) || NOUN_TAGS.contains(s.tag(head)) ? head : -1;
			}
			if (!phraseToken(t) && !Lexicon.PRONOUNS.contains(w[t]) && !Lexicon.OBJECT_PRONOUNS.contains(w[t])) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * The relative pronoun of a clause that the phrase at {@code first} closes, when it is a preposition's object,
	 * or -1: "A study [that appeared in the Journal]", "an aide [who spoke from the podium]".
	 */
	private int relativeBefore(int first, int ss) {
		if (first - 1 < ss || !s.tag(first - 1).equals("ADP")) {
			return -1;
		}
		for (int h = first - 2; h > ss && h >= first - 12; h--) {
			if (w[h].equals(",") || isQuoteMark(h)) {
				return -1;
			}
			if ((w[h].equals("who") || w[h].equals("that")) && s.tag(h).equals("PRON") && isHead(h - 1)
					&& s.tag(h + 1).equals("VERB")) {
				return h;
			}
			if (h == first - 2 && w[h].endsWith("ing") && s.tag(h).equals("VERB") && isHead(h - 1)) {
				return h; // "Protesters marching through the streets chanted", "officials speaking on condition ..."
			}
		}
		return -1;
	}

	/**
	 * Whether the preposition before {@code first} joins two parts of one phrase: a name ("Commission on
	 * Presidential Debates", "Center for American Progress") or a role and whom it speaks for ("a spokesman for the
	 * ministry", "the mayor of Amares").
	 */
	private boolean ofPhrase(int first, int ss) {
		if (first - 2 < ss || !PHRASE_PREPOSITIONS.contains(w[first - 1])) {
			return false;
		}
		if (w[first - 1].equals("of") && (w[first - 2].equals("percent") || SHARES.contains(w[first - 2])
				|| QUANTIFIERS.contains(w[first - 2]))) {
			return true; // "40 percent of islanders", "most of the skippers"
		}
		// "Mr. Morgan of the Sierra Club"
		boolean nameAfter = isCapitalized(first) || s.tag(first).equals("DET") && first + 1 < s.size() && isCapitalized(first + 1);
		if (isCapitalized(first - 2) && nameAfter && s.tag(first - 2).equals("PROPN")
				&& !w[first - 1].equals("in") && !w[first - 1].equals("at")) {
			return true;
		}
		// "a spokesman for the ministry", "a narrator in the ad", "officials at the port": a role, then where
		return s.tag(first - 2).equals("NOUN") && (Lexicon.TITLES.contains(w[first - 2])
				|| ROLE_PREPOSITIONS.contains(w[first - 1]) && roleNoun(w[first - 2]))
				// "Democrats in the Senate", which the tagger reads as a name
				|| s.tag(first - 2).equals("PROPN") && Lexicon.GROUP.contains(w[first - 2])
				// "a new poll from Suffolk University", "an average of polls": a document and whose it is
				|| (Lexicon.DOCUMENTS.contains(w[first - 2]) || w[first - 2].equals("average"))
						&& DOCUMENT_PREPOSITIONS.contains(w[first - 1]);
	}

	/** A noun that names people by what they do or are: "narrator", "officials", "analyst", "residents". */
	private static boolean roleNoun(String word) {
		return Lexicon.GROUP.contains(word) || Lexicon.TITLES.contains(word) || ALLIES.contains(word)
				|| word.matches(".{3,}(?:er|or|ist|ian|ant|ent)s?");
	}

	/** The full stop of an initial written as a token of its own: "Vann R. Newkirk". */
	private boolean initial(int k, int ss) {
		return w[k].equals(".") && k - 1 >= ss && s.words[k - 1].length() == 1 && isCapitalized(k - 1);
	}

	/** Prepositions after which any noun's phrase goes on: "a narrator in the ad", "officials at the port". */
	/** Who speaks for someone without a title: "aides to the mayor", "allies of the senator". */
	private static final Set<String> ALLIES = Set.of("aide", "aides", "ally", "allies", "associate", "associates",
			"friend", "friends", "staff");

	private static final Set<String> ROLE_PREPOSITIONS = Set.of("in", "at", "from", "with", "to");

	private static final Set<String> DOCUMENT_PREPOSITIONS = Set.of("from", "by", "of", "for");

	private static final Set<String> TITLE_ABBREVIATIONS = Set.of("rep", "reps", "sen", "sens", "gov", "gen", "lt",
			"col", "sgt", "capt", "maj", "adm", "dr", "mr", "mrs", "ms", "prof", "rev");

	private static final Set<String> PHRASE_PREPOSITIONS = Set.of("of", "for", "on", "in", "at", "from", "with", "to");

	/** Whether tokens [from, stop) are a name: one to four capitalized words tagged as proper nouns. */
	boolean isName(int from, int stop) {
		if (stop - from < 1 || stop - from > 4) {
			return false;
		}
		for (int t = from; t < stop; t++) {
			if (w[t].equals(".") && t > from && s.words[t - 1].length() == 1) {
				continue; // an initial with its full stop a token of its own: "Laurence H. Tribe"
			}
			if (!isCapitalized(t) || !s.tag(t).equals("PROPN") && !(t > from && s.tag(t).equals("NOUN"))) {
				return false; // a surname the tagger called a noun
			}
		}
		return true;
	}

	/** The phrase starting at token {@code j} (a speaker after the cue, a listener), as [first, stop), or null. */
	int[] forwardPhrase(int j, int se, boolean speaker) {
		if (j >= se) {
			return null;
		}
		if (Lexicon.PRONOUNS.contains(w[j])) {
			return speaker ? new int[] { j, j + 1 } : null;
		}
		int stop = j;
		while (stop < se && (phraseToken(stop) || compoundPart(stop, se) || nameAfterName(stop, j)
				// "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell"
				|| w[stop].equals("and") && stop > j && stop + 1 < se
						&& (s.tag(stop + 1).equals("ADJ") || s.tag(stop + 1).equals("PROPN")) && isCapitalized(stop + 1)
						&& TITLE_ABBREVIATIONS.contains(w[stop - 1].replace(".", ""))
				// "one of those advisers", "some of the skippers"
				|| w[stop].equals("of") && stop == j + 1 && QUANTIFIERS.contains(w[j]) && stop + 1 < se
				|| stop == j + 2 && w[j + 1].equals("of") && QUANTIFIERS.contains(w[j]) && s.tag(stop).equals("DET")
				|| w[stop].equals("of") && stop > j && isCapitalized(stop - 1) && stop + 1 < se && isCapitalized(stop + 1)
				// "Mrs. Warren" with the title's full stop a token of its own
				|| w[stop].equals(".") && stop > j && TITLE_ABBREVIATIONS.contains(w[stop - 1]) && stop + 1 < se
						&& isCapitalized(stop + 1))) {
			if (stop > j && s.tag(stop).equals("DET") && NOUN_TAGS.contains(s.tag(stop - 1))) {
				break; // "told reporters the walkout would ...": a new phrase starts
			}
			stop++;
		}
		int head = stop - 1;
		if (head > j && (s.tag(head).equals("ADJ") || POSTMODIFIERS.contains(w[head])) && stop < se
				&& s.tag(stop).equals("ADP") && isHead(head - 1)) {
			head--; // "one Democrat familiar with the campaign": the adjective and what follows it modify the head
			stop--;
		}
		if (head < j || !isHead(head) && !nameAfterName(head, j)) {
			return null;
		}
		return speaker ? trimToName(j, stop) : new int[] { j, stop };
	}

	/**
	 * A part of a word written with hyphens that the tokenizer cut ("well-connected", "long-time"): the hyphen and
	 * the words it joins, with no space on either side.
	 */
	private boolean compoundPart(int t, int se) {
		return gluedHyphen(t) || t + 1 < se && gluedHyphen(t + 1) || t > 0 && gluedHyphen(t - 1);
	}

	private boolean gluedHyphen(int t) {
		return t > 0 && t + 1 < s.size() && w[t].equals("-") && s.begin[t] == s.end[t - 1] && s.end[t] == s.begin[t + 1];
	}

	/** A capitalized word after a name or a title, that the tagger read as a verb: "Mr. Sperling", "Sen. Ed Markey". */
	private boolean nameAfterName(int t, int first) {
		return t > first && isCapitalized(t) && (s.tag(t).equals("VERB") || s.tag(t).equals("ADJ"))
				&& (isCapitalized(t - 1) && s.tag(t - 1).equals("PROPN") || w[t - 1].equals(".") && t - 2 >= first
						&& TITLE_ABBREVIATIONS.contains(w[t - 2]));
	}

	/**
	 * The words from {@code j} to a comma or the sentence's end, when the tagger read some of them as verbs but they
	 * still look like a noun phrase: at most eight words, no quote, no "that", ending on a noun or a name
	 * ("conservative talk radio host Rush Limbaugh", "show insiders"); or null.
	 */
	int[] wordsToComma(int j, int se) {
		int stop = j;
		while (stop < se && stop < j + 12 && !w[stop].equals(",") && !w[stop].equals(".")) {
			boolean joined = s.tag(stop).equals("CCONJ") && stop > j && stop + 1 < se && s.tag(stop + 1).equals("ADJ");
			if (!Character.isLetter(s.words[stop].charAt(0)) && !gluedHyphen(stop) || w[stop].equals("that")
					|| Lexicon.PRONOUNS.contains(w[stop]) || s.tag(stop).equals("AUX") || s.tag(stop).equals("SCONJ")
					|| s.tag(stop).equals("CCONJ") && !joined) { // "complete but unofficial returns"
				return null;
			}
			stop++;
		}
		int head = stop - 1; // "an ABC News-Washington Post poll last week": the time after the head
		while (head > j + 1 && Lexicon.TIME_WORDS.contains(w[head])) {
			head--;
		}
		if (head < stop - 1 && (w[head].equals("last") || w[head].equals("this"))) {
			stop = head;
		}
		if (stop == j || stop >= j + 9 || !(s.tag(stop - 1).equals("NOUN") || s.tag(stop - 1).equals("PROPN"))) {
			return null;
		}
		return trimToName(j, stop);
	}

	/** "Port authority spokesman Daan Wiersma" is the speaker "Daan Wiersma": a name after a title is the name. */
	int[] trimToName(int first, int stop) {
		if (!isCapitalized(stop - 1)) {
			return new int[] { first, stop };
		}
		int name = stop - 1;
		while (name - 1 >= first && (isCapitalized(name - 1) && s.tag(name - 1).equals("PROPN")
				&& !Lexicon.TITLES.contains(w[name - 1]) && !w[name - 1].endsWith("'s") && !w[name - 1].endsWith("\u2019s")
				|| name - 2 >= first && initial(name - 1, first))) {
			name--; // "Vann R. Newkirk II": the initial's full stop is part of the name
		}
		boolean organization = false;
		for (int i = name; i < stop; i++) {
			organization |= Lexicon.ORGANIZATION.contains(w[i]);
		}
		// "the mayor of Amares", "the Commission on Presidential Debates": a name after a preposition is not the
		// speaker's name
		for (int i = first; i < name && !organization; i++) {
			organization = PHRASE_PREPOSITIONS.contains(w[i]);
		}
		if (name > first && !organization) {
			return new int[] { name, stop };
		}
		return new int[] { first, stop };
	}

	boolean phraseToken(int i) {
		if (Lexicon.TIME_WORDS.contains(w[i])) {
			return false;
		}
		if (misreadAuxiliary(i)) {
			return true; // a noun or a name the tagger read as an auxiliary: "donors said", "Will Doyle"
		}
		if (w[i].equals("'s") || w[i].equals("\u2019s") || Lexicon.POSSESSIVES.contains(w[i])) {
			return true;
		}
		if ((w[i].equals("'") || w[i].equals("\u2019")) && i > 0 && w[i - 1].endsWith("s")
				|| w[i].length() > 2 && (w[i].endsWith("s'") || w[i].endsWith("s\u2019"))) {
			return true; // "Farmers' groups", which the tagger may not call a noun
		}
		if (w[i].equals("that") || w[i].equals("this")) {
			return false;
		}
		if (nounReadAsVerb(i)) {
			return true; // "FEC reports show", "Still, polls continue", "Exit polling showed"
		}
		return NP_TAGS.contains(s.tag(i)) && Character.isLetterOrDigit(s.words[i].charAt(0)) || nameTaggedVerb(i)
				// a name the tagger could not place ("Sanders/X"), a prefix cut from its word ("ex-" of "ex-wife")
				|| s.tag(i).equals("X") && isCapitalized(i)
				|| w[i].length() > 2 && w[i].endsWith("-") && i + 1 < s.size() && s.end[i] == s.begin[i + 1]
				|| nounTaggedPronoun(i)
				|| s.tag(i).equals("PRON") && isCapitalized(i) && w[i].length() > 2
						&& w[i].chars().allMatch(Character::isLetter) && !REAL_PRONOUNS.contains(w[i]);
	}

	/** The auxiliaries and modals, in all their forms: a word tagged so that is none of these is a noun or a name. */
	private static final Set<String> AUXILIARY_WORDS = Lexicon.union(Lexicon.AUXILIARIES, Set.of("ought", "need", "dare",
			"get", "got", "gets", "'s", "\u2019s", "'m", "\u2019m", "ca", "wo", "sha"));

	/**
	 * A word the tagger read as an auxiliary that is none ("donors said"), or a first name that is one, before a
	 * surname ("said Will Doyle").
	 */
	private boolean misreadAuxiliary(int i) {
		if (!s.tag(i).equals("AUX") || !w[i].chars().allMatch(Character::isLetter)) {
			return false;
		}
		return !AUXILIARY_WORDS.contains(w[i]) || isCapitalized(i) && i > s.sentenceStart(i) && i + 1 < s.size()
				&& isCapitalized(i + 1) && s.tag(i + 1).equals("PROPN");
	}

	/** A surname's second part that the tokenizer cut off with its hyphen: "-Hawkins" after "Shanklin". */
	private boolean hyphenatedTail(int i) {
		var word = s.words[i];
		return word.length() > 2 && (word.charAt(0) == '-' || word.charAt(0) == '\u2013')
				&& Character.isUpperCase(word.charAt(1)) && s.begin[i] == s.end[i - 1] && isCapitalized(i - 1);
	}

	/** A noun the tagger read as a pronoun before another noun: "exit polls". */
	private boolean nounTaggedPronoun(int i) {
		return s.tag(i).equals("PRON") && !REAL_PRONOUNS.contains(w[i]) && !Lexicon.PRONOUNS.contains(w[i])
				&& !w[i].equals("your") && !Lexicon.OBJECT_PRONOUNS.contains(w[i]) && !Lexicon.POSSESSIVES.contains(w[i]) && i + 1 < s.size()
				&& s.tag(i + 1).equals("NOUN") && w[i].chars().allMatch(Character::isLetter);
	}

	/** Adverbs that open sentences, which no name is. */
	private static final Set<String> SENTENCE_ADVERBS = Set.of("however", "meanwhile", "still", "now", "then", "later",
			"also", "instead", "yet", "so", "thus", "here", "there", "again", "once", "soon", "today", "yesterday",
			"tomorrow", "earlier", "afterwards", "nevertheless", "nonetheless", "otherwise", "indeed", "rather", "even",
			"just", "only", "never", "always", "often", "sometimes", "perhaps", "maybe", "already", "almost", "too",
			"first", "next", "finally", "previously", "recently", "ago", "well", "back", "far", "much", "more", "most");

	/** Pronouns in all their forms: a capitalized word the tagger calls a pronoun and is not one is a name ("Welch"). */
	private static final Set<String> REAL_PRONOUNS = Set.of("you", "she", "her", "him", "his", "hers", "its", "our",
			"ours", "they", "them", "their", "theirs", "this", "that", "these", "those", "who", "whom", "whose", "what",
			"which", "whoever", "whatever", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody",
			"nothing", "something", "anything", "everything", "one", "none", "all", "each", "both", "many", "few",
			"several", "some", "any", "myself", "yourself", "himself", "herself", "itself", "ourselves", "themselves",
			"yours", "mine", "there", "here", "such", "other", "others", "another", "neither", "either", "most", "much");

	/**
	 * A capitalized word the tagger calls a verb right before a cue: a name ("Trump said", "Trump also said") that
	 * the tagger read as the verb it also is.
	 */
	private boolean nameTaggedVerb(int i) {
		if (!isCapitalized(i) || i + 1 >= s.size()) {
			return false;
		}
		var next = w[i + 1];
		if (s.tag(i).equals("ADV")) {
			// "Henry tweeted": a name the tagger reads as an adverb, right before a cue of speech
			return !w[i].endsWith("ly") && !SENTENCE_ADVERBS.contains(w[i]) && w[i].chars().allMatch(Character::isLetter)
					&& (Lexicon.CUES.contains(next) || Lexicon.MORE_CUES.contains(next)) && s.tag(i + 1).equals("VERB");
		}
		if (!s.tag(i).equals("VERB")) {
			return false;
		}
		if (next.equals(",") && i + 2 < s.size() && (s.tag(i + 2).equals("DET") || Lexicon.POSSESSIVES.contains(w[i + 2]))
				&& (i == 0 || s.sentence[i - 1] != s.sentence[i]
						|| isCapitalized(i - 1) && s.tag(i - 1).equals("PROPN"))) { // "..." Gene Sperling, an adviser, said
			return true; // "Hicks, his campaign spokeswoman, added"
		}
		if (s.tag(i + 1).equals("ADV") && i + 2 < s.size() && s.tag(i + 2).equals("VERB") && w[i + 1].endsWith("ly")
				&& (i == 0 || s.sentence[i - 1] != s.sentence[i])) {
			return true; // "Trump openly admires", the sentence's first word
		}
		return !Lexicon.CUES.contains(w[i]) && !Lexicon.MORE_CUES.contains(w[i])
				&& (Lexicon.CUES.contains(next) || Lexicon.MORE_CUES.contains(next) || Lexicon.BETWEEN.contains(next)
						|| Lexicon.NAMING.contains(next) || Lexicon.DIRECTIVES.contains(next)
						|| Lexicon.COMMITMENTS.contains(next)); // "Trump attacked \"...\"", "Trump urged"
	}

	boolean isHead(int i) {
		// "the state attorney general", whatever the tagger made of "general"
		return NOUN_TAGS.contains(s.tag(i)) || isCapitalized(i) && phraseToken(i) || misreadAuxiliary(i)
				|| Lexicon.TITLES.contains(w[i]) && phraseToken(i) || nounReadAsVerb(i) || aged(i);
	}

	/** Whether token {@code i} ends an age that stands for a person: "the 46-year-old", "a 19-year-old". */
	boolean aged(int i) {
		return (w[i].equals("old") || w[i].equals("olds")) && i >= 2 && gluedHyphen(i - 1) && w[i - 2].startsWith("year");
	}

	/**
	 * A plural noun (or "polling") the tagger read as a verb, before the verb it is the subject of: "FEC reports
	 * show", "Still, polls continue", "Exit polling showed"; two verbs in a row are rare.
	 */
	private boolean nounReadAsVerb(int i) {
		if (!s.tag(i).equals("VERB") || isCapitalized(i) || i + 1 >= s.size() || s.sentence[i + 1] != s.sentence[i]) {
			return false;
		}
		if (!s.tag(i + 1).equals("VERB")) {
			// "But environmentalists/VERB worry/ADJ that": a cue before "that", whatever the tagger called it
			return w[i].endsWith("s") && !w[i].endsWith("ss") && i + 2 < s.size() && w[i + 2].equals("that")
					&& (Lexicon.CUES.contains(w[i + 1]) || Lexicon.MORE_CUES.contains(w[i + 1]));
		}
		if (!(w[i].endsWith("s") && !w[i].endsWith("ss") || w[i].equals("polling"))) {
			// a singular noun before a cue: "A Quinnipiac University poll found"
			return i > 0 && s.tag(i - 1).equals("PROPN") && (Lexicon.CUES.contains(w[i + 1]) || Lexicon.MORE_CUES.contains(w[i + 1]));
		}
		if (i == s.sentenceStart(i) || w[i - 1].equals(",")) {
			return true;
		}
		var before = s.tag(i - 1);
		return before.equals("NOUN") || before.equals("PROPN") || before.equals("ADJ") || before.equals("DET");
	}

	boolean isCapitalized(int i) {
		return Character.isUpperCase(s.words[i].charAt(0));
	}

	boolean isQuoteMark(int i) {
		var t = s.words[i];
		return t.equals("\"") || t.equals("\u201C") || t.equals("\u201D") || t.equals("''") || t.equals("``");
	}

	Kind kind(int first, int stop) {
		var head = w[stop - 1];
		for (int i = first; i < stop; i++) {
			if (Lexicon.ORGANIZATION.contains(w[i]) && (isCapitalized(i) || i == stop - 1)) {
				return Kind.ORGANIZATION;
			}
		}
		if (Lexicon.GROUP.contains(head)) {
			return Kind.GROUP;
		}
		return isCapitalized(stop - 1) ? Kind.PERSON : Kind.ROLE;
	}

	/**
	 * Skips a parenthesis or an aside between dashes between a name and its cue: "Rep. Trey Gowdy (R-S.C.) said",
	 * "the transcript -- published by the Post -- shows".
	 */
	int beforeParenthesis(int i, int ss) {
		if (i >= ss && isDash(i)) {
			// "The transcript of the debate -- published by The Washington Post -- shows that"
			for (int j = i - 2; j > ss && j > i - 12; j--) {
				if (isDash(j)) {
					return j - 1;
				}
			}
			return i;
		}
		if (i < ss || !w[i].equals(")")) {
			return i;
		}
		for (int j = i - 1; j >= ss && j > i - 10; j--) {
			if (w[j].equals("(")) {
				return j - 1;
			}
		}
		return i;
	}

	private boolean isDash(int i) {
		return Lexicon.DASHES.contains(w[i]);
	}

	/** Skips a time adverbial between a subject and its cue: "Clinton on Tuesday said", "Kerry last week said". */
	int beforeTimeAdverbial(int i, int ss) {
		if (i - 1 >= ss && w[i - 1].equals("in") && w[i].length() == 4 && s.tag(i).equals("NUM")) {
			return i - 2; // "who in 2010 said"
		}
		if (i - 2 > ss && w[i].equals("time") && (w[i - 1].equals("the") || w[i - 1].equals("that"))
				&& w[i - 2].equals("at")) {
			return i - 3; // "Trump at the time said"
		}
		int j = i;
		while (j >= ss && Lexicon.TIME_WORDS.contains(w[j])) {
			j--;
		}
		if (j == i) {
			return i;
		}
		if (j >= ss && (w[j].equals("on") || w[j].equals("last") || w[j].equals("this") || w[j].equals("late")
				|| w[j].equals("early") || w[j].equals("earlier"))) {
			j--;
		}
		while (j >= ss && Lexicon.BETWEEN.contains(w[j])) {
			j--;
		}
		return j;
	}

	/** Words inside a show's name besides capitalized ones: "Meet the Press", "State of the Union". */
	private static final Set<String> SHOW_NAME_WORDS = Set.of("the", "of", "and");

	/**
	 * Where "that" stands after the rest of a show's name that a listener phrase stopped short of ("told NBC's Meet
	 * [the Press on Sunday] that", "told CBS's Face [the Nation] that"), with a day or "on" and a day between; else
	 * {@code i}.
	 */
	int showNameEnd(int i, int se) {
		int t = i;
		boolean named = false;
		while (t < se && (isCapitalized(t) || SHOW_NAME_WORDS.contains(w[t]))) {
			named |= isCapitalized(t);
			t++;
		}
		if (t + 1 < se && w[t].equals("on") && Lexicon.TIME_WORDS.contains(w[t + 1])) {
			t += 2;
		} else if (t < se && Lexicon.TIME_WORDS.contains(w[t])) {
			t++;
		}
		return named && t < se && w[t].equals("that") ? t : i;
	}
}
