package org.sayso.suggest.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sayso.suggest.internal.Entities.Entity;
import org.sayso.suggest.internal.Entities.Kind;
import org.sayso.suggest.internal.Quotes.Quote;

/**
 * Finds claims, their cues and their speakers, paragraph by paragraph in text order (PARC's source, cue and
 * content). A cue is a reporting verb outside quotation marks, or "according to"; its speaker is the phrase before
 * it ("Lopez said", "the ministry's spokesman has warned", "A union official who asked not to be named said"),
 * after it when the content came first ("...," said Lopez) or after "according to"; the content is the quote
 * next to the cue or the clause after it ("said the talks would resume", "told reporters that ...") or before it
 * ("The talks will resume, Lopez said"). A quote with no cue of its own goes to the speaker of the nearest claim in
 * its paragraph, or, opening a paragraph, to the previous paragraph's speaker. Content without a speaker is the
 * journalist's and is not a claim. The rules are in {@link ClauseRules}; this class keeps the state.
 */
public final class Attributor {

	/** A speaker mention; pronouns carry the entity they were resolved to. */
	public record SpeakerFound(int begin, int end, Kind kind, Entity entity) {
	}

	public record CueFound(int begin, int end) {
	}

	/** A claim: kind is direct, indirect or mixed; cue may be null (a quote that goes on). */
	public record ClaimFound(int begin, int end, String kind, SpeakerFound speaker, CueFound cue) {
	}

	final String text;
	final List<Quote> quotes;
	final Entities entities = new Entities();
	private final List<SpeakerFound> speakers = new ArrayList<>();
	private final List<CueFound> cues = new ArrayList<>();
	private final List<ClaimFound> claims = new ArrayList<>();
	private final Map<Integer, SpeakerFound> speakerAt = new HashMap<>();
	/** The others of a joint statement, by its first speaker: "Lopez and Dahl said". */
	private final Map<SpeakerFound, List<SpeakerFound>> jointSpeakers = new IdentityHashMap<>();
	/** Quotes that are a claim's content already, or inside one. */
	private final Set<Quote> used = Collections.newSetFromMap(new IdentityHashMap<>());
	private SpeakerFound lastSpeaker;

	public Attributor(String text, List<Quote> quotes) {
		this.text = text;
		this.quotes = quotes;
	}

	public List<SpeakerFound> speakers() {
		return speakers;
	}

	public List<CueFound> cues() {
		return cues;
	}

	public List<ClaimFound> claims() {
		return claims;
	}

	/** Finds the claims of one paragraph; paragraphs must come in text order. */
	public void paragraph(Segment segment, int begin, int end) {
		int firstClaim = claims.size();
		quoteAfterColon(begin, end);
		int firstCue = cues.size();
		if (colonLines.transcript(begin, end)) {
			lastSpeaker = claims.get(claims.size() - 1).speaker();
			return;
		}
		colonLines.headline(begin, end);
		dashAttributions(begin, end);
		new ClauseRules(this, segment).run();
		leftoverQuotes(begin, end, firstClaim);
		widenCues(segment, begin, end, firstCue, firstClaim);
		if (claims.size() > firstClaim) {
			lastSpeaker = claims.get(claims.size() - 1).speaker();
		}
	}

	/** Widens the verb cues this paragraph's rules found to their verb groups ({@link CueSpans}). */
	private void widenCues(Segment segment, int begin, int end, int firstCue, int firstClaim) {
		var widened = new IdentityHashMap<CueFound, CueFound>();
		for (int i = firstCue; i < cues.size(); i++) {
			var cue = cues.get(i);
			if (cue.begin() >= begin && cue.end() <= end) {
				cues.set(i, widened.computeIfAbsent(cue, c -> notOverSpeaker(CueSpans.verbGroup(segment, text, c), c)));
			}
		}
		for (int i = firstClaim; i < claims.size(); i++) {
			var c = claims.get(i);
			var wide = c.cue() == null ? null : widened.get(c.cue());
			if (wide != null && wide != c.cue()) {
				claims.set(i, new ClaimFound(c.begin(), c.end(), c.kind(), c.speaker(), wide));
			}
		}
		if (colonCue != null && widened.containsKey(colonCue)) {
			colonCue = widened.get(colonCue);
		}
	}

	/** How many of the latest speakers may stand right before a cue of the paragraph: more than one paragraph has. */
	private static final int RECENT_SPEAKERS = 64;

	/** {@code wide}, or {@code cue}'s own start when the words added before it are part of a speaker ("Nearly half"). */
	private CueFound notOverSpeaker(CueFound wide, CueFound cue) {
		if (wide.begin() < cue.begin()) {
			for (int k = speakers.size() - 1; k >= 0 && k >= speakers.size() - RECENT_SPEAKERS; k--) {
				var sp = speakers.get(k);
				if (sp.begin() < cue.begin() && sp.end() > wide.begin()) {
					return new CueFound(cue.begin(), wide.end());
				}
			}
		}
		return wide;
	}

	/**
	 * A cue whose colon ends the paragraph before ("Caddell continued:", "The Times reports:") introduces the quote
	 * that opens this one.
	 */
	private void quoteAfterColon(int begin, int end) {
		var speaker = colonSpeaker;
		var cue = colonCue;
		colonSpeaker = null;
		colonCue = null;
		if (speaker == null || cue == null) {
			return;
		}
		int at = begin;
		while (at < end && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
		var quote = quoteOpeningAt(at);
		if (quote != null && !used.contains(quote)) {
			direct(quote, speaker, cue);
			register(speaker);
			addCue(cue);
		}
	}

	/** Notes a cue and its speaker whose colon ends the paragraph: the next paragraph's quote may be theirs. */
	void colonAtParagraphEnd(SpeakerFound speaker, CueFound cue) {
		colonSpeaker = speaker;
		colonCue = cue;
	}

	private SpeakerFound colonSpeaker;
	private CueFound colonCue;
	/** Titles and transcript lines, attributed by a name and a colon. */
	private final ColonLines colonLines = new ColonLines(this);

	/** Adds a claim the rules found. */
	void addClaim(ClaimFound claim) {
		claims.add(claim);
	}

	/** Adds the cue of a claim the rules found. */
	void addCue(CueFound cue) {
		cues.add(cue);
	}

	/** Marks a quote as part of a claim, so that no other rule takes it. */
	void use(Quote quote) {
		used.add(quote);
	}

	boolean isUsed(Quote quote) {
		return used.contains(quote);
	}

	/** The quote that holds {@code offset} inside its marks, or null. */
	Quote quoteHolding(int offset) {
		int i = lastOpenBefore(offset);
		for (int k = i; k >= 0 && k > i - 3; k--) {
			if (quotes.get(k).contains(offset)) {
				return quotes.get(k);
			}
		}
		return null;
	}

	/** Index of the last quote opening before {@code offset}, or -1. */
	int lastOpenBefore(int offset) {
		int lo = 0;
		int hi = quotes.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (quotes.get(mid).open() < offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo - 1;
	}

	Quote quoteOpeningAt(int offset) {
		int i = lastOpenBefore(offset + 1);
		return i >= 0 && quotes.get(i).open() == offset ? quotes.get(i) : null;
	}

	/** A quote closing just before {@code offset}, with only spaces and punctuation between. */
	Quote quoteClosingBefore(int offset) {
		int i = lastOpenBefore(offset);
		for (int k = i; k >= 0 && k > i - 3; k--) {
			var q = quotes.get(k);
			if (q.close() < offset && onlyPunctuation(q.end(), offset)) {
				return q;
			}
		}
		return null;
	}

	private boolean onlyPunctuation(int from, int to) {
		if (to - from > 4) {
			return false;
		}
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && ",.:;\u2014\u2013-".indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}

	/** The mention at that span: the one already found there, or a new one that {@link #register} keeps. */
	SpeakerFound speaker(int begin, int end, Kind kind, Entity entity) {
		var known = speakerAt.get(begin);
		return known != null ? known : new SpeakerFound(begin, end, kind, entity);
	}

	/** Keeps a mention once a claim is attributed to it: a subject with no content is not a speaker. */
	void register(SpeakerFound speaker) {
		if (speakerAt.putIfAbsent(speaker.begin(), speaker) == null) {
			speakers.add(speaker);
			jointSpeakers(speaker).forEach(this::register);
		}
	}

	/**
	 * {@code first} and {@code others} as the speakers of one statement ("Lopez and Dahl said", "said the mayor and
	 * her deputy"): a claim attributed to {@code first} is theirs together. Returns {@code first}.
	 */
	SpeakerFound joint(SpeakerFound first, List<SpeakerFound> others) {
		if (!others.isEmpty()) {
			jointSpeakers.put(first, List.copyOf(others));
		}
		return first;
	}

	/** The others who made {@code speaker}'s statements with it; empty for one speaker. */
	public List<SpeakerFound> jointSpeakers(SpeakerFound speaker) {
		return jointSpeakers.getOrDefault(speaker, List.of());
	}

	/** Adds a direct claim for the quote's content, without the comma that hands over to the attribution. */
	void direct(Quote q, SpeakerFound speaker, CueFound cue) {
		used.add(q);
		int b = q.contentBegin();
		int e = q.contentEnd();
		while (b < e && Character.isWhitespace(text.charAt(b))) {
			b++;
		}
		while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
			e--;
		}
		if (e > b) {
			claims.add(new ClaimFound(b, e, "direct", speaker, cue));
		}
	}

	/**
	 * A quote signed with a dash and a name, as readers' voices and epigraphs are printed: "“...” ― Maria Lopez".
	 * The dash is the cue. Not when a verb follows the name ("“...” — Lopez said"): that is the clause rules'.
	 */
	private void dashAttributions(int begin, int end) {
		for (int i = Math.max(0, lastOpenBefore(begin)); i < quotes.size() && quotes.get(i).open() < end; i++) {
			var q = quotes.get(i);
			if (q.open() < begin || q.end() >= end || used.contains(q) || words(q) < 3) {
				continue;
			}
			var m = SIGNATURE.matcher(text).region(q.end(), end);
			if (!m.lookingAt()) {
				continue;
			}
			var words = List.of(m.group("name").split("\\s+"));
			var speaker = speaker(m.start("name"), m.end("name"), Kind.PERSON, entities.phrase(words, Kind.PERSON));
			var cue = new CueFound(m.start("dash"), m.end("dash"));
			direct(q, speaker, cue);
			register(speaker);
			cues.add(cue);
		}
	}

	private static final java.util.regex.Pattern SIGNATURE = java.util.regex.Pattern.compile(
			"[\\s\u00a0]*(?<dash>[\u2015\u2014\u2013]|--)[\\s\u00a0]*(?<name>\\p{Lu}[\\p{L}'\u2019-]*(?:\\.?[\\s\u00a0]+\\p{Lu}[\\p{L}'\u2019.-]*){0,3})"
					+ "(?=\\.?[\\s\u00a0]*$|[.,;]?[\\s\u00a0]*[\u201c\"\u2015\u2014]|[\\s\u00a0]{2,}|\\.[\\s\u00a0]+\\p{Lu})");

	private void leftoverQuotes(int begin, int end, int firstClaim) {
		// quotes that end in this paragraph: one that goes on is attributed where it ends, next to its cue
		for (int i = Math.max(0, lastOpenBefore(begin) - 2); i < quotes.size() && quotes.get(i).open() < end; i++) {
			var q = quotes.get(i);
			if (q.close() < begin || q.close() >= end || used.contains(q) || words(q) < 4
					|| insideClaim(q, firstClaim)) {
				continue;
			}
			var speaker = nearestSpeaker(q, firstClaim);
			if (speaker == null && q.open() <= begin) {
				speaker = lastSpeaker;
			}
			if (speaker != null) {
				direct(q, speaker, null);
			}
		}
		claims.subList(firstClaim, claims.size()).sort((a, b) -> Integer.compare(a.begin(), b.begin()));
	}

	private boolean insideClaim(Quote q, int firstClaim) {
		for (int i = firstClaim; i < claims.size(); i++) {
			var c = claims.get(i);
			if (c.begin() <= q.contentBegin() && q.contentEnd() <= c.end() + 1) {
				return true;
			}
		}
		return false;
	}

	private SpeakerFound nearestSpeaker(Quote q, int firstClaim) {
		SpeakerFound best = null;
		int distance = Integer.MAX_VALUE;
		for (int i = firstClaim; i < claims.size(); i++) {
			var c = claims.get(i);
			int d = c.end() <= q.open() ? q.open() - c.end() : c.begin() - q.close();
			if (d >= 0 && d < distance) {
				distance = d;
				best = c.speaker();
			}
		}
		return best;
	}

	private int words(Quote q) {
		int n = 0;
		boolean in = false;
		for (int i = q.contentBegin(); i < q.contentEnd(); i++) {
			boolean letter = Character.isLetterOrDigit(text.charAt(i));
			if (letter && !in) {
				n++;
			}
			in = letter;
		}
		return n;
	}
}
