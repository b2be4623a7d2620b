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
		if (transcript(begin, end)) {
			lastSpeaker = claims.get(claims.size() - 1).speaker();
			return;
		}
		headline(begin, end);
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

	/**
	 * A headline's attribution by colon: "Cruz: 'A Reporter Is Not A Punching Bag'", "Sanders: Email Story Has
	 * Moved". Only a short line without a closing full stop, whose words before the colon are a name (capitalized,
	 * not a label such as "Update" or "The Latest", not a dateline in capitals).
	 */
	private void headline(int begin, int end) {
		int stop = end;
		while (stop > begin && Character.isWhitespace(text.charAt(stop - 1))) {
			stop--;
		}
		if (stop - begin > HEADLINE_MAX || stop == begin) {
			return;
		}
		if (text.charAt(stop - 1) == '.') {
			if (!firstParagraph(begin) || !titleCase(begin, stop) && !capitalAfterColon(begin, stop)) {
				return; // a sentence; but a site may end its title, the article's first line, with a full stop
			}
			stop--;
		}
		var m = HEADLINE.matcher(text).region(begin, stop);
		if (!m.matches() || HEADLINE_LABELS.contains(m.group("speaker").toLowerCase(java.util.Locale.ROOT))
				|| m.group("speaker").equals(m.group("speaker").toUpperCase(java.util.Locale.ROOT))) {
			return;
		}
		var words = List.of(m.group("speaker").split("\\s+"));
		if (ClauseRules.INVERTING.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))) {
			return; // "Said Lopez: ...": the cue comes first, which the clause rules read
		}
		var speaker = speaker(m.start("speaker"), m.end("speaker"), Kind.PERSON, entities.phrase(words, Kind.PERSON));
		var cue = new CueFound(m.start("cue"), m.end("cue"));
		var quote = quoteOpeningAt(m.start("content"));
		if (quote != null && quote.end() >= stop - 1) {
			direct(quote, speaker, cue);
		} else {
			claims.add(new ClaimFound(m.start("content"), stop, "indirect", speaker, cue));
		}
		register(speaker);
		cues.add(cue);
	}

	/** Whether only spaces stand before {@code begin}: the paragraph there is the text's first. */
	private boolean firstParagraph(int begin) {
		int at = begin;
		while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
			at--;
		}
		return at == 0;
	}

	/** Whether the words after the line's first colon start with a capital: "Sanders: Brexit's message could ...". */
	private boolean capitalAfterColon(int from, int to) {
		int colon = text.indexOf(':', from);
		if (colon < 0 || colon >= to) {
			return false;
		}
		int at = colon + 1;
		while (at < to && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
		return at < to && Character.isUpperCase(text.charAt(at)) && text.substring(at, to).indexOf(". ") < 0;
	}

	/** Whether most words of four letters or more in {@code text[from, to)} are capitalized, as in a title. */
	private boolean titleCase(int from, int to) {
		int words = 0;
		int capitalized = 0;
		for (var word : text.substring(from, to).split("[\\s\u2018\u2019'\"\u201c\u201d]+")) {
			if (word.length() >= 4) {
				words++;
				capitalized += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
			}
		}
		return words > 0 && capitalized * 10 >= words * 7;
	}

	/**
	 * A line of a transcript: a paragraph that opens with a speaker's name in capitals and a colon ("PENCE: Well,
	 * look, ...", with the quote mark a transcript in quotes opens each paragraph with). The rest of the paragraph
	 * is what that speaker said; the colon is the cue. Returns whether the paragraph is one.
	 */
	private boolean transcript(int begin, int end) {
		var m = TRANSCRIPT.matcher(text).region(begin, end);
		if (!m.lookingAt() || TRANSCRIPT_LABELS.contains(m.group("speaker"))) {
			return false;
		}
		var surname = m.group("speaker").substring(m.group("speaker").lastIndexOf(' ') + 1);
		int before = begin;
		while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
			before--;
		}
		if (!inTranscript && !entities.knowsPerson(surname) && (before == 0 || text.charAt(before - 1) != ':')) {
			return false; // a label or a dateline in capitals, unless a transcript was announced or the name is known
		}
		int stop = end;
		while (stop > m.end() && (Character.isWhitespace(text.charAt(stop - 1)) || "\"\u201d".indexOf(text.charAt(stop - 1)) >= 0)) {
			stop--;
		}
		if (stop <= m.end()) {
			return false;
		}
		var name = m.group("speaker");
		var words = new ArrayList<String>();
		for (var word : name.split("\\s+")) {
			words.add(word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT));
		}
		var speaker = speaker(m.start("speaker"), m.end("speaker"), Kind.PERSON, entities.phrase(words, Kind.PERSON));
		var cue = new CueFound(m.start("cue"), m.end("cue"));
		var holding = quoteHolding(m.end());
		if (holding != null) {
			used.add(holding); // the transcript's quote: its lines are claims of their own
		}
		claims.add(new ClaimFound(m.end(), stop, "direct", speaker, cue));
		register(speaker);
		cues.add(cue);
		inTranscript = true;
		return true;
	}

	/** Whether a transcript line was read: the next line in capitals and a colon is one too. */
	private boolean inTranscript;

	private static final java.util.regex.Pattern TRANSCRIPT = java.util.regex.Pattern.compile(
			"[\"\u201c]?(?<speaker>\\p{Lu}[\\p{Lu}.'\u2019-]+(?: \\p{Lu}[\\p{Lu}.'\u2019-]+){0,2})(?<cue>:)\\s+");
	private static final Set<String> TRANSCRIPT_LABELS = Set.of("UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE",
			"EDITOR\u2019S NOTE", "CORRECTION", "CLARIFICATION", "WATCH", "VIDEO", "PHOTOS", "RELATED", "READ MORE",
			"BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "SOURCE", "SOURCES", "CREDIT", "LIVE", "ADVERTISEMENT",
			"TRANSCRIPT", "WASHINGTON", "NEW YORK", "AP", "CNN", "NBC", "ABC", "CBS", "FOX", "MSNBC", "NPR", "PBS",
			"UPDATE 1", "UPDATE 2", "TIMELINE", "MORE", "ALSO", "PHOTO", "GRAPHIC", "CHART", "MAP", "AUDIO");

	private static final int HEADLINE_MAX = 160;
	private static final java.util.regex.Pattern HEADLINE = java.util.regex.Pattern.compile(
			"(?<speaker>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s*(?<cue>:)\\s+(?<content>\\S.{8,})");
	private static final Set<String> HEADLINE_LABELS = Set.of("the latest", "update", "updated", "watch", "video",
			"photos", "photo", "related", "read more", "note", "editor's note", "correction", "live", "breaking",
			"exclusive", "opinion", "analysis", "source", "sources", "credit", "advertisement", "q", "a",
			"here", "also", "listen", "recommended", "more", "transcript", "full text", "read");

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
		}
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
