package org.sayso.suggest.internal;

import java.util.Arrays;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.TagDictionary;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's part-of-speech model decoded greedily, left to right: each token gets the most probable tag its tag
 * dictionary allows, given the words around it and the two tags before it. That is what OpenNLP's
 * {@code POSTaggerME} computes with a beam of one, without the beam's bookkeeping (a sort of every score array and a
 * copy of the tag sequence per token), and with one thing the beam cannot do: a {@link Sentence} is tagged as far
 * as a rule asks and continued later, so tokens after the last one asked about are never tagged. A beam of one
 * instead of OpenNLP's default three changed no result on the gold sets: the rules read single tags next to a cue
 * or a date.
 * <p>
 * The features are those of the model's own feature generator descriptor (the English model's: the word and its
 * neighbours lower-cased, four prefixes and suffixes, the word's class, the sentence start, the two previous tags).
 * OpenNLP builds them as strings for every token, the neighbours' five times over; here each word's are computed
 * once, as {@link CompactMaxentModel#hash hashes}. When the model loads, the hashes are compared with those of
 * OpenNLP's own context generator on a sentence that exercises every feature; a model whose features differ is
 * tagged with OpenNLP's generator instead.
 * <p>
 * Thread-safe; a {@link Sentence} is not.
 */
public final class GreedyTagger {

	/** Where a part-of-speech model keeps its maximum-entropy model. */
	private static final String MODEL_ENTRY = "pos.model";
	private static final int AFFIXES = 4;
	/** Role prefixes of a word's lower-cased form: itself, the previous two and the next two words. */
	private static final String[] ROLES = { "w=", "p1w=", "p2w=", "n1w=", "n2w=" };
	private static final long SUFFIX = CompactMaxentModel.extend(CompactMaxentModel.FNV_START, "suf=");
	private static final long PREFIX = CompactMaxentModel.extend(CompactMaxentModel.FNV_START, "pre=");
	private static final long[] ROLE_STARTS = Arrays.stream(ROLES)
			.mapToLong(r -> CompactMaxentModel.extend(CompactMaxentModel.FNV_START, r)).toArray();
	private static final long CLASS = CompactMaxentModel.extend(CompactMaxentModel.FNV_START, "wc=");
	private static final long WORD_AND_CLASS = CompactMaxentModel.extend(CompactMaxentModel.FNV_START, "w&c=");
	/** A sentence that gives every feature and word class of the English model. */
	private static final String[] CHECK = { "\"", "Maria", "López", "'s", "co-op", "said", "on", "3rd", "Nov.", "12",
			"1999", "1,250", "3.5", "07/12", "10-12", "U.S.", "A", "IBM", "x", "A.", "ひらがな", "カタカナ", "%", "." };

	private final MaxentModel model;
	/** The model when it is laid out compactly, else {@code null}. */
	private final CompactMaxentModel table;
	/** Whether the features are computed here, located in {@link #table}. */
	private final boolean hashed;
	private final TagDictionary dictionary;
	private final ThreadLocal<POSContextGenerator> contexts;
	private final int outcomes;
	/** Located in the model: "def". */
	private final long outcomePrior;
	/** Located: "S=begin", "p1S=begin", "p2S=begin". */
	private final long[] sentenceBegin;
	/** Located: "t=" and each outcome. */
	private final long[] previousTag;
	/** Located: "t2=", an outcome, "," and an outcome, at {@code first * outcomes + second}. */
	private final long[] previousTags;

	GreedyTagger(POSModel posModel) {
		this(posModel, true);
	}

	/** With {@code hashFeatures} false, OpenNLP's context generator makes the features, as for a model of another kind. */
	GreedyTagger(POSModel posModel, boolean hashFeatures) {
		MaxentModel maxent = posModel.getArtifact(MODEL_ENTRY);
		if (maxent == null) {
			throw new IllegalStateException("The part-of-speech model has no " + MODEL_ENTRY
					+ ": Sayso reads maximum-entropy tagging models only. Reinstall Sayso to restore its bundled model.");
		}
		this.model = CompactMaxentModel.of(maxent);
		var factory = posModel.getFactory();
		this.dictionary = factory.getTagDictionary();
		this.contexts = ThreadLocal.withInitial(() -> factory.getPOSContextGenerator(0));
		this.outcomes = model.getNumOutcomes();
		this.table = model instanceof CompactMaxentModel c ? c : null;
		this.previousTag = new long[outcomes];
		this.previousTags = new long[outcomes * outcomes];
		if (table != null) {
			outcomePrior = locate("def");
			sentenceBegin = new long[] { locate("S=begin"), locate("p1S=begin"), locate("p2S=begin") };
			for (int a = 0; a < outcomes; a++) {
				previousTag[a] = locate("t=" + model.getOutcome(a));
				for (int b = 0; b < outcomes; b++) {
					previousTags[a * outcomes + b] = locate("t2=" + model.getOutcome(a) + "," + model.getOutcome(b));
				}
			}
		} else {
			outcomePrior = CompactMaxentModel.UNKNOWN;
			sentenceBegin = null;
		}
		this.hashed = hashFeatures && table != null && featuresMatchOpenNlp();
	}

	private long locate(String feature) {
		return table.locate(CompactMaxentModel.hash(feature));
	}

	private long locate(long state) {
		return table.locate(CompactMaxentModel.finish(state));
	}

	/** Whether the features are hashed here (else OpenNLP's context generator makes them). */
	boolean hashed() {
		return hashed;
	}

	/** A sentence to tag, as far as asked. */
	public Sentence sentence(String[] words) {
		return new Sentence(words, hashed);
	}

	/** The tags of a whole sentence. */
	public String[] tag(String[] words) {
		var sentence = sentence(words);
		var tags = new String[words.length];
		for (int i = words.length - 1; i >= 0; i--) {
			tags[i] = sentence.tag(i);
		}
		return tags;
	}

	/**
	 * OpenNLP's context strings for token {@code i} of {@code words}, the tokens before it tagged {@code tags}, as
	 * located in the model ({@link CompactMaxentModel#UNKNOWN} for those it does not know).
	 */
	long[] openNlpFeatures(String[] words, String[] tags, int i) {
		return Arrays.stream(contexts.get().getContext(i, words, tags, null)).mapToLong(this::locate).toArray();
	}

	/** Whether the features located here are those of OpenNLP's context generator on {@link #CHECK}. */
	private boolean featuresMatchOpenNlp() {
		var sentence = new Sentence(CHECK, true);
		var tags = new String[CHECK.length];
		for (int i = 0; i < CHECK.length; i++) {
			sentence.tags[i] = i % outcomes; // any tags: what is checked is the features they give
			tags[i] = table.getOutcome(sentence.tags[i]);
		}
		for (int i = 0; i < CHECK.length; i++) {
			if (!Arrays.equals(sentence.features(i), openNlpFeatures(CHECK, tags, i))) {
				return false;
			}
		}
		return true;
	}

	/** The outcome with the highest score among those {@code allowed} (all when {@code null}). */
	private int best(double[] scores, String[] allowed) {
		int best = -1;
		for (int o = 0; o < outcomes; o++) {
			if ((best < 0 || scores[o] > scores[best]) && (allowed == null || contains(allowed, model.getOutcome(o)))) {
				best = o;
			}
		}
		// the dictionary allows no tag the model knows: the model decides alone
		return best < 0 ? best(scores, null) : best;
	}

	/**
	 * As OpenNLP's {@link StringUtil#toLowerCase} (each code point by {@link Character#toLowerCase(int)}, which is not
	 * {@link String#toLowerCase}), without its stream.
	 */
	static String lowerCase(String word) {
		int i = 0;
		while (i < word.length()) {
			char c = word.charAt(i);
			if (c >= 128 || c >= 'A' && c <= 'Z') {
				break;
			}
			i++;
		}
		if (i == word.length()) {
			return word; // ASCII without capitals: as it is
		}
		var lower = new StringBuilder(word.length()).append(word, 0, i);
		while (i < word.length()) {
			int codePoint = word.codePointAt(i);
			lower.appendCodePoint(Character.toLowerCase(codePoint));
			i += Character.charCount(codePoint);
		}
		return lower.toString();
	}

	private static boolean contains(String[] values, String value) {
		for (var v : values) {
			if (v.equals(value)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * One sentence, tagged from its start up to the last token asked about. Tagging it in pieces gives exactly the
	 * tags of tagging it whole.
	 */
	public final class Sentence {

		private final String[] words;
		/** Outcome indexes of the tagged tokens. */
		final int[] tags;
		private int tagged;
		/**
		 * Per word, when hashed, each feature located in the model: "def", its suffixes and prefixes, "w=" and the
		 * word; filled on first use.
		 */
		private final long[][] own;
		/** Per word, when hashed: its lower-cased form after "p1w=", "p2w=", "n1w=", "n2w=". */
		private final long[][] roles;
		/** Per word, when hashed: "wc=" and its class, "w&c=", the word, "," and its class. */
		private final long[] classes;
		private final long[] wordAndClass;
		private final long[] features;
		private final double[] scores = new double[outcomes];

		Sentence(String[] words, boolean hashed) {
			this.words = words;
			this.tags = new int[words.length];
			this.own = hashed ? new long[words.length][] : null;
			this.roles = hashed ? new long[4][words.length] : null;
			this.classes = hashed ? new long[words.length] : null;
			this.wordAndClass = hashed ? new long[words.length] : null;
			this.features = new long[3 + 2 * AFFIXES + 5 + 1 + 2 + 2];
		}

		/** The tag of token {@code i}, tagging the sentence up to it if it is not yet. */
		public String tag(int i) {
			while (tagged <= i) {
				int t = tagged;
				if (own != null) {
					int n = fill(t);
					Arrays.fill(scores, 0);
					table.sums(features, n, scores);
				} else {
					var previous = new String[t];
					for (int k = 0; k < t; k++) {
						previous[k] = model.getOutcome(tags[k]);
					}
					model.eval(contexts.get().getContext(t, words, previous, null), scores);
				}
				tags[t] = best(scores, dictionary == null ? null : dictionary.getTags(words[t]));
				tagged++;
			}
			return model.getOutcome(tags[i]);
		}

		/** The features of token {@code i} as {@link #fill} makes them, in a new array. */
		long[] features(int i) {
			return Arrays.copyOf(features, fill(i));
		}

		/**
		 * Writes the features of token {@code i} into {@link #features}, in the order OpenNLP's generators add them
		 * (the sums are then added in the same order); returns how many.
		 */
		private int fill(int i) {
			int n = 0;
			for (long f : word(i)) {
				features[n++] = f;
			}
			for (int d = 1; d <= 2; d++) {
				if (i - d >= 0) {
					word(i - d);
					features[n++] = roles[d - 1][i - d];
				}
			}
			for (int d = 1; d <= 2; d++) {
				if (i + d < words.length) {
					word(i + d);
					features[n++] = roles[d + 1][i + d];
				}
			}
			if (i <= 2) {
				features[n++] = sentenceBegin[i];
			}
			features[n++] = classes[i];
			features[n++] = wordAndClass[i];
			if (i >= 1) {
				features[n++] = previousTag[tags[i - 1]];
				if (i >= 2) {
					features[n++] = previousTags[tags[i - 2] * outcomes + tags[i - 1]];
				}
			}
			return n;
		}

		/** Word {@code j}'s own features, computing all its features on first use. */
		private long[] word(int j) {
			if (own[j] == null) {
				var word = words[j];
				var lower = lowerCase(word);
				int affixes = Math.min(AFFIXES, word.length());
				var mine = new long[2 + 2 * affixes];
				int n = 0;
				mine[n++] = outcomePrior;
				for (int k = 0; k < affixes; k++) {
					mine[n++] = locate(CompactMaxentModel.extend(SUFFIX, word.substring(word.length() - k - 1)));
				}
				long prefix = PREFIX;
				for (int k = 0; k < affixes; k++) {
					prefix = CompactMaxentModel.extend(prefix, word.charAt(k));
					mine[n++] = locate(prefix);
				}
				mine[n++] = locate(CompactMaxentModel.extend(ROLE_STARTS[0], lower));
				for (int r = 1; r < ROLES.length; r++) {
					roles[r - 1][j] = locate(CompactMaxentModel.extend(ROLE_STARTS[r], lower));
				}
				var wordClass = FeatureGeneratorUtil.tokenFeature(word);
				classes[j] = locate(CompactMaxentModel.extend(CLASS, wordClass));
				wordAndClass[j] = locate(CompactMaxentModel.extend(
						CompactMaxentModel.extend(CompactMaxentModel.extend(WORD_AND_CLASS, lower), ','), wordClass));
				own[j] = mine;
			}
			return own[j];
		}
	}
}
