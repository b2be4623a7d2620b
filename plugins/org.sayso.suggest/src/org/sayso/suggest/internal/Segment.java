package org.sayso.suggest.internal;

import java.util.Locale;

/**
 * One paragraph cut into sentences and tokens by OpenNLP, with parts of speech (Universal Dependencies tags)
 * computed only as far as the rules ask: a sentence is tagged from its start up to the last token a rule has asked
 * about, each token once, and its tokens after that are never tagged. Tagging costs more than tokenizing, and the
 * rules need tags only next to a cue or a date. Token offsets are offsets in the whole text.
 */
public final class Segment {

	final String text;
	final int[] begin;
	final int[] end;
	final String[] words;
	final String[] lower;
	final int[] sentence;
	final int[] sentenceFirst;
	final int[] sentenceBegin;
	final int[] sentenceEnd;
	/** {@link Triggers} of each sentence. */
	final int[] triggers;
	/** Per sentence: its tagging, as far as asked ({@code null} until a tag is asked for). */
	private final GreedyTagger.Sentence[] tagged;

	/** Each token's tag, as {@link #tag} read it, once read. */
	private final String[] tags;
	private final OpenNlpModels.Tools tools;

	private Segment(String text, OpenNlpModels.Tools tools, int[] begin, int[] end, int[] sentence, int[] first,
			int[] sentenceBegin, int[] sentenceEnd, int[] triggers) {
		this.sentenceBegin = sentenceBegin;
		this.triggers = triggers;
		this.text = text;
		this.tools = tools;
		this.begin = begin;
		this.end = end;
		this.sentence = sentence;
		this.sentenceFirst = first;
		this.sentenceEnd = sentenceEnd;
		this.words = new String[begin.length];
		this.lower = new String[begin.length];
		for (int i = 0; i < begin.length; i++) {
			words[i] = text.substring(begin[i], end[i]);
			lower[i] = words[i].toLowerCase(Locale.ROOT);
		}
		this.tagged = new GreedyTagger.Sentence[sentenceEnd.length];
		this.tags = new String[words.length];
	}

	/**
	 * Segments {@code text[from, to)}. Only sentences with a cue word or a tense-dependent date are tokenized: the
	 * rules look at no other tokens, and tokenizing is most of the cost of segmenting.
	 */
	public static Segment of(String text, int from, int to, OpenNlpModels.Tools tools) {
		var paragraph = text.substring(from, to);
		var sentences = joinAbbreviations(paragraph, tools.sentences().sentPosDetect(paragraph));
		var b = new IntList();
		var e = new IntList();
		var s = new IntList();
		var first = new int[sentences.length + 1];
		var triggers = new int[sentences.length];
		for (int k = 0; k < sentences.length; k++) {
			first[k] = b.size();
			var sentence = sentences[k];
			triggers[k] = Triggers.of(paragraph, sentence.getStart(), sentence.getEnd());
			if ((triggers[k] & (Triggers.CUE | Triggers.TENSE)) == 0) {
				continue;
			}
			tokenize(text, from + sentence.getStart(), from + sentence.getEnd(), tools, b, e);
			while (s.size() < b.size()) {
				s.add(k);
			}
		}
		first[sentences.length] = b.size();
		var starts = new int[sentences.length];
		var ends = new int[sentences.length];
		for (int k = 0; k < sentences.length; k++) {
			starts[k] = from + sentences[k].getStart();
			ends[k] = from + sentences[k].getEnd();
		}
		return new Segment(text, tools, b.toArray(), e.toArray(), s.toArray(), first, starts, ends, triggers);
	}

	/**
	 * Tokenizes {@code text[from, to)}, a dash between words a token of its own as if spaces stood round it: sites
	 * print "the debate\u2013published by the Post\u2013shows", and the tokenizer's model leaves such a word whole;
	 * so is a quote mark glued between a comma and a word.
	 */
	private static void tokenize(String text, int from, int to, OpenNlpModels.Tools tools, IntList b, IntList e) {
		int first = b.size();
		chunks(text, from, to, tools, b, e);
		// "coalitions, '' said": a doubled apostrophe after a space comes out as two tokens; it is one mark
		int kept = first;
		for (int k = first; k < b.size(); k++) {
			int begin = b.get(k);
			int end = e.get(k);
			if (end - begin == 1 && text.charAt(begin) == '\'' && k + 1 < b.size() && b.get(k + 1) == end
					&& e.get(k + 1) - b.get(k + 1) == 1 && text.charAt(end) == '\'') {
				end = e.get(++k);
			}
			b.set(kept, begin);
			e.set(kept, end);
			kept++;
		}
		b.truncate(kept);
		e.truncate(kept);
		for (int k = first; k + 1 < b.size(); k++) {
			// "'old-school,''' said": three apostrophes close a single quote, then the doubled one; the tokenizer
			// gives "''" then "'", which would leave the doubled mark away from the cue
			if (e.get(k) - b.get(k) == 2 && text.startsWith("''", b.get(k)) && b.get(k + 1) == e.get(k)
					&& e.get(k + 1) - b.get(k + 1) == 1 && text.charAt(b.get(k + 1)) == '\'') {
				e.set(k, b.get(k) + 1);
				b.set(k + 1, b.get(k) + 1);
			}
		}
	}

	private static void chunks(String text, int from, int to, OpenNlpModels.Tools tools, IntList b, IntList e) {
		int start = from;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '\u2013' || c == '\u2014' || c == '\u2015' || gluedQuoteMark(text, i, from, to)) {
				if (i > start) {
					tools.tokens().tokenize(text, start, i, b, e);
				}
				b.add(i);
				e.add(i + 1);
				start = i + 1;
			}
		}
		if (start < to) {
			tools.tokens().tokenize(text, start, to, b, e);
		}
	}

	/**
	 * Whether the double quote mark at {@code i} is glued between a punctuation mark and a word, as sites print it
	 * ("safe,\u201DDahl said", "said,\"We will"): a token of its own, where the tokenizer's model keeps it with the word.
	 */
	private static boolean gluedQuoteMark(String text, int i, int from, int to) {
		char c = text.charAt(i);
		if (c != '"' && c != '\u201C' && c != '\u201D' || i == from || i + 1 >= to) {
			return false;
		}
		char before = text.charAt(i - 1);
		return (before == ',' || before == '.' || before == '?' || before == '!') && Character.isLetter(text.charAt(i + 1));
	}

	/**
	 * A full stop that ends a title, an initial or a month's short name before a capitalized word or a number
	 * does not end the sentence, though the sentence model often says it does: "Sen. Claire McCaskill",
	 * "George W. Bush", "Feb. 3". Nor does one before a word in lower case.
	 */
	private static final java.util.regex.Pattern NOT_AN_END = java.util.regex.Pattern.compile(
			"(?<![\\p{L}\\p{N}.])(?:Sens?|Reps?|Govs?|Gens?|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|Mr|Mrs|Ms|Messrs|Dr|Prof|Rev|Pres"
					+ "|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|\\p{Lu})\\.$");

	private static opennlp.tools.util.Span[] joinAbbreviations(String paragraph, opennlp.tools.util.Span[] sentences) {
		if (sentences.length < 2) {
			return sentences;
		}
		var joined = new java.util.ArrayList<opennlp.tools.util.Span>(sentences.length);
		var current = sentences[0];
		for (int k = 1; k < sentences.length; k++) {
			var next = sentences[k];
			int tail = Math.max(current.getStart(), current.getEnd() - 8);
			char first = paragraph.charAt(next.getStart());
			var end = NOT_AN_END.matcher(paragraph).region(tail, current.getEnd()).useTransparentBounds(true);
			// a sentence does not start in lower case: "(D-Wis.) said Friday" goes on
			// and an initial is not followed by another one ("Charlotte, N. | C. The ..." ends after "C.")
			boolean word = next.length() > 1 && Character.isLetterOrDigit(paragraph.charAt(next.getStart() + 1));
			if (Character.isLowerCase(first) || (Character.isUpperCase(first) || Character.isDigit(first)) && word && end.find()) {
				current = new opennlp.tools.util.Span(current.getStart(), next.getEnd());
			} else {
				joined.add(current);
				current = next;
			}
		}
		joined.add(current);
		return joined.size() == sentences.length ? sentences : joined.toArray(opennlp.tools.util.Span[]::new);
	}

	/** Offset of token {@code i}'s first character in the whole text. */
	public int begin(int i) {
		return begin[i];
	}

	/** Offset after token {@code i}'s last character. */
	public int end(int i) {
		return end[i];
	}

	/** How many sentences the paragraph has (tokenized or not). */
	public int sentences() {
		return sentenceEnd.length;
	}

	/** Which sentence of the paragraph token {@code i} is in, from 0. */
	public int sentenceIndex(int i) {
		return sentence[i];
	}

	public int size() {
		return begin.length;
	}

	/** The first token of token {@code i}'s sentence. */
	int sentenceStart(int i) {
		return sentenceFirst[sentence[i]];
	}

	/** One past the last token of token {@code i}'s sentence. */
	int sentenceStop(int i) {
		return sentenceFirst[sentence[i] + 1];
	}

	/**
	 * The part of speech of token {@code i} (a Universal Dependencies tag), tagging its sentence up to it on first
	 * use. A token the tokenizer left whole ("Sweden's", tagged PROPN+PART) has the tag of its first part.
	 */
	String tag(int i) {
		var tag = tags[i];
		if (tag == null) {
			tag = readTag(i);
			tags[i] = tag;
		}
		return tag;
	}

	/** The tag of token {@code i}, with the tagger's misreadings that the rules depend on mended. */
	private String readTag(int i) {
		var tag = fullTag(i);
		int plus = tag.indexOf('+');
		if (plus < 0 && tag.equals("PUNCT") && words[i].length() > 2 && Character.isLetter(words[i].charAt(0))
				&& (words[i].endsWith("'s") || words[i].endsWith("\u2019s"))) {
			// "the Texas senator's allies", "Tulsa police's claim": a possessive the model read as punctuation
			return Character.isUpperCase(words[i].charAt(0)) ? "PROPN" : "NOUN";
		}
		if (findingPair(i, i - 1)) {
			return "VERB"; // "polls/VERB show/NOUN" as the tagger reads it: "polls show"
		}
		if (findingPair(i + 1, i) || plus < 0 && tag.equals("VERB") && documentInPhrase(i)) {
			return "NOUN";
		}
		if (plus < 0 && tag.equals("VERB") && afterPossessor(i)) {
			// "the council's earlier claim that", "their claims": after a possessor a word is a noun
			return "NOUN";
		}
		if (plus < 0 && tag.equals("ADV") && i > 0 && i + 1 < words.length && sentence[i - 1] == sentence[i]
				&& sentence[i + 1] == sentence[i] && Character.isLowerCase(words[i].charAt(0))
				&& fullTag(i - 1).startsWith("PROPN") && fullTag(i + 1).startsWith("PROPN")) {
			return "NOUN"; // "Lopez ally/ADV Tom Okafor": no adverb stands between two names
		}
		if (plus < 0 && unknownName(i, tag)) {
			return "PROPN"; // "said Whit/SCONJ Ayres", "Newt/ADV Okafor/ADP noted": names the tagger does not know
		}
		if (plus < 0 && (tag.equals("NOUN") || tag.equals("VERB") && counted(i - 2)) && postmodifier(i)) {
			return "ADJ"; // "one Democrat familiar/NOUN with the talks", "one councillor close/VERB to the mayor"
		}
		if (plus < 0 && (tag.equals("ADJ") || tag.equals("VERB") && counted(i - 1)) && postmodifier(i + 1)) {
			return "NOUN"; // "one Democrat/ADJ familiar with", "one skipper/VERB familiar with"
		}
		if (plus < 0 && lower[i].equals("one") && (tag.equals("ADP") || tag.equals("PRON")) && i + 1 < words.length
				&& sentence[i + 1] == sentence[i] && postmodifier(i + 2)) {
			return "NUM"; // "one/ADP official familiar with"
		}
		return plus > 0 ? tag.substring(0, plus) : tag;
	}

	/** Tags of closed word classes, which the tagger sometimes gives a first name it does not know. */
	private static final java.util.Set<String> CLOSED_TAGS = java.util.Set.of("SCONJ", "ADP", "CCONJ", "DET", "PRON",
			"ADV", "PART", "AUX");

	/**
	 * Whether token {@code i}, tagged {@code tag} of a closed class, is a name: capitalized inside its sentence after
	 * a word, and no word of that class ("said Whit Ayres", not "said In Lisbon", nor a quote's first word).
	 */
	private boolean unknownName(int i, String tag) {
		return CLOSED_TAGS.contains(tag) && i > sentenceFirst[sentence[i]] && i + 1 < words.length
				&& sentence[i + 1] == sentence[i] && Character.isUpperCase(words[i].charAt(0))
				&& Character.isLetter(words[i - 1].charAt(words[i - 1].length() - 1))
				&& !Lexicon.FUNCTION_WORDS.contains(lower[i]);
	}

	/** Whether token {@code i} is an article or a number in its sentence ("the", "a", "one", "two"). */
	private boolean counted(int i) {
		if (i < 0 || i + 1 >= words.length || sentence[i] != sentence[i + 1]) {
			return false;
		}
		var tag = fullTag(i);
		return tag.equals("DET") || tag.equals("NUM") || lower[i].equals("one");
	}

	/** Whether token {@code i} is an adjective that follows the people it describes, with a preposition after it. */
	private boolean postmodifier(int i) {
		return i + 1 < words.length && i > 0 && sentence[i + 1] == sentence[i] && sentence[i - 1] == sentence[i]
				&& SpeakerPhrases.POSTMODIFIERS.contains(lower[i]) && fullTag(i + 1).equals("ADP");
	}

	/** Verbs of what documents and polls show or find. */
	private static final java.util.Set<String> FINDING = java.util.Set.of("show", "shows", "showed", "find", "finds",
			"found", "suggest", "suggests", "suggested", "indicate", "indicates", "indicated");

	/** Things that show or find, beside {@link Lexicon#DOCUMENTS}: "averages", "figures", "results". */
	private static final java.util.Set<String> FINDERS = Lexicon.union(Lexicon.DOCUMENTS, java.util.Set.of("average",
			"averages", "figures", "numbers", "results", "research", "polling", "surveys", "ledgers", "tallies"));

	/**
	 * Whether token {@code i} is a document's name, in the singular, after a word of a noun phrase: "A Quinnipiac
	 * University poll this month found", not "to poll voters".
	 */
	private boolean documentInPhrase(int i) {
		if (i == 0 || sentence[i - 1] != sentence[i] || !Lexicon.DOCUMENTS.contains(lower[i]) || lower[i].endsWith("s")) {
			// not "The New York Times reports:", a verb
			return false;
		}
		var before = fullTag(i - 1);
		return before.startsWith("PROPN") || before.equals("DET") || before.equals("ADJ");
	}

	/** Whether token {@code verb} is a verb of finding right after token {@code finder}, a thing that finds. */
	private boolean findingPair(int verb, int finder) {
		return finder >= 0 && verb < words.length && sentence[finder] == sentence[verb] && FINDING.contains(lower[verb])
				&& FINDERS.contains(lower[finder]);
	}

	/** Possessive pronouns that a noun follows ("her" may also be an object: "let her go"). */
	private static final java.util.Set<String> POSSESSOR_PRONOUNS = java.util.Set.of("his", "their", "its", "our",
			"my", "your");

	/**
	 * Whether token {@code i}, a verb to the tagger, stands right after a possessor, or after one and an adjective
	 * or adverb ("the council's earlier claim"), in a form no verb takes there (not "-ed" or "-ing", which "'s" as
	 * "has" or "is" may precede).
	 */
	private boolean afterPossessor(int i) {
		var word = lower[i];
		if (word.endsWith("ed") || word.endsWith("ing") || i == 0 || sentence[i - 1] != sentence[i]) {
			return false;
		}
		int before = i - 1;
		if (before > 0 && sentence[before - 1] == sentence[i] && !lower[before].endsWith("'s")
				&& !lower[before].endsWith("\u2019s") && (fullTag(before).equals("ADJ") || fullTag(before).equals("ADV"))) {
			before--;
		}
		var possessor = lower[before];
		return POSSESSOR_PRONOUNS.contains(possessor) || possessor.length() > 2
				&& (possessor.endsWith("'s") || possessor.endsWith("\u2019s"))
				&& !CONTRACTED.contains(possessor.substring(0, possessor.length() - 2));
	}

	/** Words whose "'s" is "us", "is" or "has": "Let's say", "that's", "there's". */
	private static final java.util.Set<String> CONTRACTED = java.util.Set.of("let", "it", "that", "he", "she",
			"there", "here", "what", "who", "where", "how", "this", "everyone", "nobody", "somebody", "someone");

	private String fullTag(int i) {
		int k = sentence[i];
		int first = sentenceFirst[k];
		if (tagged[k] == null) {
			tagged[k] = tools.pos().sentence(java.util.Arrays.copyOfRange(words, first, sentenceFirst[k + 1]));
		}
		return tagged[k].tag(i - first);
	}

	/** The token that starts at or after {@code offset}, or {@link #size()}. */
	int tokenAtOrAfter(int offset) {
		int lo = 0;
		int hi = begin.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (begin[mid] < offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/** Whether a token the tagger reads as a verb stands in {@code [from, to)}. */
	boolean hasVerb(int from, int to) {
		for (int t = from; t < to; t++) {
			if (tag(t).equals("VERB")) {
				return true;
			}
		}
		return false;
	}

	/** Whether a token the tagger reads as an auxiliary stands in {@code [from, to)}. */
	boolean hasAuxiliary(int from, int to) {
		for (int t = from; t < to; t++) {
			if (tag(t).equals("AUX")) {
				return true;
			}
		}
		return false;
	}

	/** 1 when the word after cue {@code k} belongs to it ("called on", "called for", {@link Lexicon#particle}). */
	int particle(int k) {
		return k + 1 < sentenceStop(k) && Lexicon.particle(lower[k], lower[k + 1]) != null ? 1 : 0;
	}

	/** How many words before {@code k} a cue of several words starts ({@link Lexicon#cueWordsBefore}). */
	int cueWordsBefore(int k) {
		return Lexicon.cueWordsBefore(lower, k, size());
	}
}
