package org.sayso.suggest.internal;

import java.util.Set;

import org.sayso.suggest.internal.Attributor.CueFound;
import org.sayso.suggest.internal.Attributor.SpeakerFound;

/** The attribution rules for one paragraph's tokens: see {@link Attributor}. */
final class ClauseRules {

	/** Cues that take a bare clause ("said the talks failed"); the others need "that", a quote or a comma. */
	private static final Set<String> BARE_CLAUSE = Set.of("said", "says", "say", "told", "tells", "tell", "added",
			"adds", "warned", "warns", "according");
	/**
	 * Cues of statements that take a bare clause only when one plainly follows: "asserted she could speak", "noted
	 * several intangibles left him", but not "noted the decline".
	 */
	private static final Set<String> BARE_WHEN_CLAUSE = Set.of("telling", "asserted", "asserts", "noted", "notes",
			"acknowledged", "acknowledges", "admitted", "admits", "argued", "argues", "insisted", "insists", "claimed",
			"claims", "predicted", "predicts", "explained", "explains", "stressed", "stresses", "suggested", "suggests",
			"announced", "announces", "confirmed", "confirms", "conceded", "concedes", "declared", "declares",
			"stated", "states", "wrote", "writes", "testified", "replied", "countered", "emphasized", "emphasised",
			"reiterated", "revealed", "disclosed", "boasted", "complained", "complains", "alleged", "alleges",
			"maintained", "maintains", "contended", "contends", "hinted", "recalled", "recalls", "agreed", "indicated",
			"indicates", "estimated", "estimates", "vowed", "vows", "promised", "promises", "signaled",
			"signalled", "reported", "reports", "charged", "charges", "concluded", "concludes",
			// what polls and studies show and find: "Instant polls showed Clinton was the winner"
			"showed", "shows", "show", "found", "finds");
	/** Cues of an aside with "as" besides past forms: "as Lopez says", "as she puts it". */
	private static final Set<String> ASIDE_CUES = Set.of("said", "wrote", "told", "says", "writes", "notes", "puts");
	/** Cues whose listener and "to" make a directive: "told the crews to look", "asked them not to". */
	private static final Set<String> TELLING_TO = Set.of("told", "tells", "tell", "telling", "asked", "asks", "asking",
			"reminded", "reminding");
	/** The tags a word after "her" has when "her" is its possessor: "told her crews that". */
	private static final Set<String> LISTENER_HEADS = Set.of("NOUN", "ADJ", "PROPN");
	/** Tags after "to" that make it a preposition ("told supporters to the north"), not a verb's infinitive. */
	private static final Set<String> NOT_AFTER_TO = Set.of("DET", "NUM", "PRON", "PROPN", "ADJ");
	/** Cues that may come before their speaker: "..., said Lopez", "Said Lopez: ...". */
	static final Set<String> INVERTING = Set.of("said", "says", "say", "added", "adds", "wrote", "writes",
			"explained", "insisted", "warned", "noted", "recalled", "argued", "replied", "stressed", "cautioned",
			"declared", "continued", "asked", "admitted", "conceded", "countered", "asks", "tweeted", "reported",
			"reports", "stated", "observed", "reads");
	static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "be", "is", "are");
	static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before", "from",
			"by", "with", "via", "outside", "inside", "late", "early", "to", "through", "over", "for");

	private final Attributor a;
	private final Segment s;
	private final String[] w;
	private final SpeakerPhrases p;
	private final ClauseBounds bounds;
	private final NamingQuotes naming;
	private final SentenceSpeakers speakers;
	private final Reporting reporting;
	private final NounCues nouns;
	private final CueSubjects subjects;
	/** Whether the current cue's content can only follow it ("..., saying the mine would ..."). */
	private boolean contentAfterOnly;
	/** Where the current cue's speaker phrase starts, with a title the speaker leaves out; content ends before it. */
	private int groupFirst;

	ClauseRules(Attributor attributor, Segment segment) {
		this.a = attributor;
		this.s = segment;
		this.w = segment.lower;
		this.p = new SpeakerPhrases(segment);
		this.bounds = new ClauseBounds(attributor, segment, p);
		this.naming = new NamingQuotes(attributor, segment, p, bounds);
		this.speakers = new SentenceSpeakers(attributor, segment, p, bounds);
		this.reporting = new Reporting(attributor, segment, p, bounds, speakers);
		this.nouns = new NounCues(attributor, segment, p, bounds, speakers, reporting);
		this.subjects = new CueSubjects(attributor, segment, p, bounds, naming, speakers, reporting, this::isCue);
	}

	void run() {
		for (int k = 0; k < s.size(); k++) {
			if (a.quoteHolding(s.begin[k]) != null) {
				continue;
			}
			if (isCue(k)) {
				k = attribute(k);
			} else if (Lexicon.NOUN_CUES.contains(w[k]) || NounCues.SPOKEN_NOUNS.contains(w[k]) || NounCues.HELD.contains(w[k])) {
				k = k + 1 < s.size() && w[k + 1].equals(":") ? nouns.spokenNoun(k) : nouns.nounCue(k);
			} else if (NounCues.STANCES.contains(w[k])) {
				k = nouns.stance(k);
			} else if (w[k].equals("as")) {
				k = asTheSpeakerPutIt(k);
			} else if (w[k].equals("in")) {
				k = inThePoll(k);
			}
		}
		new IntroducedQuotes(a, s, p, speakers).run();
	}

	/** Polls and surveys, whose findings an opening "In" reports: "In the latest poll, Clinton led". */
	static final Set<String> POLLS = Set.of("poll", "polls", "survey", "surveys", "polling");

	/**
	 * An opening "In" and a poll ("In a Fox poll released Thursday, Trump achieved 45 percent"): the clause after
	 * the comma is what the poll found, "In" its cue, when no cue of its own reports that clause. Returns the last
	 * token used.
	 */
	private int inThePoll(int k) {
		int ss = s.sentenceStart(k);
		int se = s.sentenceStop(k);
		if (k != ss && !(k == ss + 1 && s.tag(ss).equals("CCONJ"))) {
			return k;
		}
		int comma = k + 1;
		boolean poll = false;
		while (comma < se && comma < k + 16 && !w[comma].equals(",")) {
			var tag = s.tag(comma);
			if (tag.equals("AUX") || tag.equals("PRON") && !Lexicon.POSSESSIVES.contains(w[comma]) || p.isQuoteMark(comma)
					|| tag.equals("VERB") && !w[comma].endsWith("ed") && !POLLS.contains(w[comma])) {
				return k; // "In the poll he commissioned, ...": a clause, not a name
			}
			poll |= POLLS.contains(w[comma]);
			comma++;
		}
		if (!poll || comma + 2 >= se || !w[comma].equals(",") || !s.hasVerb(comma + 1, se) && !s.hasAuxiliary(comma + 1, se)) {
			return k;
		}
		int stop = bounds.stop(comma + 1, se);
		for (int t = comma + 1; t < stop; t++) {
			if (isCue(t) || Lexicon.NOUN_CUES.contains(w[t]) || a.quoteHolding(s.begin[t]) != null) {
				return k; // "In a poll last week, 40 percent said ...": the cue reports it
			}
		}
		var speaker = speakers.mention(k + 1, comma);
		var cue = new CueFound(s.begin[k], s.end[k]);
		if (speaker != null && reporting.clause(comma + 1, stop, speaker, cue)) {
			reporting.found(speaker, cue, k);
			return stop - 1;
		}
		return k;
	}

	/**
	 * A speaker set off by "as" ("As Vulture put it, \"...\"", "..., as a Homeland Security memo put it."): what was
	 * said follows when "as" opens the sentence, and precedes when the aside closes it. Returns the last token used.
	 */
	private int asTheSpeakerPutIt(int k) {
		int ss = s.sentenceStart(k);
		int se = s.sentenceStop(k);
		boolean opens = k == ss || k == ss + 1 && (!Character.isLetterOrDigit(s.words[ss].charAt(0))
				|| s.tag(ss).equals("CCONJ")) // "But as The Hill pointed out, ..."
				|| k - 1 > ss && k - 1 <= ss + 2 && w[k - 1].equals(",") // "Yet, as Mr. Bown observed, ..."
						&& (s.tag(ss).equals("CCONJ") || s.tag(ss).equals("ADV"));
		boolean afterComma = k - 1 > ss && (w[k - 1].equals(",")
				|| p.isQuoteMark(k - 1) && k - 2 > ss && w[k - 2].equals(",")); // "... income,\" as a memo put it"
		if (!opens && !afterComma) {
			return k;
		}
		var np = p.forwardPhrase(k + 1, se, true);
		if (np == null) {
			return k;
		}
		int j = np[1];
		if (j < se && w[j].equals(",")) { // "As Steven M. Rosenthal, a tax lawyer at the Center, recently put it"
			int close = j + 1;
			while (close < se && close < j + 20 && !w[close].equals(",")) {
				close++;
			}
			j = close < se && w[close].equals(",") ? close + 1 : j;
		}
		while (j < se && (Lexicon.BETWEEN.contains(w[j]) || s.tag(j).equals("ADV"))) {
			j++; // "as Mr. Bown recently observed"
		}
		int cueLast;
		if (j + 1 < se && (w[j].equals("put") || w[j].equals("puts")) && w[j + 1].equals("it")) {
			cueLast = j + 1;
		} else if (j + 1 < se && (w[j].equals("pointed") || w[j].equals("points")) && w[j + 1].equals("out")) {
			cueLast = j + 1; // "as The Hill pointed out"
		} else if (j < se && (Lexicon.CUES.contains(w[j]) || Lexicon.MORE_CUES.contains(w[j])) && w[j].endsWith("ed")
				|| j < se && ASIDE_CUES.contains(w[j])) {
			cueLast = j;
		} else {
			return k;
		}
		int after = cueLast + 1;
		while (after < se && (PREPOSITIONS.contains(w[after]) || Lexicon.TIME_WORDS.contains(w[after]))) {
			int end = p.skipPhrase(after + 1, se); // "as The New Yorker put it in a lengthy expose,"
			after = Math.max(after + 1, end);
		}
		boolean comma = after < se && w[after].equals(",");
		boolean closes = after >= se || ".!?".contains(w[after]) && w[after].length() == 1;
		var speaker = speakers.mention(np[0], np[1]);
		var cue = new CueFound(s.begin[j], s.end[cueLast]);
		boolean found;
		if (opens && comma || comma && after + 1 < se && a.quoteOpeningAt(s.begin[after + 1]) != null) {
			// "..., as The New Yorker put it, \"the operator.\"": a quote after the aside is what was said
			found = reporting.clause(after + 1, bounds.stop(after + 1, se), speaker, cue);
		} else if (!opens && closes) {
			var q = a.quoteClosingBefore(s.begin[k]);
			if (q != null && !a.isUsed(q) && q.open() > s.begin[Math.max(ss, reporting.consumed())]) {
				a.direct(q, speaker, cue); // "a \"lawful source of income,\" as a memo put it": the quote is the memo's
				found = true;
			} else {
				found = reporting.clause(Math.max(ss, reporting.consumed()), w[k - 1].equals(",") ? k - 1 : k, speaker, cue);
			}
		} else {
			return k;
		}
		if (found) {
			a.register(speaker);
			a.addCue(cue);
		}
		return after;
	}

	/**
	 * Tags after a word read as a verb that show it is one ("that seems likely", "that means the"), unlike "that winds
	 * would" or "that attempts to", where the tagger read a noun as a verb.
	 */
	private static final Set<String> AFTER_VERB = Set.of("ADJ", "ADV", "DET", "PRON", "PUNCT");

	private boolean isCue(int k) {
		if (w[k].equals("according")) {
			return k + 1 < s.size() && w[k + 1].equals("to") && s.sentence[k + 1] == s.sentence[k];
		}
		if (s.cueWordsBefore(k) > 0) {
			return true;
		}
		boolean particleCue = Lexicon.DIRECTIVES.contains(w[k]) || Lexicon.COMMITMENTS.contains(w[k]);
		if (!Lexicon.CUES.contains(w[k]) && !Lexicon.AMBIGUOUS_CUES.contains(w[k]) && !Lexicon.MORE_CUES.contains(w[k])
				&& !particleCue && !Lexicon.NAMING.contains(w[k]) && !Lexicon.OBJECT_CUES.contains(w[k])
				&& !(Lexicon.TO_OBJECT_CUES.contains(w[k]) && k + 1 < s.size() && w[k + 1].equals("to"))
				&& !(naming.otherVerb(k) && naming.quotedObject(k))) {
			return false;
		}
		if ((w[k].startsWith("call") || w[k].startsWith("appeal") || w[k].startsWith("press")) && s.particle(k) == 0
				&& !naming.quotedObject(k) && naming.smallClause(k) < 0) {
			return false; // "called" alone names ("a town called Hope"); "called on", "called for" report
		}
		if (Lexicon.NAMING.contains(w[k]) && !Lexicon.MORE_CUES.contains(w[k]) && !particleCue && !naming.quotedObject(k)
				&& !Lexicon.OBJECT_CUES.contains(w[k]) && naming.smallClause(k) < 0) {
			return false;
		}
		int before = k - 1;
		while (before >= s.sentenceStart(k) && Lexicon.BETWEEN.contains(w[before]) && !PASSIVE.contains(w[before])) {
			before--;
		}
		if (before >= s.sentenceStart(k) && PASSIVE.contains(w[before]) && !w[k].endsWith("ing")) {
			return false; // "was told", "is said to": the subject is not the speaker; "is saying" it is
		}
		var tag = s.tag(k);
		if (tag.equals("NOUN") && verbReadAsNoun(k) || headlineCue(k)) {
			return true;
		}
		if (Lexicon.AMBIGUOUS_CUES.contains(w[k])) {
			return tag.equals("VERB");
		}
		// the tagger calls "said" an adjective now and then ("not to be named said"); a noun it is not
		return tag.equals("VERB") || tag.equals("AUX") || tag.equals("ADJ");
	}

	/**
	 * Whether cue {@code k} is the verb of a headline in title case, after its speaker's name: "Trump Says He Never
	 * Pledged To ...", "Howard Dean Tells Democratic Convention", which the tagger reads as names.
	 */
	private boolean headlineCue(int k) {
		int ss = s.sentenceStart(k);
		int se = s.sentenceStop(k);
		if (!p.isCapitalized(k) || k - 1 < ss || !p.isCapitalized(k - 1) || !Lexicon.CUES.contains(w[k]) || k + 2 >= se) {
			return false;
		}
		int words = 0;
		int capitals = 0;
		for (int t = ss; t < se; t++) {
			if (Character.isLetter(s.words[t].charAt(0))) {
				words++;
				capitals += p.isCapitalized(t) ? 1 : 0;
			}
		}
		return words >= 5 && capitals * 5 >= words * 4;
	}

	private static final Set<String> PAST_CUES = Set.of("found", "said", "told", "wrote", "knew", "thought", "felt",
			"understood");

	/**
	 * Whether a cue in the present tense that the tagger read as a plural noun is the verb it also is: between a
	 * name or noun and "that" or a quote ("Kamarck argues that", "The Times reports: \"...\""), not after a
	 * determiner or an adjective ("the estimates that", "his many claims that").
	 */
	private boolean verbReadAsNoun(int k) {
		if (k + 1 >= s.sentenceStop(k) || k - 1 < s.sentenceStart(k)) {
			return false;
		}
		// a past form ("a study in the Journal found that") or a participle after a comma (", warning that"): no
		// noun reading fits before "that"
		if (INVERTING.contains(w[k]) && speakers.endsGroup(k + 1, s.sentenceStop(k))) {
			// "'...,' a narrator in the ad asks.": the speaker between a quote and the cue, the cue ending it
			var np = p.backwardPhrase(k - 1, s.sentenceStart(k));
			if (np != null && a.quoteClosingBefore(s.begin[np[2]]) != null) {
				return true;
			}
		}
		boolean past = w[k].endsWith("ed") || PAST_CUES.contains(w[k]);
		boolean participle = w[k].endsWith("ing")
				&& (w[k - 1].equals(",") || CueSubjects.PARTICIPLE_PREPOSITIONS.contains(w[k - 1]) // "by announcing that"
						|| s.tag(k - 1).equals("NOUN") && w[k + 1].equals("that")); // "a news conference announcing that"
		if (w[k + 1].equals("that") && !w[k].endsWith("s") && !past && !w[k].endsWith("ing")
				&& (s.tag(k - 1).equals("NOUN") && w[k - 1].endsWith("s") && !w[k - 1].endsWith("'s")
						|| Set.of("they", "we", "i", "you").contains(w[k - 1]))) {
			return true; // a plural subject and a verb in the present: "environmentalists worry that"
		}
		if (!w[k].endsWith("s") && !past && !participle) {
			return false;
		}
		// before "that", or before a colon and a quote: "The Times reports: \"...\""
		boolean quoteAfter = (w[k + 1].equals(":") || w[k + 1].equals(",")) && k + 2 < s.size()
				&& a.quoteOpeningAt(s.begin[k + 2]) != null;
		if (!w[k + 1].equals("that") && !quoteAfter) {
			return false;
		}
		int b = p.beforeParenthesis(k - 1, s.sentenceStart(k)); // past an aside: "the transcript -- published ... -- shows"
		var before = b < 0 ? "" : s.tag(b);
		if (past || participle) {
			return w[k + 1].equals("that") && !before.equals("DET");
		}
		// "Trump asserts that": a name the tagger also read as a verb
		// "the suit claims that": a singular noun after a determiner agrees with the verb, not "his many claims"
		boolean singularSubject = before.equals("NOUN") && !w[b].endsWith("s") && b - 1 >= s.sentenceStart(k)
				&& s.tag(b - 1).equals("DET") && !Lexicon.POSSESSIVES.contains(w[b - 1]);
		return before.equals("PROPN") || before.equals("NOUN") && (!Lexicon.NOUN_CUES.contains(w[k]) || singularSubject)
				|| p.isCapitalized(k - 1) && before.equals("VERB")
				// a relative pronoun after a break: "the study -- which notes that"
				|| (w[k - 1].equals("which") || w[k - 1].equals("who")) && k - 2 >= 0 && bounds.isBreak(k - 2);
	}

	/** Attributes the content of cue {@code k}; returns the last token it used. */
	private int attribute(int k) {
		int ss = s.sentenceStart(k);
		int se = s.sentenceStop(k);
		if (k - 1 >= ss && ASKED.contains(w[k]) && WHEN.contains(w[k - 1])) {
			return k; // "said Dahl when asked about the storm": the speaker was asked, and the question is not given
		}
		if (w[k].equals("said") && k + 2 < se && w[k + 1].equals("that") && w[k + 2].equals(",")
				&& (k == ss || k - 1 >= ss && (w[k - 1].equals("having") || w[k - 1].equals("(")))
				|| w[k].equals("said") && k - 1 >= ss && w[k - 1].equals("that") && k + 1 < se && w[k + 1].equals(",")
						&& (k - 1 == ss || p.isQuoteMark(k - 2) || w[k - 2].equals("("))) {
			return k + 1; // "Having said that, ...", "That said, ...": the writer turning, no one reported
		}
		boolean according = w[k].equals("according");
		int cueLast = according ? k + 1 : k + s.particle(k);
		int cueFirst = k - s.cueWordsBefore(k);
		SpeakerFound speaker = null;
		groupFirst = cueFirst;
		int after = cueLast + 1;
		boolean contentBefore = false;
		contentAfterOnly = false;
		if (according) {
			var np = p.forwardPhrase(after, se, true);
			if (np == null) {
				np = p.wordsToComma(after, se); // "according to conservative talk radio host X", "show insiders"
			}
			if (np == null) {
				return cueLast;
			}
			speaker = speakers.mention(np[0], np[1]);
			after = np[1];
			// "According to a poll published on Sunday, ...": the content starts after the comma
			int comma = after;
			while (comma < se && comma < after + 8 && !w[comma].equals(",")) {
				comma++;
			}
			// but not after a clause of its own: "..., according to a lawsuit filed by Ms. Dahl, a former minister.",
			// where what follows the comma is the source's apposition
			contentBefore = comma >= se || !w[comma].equals(",") || s.hasVerb(ss, cueFirst);
			if (!contentBefore) {
				after = comma + 1;
				if (cueFirst > ss && w[cueFirst - 1].equals(",") && after < se
						&& (s.tag(after).equals("AUX") || s.tag(after).equals("VERB"))) {
					// "The toll, according to the council, will rise": the subject before the aside is part of it
					var cue = new CueFound(s.begin[cueFirst], s.end[cueLast]);
					if (reporting.clause(ss, bounds.stop(after, se), speaker, cue)) {
						reporting.found(speaker, cue, k);
					}
					return cueLast;
				}
			}
		} else {
			int before = cueFirst - 1;
			while (before > ss && w[k].endsWith("ing") && s.tag(before).equals("ADV") && w[before - 1].equals(",")) {
				before--; // ", perhaps recognizing that"
			}
			boolean afterQuote = before >= ss && p.isQuoteMark(before);
			// a comma, or a quote closed after one: "'...,' adding that"
			boolean afterComma = before >= ss && (w[before].equals(",")
					|| afterQuote && before - 1 >= ss && w[before - 1].equals(","));
			if (afterQuote && INVERTING.contains(w[k])) {
				speaker = speakers.inverted(after, se);
			}
			if (speaker == null && cueFirst == ss && INVERTING.contains(w[k]) && p.isCapitalized(k)) {
				// "Said Ellis: \"...\"": the cue opens the sentence, and the speaker and the content follow it
				var np = p.forwardPhrase(after, se, true);
				if (np != null && np[1] + 1 < se && w[np[1]].equals(":") && a.quoteOpeningAt(s.begin[np[1] + 1]) != null) {
					var lead = speakers.mention(np[0], np[1]);
					var cue = new CueFound(s.begin[cueFirst], s.end[cueLast]);
					if (contentAfter(k, np[1], se, lead, cue)) {
						reporting.found(lead, cue, k);
					}
					return cueLast;
				}
			}
			if (speaker == null) {
				var subject = subjects.before(k, cueFirst, ss, afterComma, afterQuote);
				speaker = subject.speaker();
				groupFirst = subject.groupFirst();
				contentAfterOnly = subject.contentAfterOnly();
			}
			if (speaker == null && afterComma && INVERTING.contains(w[k])) {
				speaker = speakers.inverted(after, se);
			}
			if (speaker != null && speaker.begin() > s.begin[k]) {
				after = s.tokenAtOrAfter(speaker.end());
				contentBefore = true;
			} else if (speaker != null && after < se && !w[after].equals(",") && !p.isQuoteMark(after)
					&& bounds.opensSentence(a.quoteClosingBefore(s.begin[groupFirst]), ss) && !bounds.thatSoon(after, se)) {
				contentBefore = true; // "'...,' she said several months later": the quote is what she said
			}
		}
		if (speaker == null || !according && naming.otherVerb(k) && !Lexicon.NAMING.contains(w[k])
				&& s.cueWordsBefore(k) == 0 && !speakers.speaks(speaker)) {
			return cueLast; // "The complaint cited \"...\"": a quotation in the object of a thing's verb is no one's
		}
		var cue = new CueFound(s.begin[cueFirst], s.end[cueLast]);
		boolean found = false;
		if (!contentBefore) {
			found = contentAfter(k, after, se, speaker, cue);
		}
		if (!found && !contentAfterOnly && !Lexicon.REFUSALS.contains(w[k])) {
			found = contentBefore(groupFirst, ss, speaker, cue, cueLast + 1, se);
		}
		if (found) {
			reporting.found(speaker, cue, k);
		}
		return cueLast;
	}

	private boolean contentAfter(int k, int j, int se, SpeakerFound speaker, CueFound cue) {
		if (Lexicon.REFUSALS.contains(w[k])
				&& (directive(k, j, se) < 0 || k > 0 && s.tag(k - 1).equals("ADP") || !speakers.speaks(speaker))) {
			// a refusal reports only "to" and its verb ("declined that assignment" is not one), by someone who speaks
			// ("fees declined to $281 million"), and not after a preposition ("held him in contempt for refusing to
			// testify"), whose subject is another's
			return false;
		}
		if (Lexicon.LISTENER_CUES.contains(w[k]) && j < se) {
			// "told her crews that": "her" is the crews', not the one told
			boolean possessive = w[j].equals("her") && j + 1 < se && LISTENER_HEADS.contains(s.tag(j + 1));
			var listener = Lexicon.OBJECT_PRONOUNS.contains(w[j]) && !possessive ? new int[] { j, j + 1 }
					: p.forwardPhrase(possessive ? j + 1 : j, se, false);
			if (listener != null && possessive) {
				listener[0] = j;
			}
			boolean always = !w[k].startsWith("warn") && !w[k].startsWith("promise");
			if (listener != null && listener[1] < se) {
				var title = a.quoteOpeningAt(s.begin[listener[1]]);
				int afterTitle = title == null ? -1 : s.tokenAtOrAfter(title.end());
				if (afterTitle > listener[1] && afterTitle < se && w[afterTitle].equals("that")) {
					// "told MSNBC's \"Morning Joe\" that": the quote names the listener's show
					a.use(title);
					listener = new int[] { listener[0], afterTitle };
				} else {
					listener[1] = p.showNameEnd(listener[1], se);
				}
				int to = w[listener[1]].equals("not") && listener[1] + 1 < se ? listener[1] + 1 : listener[1];
				if (TELLING_TO.contains(w[k]) && w[to].equals("to") && to + 1 < se
						&& !NOT_AFTER_TO.contains(s.tag(to + 1))
						&& speakers.speaks(speaker)
						&& !(k > 0 && (s.tag(k - 1).equals("ADP") || CueSubjects.PARTICIPLE_PREPOSITIONS.contains(w[k - 1])))) {
					// "told the crews to look for the ledgers": a directive, with the one told, as "urged"; not after
					// a preposition ("by asking prosecutors to charge"), whose subject is nobody's in particular
					return reporting.clause(listener[0], bounds.stop(listener[0], se), speaker, cue, 3);
				}
			}
			if (listener != null && (always || listener[1] < se && w[listener[1]].equals("that"))) {
				j = listener[1];
			}
		}
		if (Lexicon.TO_OBJECT_CUES.contains(w[k]) && s.particle(k) == 1 && j == k + 2 && reporting.objectFollows(j, se)
				&& speakers.speaks(speaker)) {
			return reporting.objectClaim(j, se, speaker, cue); // "pointed to the figures", "referring to the ruling"
		}
		// "declined to comment": "to" is the commitment's, even where the tagger reads a noun after it
		for (int pp = 0; pp < 3 && j < se && !(w[j].equals("to") && Lexicon.COMMITMENTS.contains(w[k])); pp++) {
			int afterObject = j + 1 < se ? p.skipPhrase(j + 1, se) : se;
			boolean ofQuote = (w[j].equals("of") || w[j].equals("about")) && afterObject + 1 < se
					&& w[afterObject].equals(",") && a.quoteOpeningAt(s.begin[afterObject + 1]) != null;
			if (PREPOSITIONS.contains(w[j]) && j + 2 < se && s.tag(j + 1).equals("ADV") && w[j + 2].equals("that")) {
				j += 2; // "have heard by now that"
				break;
			}
			if ((PREPOSITIONS.contains(w[j]) || ofQuote) && j + 1 < se && !w[j + 1].equals("that")) {
				// "joked of the museum, \"...\"": what the cue is about, then the quote
				int end = p.skipPhrase(j + 1, se);
				if (end == j + 1) {
					break;
				}
				j = end;
			} else if ((w[j].equals("earlier") || w[j].equals("later")) && j + 2 < se
					&& (w[j + 1].equals("this") || w[j + 1].equals("last")) && Lexicon.TIME_WORDS.contains(w[j + 2])) {
				j += 3; // "announced earlier this month that"
			} else if (Lexicon.TIME_WORDS.contains(w[j]) || (w[j].equals("last") || w[j].equals("next")
					|| w[j].equals("this")) && j + 1 < se && Lexicon.TIME_WORDS.contains(w[j + 1])) {
				int from = Lexicon.TIME_WORDS.contains(w[j]) ? j : j + 1; // "announced this month that"
				j = Math.max(from + 1, p.skipPhrase(from, se));
			} else {
				break;
			}
		}
		if (s.particle(k) == 0 && naming.quotedObject(k)) {
			// not when the sentence ends with who reported it: "discussed the '...,' according to a Pentagon readout"
			return !accordingAfter(k, se) && naming.claim(k, speaker, cue);
		}
		if (j == k + 1 && naming.smallClause(k) > 0 && speakers.speaks(speaker)) {
			// "The campaign called the charges unsubstantiated", "called Oz a quack": the object and what it was called
			return reporting.objectClaim(j, se, speaker, cue);
		}
		if (s.particle(k) == 1 || Lexicon.COMMITMENTS.contains(w[k]) || Lexicon.DIRECTIVES.contains(w[k])) {
			int content = directive(k, j, se);
			if (content >= 0 && s.particle(k) == 1 && w[k + 1].equals("for") && reporting.objectFollows(content, se)
					&& content + 1 < se && p.phraseToken(content + 1)) {
				// "called for his dismissal"; a bare noun ("appealed for witnesses", "for calm") is a plea for help
				return reporting.objectClaim(content, se, speaker, cue);
			}
			if (content >= 0) {
				// "declined to comment": a refusal's content may be "to" and its verb alone
				return reporting.clause(content, bounds.stop(content, se), speaker, cue, Lexicon.REFUSALS.contains(w[k]) ? 2 : 3);
			}
		}
		j = bounds.pastAside(j, se);
		if (j + 1 < se && s.tag(j).equals("ADV") && w[j].endsWith("ly") && w[j + 1].equals("that")) {
			j++; // "complain bitterly that", "said repeatedly that"
		}
		boolean questioning = Lexicon.QUESTIONING.contains(w[k]);
		if (j < se && questioning && !w[j].equals("whether") && !w[j].equals("if") && !WH.contains(w[j])) {
			var asked = Lexicon.OBJECT_PRONOUNS.contains(w[j]) ? new int[] { j, j + 1 } : p.forwardPhrase(j, se, false);
			if (asked != null && asked[1] < se && (w[asked[1]].equals("whether") || w[asked[1]].equals("if")
					|| WH.contains(w[asked[1]]) || w[asked[1]].equals("about"))) {
				j = asked[1]; // "asked him whether", "asked the minister if", "asked her why": past the one asked
			}
		}
		if (j + 3 < se && (w[j].equals("whether") || (w[j].equals("if") || WH.contains(w[j])) && questioning
				|| (w[j].equals("how") || w[j].equals("why")) && Lexicon.TELLING_HOW.contains(w[k]))) {
			// "asked whether the vote would be fair", "wondered if", "asked which quality mattered most": the
			// question is what the cue reports
			return reporting.clause(j, bounds.stop(j + 1, se), speaker, cue);
		}
		if (questioning && j + 1 < se && w[j].equals("about") && reporting.objectFollows(j + 1, se) && speakers.speaks(speaker)) {
			return reporting.objectClaim(j + 1, se, speaker, cue); // "Reporters asked about the fares"
		}
		boolean that = j < se && w[j].equals("that");
		if (that && j + 2 < se && (s.tag(j + 1).equals("AUX") || s.tag(j + 1).equals("VERB") && !w[j + 1].endsWith("ing")
				&& AFTER_VERB.contains(s.tag(j + 2)))) {
			// "few experts believe that is likely": "that" is the clause's subject, and part of what was said
			return reporting.clause(j, bounds.stop(j, se), speaker, cue);
		}
		if (that) {
			j++;
			if (j < se && w[j].equals(",")) {
				j++; // "say that, in addition to Scott, he would"
			}
		}
		if (j < se && (w[j].equals(":") || w[j].equals(","))) {
			j++;
			var q = j < s.size() ? a.quoteOpeningAt(s.begin[j]) : null;
			if (q != null && !a.isUsed(q)) {
				a.direct(q, speaker, cue);
				return true;
			}
			if (j >= s.size() && w[j - 1].equals(":")) {
				a.colonAtParagraphEnd(speaker, cue); // "Caddell continued:" and the quote in the next paragraph
			}
			int resumes = w[j - 1].equals(",") && BARE_CLAUSE.contains(w[k]) ? clauseAfterOpening(j, se) : -1;
			var opened = resumes > 0 ? a.quoteOpeningAt(s.begin[resumes]) : null;
			if (opened != null && !a.isUsed(opened)) {
				a.direct(opened, speaker, cue); // "Dahl said, as the storm began, \"We are ready.\""
				return true;
			}
			// "She said, if elected, she would ask ...": an opening clause or phrase, then the clause it opens
			// ("Dahl said, however, the pier was safe": a lone adverb is the writer's, and stays out)
			int from = resumes == j + 2 && s.tag(j).equals("ADV") ? resumes : j;
			return resumes > 0 && opened == null && reporting.clause(from, bounds.stop(resumes, se), speaker, cue);
		}
		if (j >= se) {
			return false;
		}
		var q = a.quoteOpeningAt(s.begin[j]);
		// "..., saying the mine would cut their routes": a participle after a comma reports what follows it
		boolean bare = BARE_CLAUSE.contains(w[k]) || contentAfterOnly && w[k].equals("saying")
				|| BARE_WHEN_CLAUSE.contains(w[k]) && clauseFollows(j, se);
		if (bare && !that && q == null && j + 1 < se && (w[j].equals("yes") || w[j].equals("no"))
				&& (j + 2 >= se || ".,;".contains(w[j + 1]))) {
			return reporting.clause(j, j + 1, speaker, cue, 1); // "75 percent of Democrats said yes"
		}
		if (bare && !that && q == null && j + 2 <= se && Lexicon.PRONOUNS.contains(w[j]) && !w[j].equals("it")
				&& s.tag(j + 1).equals("AUX")
				&& (j + 2 >= se || ".,;".contains(w[j + 2]))) {
			return reporting.clause(j, j + 2, speaker, cue, 2); // "Jeff Flake said he would."
		}
		if (!that && q == null && !bare) {
			if (FINDINGS.contains(w[k]) && (reporting.objectFollows(j, se) || Lexicon.OBJECT_PRONOUNS.contains(w[j]) && j + 2 < se)
					&& speakers.isDocument(speaker)) {
				return reporting.objectClaim(j, se, speaker, cue); // "Polls show a close contest", "It shows an officer aiming"
			}
			if (Lexicon.OBJECT_CUES.contains(w[k]) && reporting.objectFollows(j, se) && speakers.speaks(speaker)
					&& !p.isCapitalized(k)) {
				// "Clinton criticized the ruling", "announced plans to widen the port": the object is what was said (not
				// in a headline's capitals, "Rail Workers Announce Strike", which sums up the story)
				return reporting.objectClaim(j, se, speaker, cue);
			}
			return false;
		}
		if (!that && q != null && !a.isUsed(q) && q.close() < s.end[se - 1] && bounds.quoteEndsContent(q, se)) {
			a.direct(q, speaker, cue); // "chanted \"What curfew?\" and kept going": the quote is what was said
			return true;
		}
		int stop = bounds.stop(j, se);
		if (that && stop - j < 3 && s.tag(j - 1).equals("DET")) {
			j--; // "found that action unconstitutional": "that" is the object's determiner
		}
		return reporting.clause(j, stop, speaker, cue);
	}

	/**
	 * Whether a clause starts at {@code j}: a short subject (a pronoun, or a noun phrase of determiners, adjectives,
	 * numbers and nouns) and then its verb, as in "she could speak", "several intangibles left him".
	 */
	private boolean clauseFollows(int j, int se) {
		boolean subject = false;
		for (int t = j; t < se && t < j + 8; t++) {
			var tag = s.tag(t);
			if (subject && (tag.equals("VERB") || tag.equals("AUX"))) {
				return true;
			}
			if (tag.equals("PRON")) {
				if (subject || t + 1 >= se) {
					return false;
				}
				subject = true; // "she", and "their" of "their lives": a possessive goes on to its noun
			} else if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("NUM")) {
				subject = true;
			} else if (!tag.equals("DET") && !tag.equals("ADJ") && !(tag.equals("PART") && w[t].equals("'s"))) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Where the content of a directive or commitment starts, or -1: the listener of "urged residents to stay",
	 * "called on the board to resign", "cautioned drivers against ..."; "to" of "pledged to cut fares"; the object
	 * of "called for an inquiry".
	 */
	private int directive(int k, int j, int se) {
		if (j >= se) {
			return -1;
		}
		if (s.particle(k) == 1 && w[k + 1].equals("for")) {
			return j;
		}
		if (Lexicon.REFUSALS.contains(w[k])) {
			// "declined to comment"; not "fees declined to $281 million", where "to" leads to no verb
			// (the tagger reads "to comment" as a preposition and a noun; "to record levels" is one)
			// "refused to confirm that ...": the cue after "to" reports its own clause, the refusal in its verb group
			boolean cueOfItsOwn = j + 2 < se && w[j + 2].equals("that")
					&& (Lexicon.CUES.contains(w[j + 1]) || Lexicon.MORE_CUES.contains(w[j + 1]));
			return w[j].equals("to") && j + 1 < se && !cueOfItsOwn && (s.tag(j + 1).equals("VERB") || s.tag(j + 1).equals("NOUN")
					&& (j + 2 >= se || Set.of("PUNCT", "ADP", "ADV", "PART").contains(s.tag(j + 2)))) ? j : -1;
		}
		if (Lexicon.COMMITMENTS.contains(w[k])) {
			return w[j].equals("to") ? j : -1;
		}
		if (!Lexicon.DIRECTIVES.contains(w[k]) || w[j].equals("that")) {
			return -1;
		}
		int stop = Lexicon.OBJECT_PRONOUNS.contains(w[j]) ? j + 1 : -1;
		if (stop < 0) {
			var listener = p.forwardPhrase(j, se, false);
			stop = listener == null ? -1 : listener[1];
		}
		if (stop < 0 || stop >= se) {
			return -1;
		}
		boolean against = w[stop].equals("against") && (w[k].startsWith("caution") || w[k].startsWith("warn"));
		return w[stop].equals("to") || against || w[stop].equals("not") && stop + 1 < se && w[stop + 1].equals("to")
				? j : -1;
	}

	private boolean contentBefore(int groupFirst, int ss, SpeakerFound speaker, CueFound cue, int after, int se) {
		var q = a.quoteClosingBefore(s.begin[groupFirst]);
		if (q != null && !a.isUsed(q)) {
			a.direct(q, speaker, cue);
			return true;
		}
		int comma = groupFirst - 1;
		if (comma > ss && !w[comma].equals(",") && w[groupFirst].equals("according") && !p.isQuoteMark(comma)) {
			comma = groupFirst; // "... 46 percent to 39 percent according to a CBS poll"
		} else if (comma <= ss || !w[comma].equals(",")) {
			return false;
		}
		int from = Math.max(ss, reporting.consumed());
		if (reporting.consumed() > ss && Math.abs(reporting.consumed() - comma) <= 1) {
			// "Clinton had told the police that she ..., the source added": the claim before the comma is part of
			// what the later speaker said, so the sentence is that speaker's claim with the other inside it
			from = ss;
		}
		if (after < se && Lexicon.LISTENER_CUES.contains(w[after - 1])) {
			// "The solution, the skipper told them, was simple": past the one told
			var told = Lexicon.OBJECT_PRONOUNS.contains(w[after]) ? new int[] { after, after + 1 } : p.forwardPhrase(after, se, false);
			if (told != null && told[1] < se && w[told[1]].equals(",")) {
				after = told[1];
			}
		}
		int resumes = parenthetical(from, comma, after, se);
		if (resumes >= 0) {
			// "Climate change, Mr. Obama often says, is the greatest threat": what was said runs round the cue
			return reporting.clause(from, bounds.stop(resumes + 1, se), speaker, cue);
		}
		if (comma - from < 3) {
			return false;
		}
		if (!bounds.clauseBefore(from, comma)) {
			// "Though the handover went smoothly, he said, replacing her would be bitter": the opening clause and the
			// main clause after the cue were said together; else the opening phrase is the speaker's own sentence's
			int adverbial = bounds.commaAfterAdverbial(after, se);
			return adverbial + 2 < se && w[adverbial].equals(",") && s.hasVerb(adverbial + 1, se)
					&& !p.isQuoteMark(adverbial + 1) && reporting.clause(from, bounds.stop(adverbial + 1, se), speaker, cue);
		}
		return reporting.clause(from, comma, speaker, cue);
	}

	/**
	 * Whether a speaker and cue set off by commas interrupt what was said: a verbless start before them, and the
	 * clause's verb after: "Climate change, Mr. Obama often says, is ...", "In recent days, advisers say, the
	 * president has grown ...". Returns the comma after which what was said resumes, or -1.
	 */
	private int parenthetical(int from, int comma, int after, int se) {
		int adverbial = bounds.commaAfterAdverbial(after, se);
		if (adverbial != after && (adverbial + 1 >= se || !s.tag(adverbial + 1).equals("AUX")
				&& !(s.tag(adverbial + 1).equals("VERB") && !w[adverbial + 1].endsWith("ing")))) {
			return -1; // past an adverbial, the clause must go on with its verb: "..., Stumpf explained earlier, were"
		}
		after = adverbial;
		if (after + 3 >= se || !w[after].equals(",") || p.isQuoteMark(after + 1) || comma <= from
				|| w[after + 1].equals("and") || w[after + 1].equals("but") || isCue(after + 1)) {
			return -1;
		}
		if (comma - 2 >= from && s.tag(comma - 1).equals("AUX") && COPULAS.contains(w[comma - 1])
				&& !s.tag(after + 1).equals("VERB") && !s.tag(after + 1).equals("AUX")) {
			// "It was, he said, one of the bitterest failures": a copula before the cue, its complement after it
			for (int t = from; t < comma - 1; t++) {
				if (s.tag(t).equals("VERB") || s.tag(t).equals("AUX") || p.isQuoteMark(t) || w[t].equals(",")) {
					return -1;
				}
			}
			return after;
		}
		for (int t = from; t < comma; t++) {
			if (s.tag(t).equals("VERB") || s.tag(t).equals("AUX") || p.isQuoteMark(t)) {
				return -1;
			}
		}
		for (int t = after + 1; t < se && t <= after + 8; t++) {
			if (s.tag(t).equals("VERB") || s.tag(t).equals("AUX")) {
				return after;
			}
		}
		return -1;
	}

	/**
	 * Where the clause starts that an opening clause or phrase at {@code j} leads to, with a comma between ("if
	 * elected, she would", "in the end, the board"), or -1: a subordinator, a preposition or an adverb opens it,
	 * and a subject and its verb, or a quote, follow the comma.
	 */
	private int clauseAfterOpening(int j, int se) {
		if (j >= se || !Set.of("SCONJ", "ADP", "ADV").contains(s.tag(j)) || w[j].equals("that")) {
			return -1;
		}
		for (int t = j + 1; t < se && t <= j + 8; t++) {
			if (p.isQuoteMark(t) || isCue(t)) {
				return -1;
			}
			if (w[t].equals(",")) {
				int stop = t + 1 < se ? bounds.stop(t + 1, se) : se;
				boolean clause = t + 2 < se && SUBJECT_TAGS.contains(s.tag(t + 1))
						&& (s.hasVerb(t + 1, stop) || s.hasAuxiliary(t + 1, stop));
				return clause || t + 1 < se && a.quoteOpeningAt(s.begin[t + 1]) != null ? t + 1 : -1;
			}
		}
		return -1;
	}

	private static final Set<String> SUBJECT_TAGS = Set.of("PRON", "DET", "PROPN", "NOUN");

	/** Cues that a subordinator before them makes passive: "when asked", "if pressed". */
	private static final Set<String> ASKED = Set.of("asked", "pressed", "questioned", "told");
	static final Set<String> WHEN = Set.of("when", "if", "once", "after", "before", "until", "unless", "as",
			"while");

	/** Forms of "be" that a complement follows. */
	private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "be", "been", "'s");

	/** Whether ", according to" follows cue {@code k} in its sentence. */
	private boolean accordingAfter(int k, int se) {
		for (int t = k + 1; t + 2 < se; t++) {
			if (w[t + 1].equals("according") && w[t + 2].equals("to") && (w[t].equals(",") || p.isQuoteMark(t))) {
				return true;
			}
		}
		return false;
	}

	/** What a document, a poll or a recording shows or finds, with an object: "Polls show a close contest". */
	private static final Set<String> FINDINGS = Set.of("show", "shows", "showed", "showing", "found", "finds");

	/** Words that open a question: "asked which quality mattered most", "wondered why". */
	private static final Set<String> WH = Set.of("which", "who", "what", "how", "why", "when", "where", "whom");

}
