package org.sayso.suggest.internal;

import java.util.Set;

import org.sayso.suggest.internal.Attributor.SpeakerFound;
import org.sayso.suggest.internal.Quotes.Quote;

/**
 * Where a reported clause ends: at the sentence's end, a semicolon, another cue of the same speaker, or where a
 * clause of its own begins (a contrast, a participle cue, another speaker's cue after a comma or a dash).
 */
final class ClauseBounds {

	private static final Set<String> CONTRAST = Set.of("although", "though", "whereas");

	private final Attributor a;
	private final Segment s;
	private final String[] w;
	private final SpeakerPhrases p;

	ClauseBounds(Attributor attributor, Segment segment, SpeakerPhrases phrases) {
		this.a = attributor;
		this.s = segment;
		this.w = segment.lower;
		this.p = phrases;
	}

	/**
	 * The clause ends at the sentence's end, a semicolon, or "and"/"but" before another cue of the same speaker
	 * ("said ... and warned", "said ... and urged doctors to").
	 */
	int stop(int j, int se) {
		int ss = j < s.size() ? s.sentenceStart(j) : j;
		// "While he acknowledged funding was a reason, Ham also noted ...": a clause the sentence opens with a
		// subordinator ends where the main clause begins
		boolean subordinate = j > ss + 1 && SUBORDINATORS.contains(w[ss]);
		for (int t = j; t < se; t++) {
			if (w[t].equals(";")) {
				return t;
			}
			if (subordinate && t > j + 1 && (w[t].equals(",") && a.quoteHolding(s.begin[t]) == null
					|| closesAfterComma(t)) && mainClause(t + 1, se)) {
				return closesAfterComma(t) ? t + 1 : t;
			}
			if (t > j + 1 && (w[t].equals("and") || w[t].equals("but"))) {
				int c = t + 1;
				while (c < se && Lexicon.BETWEEN.contains(w[c])) {
					c++;
				}
				boolean cue = c < se && (Lexicon.CUES.contains(w[c]) || (Lexicon.DIRECTIVES.contains(w[c])
						|| Lexicon.COMMITMENTS.contains(w[c])) && s.tag(c).equals("VERB"));
				// "... did not give \"absolute certainty,\" but he said that": a comma the quote holds, then a speaker
				cue = cue || (w[t - 1].equals(",") || p.isQuoteMark(t - 1) && w[t - 2].equals(","))
						&& (subjectThenCue(t, se) || pronounCueAhead(t, se))
						// "said the fares would rise and Lopez warned that ...": a clause, then a speaker of its own
						|| clauseEndsAt(j, t) && speakerThenCue(t + 1, se)
						// "suggested that ... insecurity, but appeared to betray her own concern": ", but" and a verb in
						// the past with no subject goes on with the speaker's clause (train: 27 of 32 end there)
						|| w[t].equals("but") && w[t - 1].equals(",") && t + 1 < se && s.tag(t + 1).equals("VERB")
								&& (w[t + 1].endsWith("ed") || w[t + 1].equals("did")) && clauseEndsAt(j, t - 1);
				if (cue && a.quoteHolding(s.begin[t]) == null) {
					return w[t - 1].equals(",") ? t - 1 : t;
				}
			}
			if (t > j + 1 && w[t].equals(",") && t + 1 < se && a.quoteHolding(s.begin[t]) == null && newClause(t + 1, se)) {
				return t;
			}
			if (t > j && w[t].equals(",") && t + 2 < se && w[t + 1].equals("according") && w[t + 2].equals("to")) {
				return t; // "said little, according to an attendee"
			}
			if (t > j + 1 && t + 1 < se && closesAfterComma(t) && newClause(t + 1, se)) {
				return t + 1; // "... represents \"New York values,\" stating during the debate that"
			}
			if (t > j + 3) {
				int before = beforeLaterCue(j, t, se);
				if (before > j + 1) {
					return before;
				}
			}
			// "noted that he paid nothing ― as was true for years ― Trump boasted, ...": a dash before a speaker's cue
			if (t > j + 1 && Lexicon.DASHES.contains(w[t]) && a.quoteHolding(s.begin[t]) == null && subjectThenCue(t, se)) {
				return t;
			}
		}
		return se;
	}

	/** Participles by which a writer sets what was said against something else. */
	private static final Set<String> CONTRADICTING = Set.of("contradicting", "echoing", "rejecting", "disputing",
			"refuting", "countering", "undercutting", "contrasting", "confirming", "prompting", "sparking");

	private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "because", "since", "if",
			"when", "whereas", "once", "unless",
			// an opening phrase: "Contrary to his claim that people would learn nothing, there would be ..."
			"contrary", "despite", "unlike", "amid", "given");

	/** Words that open a clause of their own: past one, the main verb can no longer be told apart. */
	private static final Set<String> CLAUSE_OPENERS = Set.of("that", "which", "who", "whom", "whose", "what", "if",
			"because", "when", "while", "and", "but", "or", "as", "whether", "where", "how", "why", ",", ";", ":");

	/**
	 * The main verb after a clause that starts at {@code from} and stands in the sentence's subject ("Nervo's
	 * conclusion that judges should not weigh it is not shared", "leaders who have opposed it have embraced"): the
	 * first verb that starts a verb group after a noun once the clause has had its own; or -1 when another clause
	 * opens first, or none follows.
	 */
	int mainVerbAfter(int from, int se) {
		boolean clauseVerb = false;
		for (int t = from; t < se; t++) {
			if (a.quoteHolding(s.begin[t]) != null || p.isQuoteMark(t)) {
				continue;
			}
			var tag = s.tag(t);
			boolean verb = (tag.equals("VERB") || tag.equals("AUX")) && !w[t].endsWith("ing")
					&& !(t > from && (w[t - 1].equals("to") || s.tag(t - 1).equals("AUX") || s.tag(t - 1).equals("VERB")
							|| s.tag(t - 1).equals("PART")));
			if (!verb && CLAUSE_OPENERS.contains(w[t]) && clauseVerb) {
				return -1;
			}
			if (verb && clauseVerb && t > from) {
				var before = s.tag(t - 1);
				boolean afterNoun = before.equals("NOUN") || before.equals("PROPN") || before.equals("ADJ")
						|| before.equals("NUM") || p.isQuoteMark(t - 1) || before.equals("PRON") && !w[t - 1].equals("that");
				return afterNoun ? t : -1;
			}
			clauseVerb |= verb;
		}
		return -1;
	}

	/** Whether token {@code t} closes a quote right after its comma: "learn nothing,\" there would be". */
	private boolean closesAfterComma(int t) {
		return t > 0 && p.isQuoteMark(t) && w[t - 1].equals(",") && a.quoteClosingBefore(s.end[t]) != null
				&& a.quoteHolding(s.end[t]) == null;
	}

	/** Whether a subject and its verb start at {@code t}: "Ham also noted", "the board voted", "she was". */
	private boolean mainClause(int t, int se) {
		var np = p.forwardPhrase(t, se, false);
		int v = Lexicon.PRONOUNS.contains(w[t]) || w[t].equals("there") ? t + 1 : np == null ? -1 : np[1];
		if (v < 0) {
			return false;
		}
		while (v < se && s.tag(v).equals("ADV")) {
			v++;
		}
		return v < se && (s.tag(v).equals("VERB") || s.tag(v).equals("AUX")) && !w[v].endsWith("ing");
	}

	/**
	 * Whether a clause of its own starts at {@code t}, after a comma: a contrast ("..., although he refused"), a
	 * participle cue ("..., saying that ...") or another speaker's cue ("..., and rights groups warned that").
	 */
	private boolean newClause(int t, int se) {
		if (CONTRAST.contains(w[t])) {
			return true;
		}
		if (w[t].equals("according") && t + 1 < se && w[t + 1].equals("to")) {
			return true; // "..., according to Politico": who reported what was said
		}
		if (w[t].endsWith("ing") && (isCue(t) || (Lexicon.NAMING.contains(w[t]) || Lexicon.OBJECT_CUES.contains(w[t]))
				&& s.tag(t).equals("VERB")) || CONTRADICTING.contains(w[t])) {
			// also a participle that names or judges: "..., calling them \"very boring tax returns\""
			return true; // "..., contradicting the police's earlier claim": the writer's comment on what was shown
		}
		if (w[t].equals("but") && t + 1 < se && !Lexicon.PRONOUNS.contains(w[t + 1]) && mainClause(t + 1, se)) {
			// "..., but Democrats have pushed for immediate action": a clause with a subject of its own, which
			// PolNeAR's annotators leave outside what was said two times in three
			return true;
		}
		return (w[t].equals("and") || w[t].equals("but")) && subjectThenCue(t, se) || trailingCue(t, se);
	}

	private boolean isCue(int t) {
		return (Lexicon.CUES.contains(w[t]) || Lexicon.MORE_CUES.contains(w[t])) && s.tag(t).equals("VERB");
	}

	/**
	 * Whether a short subject and its cue close the sentence from {@code t} on: "..., the source added.", "...,
	 * the footage showed." The words before are what that speaker said, not the outer one.
	 */
	boolean trailingCue(int t, int se) {
		for (int c = t; c < se && c <= t + 6; c++) {
			if (c > t && isCue(c)) {
				return p.isHead(c - 1) && (c + 1 >= se || w[c + 1].equals(".") && c + 2 >= se);
			}
			if (!p.phraseToken(c)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Where the content must stop before a later cue with its own subject and what it introduces ("..., and when
	 * pressed on why, the mother of three replied, \"...\""): at the first comma before a conjunction, else the
	 * last comma before that cue; or -1.
	 */
	private int beforeLaterCue(int j, int t, int se) {
		int h = t - 1; // past adverbs: "..., Ham also noted that"
		while (h > j && s.tag(h).equals("ADV")) {
			h--;
		}
		if (t + 1 >= se || !isCue(t) || !(p.isHead(h) || s.tag(h).equals("NUM")) || a.quoteHolding(s.begin[t]) != null
				|| !(w[t + 1].equals(",") || w[t + 1].equals(":") || w[t + 1].equals("that"))) {
			return -1;
		}
		int last = -1;
		for (int c = j + 2; c < h; c++) {
			if (w[c].equals(",")) {
				if (LINKS.contains(w[c + 1])) {
					return c;
				}
				last = c;
			}
		}
		return last;
	}

	private static final Set<String> LINKS = Set.of("and", "but", "when", "while", "as", "after", "before");

	/**
	 * Whether a pronoun and its cue follow "but" or "and" at {@code t} after an adverbial: "..., but in the course of
	 * their report they could not resist pointing out that".
	 */
	private boolean pronounCueAhead(int t, int se) {
		for (int c = t + 1; c < se && c <= t + 12 && !w[c].equals(",") && !p.isQuoteMark(c); c++) {
			if (Lexicon.PRONOUNS.contains(w[c]) && c > t + 1) {
				for (int v = c + 1; v < se && v <= c + 5; v++) {
					if ((Lexicon.CUES.contains(w[v]) || Lexicon.MORE_CUES.contains(w[v])
							|| v + 1 < se && Lexicon.PHRASE_CUE_ENDS.contains(w[v + 1])) && s.tag(v).equals("VERB")) {
						return true; // "they said", "they could not resist pointing out"
					}
					var tag = s.tag(v);
					if (!(tag.equals("AUX") || tag.equals("ADV") || tag.equals("PART") || tag.equals("VERB"))) {
						return false;
					}
				}
				return false;
			}
		}
		return false;
	}

	/** Whether a subject and then its cue follow token {@code t}: "and rights groups warned", "― Trump boasted". */
	private boolean subjectThenCue(int t, int se) {
		for (int c = t + 2; c < se && c <= t + 7 && !w[c].equals(","); c++) {
			if ((Lexicon.CUES.contains(w[c]) || Lexicon.MORE_CUES.contains(w[c])) && s.tag(c).equals("VERB")
					&& (p.isHead(c - 1) || Lexicon.PRONOUNS.contains(w[c - 1]))) {
				return true; // "..., and rights groups warned that", "..., but he said that"
			}
		}
		return false;
	}

	/**
	 * Whether a clause with a verb runs from {@code j} to its end at {@code t} ("the fares would rise"), the words after
	 * the verb being its own: not a subject that a new clause opens ("doubted her but that she"), nor one that a
	 * subordinator or "like" leaves unfinished ("while doctors", "states like California").
	 */
	private boolean clauseEndsAt(int j, int t) {
		int verb = t - 1;
		while (verb >= j && !(s.tag(verb).equals("VERB") || s.tag(verb).equals("AUX")) || verb >= j && w[verb].equals("like")) {
			if (CLAUSE_OPENERS.contains(w[verb]) || w[verb].equals(",") || w[verb].equals("but") || w[verb].equals("and")
					|| w[verb].equals("while") || w[verb].equals("like") || w[verb].equals("because")) {
				return false;
			}
			verb--;
		}
		return verb >= j && !Lexicon.PRONOUNS.contains(w[t - 1]);
	}

	/**
	 * Whether a speaker's phrase starts at {@code i} and a verb of saying or judging follows it: "Lopez warned",
	 * "Democrats accused".
	 */
	private boolean speakerThenCue(int i, int se) {
		var np = i < se ? p.forwardPhrase(i, se, false) : null;
		if (np == null && i < se && Lexicon.PRONOUNS.contains(w[i])) {
			np = new int[] { i, i + 1 };
		}
		if (np == null) {
			return false;
		}
		int c = np[1];
		while (c < se && Lexicon.BETWEEN.contains(w[c])) {
			c++;
		}
		return c + 1 < se && (Lexicon.CUES.contains(w[c]) || Lexicon.MORE_CUES.contains(w[c])
				|| Lexicon.OBJECT_CUES.contains(w[c])) && s.tag(c).equals("VERB");
	}

	/** Whether what follows a quote right after its cue is no longer what was said: "and kept going", ", then". */
	boolean quoteEndsContent(Quote q, int se) {
		int after = s.tokenAtOrAfter(q.end());
		while (after < se && ",.".contains(w[after]) && w[after].length() == 1) {
			after++;
		}
		return after >= se || w[after].equals("and") || w[after].equals("but") || w[after].equals("as")
				|| w[after].equals("until") || w[after].equals("before") || w[after].equals("while");
	}

	/** A comma or dash before a relative pronoun: "Mr. Obama, who", "the study -- which". */
	boolean isBreak(int i) {
		return w[i].equals(",") || Lexicon.DASHES.contains(w[i]);
	}

	/**
	 * Whether "that" opens a clause within a few words of token {@code after}: "said on Monday that", but not
	 * "said at a news conference announcing that", where the participle reports the clause.
	 */
	boolean thatSoon(int after, int se) {
		for (int t = after; t < se && t < after + 6 && !w[t].equals(",") && !w[t].endsWith("ing"); t++) {
			if (w[t].equals("that")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a quote not yet taken opens the sentence and ends with the comma that hands it over to the attribution
	 * after it.
	 */
	boolean opensSentence(Quote q, int ss) {
		if (q == null || a.isUsed(q) || q.open() > s.begin[ss]) {
			return false;
		}
		int c = q.contentEnd() - 1;
		while (c > q.contentBegin() && Character.isWhitespace(a.text.charAt(c))) {
			c--;
		}
		return c > q.contentBegin() && a.text.charAt(c) == ','
				|| q.end() < a.text.length() && a.text.charAt(q.end()) == ','; // "'...', she said"
	}

	/**
	 * The comma that ends an adverbial after a cue ("Stumpf explained earlier in the committee hearing, ..."), or
	 * {@code after} itself.
	 */
	int commaAfterAdverbial(int after, int se) {
		for (int t = after; t < se && t < after + 8; t++) {
			if (w[t].equals(",")) {
				return t;
			}
			var tag = s.tag(t);
			if (!(tag.equals("ADV") || tag.equals("ADP") || tag.equals("DET") || tag.equals("NOUN") || tag.equals("ADJ")
					|| tag.equals("PROPN") || tag.equals("NUM")) || p.isQuoteMark(t)) {
				break;
			}
		}
		return after;
	}

	/**
	 * Where what a relative pronoun's speaker said ends, when the relative clause is set off by commas: at the comma
	 * before the main clause's verb ("Mr. Obama, who understood that a push would fail, told his advisers ...").
	 */
	int relativeClauseEnd(int from, int stop, SpeakerFound speaker) {
		int r = s.tokenAtOrAfter(speaker.begin());
		int e = s.tokenAtOrAfter(speaker.end());
		// "Ryan, despite admitting that he had concerns, still backs the bill": a participle set off after the subject
		int prep = e + 1; // past an apposition: "Paul Ryan, R-Wis., despite admitting that"
		if (e < s.size() && w[e].equals(",") && prep < from && !s.tag(prep).equals("ADP")) {
			while (prep < from && prep < e + 6 && !w[prep].equals(",")) {
				prep++;
			}
			prep++;
		}
		boolean aside = prep + 1 < from && w[e].equals(",") && s.tag(prep).equals("ADP") && w[prep + 1].endsWith("ing")
				&& s.sentence[e] == s.sentence[Math.min(from, s.size() - 1)];
		if (!aside && (r >= s.size() || r - 1 < 0 || s.begin[r] != speaker.begin()
				|| !(w[r].equals("who") || w[r].equals("which")) || !isBreak(r - 1)
				|| s.sentence[r] != s.sentence[Math.min(from, s.size() - 1)])) {
			return stop;
		}
		if (!aside && Lexicon.DASHES.contains(w[r - 1])) {
			for (int t = from + 1; t < stop; t++) {
				if (Lexicon.DASHES.contains(w[t])) {
					return t; // "the study -- which notes that ... -- should be": the dash closes it
				}
			}
			return stop;
		}
		for (int t = from + 1; t + 1 < stop; t++) {
			// a comma, or a quote closed after its comma: "... about \"trial lawyers,\" still backs"
			boolean quoteAfterComma = closesAfterComma(t);
			if (w[t].equals(",") && a.quoteHolding(s.begin[t]) == null || quoteAfterComma) {
				int v = t + 1;
				while (v < stop && (s.tag(v).equals("ADV") || Lexicon.BETWEEN.contains(w[v]))) {
					v++;
				}
				if (v < stop && (s.tag(v).equals("VERB") || s.tag(v).equals("AUX")) && !w[v].endsWith("ing")) {
					return quoteAfterComma ? t + 1 : t;
				}
			}
		}
		return stop;
	}

	/**
	 * Whether tokens [from, comma) are a clause that a speaker's cue after the comma may report ("Fares rose
	 * again, Lopez said"), not an opening phrase of the speaker's own sentence: "At Monday's debate, Clinton cited",
	 * "Campaigning in 2012, he barely mentioned", "But when the council cut the funding, the port said enough".
	 */
	boolean clauseBefore(int from, int comma) {
		int t = from;
		while (t < comma && s.tag(t).equals("CCONJ")) {
			t++;
		}
		if (t >= comma) {
			return false;
		}
		var tag = s.tag(t);
		boolean opener = tag.equals("ADP") && !QUANTITY_WORDS.contains(w[t]) || tag.equals("SCONJ") || OPENING_SUBORDINATORS.contains(w[t])
				|| tag.equals("VERB") && (w[t].endsWith("ing") || w[t].endsWith("ed"));
		if (opener) {
			for (int u = t + 1; u < comma; u++) {
				if (w[u].equals(",")) {
					return true; // "In 2010, the ferry sank, Lopez said": the clause after the opening phrase
				}
			}
			return false;
		}
		// a verb, or the start of a subject whose verb the tagger may have missed ("the ferry/ADJ sank/NOUN")
		return s.hasVerb(t, comma) || s.hasAuxiliary(t, comma) || tag.equals("NOUN") || tag.equals("PROPN")
				|| tag.equals("DET") || tag.equals("PRON");
	}

	/** Prepositions that open a number rather than a phrase: "About 12,000 books were damaged". */
	private static final Set<String> QUANTITY_WORDS = Set.of("about", "around", "over", "nearly", "almost", "up");

	/**
	 * Words that open a subordinate clause before a main one, which the tagger may read as adverbs ("when",
	 * "while"); wider than {@link #SUBORDINATORS}, whose clause a content may open.
	 */
	private static final Set<String> OPENING_SUBORDINATORS = Set.of("when", "while", "if", "because", "although", "though",
			"after", "before", "since", "once", "unless", "until", "whenever", "as");

	/**
	 * The "that" after an aside set off by commas between a cue and its clause, or {@code j}: "says at a stop in
	 * Toledo, Ohio, that", "cautioned, as did the campaign itself, that".
	 */
	int pastAside(int j, int se) {
		if (j >= se || !w[j].equals(",")) {
			return j;
		}
		// "continues to insist, most recently in a Labor Day interview with ABC News, that"
		for (int t = j + 1; t + 1 < se && t <= j + 14; t++) {
			if (p.isQuoteMark(t) || w[t].equals(";") || w[t].equals("that")) {
				return j;
			}
			if (w[t].equals(",") && w[t + 1].equals("that")) {
				return t + 1;
			}
		}
		return j;
	}
}
