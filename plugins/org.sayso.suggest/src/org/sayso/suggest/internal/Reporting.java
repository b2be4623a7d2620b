package org.sayso.suggest.internal;

import java.util.ArrayList;

import org.sayso.suggest.internal.Attributor.CueFound;
import org.sayso.suggest.internal.Attributor.SpeakerFound;
import org.sayso.suggest.internal.Quotes.Quote;

/**
 * Writes what the clause rules find: a claim over a span of tokens, with its speaker and cue, as direct when one
 * quote covers it, mixed when it holds one, else indirect. Keeps the tokens already taken as content, and the speaker
 * of the sentence's last cue, which a coordinated or participle cue takes over ("..., and warned that").
 */
final class Reporting {

	/** A place in capitals, then anything short, then a dash: the dateline of a lead paragraph. */
	private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern
			.compile("\\p{Lu}{3,}[^\\n]{0,90}?\\s[-\u2013\u2014]\\s+");

	private final Attributor a;
	private final Segment s;
	private final String[] w;
	private final SpeakerPhrases p;
	private final ClauseBounds bounds;
	private final SentenceSpeakers speakers;
	/** The speaker of the last cue, and its sentence: "... and warned that" takes it over. */
	private SpeakerFound sentenceSpeaker;
	private int sentenceOfSpeaker = -1;
	/** Tokens before this one are content already: a later claim in the sentence starts after it. */
	private int consumed;

	Reporting(Attributor attributor, Segment segment, SpeakerPhrases phrases, ClauseBounds bounds, SentenceSpeakers speakers) {
		this.a = attributor;
		this.s = segment;
		this.w = segment.lower;
		this.p = phrases;
		this.bounds = bounds;
		this.speakers = speakers;
	}

	/** The first token not yet taken as content. */
	int consumed() {
		return consumed;
	}

	/** Records a claim's speaker and cue, the speaker as the sentence's (token {@code k}'s) for the cues after it. */
	void found(SpeakerFound speaker, CueFound cue, int k) {
		a.register(speaker);
		a.addCue(cue);
		sentenceSpeaker = speaker;
		sentenceOfSpeaker = s.sentence[k];
	}

	/**
	 * The speaker of an earlier cue in token {@code k}'s sentence, or the sentence's subject before token
	 * {@code before}: who a coordinated or participle cue reports.
	 */
	SpeakerFound speakerOf(int k, int ss, int before) {
		return sentenceOfSpeaker == s.sentence[k] ? sentenceSpeaker : speakers.sentenceSubject(ss, before);
	}

	/**
	 * The clause after "that" at {@code k + 1} as the claim of {@code speaker} by {@code cue}; returns its last token,
	 * or {@code k} when there is none.
	 */
	int thatClause(int k, int se, SpeakerFound speaker, CueFound cue) {
		int stop = bounds.stop(k + 2, se);
		if (clause(k + 2, stop, speaker, cue)) {
			found(speaker, cue, k);
			return stop - 1;
		}
		return k;
	}

	/** Adds the claim over tokens [from, stop): direct when one quote is all of it, mixed when it holds one. */
	boolean clause(int from, int stop, SpeakerFound speaker, CueFound cue) {
		return clause(from, stop, speaker, cue, 3);
	}

	/**
	 * The noun phrase at {@code j} as the claim: up to its comma or the clause's end, without a trailing time
	 * ("criticized the strike on Monday").
	 */
	boolean objectClaim(int j, int se, SpeakerFound speaker, CueFound cue) {
		int stop = bounds.stop(j, se);
		for (int t = j + 1; t < stop; t++) {
			boolean dash = Lexicon.DASHES.contains(w[t]) || w[t].equals("-") && s.begin[t] > s.end[t - 1] // " - " set apart
					|| w[t].equals(":") || w[t].equals(";");
			if ((w[t].equals(",") && !listGoesOn(t, stop) || dash) && a.quoteHolding(s.begin[t]) == null) {
				stop = t; // the object ends at its comma, dash or colon: "defended the remark, saying ...", "call them X - it has"
				break;
			}
		}
		int last = stop;
		while (last > j + 1 && ".".equals(w[last - 1])) {
			last--;
		}
		if (last - 2 > j && Lexicon.TIME_WORDS.contains(w[last - 1]) && (w[last - 2].equals("on")
				|| w[last - 2].equals("last") || w[last - 2].equals("this") || w[last - 2].equals("next"))) {
			stop = last - 2;
		}
		return clause(j, stop, speaker, cue, 1);
	}

	/**
	 * Whether the comma {@code t} goes on with a list of words that ends the object: "called Oz a quack, fake and
	 * charlatan": nouns and adjectives with "and" or "or" up to {@code stop}.
	 */
	private static final java.util.Set<String> LIST_TAGS = java.util.Set.of("ADJ", "NOUN", "PROPN", "DET", "NUM", "CCONJ");

	private boolean listGoesOn(int t, int stop) {
		boolean and = false;
		for (int u = t + 1; u < stop; u++) {
			var tag = s.tag(u);
			if (u == stop - 1 && ".!?".contains(w[u]) && w[u].length() == 1) {
				break;
			}
			if (!LIST_TAGS.contains(tag) && !w[u].equals(",") || w[u].equals(",") && !and) {
				return false; // "endorse Ayotte, along with McCain": not a list
			}
			and |= w[u].equals("and") || w[u].equals("or");
		}
		return and;
	}

	/** Whether a noun phrase starts at {@code j}: the object of a cue of {@link Lexicon#OBJECT_CUES}. */
	boolean objectFollows(int j, int se) {
		if (j >= se || p.isQuoteMark(j)) {
			return false;
		}
		var tag = s.tag(j);
		return tag.equals("DET") && !w[j].equals("that") || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN")
				|| tag.equals("NUM") || Lexicon.POSSESSIVES.contains(w[j])
				|| w[j].equals("both") && j + 1 < se && s.tag(j + 1).equals("PROPN") // "shows both Trump and Carson beating"
				// a participle before its noun: "mentioned disparaging remarks"
				|| tag.equals("VERB") && w[j].endsWith("ing") && j + 1 < se && s.tag(j + 1).equals("NOUN");
	}

	/** The claim of {@code from}-{@code stop}, when it has at least {@code least} tokens. */
	boolean clause(int from, int stop, SpeakerFound speaker, CueFound cue, int least) {
		stop = bounds.relativeClauseEnd(from, stop, speaker);
		while (stop > from && ".!?,;:".contains(w[stop - 1]) && w[stop - 1].length() == 1
				&& !(stop - 2 >= from && s.end[stop - 2] == s.begin[stop - 1] && w[stop - 2].indexOf('.') > 0)) {
			stop--; // but not the full stop of "a.m."
		}
		if (stop - from < least) {
			return false;
		}
		int begin = s.begin[from];
		int end = s.end[stop - 1];
		if (from == s.sentenceStart(from)) {
			begin = afterDateline(begin, end);
		}
		while (end > begin && ".!?,;: ".indexOf(a.text.charAt(end - 1)) >= 0 && !abbreviation(end)) {
			end--; // a tokenizer that left the full stop on the last word
		}
		var inside = new ArrayList<Quote>();
		boolean quoted = false; // also by a quote a claim inside this one has
		for (int i = Math.max(0, a.lastOpenBefore(begin)); i < a.quotes.size() && a.quotes.get(i).open() < end; i++) {
			var q = a.quotes.get(i);
			if (q.open() >= begin) {
				quoted = true;
				if (!a.isUsed(q)) {
					inside.add(q);
				}
			}
		}
		consumed = stop;
		if (inside.size() == 1 && inside.get(0).open() == begin && inside.get(0).close() >= end - 1) {
			a.direct(inside.get(0), speaker, cue);
			return true;
		}
		for (var q : inside) {
			a.use(q);
			end = Math.max(end, q.end()); // a quote that goes on past the sentence takes the claim along
		}
		a.addClaim(new Attributor.ClaimFound(begin, end, quoted ? "mixed" : "indirect", speaker, cue));
		return true;
	}

	/** Whether the full stop before {@code end} closes an abbreviation such as "a.m." rather than the sentence. */
	private boolean abbreviation(int end) {
		return end >= 4 && a.text.charAt(end - 1) == '.' && a.text.charAt(end - 3) == '.'
				&& Character.isLetter(a.text.charAt(end - 2));
	}

	/** A lead sentence's content starts after its dateline: "ROTTERDAM (Sayso Wire) March 7, 2024 - ". */
	private int afterDateline(int begin, int end) {
		var m = DATELINE.matcher(a.text).region(begin, Math.min(end, begin + 120));
		return m.lookingAt() && m.end() < end ? m.end() : begin;
	}
}
