package org.sayso.suggest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The words the attribution rules know: cue verbs of reported speech, what may stand between a speaker and the
 * cue, pronouns, words that make a phrase an organization or a role, and first names that tell a pronoun's gender.
 * Lower case throughout.
 */
final class Lexicon {

	private Lexicon() {
	}

	// Set.copyOf, unlike Set.of, forgives a word listed twice
	private static Set<String> words(String... words) {
		return Set.copyOf(Arrays.asList(words));
	}

	/** Verb forms that introduce speech, statements and assertions (PARC's cue verbs, as used in wire copy). */
	static final Set<String> CUES = words("said", "says", "say", "saying", "told", "tells", "tell", "warned", "warns",
			"warn", "added", "adds", "stressed", "stresses", "argued", "argues", "insisted", "insists", "noted",
			"explained", "explains", "announced", "announces", "acknowledged", "acknowledges", "admitted", "admits",
			"denied", "denies", "confirmed", "confirms", "predicted", "predicts", "stated", "asserted", "cautioned",
			"cautions", "complained", "complains", "maintained", "maintains", "promised", "pledged", "vowed", "vows",
			"declared", "declares", "conceded", "concedes", "revealed", "recalled", "replied", "responded", "countered",
			"disclosed", "emphasised", "emphasized", "emphasises", "emphasizes", "underlined", "wrote", "writes",
			"claimed", "alleged", "observed", "remarked", "commented", "informed", "assured", "reminded", "estimated",
			"suggested", "reiterated", "agreed", "objected", "boasted", "predicted", "argued", "contended",
			"testified", "repeated", "hinted", "signalled", "signaled");

	/**
	 * Further verbs of communication that take a "that" clause or a quote, in all their forms ("reported",
	 * "reports", "reporting"): English's verbs of saying, telling and announcing as grammars list them. They join
	 * {@link #CUES}; unlike "said", they need "that", a quote or a comma before their content.
	 */
	static final Set<String> MORE_CUES = withIrregular(forms("report", "announce", "state", "declare", "assert", "affirm",
			"allege", "admit", "acknowledge", "concede", "confess", "deny", "reveal", "disclose", "confirm", "explain",
			"note", "observe", "remark", "comment", "mention", "reply", "respond", "answer", "retort", "counter",
			"suggest", "propose", "proclaim", "warn", "caution", "advise", "predict", "speculate", "hint", "imply", "indicate",
			"testify", "vow", "pledge", "promise", "threaten", "boast", "complain", "lament", "protest", "object",
			"insist", "argue", "contend", "claim", "maintain", "stress", "emphasize", "emphasise", "underscore",
			"reiterate", "repeat", "recall", "tweet", "post", "add", "assure", "remind", "notify", "inform",
			"conclude", "agree", "accept", "recognize", "recognise", "signal", "estimate", "forecast", "calculate",
			"add", "cite", "quip", "joke", "concur", "urge", "ask", "demand", "continue", "rule", "charge", "expect",
			// raised voices: "protesters chanted \"What curfew?\"", "she shouted, \"...\""
			"shout", "yell", "chant", "scream", "whisper", "mutter", "exclaim",
			// what documents, polls and data do: "polls show that", "a study found that"
			"show", "learn", "guess", "worry", "fear", "believe", "hope", "bemoan", "clarify",
			// knowing and realising, as the training split's cues before "that" count them: "didn't know that"
			"realize", "realise", "assume", "suspect", "doubt", "anticipate", "feel",
			// told in writing or to someone's face, as the training split counts them: "recounted", "emailed"
			"recount", "email", "scold",
			// what was found out or heard: "investigators have discovered that", "Americans have heard that"
			"discover",
			// wishing: "we might wish that"
			"wish",
			// asking and wondering, whose content is a question: "wondered whether", "questioned whether"
			"wonder", "question", "inquire", "enquire"));

	/**
	 * Verbs of judging and announcing whose object is what was said, with no clause or quote: "Clinton criticized
	 * the ruling", "the campaign announced plans to", "he denied any involvement". The training split's cues count
	 * them: four in five of their uses are annotated as attributions.
	 */
	static final Set<String> OBJECT_CUES = forms("announce", "criticize", "criticise", "cite", "defend", "praise",
			"question", "reject", "condemn", "blame", "tout", "dismiss", "accuse", "endorse", "deny", "denounce", "slam",
			"lament", "applaud", "hail", "decry", "promise", "describe", "explain", "recall",
			// cues of speech with a plain object, as counted in the training split: "noted several intangibles" (18 of
			// 18), "mentioned the remarks" (0.84), "acknowledged their uphill battle" (0.79), "revealed" (0.83)
			"mention", "acknowledge", "note", "reveal", "reiterate", "stress", "emphasize", "emphasise", "outline");

	/** Cues whose object follows "to": "pointed to the figures", "referring to the ruling". */
	static final Set<String> TO_OBJECT_CUES = forms("point", "refer");

	/** Cues whose content may be a question that "whether" or "if" opens: "asked whether", "wondered if". */
	static final Set<String> QUESTIONING = forms("ask", "wonder", "question", "inquire", "enquire");

	/** Cues whose content may be a question that "how" or "why" opens: "explained why", "described how". */
	static final Set<String> TELLING_HOW = union(QUESTIONING, forms("explain", "describe", "detail", "outline"));

	/** The forms of regular verbs, with the spellings English uses: "argue", "argues", "argued", "arguing". */
	private static Set<String> forms(String... bases) {
		var all = new java.util.HashSet<String>();
		for (var base : bases) {
			all.add(base);
			all.add(base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x") ? base + "es"
					: base.endsWith("y") && !base.endsWith("ey") && !base.endsWith("ay") ? base.substring(0, base.length() - 1) + "ies"
							: base + "s");
			var stem = base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
			if (base.endsWith("y") && !base.endsWith("ey") && !base.endsWith("ay")) {
				all.add(base.substring(0, base.length() - 1) + "ied");
				all.add(base + "ing");
			} else if (base.matches(".*[^aeiou][aeiou][tpg]") && !base.matches(".*(it|et|ot|ep|ut)$")) {
				all.add(base + base.charAt(base.length() - 1) + "ed"); // "admitted", "regretted"
				all.add(base + base.charAt(base.length() - 1) + "ing");
			} else {
				all.add(stem + "ed");
				all.add(stem + "ing");
			}
		}
		return Set.copyOf(all);
	}

	/** {@code words} and the irregular forms and doubled consonants that {@link #forms} leaves out. */
	private static Set<String> withIrregular(Set<String> words) {
		return union(words, words("admitted", "admitting", "committed", "regretted", "forecast", "forecasting", "wrote",
				"written", "writing", "told", "telling", "said", "saying", "thought", "think", "thinks", "found", "finds",
				"find", "showed", "shown", "knew", "knows", "know", "knowing", "feels", "felt", "learned", "learnt", "understand",
				"understands", "understood", "understanding",
				// "the letter reads": what a document says ("read" alone is mostly a reader's)
				"reads", "heard", "hears"));
	}

	/**
	 * Cues of directives, whose content is a listener and what they are to do: "urged residents to stay indoors",
	 * "called on the board to resign", "cautioned drivers against using the bridge".
	 */
	static final Set<String> DIRECTIVES = forms("urge", "ask", "invite", "encourage", "implore", "advise", "instruct",
			"order", "beg", "challenge", "caution", "warn", "remind", "exhort", "call", "appeal", "press");

	/**
	 * Verbs that name or judge, a cue only with a quotation in their object: "called the order \"a vote of
	 * confidence\"", "described the plan as \"reckless\"", "condemned what he called a \"brazen breach\"".
	 */
	static final Set<String> NAMING = forms("call", "describe", "label", "dub", "brand", "characterize",
			"characterise", "liken", "compare", "praise", "hail", "condemn", "denounce", "blast", "criticize",
			"criticise", "attack", "accuse", "dismiss", "deride", "mock", "slam", "term", "decry");

	/** The auxiliaries and modals of a verb group, with their contracted forms: "has said", "would not comment". */
	static final Set<String> AUXILIARIES = words("is", "are", "was", "were", "am", "be", "been", "being", "has",
			"have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do",
			"does", "did", "'ve", "\u2019ve", "'ll", "\u2019ll", "'d", "\u2019d", "'re", "\u2019re");

	/**
	 * Refusals, whose content is what was not said or done, "to" and its verb: "declined to comment", "refused to
	 * answer questions". Six in seven uses of "declined to" in the training split are annotated as attributions.
	 */
	static final Set<String> REFUSALS = forms("decline", "refuse");

	/**
	 * Cues of commitments and refusals, whose content starts with "to": "pledged to cut fares", "vowed to fight on",
	 * "declined to comment".
	 */
	static final Set<String> COMMITMENTS = union(union(forms("pledge", "vow", "promise", "threaten", "swear"),
			words("swore", "sworn")), REFUSALS);

	static Set<String> union(Set<String> a, Set<String> b) {
		var all = new java.util.HashSet<>(a);
		all.addAll(b);
		return Set.copyOf(all);
	}

	/**
	 * The particle that makes a verb a cue of several words, after it: "called on X to", "called for an inquiry",
	 * "appealed for calm", "asked for help"; or null.
	 */
	static String particle(String verb, String next) {
		if (next.equals("on") && (verb.startsWith("call") || verb.startsWith("appeal"))) {
			return next;
		}
		if (next.equals("to") && TO_OBJECT_CUES.contains(verb)) {
			return next; // "pointed to", "referring to"
		}
		if (next.equals("for") && (verb.startsWith("call") || verb.startsWith("appeal") || verb.startsWith("ask")
				|| verb.startsWith("press"))) {
			return next;
		}
		return null;
	}

	/** Dashes that set off an aside or a clause, as tokens: "the study -- which notes that ... --". */
	static final Set<String> DASHES = words("\u2015", "\u2014", "\u2013", "--");

	/** Object pronouns, which a directive's listener may be: "urged them to stay". */
	static final Set<String> OBJECT_PRONOUNS = words("them", "him", "her", "us", "me", "you", "it");

	/** Nouns of saying that a possessor's "that" clause follows: "Trump's claim that ...", "her warning that ...". */
	static final Set<String> NOUN_CUES = words("claim", "claims", "assertion", "assertions", "suggestion", "belief",
			"concern", "concerns", "fear", "fears", "warning", "warnings", "argument", "arguments", "insistence",
			"allegation", "allegations", "charge", "charges", "promise", "pledge", "statement", "contention", "view",
			"prediction", "admission", "announcement", "complaint", "complaints", "acknowledgment", "acknowledgement",
			"emphasis", "message", "conclusion", "report", "finding", "findings", "assurance", "assurances",
			"pronouncement", "pronouncements", "recognition", "suggestions",
			// "made the case that", "made the point that" (with a verb that puts them forward)
			"case", "point");

	/** The pronoun a possessive stands for, to find its speaker: "her warning" is what "she" warned. */
	static final java.util.Map<String, String> POSSESSIVE_PRONOUN = java.util.Map.of("his", "he", "her", "she",
			"their", "they", "its", "it");

	/** The last words of cues of several words, before "that": "pointed out", "made clear", "made it clear". */
	static final Set<String> PHRASE_CUE_ENDS = words("out", "clear");

	/**
	 * How many words before {@code k} a cue of several words starts, when {@code w[k]} ends one followed by "that":
	 * "pointed out that" (1), "made clear that" (1), "made it clear that" (2); else 0.
	 */
	static int cueWordsBefore(String[] w, int k, int size) {
		if (k + 1 >= size || !w[k + 1].equals("that") || k < 1) {
			return 0;
		}
		if (w[k].equals("out") && Set.of("pointed", "points", "point", "pointing").contains(w[k - 1])) {
			return 1;
		}
		if (w[k].equals("clear")) {
			var make = Set.of("made", "make", "makes", "making");
			if (make.contains(w[k - 1])) {
				return 1;
			}
			if (k >= 2 && w[k - 1].equals("it") && make.contains(w[k - 2])) {
				return 2;
			}
		}
		return 0;
	}

	/** Cue forms that are also nouns: a cue only where the tagger says verb. */
	static final Set<String> AMBIGUOUS_CUES = words("says", "notes", "claims", "estimates", "promises", "reports", "forecast");

	/** Cues whose object is the listener: "told reporters that ...". */
	static final Set<String> LISTENER_CUES = words("told", "tells", "tell", "telling", "informed", "informing",
			"assured", "assuring", "reminded", "reminding", "warned", "warns", "warning", "promised", "asked", "asks",
			"asking");

	/** Words of closed classes that may open a sentence or a title capitalized, never a first name. */
	static final Set<String> FUNCTION_WORDS = words("a", "an", "the", "of", "and", "or", "but", "nor", "in", "on",
			"at", "for", "with", "by", "from", "to", "as", "if", "than", "that", "this", "these", "those", "it", "he",
			"she", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "not", "no", "so",
			"when", "while", "after", "before", "since", "because", "although", "though", "until", "unless", "where",
			"whether", "who", "what", "which", "how", "why", "all", "some", "any", "each", "every", "both", "either",
			"neither", "one", "more", "most", "about", "over", "under", "into", "onto", "upon", "per", "via", "like",
			"near", "between", "among", "through", "during", "without", "within", "against", "toward", "towards",
			"across", "behind", "beyond", "around", "despite", "except", "off", "out", "up", "down", "is", "are",
			"was", "were", "be", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may",
			"might", "must", "shall", "should", "then", "there", "here", "now", "also", "just", "only", "even", "yet",
			"still");
	/** Words that may stand between the speaker and the cue: "Lopez also said", "Lopez has said". */
	static final Set<String> BETWEEN = words("also", "later", "again", "previously", "repeatedly", "once", "has",
			"have", "had", "will", "would", "was", "is", "did", "does", "do", "not", "n't", "never", "then", "further",
			"publicly", "separately", "privately", "often", "already", "has", "first", "reportedly", "however",
			// "the three senators all suggested", "both sides have said"
			"all", "both",
			// "Clinton now says", "he still insists", "she has long argued"
			"now", "still", "just", "even", "only", "long", "always", "sometimes", "usually", "earlier", "recently",
			"subsequently", "initially", "originally", "quickly", "immediately",
			// "Cruz himself said"
			"himself", "herself", "itself", "themselves",
			// modals: "I should say that", "he could argue that"
			"should", "can", "could", "may", "might", "must", "shall");

	static final Set<String> PRONOUNS = words("he", "she", "they", "it", "we", "i");

	static final Set<String> POSSESSIVES = words("its", "his", "her", "their", "our", "my");

	static final Set<String> DETERMINERS = words("the", "a", "an", "this", "that", "these", "those", "some",
			"several", "two", "three", "many", "one", "another");

	/** Words that end the speaker phrase even when capitalized or tagged as nouns: they are dates. */
	static final Set<String> TIME_WORDS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
			"october", "november", "december", "today", "yesterday", "tomorrow", "week", "month", "year", "morning",
			"afternoon", "evening", "night", "weekend", "weeks", "months", "years", "days", "overnight");

	/** Who may be "close to" someone as a source: "those close to him", "people close to the talks". */
	static final Set<String> CLOSE_TO = words("those", "people", "sources", "someone", "one", "aides", "officials");

	/** Heads of a phrase naming an organization rather than a person. */
	static final Set<String> ORGANIZATION = words("ministry", "government", "company", "union", "council", "agency",
			"authority", "authorities", "police", "court", "committee", "commission", "board", "party", "group",
			"bank", "firm", "operator", "office", "department", "association", "federation", "institute",
			"university", "inc", "ltd", "corp", "logistics", "airlines", "railways", "energy", "holdings",
			"foundation", "service", "services", "club", "league", "network", "coalition", "alliance", "municipality",
			"city", "hospital", "school", "army", "navy", "parliament", "cabinet", "organisers", "organizers",
			"statement", "report", "study", "survey", "regulator", "prosecutors", "insurer", "group's", "campaign",
			"administration", "senate", "legislature", "congress");

	/** What is written or broadcast, which speaks as its authors do: "the complaint cites", "a Clinton ad asks". */
	static final Set<String> DOCUMENTS = words("complaint", "lawsuit", "suit", "letter", "memo", "poll", "polls", "ad",
			"ads", "advertisement", "article", "tweet", "tweets", "email", "emails", "book", "readout", "release",
			"analysis", "document", "documents", "filing", "petition", "resolution", "editorial", "column", "post",
			"video", "message", "note", "website", "site", "speech", "ruling", "order", "indictment", "transcript",
			"brief", "blog", "page", "report", "reports", "statement", "statements", "study", "studies", "survey",
			"data", "records", "platform", "manifesto", "bill", "law", "guidelines", "warning", "notice", "headline",
			"footage", "recording", "recordings", "videos", "photo", "photos", "image", "images", "map", "chart");

	/** Plural heads ("officials", "residents") that a later "they" refers to. */
	static final Set<String> GROUP = words("officials", "residents", "workers", "experts", "analysts", "sources",
			"organisers", "organizers", "prosecutors", "authorities", "police", "critics", "researchers",
			"economists", "doctors", "nurses", "teachers", "farmers", "diplomats", "investigators", "witnesses",
			"members", "leaders", "lawmakers", "ministers", "executives", "scientists", "campaigners", "people",
			// parties' and campaigns' people, as political reporting names them: "Democrats in the Senate say"
			"democrats", "republicans", "conservatives", "liberals", "progressives", "independents", "voters",
			"supporters", "opponents", "donors", "delegates", "senators", "governors", "activists", "protesters");

	static final Set<String> FEMALE = words("spokeswoman", "chairwoman", "businesswoman", "congresswoman",
			"woman", "mother", "sister", "daughter", "wife", "maria", "anna", "ana", "elena", "sofia", "sophie",
			"laura", "julia", "clara", "marta", "ines", "lena", "emma", "eva", "sara", "sarah", "hanna", "hannah",
			"ingrid", "greta", "lucia", "paula", "rosa", "fatima", "amira", "leila", "nadia", "olga", "irina", "mei",
			"yuki", "priya", "aisha", "chloe", "claire", "helen", "helena", "karen", "linda", "susan", "mary",
			"margaret", "elizabeth", "catherine", "katarina", "katrin", "monika", "petra", "agnieszka", "beatriz",
			"camille", "amelie", "lotte", "femke", "sanne", "astrid", "nora", "ruth", "miriam", "judith", "alice",
			"grace", "zeynep", "elif", "ayse", "mariana", "carmen", "isabel", "teresa", "joanna", "magda", "she",
			"her", "ms", "mrs", "madam");

	static final Set<String> MALE = words("spokesman", "chairman", "businessman", "congressman", "man", "father",
			"brother", "son", "husband", "henk", "daan", "jan", "piet", "pieter", "jonas", "lukas", "peter", "paul",
			"john", "james", "david", "michael", "thomas", "andreas", "stefan", "marco", "luca", "carlos", "jose",
			"juan", "pedro", "miguel", "antonio", "ahmed", "omar", "ali", "hassan", "ivan", "sergei", "dmitri",
			"wei", "hiroshi", "raj", "arjun", "tom", "mark", "martin", "hans", "klaus", "karl", "erik", "lars",
			"olaf", "nils", "tomas", "pavel", "piotr", "marek", "joao", "rui", "pierre", "jean", "louis", "henri",
			"giorgio", "matteo", "kemal", "mehmet", "emre", "felipe", "diego", "rafael", "samuel", "daniel",
			"benjamin", "george", "william", "robert", "richard", "frank", "he", "him", "his", "mr", "sir");

	/** Titles before a name that are not part of the name: "Health Minister Maria Lopez". */
	static final Set<String> TITLES = words("minister", "president", "mayor", "spokesman", "spokeswoman",
			"spokesperson", "chairman", "chairwoman", "chair", "director", "governor", "senator", "judge", "general",
			"chief", "secretary", "professor", "dr", "mr", "mrs", "ms", "coach", "captain", "ceo", "prime", "deputy",
			"councillor", "councilor", "commissioner", "inspector", "sergeant", "head", "manager", "economist",
			"analyst", "negotiator", "leader", "official", "prosecutor", "lawyer", "researcher", "doctor",
			"superintendent", "ambassador", "foreign", "finance", "health", "interior", "justice", "defence",
			"defense", "transport", "education", "environment", "energy", "trade", "labour", "labor", "economy",
			"agriculture", "culture", "port", "city", "union", "company", "police", "state", "federal", "regional",
			"national", "senior", "former", "acting", "vice", "executive", "fire", "army", "club", "team", "board",
			"authority", "ministry", "party", "opposition", "government");
}
