package org.sayso.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sayso.suggest.internal.Attributor.CueFound;
import org.sayso.suggest.internal.Attributor.SpeakerFound;
import org.sayso.suggest.internal.Entities.Kind;
import org.sayso.suggest.internal.Quotes.Quote;

/** The attribution rules for one paragraph's tokens: see {@link Attributor}. */
final class ClauseRules {

	/** Cues that take a bare clause ("said the talks failed"); the others need "that", a quote or a comma. */
	private static final Set<String> BARE_CLAUSE = Set.of("said", "says", "say", "told", "tells", "tell", "added",
			"adds", "warned", "warns", "according");
	/** Cues that may come before their speaker: "..., said Lopez". Not "told": "told Lopez" names the listener. */
	private static final Set<String> INVERTING = Set.of("said", "says", "added", "adds", "wrote", "writes",
			"explained", "insisted", "warned", "noted", "recalled", "argued", "replied", "stressed", "cautioned",
			"declared", "continued", "asked", "admitted", "conceded", "countered");
	private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "be", "is", "are");
	private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before", "from",
			"by", "with", "via", "outside", "inside", "late", "early", "to", "through", "over", "for");
	/** A place in capitals, then anything short, then a dash: the dateline of a lead paragraph. */
	private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern
			.compile("\\p{Lu}{3,}[^\\n]{0,90}?\\s[-\u2013\u2014]\\s+");
	private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN");
	private static final Set<String> NP_TAGS = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM");

	private final Attributor a;
	private final Segment s;
	private final String[] w;
	/** The speaker of the last cue, and its sentence: "... and warned that" takes it over. */
	private SpeakerFound sentenceSpeaker;
	private int sentenceOfSpeaker = -1;
	/** Tokens before this one are content already: a later claim in the sentence starts after it. */
	private int consumed;
	/** Whether the current cue's content can only follow it ("..., saying the mine would ..."). */
	private boolean contentAfterOnly;

	ClauseRules(Attributor attributor, Segment segment) {
		this.a = attributor;
		this.s = segment;
		this.w = segment.lower;
	}

	void run() {
		for (int k = 0; k < s.size(); k++) {
			if (isCue(k) && a.quoteHolding(s.begin[k]) == null) {
				k = attribute(k);
			}
		}
	}

	private boolean isCue(int k) {
		if (w[k].equals("according")) {
			return k + 1 < s.size() && w[k + 1].equals("to") && s.sentence[k + 1] == s.sentence[k];
		}
		if (!Lexicon.CUES.contains(w[k]) && !Lexicon.AMBIGUOUS_CUES.contains(w[k])) {
			return false;
		}
		int before = k - 1;
		while (before >= s.sentenceStart(k) && Lexicon.BETWEEN.contains(w[before]) && !PASSIVE.contains(w[before])) {
			before--;
		}
		if (before >= s.sentenceStart(k) && PASSIVE.contains(w[before])) {
			return false; // "was told", "is said to": the subject is not the speaker
		}
		var tag = s.tag(k);
		if (Lexicon.AMBIGUOUS_CUES.contains(w[k])) {
			return tag.equals("VERB");
		}
		// the tagger calls "said" an adjective now and then ("not to be named said"); a noun it is not
		return tag.equals("VERB") || tag.equals("AUX") || tag.equals("ADJ");
	}

	/** Attributes the content of cue {@code k}; returns the last token it used. */
	private int attribute(int k) {
		int ss = s.sentenceStart(k);
		int se = s.sentenceStop(k);
		boolean according = w[k].equals("according");
		int cueLast = according ? k + 1 : k;
		SpeakerFound speaker = null;
		int groupFirst = k;
		int after = cueLast + 1;
		boolean contentBefore = false;
		contentAfterOnly = false;
		if (according) {
			var np = forwardPhrase(after, se, true);
			if (np == null) {
				return cueLast;
			}
			speaker = mention(np[0], np[1]);
			after = np[1];
			// "According to a poll published on Sunday, ...": the content starts after the comma
			int comma = after;
			while (comma < se && comma < after + 8 && !w[comma].equals(",")) {
				comma++;
			}
			contentBefore = comma >= se || !w[comma].equals(",");
			if (!contentBefore) {
				after = comma + 1;
			}
		} else {
			int before = k - 1;
			boolean afterQuote = before >= ss && isQuoteMark(before);
			boolean afterComma = before >= ss && w[before].equals(",");
			if (afterQuote && INVERTING.contains(w[k])) {
				speaker = inverted(after, se);
			}
			if (speaker == null) {
				int i = k - 1;
				while (i >= ss && Lexicon.BETWEEN.contains(w[i])) {
					i--;
				}
				if (i >= ss && (w[i].equals("and") || w[i].equals("but"))) {
					speaker = sentenceOfSpeaker == s.sentence[k] ? sentenceSpeaker : sentenceSubject(ss, i);
				} else if (afterComma && w[k].endsWith("ing")) {
					speaker = sentenceSubject(ss, i); // "Herders blocked the road, saying the mine ..."
					contentAfterOnly = true;
				} else if (!afterQuote) {
					var np = backwardPhrase(i, ss);
					if (np != null) {
						speaker = mention(np[0], np[1]);
						groupFirst = np[2];
					}
				}
			}
			if (speaker == null && afterComma && INVERTING.contains(w[k])) {
				speaker = inverted(after, se);
			}
			if (speaker != null && speaker.begin() > s.begin[k]) {
				after = s.tokenAtOrAfter(speaker.end());
				contentBefore = true;
			}
		}
		if (speaker == null) {
			return cueLast;
		}
		var cue = new CueFound(s.begin[k], s.end[cueLast]);
		boolean found = false;
		if (!contentBefore) {
			found = contentAfter(k, after, se, speaker, cue);
		}
		if (!found && !contentAfterOnly) {
			found = contentBefore(groupFirst, ss, speaker, cue);
		}
		if (found) {
			a.register(speaker);
			a.cues.add(cue);
			sentenceSpeaker = speaker;
			sentenceOfSpeaker = s.sentence[k];
		}
		return cueLast;
	}

	private boolean contentAfter(int k, int j, int se, SpeakerFound speaker, CueFound cue) {
		if (Lexicon.LISTENER_CUES.contains(w[k]) && j < se) {
			var listener = forwardPhrase(j, se, false);
			boolean always = !w[k].startsWith("warn") && !w[k].startsWith("promise");
			if (listener != null && (always || listener[1] < se && w[listener[1]].equals("that"))) {
				j = listener[1];
			}
		}
		for (int pp = 0; pp < 3 && j < se; pp++) {
			if (PREPOSITIONS.contains(w[j]) && j + 1 < se && !w[j + 1].equals("that")) {
				int end = skipPhrase(j + 1, se);
				if (end == j + 1) {
					break;
				}
				j = end;
			} else if (Lexicon.TIME_WORDS.contains(w[j]) || (w[j].equals("last") || w[j].equals("next")
					|| w[j].equals("this")) && j + 1 < se && Lexicon.TIME_WORDS.contains(w[j + 1])) {
				j = skipPhrase(j, se);
			} else {
				break;
			}
		}
		boolean that = j < se && w[j].equals("that");
		if (that) {
			j++;
		}
		if (j < se && (w[j].equals(":") || w[j].equals(","))) {
			j++;
			var q = j < s.size() ? a.quoteOpeningAt(s.begin[j]) : null;
			if (q != null && !a.used.contains(q)) {
				a.direct(q, speaker, cue);
				return true;
			}
			return false;
		}
		if (j >= se) {
			return false;
		}
		var q = a.quoteOpeningAt(s.begin[j]);
		if (!that && q == null && !BARE_CLAUSE.contains(w[k])) {
			return false;
		}
		int stop = clauseStop(j, se);
		return clause(j, stop, speaker, cue);
	}

	private boolean contentBefore(int groupFirst, int ss, SpeakerFound speaker, CueFound cue) {
		var q = a.quoteClosingBefore(s.begin[groupFirst]);
		if (q != null && !a.used.contains(q)) {
			a.direct(q, speaker, cue);
			return true;
		}
		int comma = groupFirst - 1;
		if (comma <= ss || !w[comma].equals(",")) {
			return false;
		}
		int from = Math.max(ss, consumed);
		if (comma - from < 3) {
			return false;
		}
		return clause(from, comma, speaker, cue);
	}

	/** Adds the claim over tokens [from, stop): direct when one quote is all of it, mixed when it holds one. */
	private boolean clause(int from, int stop, SpeakerFound speaker, CueFound cue) {
		while (stop > from && ".!?,;:".contains(w[stop - 1]) && w[stop - 1].length() == 1) {
			stop--;
		}
		if (stop - from < 3) {
			return false;
		}
		int begin = s.begin[from];
		int end = s.end[stop - 1];
		if (from == s.sentenceStart(from)) {
			begin = afterDateline(begin, end);
		}
		while (end > begin && ".!?,;: ".indexOf(a.text.charAt(end - 1)) >= 0) {
			end--; // a tokenizer that left the full stop on the last word
		}
		var inside = new ArrayList<Quote>();
		for (int i = Math.max(0, a.lastOpenBefore(begin)); i < a.quotes.size() && a.quotes.get(i).open() < end; i++) {
			var q = a.quotes.get(i);
			if (q.open() >= begin && !a.used.contains(q)) {
				inside.add(q);
			}
		}
		consumed = stop;
		if (inside.size() == 1 && inside.get(0).open() == begin && inside.get(0).close() >= end - 1) {
			a.direct(inside.get(0), speaker, cue);
			return true;
		}
		for (var q : inside) {
			a.used.add(q);
			end = Math.max(end, q.close() + 1); // a quote that goes on past the sentence takes the claim along
		}
		a.claims.add(new Attributor.ClaimFound(begin, end, inside.isEmpty() ? "indirect" : "mixed", speaker, cue));
		return true;
	}

	/** A lead sentence's content starts after its dateline: "ROTTERDAM (Sayso Wire) March 7, 2024 - ". */
	private int afterDateline(int begin, int end) {
		var m = DATELINE.matcher(a.text).region(begin, Math.min(end, begin + 120));
		return m.lookingAt() && m.end() < end ? m.end() : begin;
	}

	/** The clause ends at the sentence's end, a semicolon, or "and"/"but" before another cue of the same speaker. */
	private int clauseStop(int j, int se) {
		for (int t = j; t < se; t++) {
			if (w[t].equals(";")) {
				return t;
			}
			if (t > j + 1 && (w[t].equals("and") || w[t].equals("but"))) {
				int c = t + 1;
				while (c < se && Lexicon.BETWEEN.contains(w[c])) {
					c++;
				}
				if (c < se && Lexicon.CUES.contains(w[c]) && a.quoteHolding(s.begin[t]) == null) {
					return w[t - 1].equals(",") ? t - 1 : t;
				}
			}
		}
		return se;
	}

	/** After a noun or time phrase starting at {@code j} ("a statement", "Monday", "last Friday", "March 3"). */
	private int skipPhrase(int j, int se) {
		int t = j;
		while (t < se && t < j + 8 && (phraseToken(t) || Lexicon.TIME_WORDS.contains(w[t])
				|| w[t].equals("last") || w[t].equals("next") || s.tag(t).equals("NUM"))) {
			t++;
		}
		return t;
	}

	/** The speaker after an inverted cue ("..., said Lopez, the minister"), or null. */
	private SpeakerFound inverted(int after, int se) {
		var np = forwardPhrase(after, se, true);
		return np != null && endsGroup(np[1], se) ? mention(np[0], np[1]) : null;
	}

	/** The phrase that starts the sentence when a verb follows it (its subject), or null. */
	private SpeakerFound sentenceSubject(int ss, int before) {
		int start = ss;
		for (int t = ss; t < before && t < ss + 20; t++) {
			if (w[t].equals("-") || w[t].equals("\u2013") || w[t].equals("\u2014")) {
				start = t + 1; // after a dateline
			}
		}
		var np = forwardPhrase(start, before, true);
		if (np == null || np[1] >= before) {
			return null;
		}
		var tag = s.tag(np[1]);
		return tag.equals("VERB") || tag.equals("AUX") ? mention(np[0], np[1]) : null;
	}

	private boolean endsGroup(int i, int se) {
		return i >= se || w[i].equals(",") || w[i].equals(".") || w[i].equals(";") || w[i].equals("of")
				|| PREPOSITIONS.contains(w[i])
				|| Lexicon.TIME_WORDS.contains(w[i]);
	}

	/**
	 * The phrase ending at token {@code i} (the speaker before a cue), as {first, stop, phraseFirst}: the speaker's
	 * tokens, and where the whole phrase starts when a title was trimmed ("council leader Susan Hartley").
	 */
	private int[] backwardPhrase(int i, int ss) {
		if (i < ss) {
			return null;
		}
		if (w[i].equals(",")) { // "Lopez, the minister, said", "the mayor of Amares, Jorge Sousa, said"
			int j = i - 1;
			while (j > ss && !w[j].equals(",") && i - j < 14) {
				j--;
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
			i = j - 1;
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
		while (first - 1 >= ss && (phraseToken(first - 1)
				|| w[first - 1].equals("of") && first - 2 >= ss && isCapitalized(first - 2) && isCapitalized(first))) {
			first--;
		}
		var trimmed = trimToName(first, i + 1);
		return new int[] { trimmed[0], trimmed[1], first };
	}

	/** Whether tokens [from, stop) are a name: one to four capitalized words tagged as proper nouns. */
	private boolean isName(int from, int stop) {
		if (stop - from < 1 || stop - from > 4) {
			return false;
		}
		for (int t = from; t < stop; t++) {
			if (!isCapitalized(t) || !s.tag(t).equals("PROPN")) {
				return false;
			}
		}
		return true;
	}

	/** The phrase starting at token {@code j} (a speaker after the cue, a listener), as [first, stop), or null. */
	private int[] forwardPhrase(int j, int se, boolean speaker) {
		if (j >= se) {
			return null;
		}
		if (Lexicon.PRONOUNS.contains(w[j])) {
			return speaker ? new int[] { j, j + 1 } : null;
		}
		int stop = j;
		while (stop < se && (phraseToken(stop)
				|| w[stop].equals("of") && stop > j && isCapitalized(stop - 1) && stop + 1 < se && isCapitalized(stop + 1))) {
			if (stop > j && s.tag(stop).equals("DET") && NOUN_TAGS.contains(s.tag(stop - 1))) {
				break; // "told reporters the walkout would ...": a new phrase starts
			}
			stop++;
		}
		int head = stop - 1;
		if (head < j || !isHead(head)) {
			return null;
		}
		return speaker ? trimToName(j, stop) : new int[] { j, stop };
	}

	/** "Port authority spokesman Daan Wiersma" is the speaker "Daan Wiersma": a name after a title is the name. */
	private int[] trimToName(int first, int stop) {
		if (!isCapitalized(stop - 1)) {
			return new int[] { first, stop };
		}
		int name = stop - 1;
		while (name - 1 >= first && isCapitalized(name - 1) && s.tag(name - 1).equals("PROPN")
				&& !Lexicon.TITLES.contains(w[name - 1]) && !w[name - 1].endsWith("'s") && !w[name - 1].endsWith("\u2019s")) {
			name--;
		}
		boolean organization = false;
		for (int i = name; i < stop; i++) {
			organization |= Lexicon.ORGANIZATION.contains(w[i]);
		}
		if (name > first && !organization) {
			return new int[] { name, stop };
		}
		return new int[] { first, stop };
	}

	private boolean phraseToken(int i) {
		if (Lexicon.TIME_WORDS.contains(w[i])) {
			return false;
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
		return NP_TAGS.contains(s.tag(i)) && Character.isLetterOrDigit(s.words[i].charAt(0));
	}

	private boolean isHead(int i) {
		return NOUN_TAGS.contains(s.tag(i)) || isCapitalized(i) && phraseToken(i);
	}

	private boolean isCapitalized(int i) {
		return Character.isUpperCase(s.words[i].charAt(0));
	}

	private boolean isQuoteMark(int i) {
		var t = s.words[i];
		return t.equals("\"") || t.equals("\u201C") || t.equals("\u201D") || t.equals("''") || t.equals("``");
	}

	private SpeakerFound mention(int first, int stop) {
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
			words.add(s.words[i]);
		}
		var kind = kind(first, stop);
		return a.speaker(begin, end, kind, a.entities.phrase(words, kind));
	}

	private Kind kind(int first, int stop) {
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
}
