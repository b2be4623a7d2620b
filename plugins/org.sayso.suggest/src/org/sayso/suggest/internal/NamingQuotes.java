package org.sayso.suggest.internal;

import java.util.Set;

import org.sayso.suggest.internal.Attributor.CueFound;
import org.sayso.suggest.internal.Attributor.SpeakerFound;
import org.sayso.suggest.internal.Quotes.Quote;

/**
 * Verbs that name or judge ({@link Lexicon#NAMING}), which are cues only when their object holds a quotation: the
 * quotation is the claim.
 */
final class NamingQuotes {

	/** How far after a naming verb its quotation may open: "called the deal struck on Friday \"a disgrace\"". */
	private static final int NAMING_REACH = 10;

	private final Attributor a;
	private final Segment s;
	private final String[] w;
	private final SpeakerPhrases p;
	private final ClauseBounds bounds;

	NamingQuotes(Attributor attributor, Segment segment, SpeakerPhrases phrases, ClauseBounds bounds) {
		this.a = attributor;
		this.s = segment;
		this.w = segment.lower;
		this.p = phrases;
		this.bounds = bounds;
	}

	/** Whether a quotation opens in the object of naming verb {@code k}, before the clause ends. */
	boolean quotedObject(int k) {
		// a cue of speech whose object holds a quotation ("stressed the need to resist a \"constant attack\""),
		// not one whose content is the quotation and what follows it ("reported \"2,521 incidents\" in the city")
		boolean cueWithObject = Lexicon.MORE_CUES.contains(w[k]) && !Lexicon.CUES.contains(w[k])
				&& s.tag(k).equals("VERB") && k + 1 < s.size() && a.quoteOpeningAt(s.begin[k + 1]) == null;
		return (Lexicon.NAMING.contains(w[k]) || otherVerb(k) || cueWithObject) && firstQuoteInObject(k) != null;
	}

	/**
	 * Whether {@code k} is a verb of another kind whose object a quotation may be the speaker's words in: "is
	 * promising lower taxes and \"jobs, jobs, jobs\"", "attacked \"the hateful ideology\"". Not "to be", "to have",
	 * and not the verbs that give a title ("a book titled \"...\"").
	 */
	boolean otherVerb(int k) {
		return s.tag(k).equals("VERB") && !NOT_SPEAKING.contains(w[k]) && Character.isLowerCase(s.words[k].charAt(0))
				&& !Lexicon.CUES.contains(w[k]) && !Lexicon.MORE_CUES.contains(w[k]) && !Lexicon.DIRECTIVES.contains(w[k])
				// a cue of speech has rules of its own; a commitment without "to" names what is promised
				&& (!Lexicon.COMMITMENTS.contains(w[k]) || k + 1 < s.size() && !w[k + 1].equals("to"));
	}

	private static final java.util.Set<String> NOT_SPEAKING = java.util.Set.of("is", "are", "was", "were", "be", "been",
			"being", "am", "has", "have", "had", "having", "do", "does", "did", "titled", "entitled", "named", "known",
			"called", "dubbed", "read", "reads", "play", "plays", "played",
			"playing", "watch", "watched", "see", "saw", "seen", "wearing", "wore", "worn", "wear", "wears");

	private Quote firstQuoteInObject(int k) {
		int se = s.sentenceStop(k);
		boolean other = !Lexicon.NAMING.contains(w[k]);
		int reach = k + NAMING_REACH;
		for (int t = k + 1; t < se && t <= reach; t++) {
			if (w[t].equals(",") && t - 1 > k && w[t - 1].equals("as")) {
				continue; // "characterized him as, \"a little desperate\""
			}
			int apposition = w[t].equals(",") ? appositionEnd(t, se) : -1;
			if (apposition > 0) {
				reach += apposition - t;
				t = apposition; // "accused the North's leader, Kim Jong Un, of \"fanatic recklessness\""
				continue;
			}
			if (w[t].equals(",") || w[t].equals(";") || w[t].equals("that") || isCueWord(t)
					|| other && w[t].equals(":") && NounCues.SPOKEN_NOUNS.contains(w[t - 1])
					|| other && s.tag(t).equals("VERB") && (Lexicon.MORE_CUES.contains(w[t]) || Lexicon.NAMING.contains(w[t]))) {
				return null; // a quotation after a colon or another cue is not this verb's object
			}
			var q = a.quoteOpeningAt(s.begin[t]);
			if (q != null) {
				// "a village called \"Hope\"" names; "called the order \"a vote of confidence\"" judges
				boolean named = t == k + 1 && w[k].startsWith("call");
				// "pay more if necessary \"because they expect service,\" Mr. Chipok said": a quote another
				// speaker's cue follows is that speaker's, not this verb's object
				boolean signed = other && bounds.trailingCue(s.tokenAtOrAfter(q.end()), se);
				return a.isUsed(q) || named || signed ? null : q;
			}
		}
		return null;
	}

	/** The comma that closes a name set off by commas after the comma {@code t}, or -1. */
	private int appositionEnd(int t, int se) {
		for (int u = t + 1; u < se && u <= t + 6; u++) {
			if (w[u].equals(",")) {
				return u > t + 1 ? u : -1;
			}
			if (!Character.isUpperCase(s.words[u].charAt(0)) || !s.tag(u).equals("PROPN")) {
				return -1;
			}
		}
		return -1;
	}

	private boolean isCueWord(int t) {
		return Lexicon.CUES.contains(w[t]) && s.tag(t).equals("VERB");
	}

	/**
	 * The quotations a naming verb's object holds, as one claim: "called the order \"a vote of confidence\"" is
	 * the quote, direct; "called him a \"nasty guy\" and \"unstable\"" the quotes and what stands between,
	 * mixed.
	 */
	boolean claim(int k, SpeakerFound speaker, CueFound cue) {
		var first = firstQuoteInObject(k);
		if (first == null) {
			return false;
		}
		int stop = bounds.stop(k + 1, s.sentenceStop(k));
		int end = stop < s.size() ? s.begin[stop] : s.end[s.size() - 1];
		Quote last = first;
		for (int i = a.quotes.indexOf(first) + 1; i < a.quotes.size() && a.quotes.get(i).open() < end; i++) {
			var q = a.quotes.get(i);
			if (a.isUsed(q) || q.open() - last.end() > 40) {
				break; // a quote further on is another matter
			}
			last = q;
		}
		if (last == first) {
			a.direct(first, speaker, cue);
			return true;
		}
		for (var q : a.quotes.subList(a.quotes.indexOf(first), a.quotes.indexOf(last) + 1)) {
			a.use(q);
		}
		a.addClaim(new Attributor.ClaimFound(first.contentBegin(), last.contentEnd(), "mixed", speaker, cue));
		return true;
	}

	/** Verbs that call something by a name or a judgement, with the object and that name after them. */
	private static final Set<String> CALLING = Set.of("call", "calls", "called", "calling", "label", "labels", "labeled",
			"labelled", "labeling", "branded", "brands", "branding", "dubbed", "dubs", "termed", "terms");

	/** Where a predicate may start after an object: "a quack", "unsubstantiated", "her hero", "very unstable". */
	private static final Set<String> PREDICATE_TAGS = Set.of("DET", "ADJ", "NOUN");

	/**
	 * Where the predicate of a naming verb's small clause starts ("called [the charges] [unsubstantiated]", "called
	 * [it] [a common ailment]", "called [Clinton's squabble with the agencies] [unusual]"), or -1: not when the
	 * object names a thing ("a website called Real News"), leads somewhere ("called bigwigs to the stage") or stands
	 * alone ("called the police").
	 */
	int smallClause(int k) {
		int se = s.sentenceStop(k);
		int j = k + 1;
		if (!CALLING.contains(w[k]) || j >= se || !s.tag(k).equals("VERB") || p.isQuoteMark(j)) {
			return -1;
		}
		int o;
		if (Lexicon.OBJECT_PRONOUNS.contains(w[j]) && !w[j].equals("you") || w[j].equals("this")) {
			o = j + 1;
		} else {
			o = nounPhraseEnd(j, se);
			while (o > j && o + 1 < se && (w[o].equals("of") || w[o].equals("with") || w[o].equals("in"))) {
				int pp = nounPhraseEnd(o + 1, se); // "called her vote in favor of the war a mistake"
				if (pp <= o + 1) {
					break;
				}
				o = pp;
			}
			if (o == j) {
				return -1;
			}
		}
		if (o >= se || w[o].equals("quits") || Lexicon.TIME_WORDS.contains(w[o])
				|| o + 1 < se && Lexicon.TIME_WORDS.contains(w[o + 1])) {
			return -1;
		}
		boolean predicate = PREDICATE_TAGS.contains(s.tag(o)) && !w[o].equals("that") && Character.isLowerCase(s.words[o].charAt(0))
				|| Lexicon.POSSESSIVES.contains(w[o])
				|| s.tag(o).equals("ADV") && o + 1 < se && s.tag(o + 1).equals("ADJ"); // "called it very unstable"
		return predicate ? o : -1;
	}

	/**
	 * After the noun phrase at {@code j}: a determiner or possessive, adjectives, and nouns, up to a determiner after
	 * its noun (where a predicate starts: "called Oz [a quack]") or an adjective after it ("the charges
	 * [unsubstantiated]"); {@code j} when no noun is there.
	 */
	private int nounPhraseEnd(int j, int se) {
		int o = j;
		if (o < se && (s.tag(o).equals("DET") || Lexicon.POSSESSIVES.contains(w[o]))) {
			o++;
		}
		boolean noun = false;
		while (o < se && (s.tag(o).equals("ADJ") && !noun || s.tag(o).equals("NOUN") || s.tag(o).equals("PROPN")
				|| w[o].equals("'s") || w[o].equals("\u2019s"))) {
			noun |= s.tag(o).equals("NOUN") || s.tag(o).equals("PROPN");
			o++;
			if (o < se && noun && (s.tag(o).equals("DET") || Lexicon.POSSESSIVES.contains(w[o]))) {
				break;
			}
		}
		return noun ? o : j;
	}
}
