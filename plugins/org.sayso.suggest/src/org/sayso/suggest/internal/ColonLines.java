package org.sayso.suggest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sayso.suggest.internal.Attributor.ClaimFound;
import org.sayso.suggest.internal.Attributor.CueFound;
import org.sayso.suggest.internal.Entities.Kind;

/**
 * Lines that a name and a colon attribute: a title ("Cruz: 'A Reporter Is Not A Punching Bag'", "Poll: ...") and
 * the lines of a transcript ("PENCE: Well, look, ..."). The colon is the cue. Keeps, across paragraphs, whether a
 * transcript is being read.
 */
final class ColonLines {

	private final Attributor a;

	ColonLines(Attributor attributor) {
		this.a = attributor;
	}

	/**
	 * A headline's attribution by colon: "Cruz: 'A Reporter Is Not A Punching Bag'", "Sanders: Email Story Has
	 * Moved". Only a short line without a closing full stop, whose words before the colon are a name (capitalized,
	 * not a label such as "Update" or "The Latest", not a dateline in capitals).
	 */
	void headline(int begin, int end) {
		int stop = end;
		while (stop > begin && Character.isWhitespace(a.text.charAt(stop - 1))) {
			stop--;
		}
		if (stop - begin > HEADLINE_MAX || stop == begin) {
			return;
		}
		if (a.text.charAt(stop - 1) == '.') {
			if (endBefore(begin) != 0 || !titleCase(begin, stop) && !capitalAfterColon(begin, stop)) {
				return; // a sentence; but a site may end its title, the article's first line, with a full stop
			}
			stop--;
		}
		var m = HEADLINE.matcher(a.text).region(begin, stop);
		if (!m.matches() || HEADLINE_LABELS.contains(m.group("speaker").toLowerCase(java.util.Locale.ROOT))
				|| m.group("speaker").equals(m.group("speaker").toUpperCase(java.util.Locale.ROOT))) {
			return;
		}
		var words = List.of(m.group("speaker").split("\\s+"));
		if (ClauseRules.INVERTING.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))) {
			return; // "Said Lopez: ...": the cue comes first, which the clause rules read
		}
		var speaker = a.speaker(m.start("speaker"), m.end("speaker"), Kind.PERSON, a.entities.phrase(words, Kind.PERSON));
		var cue = new CueFound(m.start("cue"), m.end("cue"));
		var quote = a.quoteOpeningAt(m.start("content"));
		if (quote != null && quote.end() >= stop - 1) {
			a.direct(quote, speaker, cue);
		} else {
			a.addClaim(new ClaimFound(m.start("content"), stop, "indirect", speaker, cue));
		}
		a.register(speaker);
		a.addCue(cue);
	}

	/** Where the text before {@code begin} ends, past spaces and line breaks: 0 for the text's first paragraph. */
	private int endBefore(int begin) {
		int at = begin;
		while (at > 0 && Character.isWhitespace(a.text.charAt(at - 1))) {
			at--;
		}
		return at;
	}

	/** Whether the words after the line's first colon start with a capital: "Sanders: Brexit's message could ...". */
	private boolean capitalAfterColon(int from, int to) {
		int colon = a.text.indexOf(':', from);
		if (colon < 0 || colon >= to) {
			return false;
		}
		int at = colon + 1;
		while (at < to && Character.isWhitespace(a.text.charAt(at))) {
			at++;
		}
		return at < to && Character.isUpperCase(a.text.charAt(at)) && a.text.substring(at, to).indexOf(". ") < 0;
	}

	/** Whether most words of four letters or more in {@code text[from, to)} are capitalized, as in a title. */
	private boolean titleCase(int from, int to) {
		int words = 0;
		int capitalized = 0;
		for (var word : a.text.substring(from, to).split("[\\s\u2018\u2019'\"\u201c\u201d]+")) {
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
	boolean transcript(int begin, int end) {
		var m = TRANSCRIPT.matcher(a.text).region(begin, end);
		if (!m.lookingAt() || TRANSCRIPT_LABELS.contains(m.group("speaker"))) {
			return false;
		}
		var surname = m.group("speaker").substring(m.group("speaker").lastIndexOf(' ') + 1);
		int before = endBefore(begin);
		if (!inTranscript && !a.entities.knowsPerson(surname) && (before == 0 || a.text.charAt(before - 1) != ':')) {
			return false; // a label or a dateline in capitals, unless a transcript was announced or the name is known
		}
		int stop = end;
		while (stop > m.end() && (Character.isWhitespace(a.text.charAt(stop - 1)) || "\"\u201d".indexOf(a.text.charAt(stop - 1)) >= 0)) {
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
		var speaker = a.speaker(m.start("speaker"), m.end("speaker"), Kind.PERSON, a.entities.phrase(words, Kind.PERSON));
		var cue = new CueFound(m.start("cue"), m.end("cue"));
		var holding = a.quoteHolding(m.end());
		if (holding != null) {
			a.use(holding); // the transcript's quote: its lines are claims of their own
		}
		a.addClaim(new ClaimFound(m.end(), stop, "direct", speaker, cue));
		a.register(speaker);
		a.addCue(cue);
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
}
