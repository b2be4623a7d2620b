package org.sayso.suggest.internal;

import java.util.Set;
import java.util.function.IntPredicate;

import org.sayso.suggest.internal.Attributor.SpeakerFound;

/**
 * The speaker before a cue: the phrase before it ("Lopez has also said", "A union official who asked not to be
 * named said", "Lopez and Dahl said"), or, for a coordinated cue or a participle after a comma, the sentence's
 * speaker or subject ("..., saying the mine would ..."). {@link ClauseRules} asks it for each cue with no speaker
 * after it.
 */
final class CueSubjects {

	/**
	 * The speaker before a cue, or null; where its phrase starts (a title the speaker leaves out included; what was
	 * said ends before it), and whether what it said can only follow the cue.
	 */
	record Subject(SpeakerFound speaker, int groupFirst, boolean contentAfterOnly) {
	}

	/** Prepositions before a participle cue whose speaker is the sentence's: "ended the debate by saying that". */
	static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "after", "before", "while", "for", "from",
			"in", "without", "despite");

	/** Participles that tell where a document or a poll came out: "a study published Monday found". */
	private static final Set<String> PUBLISHED = Set.of("released", "published", "conducted", "issued", "commissioned",
			"posted", "obtained", "filed", "unveiled");

	/** The auxiliaries of a cue in the progressive: "has been pounding", "were chanting". */
	private static final Set<String> PROGRESSIVE = Set.of("been", "are", "were", "am", "'s", "'re");

	/** "went on to say": the verb a later cue hangs on. */
	private static final Set<String> GO_ON = Set.of("went", "go", "goes", "going", "gone");

	private final Attributor a;
	private final Segment s;
	private final String[] w;
	private final SpeakerPhrases p;
	private final ClauseBounds bounds;
	private final NamingQuotes naming;
	private final SentenceSpeakers speakers;
	private final Reporting reporting;
	private final IntPredicate isCue;
	/** Whether the current cue's content can only follow it ("..., saying the mine would ..."). */
	private boolean contentAfterOnly;
	/** Where the current cue's speaker phrase starts, with a title the speaker leaves out; content ends before it. */
	private int groupFirst;

	CueSubjects(Attributor attributor, Segment segment, SpeakerPhrases p, ClauseBounds bounds, NamingQuotes naming,
			SentenceSpeakers speakers, Reporting reporting, IntPredicate isCue) {
		this.a = attributor;
		this.s = segment;
		this.w = segment.lower;
		this.p = p;
		this.bounds = bounds;
		this.naming = naming;
		this.speakers = speakers;
		this.reporting = reporting;
		this.isCue = isCue;
	}

	/** The speaker before cue {@code k} (first word {@code cueFirst}), after a comma or a quote or neither. */
	Subject before(int k, int cueFirst, int ss, boolean afterComma, boolean afterQuote) {
		groupFirst = cueFirst;
		contentAfterOnly = false;
		var speaker = speaker(k, cueFirst, ss, afterComma, afterQuote);
		return new Subject(speaker, groupFirst, contentAfterOnly);
	}

	/**
	 * The speaker before cue {@code k} (first word {@code cueFirst}): the phrase before it, the sentence's speaker
	 * or subject for a coordinated cue or a participle after a comma, or null. Sets {@link #groupFirst} and
	 * {@link #contentAfterOnly}.
	 */
	private SpeakerFound speaker(int k, int cueFirst, int ss, boolean afterComma, boolean afterQuote) {
		int i = cueFirst - 1;
		while (i >= ss && !allAlone(i, ss) && (Lexicon.BETWEEN.contains(w[i]) || s.tag(i).equals("ADV")
				&& (w[i].endsWith("ly") || i - 1 >= ss && Lexicon.BETWEEN.contains(w[i - 1])
						|| i == cueFirst - 1 && i - 1 >= ss && p.isHead(i - 1) && !p.isCapitalized(i)) // "soon noted"
				|| w[k].endsWith("ing") && PROGRESSIVE.contains(w[i]))) {
			if (MODALS.contains(w[i])) {
				// "I should say that": what may be said follows the cue; "it could encourage others to", "should
				// expand its military ''as quickly as possible''" are no one's
				if (Lexicon.DIRECTIVES.contains(w[k]) || Lexicon.COMMITMENTS.contains(w[k]) || naming.quotedObject(k)) {
					return null;
				}
				contentAfterOnly = true;
			}
			i--; // "Lopez has also said", "the state incorrectly stated", "Cruz has long said", "has been pounding"
		}
		i = p.beforeTimeAdverbial(i, ss);
		if (i - 1 >= ss && PUBLISHED.contains(w[i]) && p.isHead(i - 1)) {
			i--; // "a poll released Friday shows that": the participle of publication belongs to its noun
		}
		i = p.beforeParenthesis(i, ss);
		if (i >= ss && i == cueFirst - 1) {
			var contracted = speakers.contractedPronoun(i);
			if (contracted != null) {
				return contracted;
			}
		}
		int relative = -1;
		if (i - 1 > ss && (w[i].equals("who") || w[i].equals("which")) && bounds.isBreak(i - 1)) {
			relative = i;
			i -= 2; // "Mr. Obama, who understood that", "the study -- which notes that"
		} else if (i - 1 > ss && (w[i].equals("who") || w[i].equals("which")) && p.isHead(i - 1)) {
			relative = i;
			i--; // "the police department which reported"
		} else if (i - 1 > ss && w[i].equals("that") && s.tag(i).equals("PRON") && p.isHead(i - 1)
				&& !Lexicon.NOUN_CUES.contains(w[i - 1])) {
			i--; // "water bottles that said, \"...\"": the noun is the source
		}
		if (i >= ss && (w[i].equals("and") || w[i].equals("but"))) {
			return reporting.speakerOf(k, ss, i);
		}
		boolean afterPreposition = cueFirst - 1 >= ss && PARTICIPLE_PREPOSITIONS.contains(w[cueFirst - 1]);
		if ((afterComma || afterPreposition) && w[k].endsWith("ing")) {
			// "Herders blocked the road, saying the mine ...", "'...,' she said, adding that ..."
			contentAfterOnly = true;
			return reporting.speakerOf(k, ss, i);
		}
		if (afterQuote) {
			return null;
		}
		if (i >= ss && catenative(i, k)) {
			// "appeared to suggest that", "could not resist pointing out that", "are quick to point out that": the
			// cue hangs on a verb of the sentence, whose subject is the speaker
			contentAfterOnly = true;
			return reporting.speakerOf(k, ss, i);
		}
		var np = p.backwardPhrase(i, ss);
		if (np != null && w[k].endsWith("ing") && k + 1 < s.size() && w[k + 1].equals("that") && np[2] - 1 >= ss
				&& s.hasVerb(ss, np[2]) && !Lexicon.NOUN_CUES.contains(w[np[1] - 1])) {
			// "unleashed a series of posts early Friday saying that": the object's participle reports what the
			// subject put in it
			var subject = reporting.speakerOf(k, ss, np[2]);
			if (subject != null) {
				contentAfterOnly = true;
				return subject;
			}
		}
		if (np == null) {
			return null;
		}
		int who = np[2] - 2;
		int longer = relative < 0 && !w[k].endsWith("ing") ? relativeBefore(np[2], ss) : -1;
		if (longer >= 0) {
			who = longer; // "others who want to ban abortion said", "Gillibrand who is running for the presidency told"
		}
		if (relative < 0 && who - 1 >= ss && s.tag(who + 1).equals("VERB") && (w[who].equals("who") || w[who].equals("that"))
				&& p.isHead(who - 1) || longer >= 0) {
			// "One of the docs who sent the letter called Oz ...": the phrase before the cue is the relative clause's
			// object; the speaker is what the clause describes
			var subject = p.backwardPhrase(who - 1, ss);
			if (subject != null) {
				np = subject;
			}
		}
		if (relative < 0 && np[2] - 2 >= ss && w[np[2] - 1].equals("and")) {
			if (s.tag(np[2] - 2).equals("ADJ") && np[2] - 2 == ss) {
				// "Current and former officials said": one group
				groupFirst = ss;
				return speakers.mention(ss, np[1]);
			}
			// "Lopez and Dahl said", "Both the mayor and her deputy said": a joint statement, when the first of them
			// opens the sentence or follows a quote, a dateline or an opening phrase
			var first = p.backwardPhrase(np[2] - 2, ss);
			int lead = first == null ? -1 : first[2] - 1 >= ss && w[first[2] - 1].equals("both") ? first[2] - 1 : first[2];
			var joint = lead < 0 || lead > ss && !speakers.jointMayFollow(lead - 1) ? null
					: speakers.joint(first, first[2], np, np[2]);
			if (joint != null) {
				groupFirst = lead;
				return joint;
			}
		}
		groupFirst = np[2];
		var antecedent = speakers.mention(np[0], np[1]);
		// the relative pronoun is the source, as "she" in "she said", and names the antecedent's entity
		return relative < 0 ? antecedent
				: a.speaker(s.begin[relative], s.end[relative], antecedent.kind(), antecedent.entity());
	}

	private static final Set<String> MODALS = Set.of("should", "can", "could", "may", "might", "must", "shall");

	/** Whether "all" or "both" at {@code i} is the subject itself ("To varying degrees, all agreed"), not "they all". */
	private boolean allAlone(int i, int ss) {
		return (w[i].equals("all") || w[i].equals("both"))
				&& (i == ss || !p.phraseToken(i - 1) && !Lexicon.PRONOUNS.contains(w[i - 1]));
	}

	/**
	 * Whether cue {@code k} is the complement of the verb ending at {@code i}: "to" after a verb or an adjective
	 * ("appeared to suggest", "quick to point out"), or an "-ing" cue right after a verb ("resist pointing out"),
	 * with "that" after the cue.
	 */
	private boolean catenative(int i, int k) {
		int after = bounds.pastAside(k + s.particle(k) + 1, s.sentenceStop(k)); // "continues to insist, in an interview, that"
		if (after + 1 < s.sentenceStop(k) && w[after].equals("to") && !s.tag(after + 1).equals("VERB")) {
			int listener = p.skipPhrase(after + 1, s.sentenceStop(k)); // "heard yelling to the officers that"
			after = listener < s.sentenceStop(k) && w[listener].equals("that") ? listener : after;
		}
		if (i - 1 >= s.sentenceStart(k) && w[i].equals("to") && w[i - 1].equals("on") && i - 2 >= s.sentenceStart(k)
				&& GO_ON.contains(w[i - 2]) && after < s.size()) {
			return true; // "He went on to say, \"...\"", "Pence went on to say he's ..."
		}
		if (w[i].equals("to") && i - 1 >= s.sentenceStart(k) && !w[i - 1].equals(",") && naming.quotedObject(k)) {
			return true; // "took to Twitter overnight to accuse the campaign of being \"duped\""
		}
		if (after >= s.size() || !w[after].equals("that") || i - 1 < s.sentenceStart(k)) {
			return false;
		}
		if (w[i].equals("to")) {
			var tag = s.tag(i - 1);
			return (tag.equals("VERB") || tag.equals("ADJ")) && (!Lexicon.CUES.contains(w[i - 1])
					&& !Lexicon.MORE_CUES.contains(w[i - 1]) || w[i - 1].startsWith("continu")); // "continues to insist"
		}
		return w[k - s.cueWordsBefore(k)].endsWith("ing") && s.tag(i).equals("VERB") && !ClauseRules.PASSIVE.contains(w[i])
				&& (!Lexicon.CUES.contains(w[i]) && !Lexicon.MORE_CUES.contains(w[i]) || w[i].equals("heard"));
				// "can be heard yelling to the officers that": the one heard is the speaker
	}

	/** The tags of a relative clause's verb group: "who want to ban", "who is running for". */
	private static final Set<String> RELATIVE_VERB_GROUP = Set.of("VERB", "AUX", "ADP", "PART", "ADV");

	/**
	 * The "who" of a relative clause that ends with the phrase starting at {@code phrase}, set off by no comma, with
	 * a verb of its own before that phrase ("others who want to ban [abortion] said"), or -1: the phrase is in the
	 * clause, and the speaker is what the clause describes.
	 */
	private int relativeBefore(int phrase, int ss) {
		int who = -1;
		for (int r = phrase - 1; r - 1 >= ss && r >= phrase - 8 && who < 0; r--) {
			if (w[r].equals(",") || p.isQuoteMark(r) || isCue.test(r)) {
				return -1;
			}
			who = w[r].equals("who") && r < phrase - 1 ? r : -1;
		}
		if (who < 0 || !p.isHead(who - 1) || !RELATIVE_VERB_GROUP.contains(s.tag(who + 1))) {
			return -1;
		}
		// one verb group, then its object and phrases, and no clause of their own ("before his knee blew out")
		int t = who + 1;
		while (t < phrase && RELATIVE_VERB_GROUP.contains(s.tag(t)) && !s.tag(t).equals("ADP")) {
			t++;
		}
		for (; t < phrase; t++) {
			if (s.tag(t).equals("VERB") || s.tag(t).equals("AUX") || s.tag(t).equals("SCONJ") || ClauseRules.WHEN.contains(w[t])
					|| w[t].equals("because") || w[t].equals("since")) {
				return -1;
			}
		}
		return s.hasVerb(who + 1, phrase) || s.hasAuxiliary(who + 1, phrase) ? who : -1;
	}
}
