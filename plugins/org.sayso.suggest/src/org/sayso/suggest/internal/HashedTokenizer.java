package org.sayso.suggest.internal;

import java.util.regex.Pattern;

import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's learned tokenizer ({@link TokenizerME}) with the same model and the same decisions, its features
 * computed as hashes instead of strings. The English model decides for every character of every word whether a
 * token ends before it (it splits "cannot", "Lopez's" and "said."): about five decisions per word, each from 15 to
 * 20 features that OpenNLP builds as new strings ({@code "p=Lope"}, {@code "f1_alpha"}) and looks up in a hash map.
 * Here each feature's 64-bit {@link CompactMaxentModel#hash hash} is computed from the characters directly, the
 * prefix feature growing by one character per decision, so no string is built; the features of single ASCII
 * characters and of character classes are located in the model once, when it loads. Tokenizing was the largest part
 * of the suggestion pipeline, and this made it several times faster.
 * <p>
 * The features are those of OpenNLP's {@link DefaultTokenContextGenerator}, which the English model was trained
 * with; a test compares the tokens with {@link TokenizerME}'s on the gold articles. A model that uses anything else
 * (an abbreviation dictionary, another context generator) is tokenized by OpenNLP itself. Thread-safe.
 */
public final class HashedTokenizer {

	/**
	 * The features of one character in the role {@code key} ("p1", "f2", ...), located in the model once: for the
	 * ASCII characters and the character classes, no hash is computed per decision.
	 */
	private final class CharFeatures {
		final long equals;
		final long[] ascii = new long[128];
		final long alpha;
		final long caps;
		final long num;
		final long ws;
		final long eos;
		final long quote;
		final long lp;
		final long rp;

		CharFeatures(String key) {
			equals = CompactMaxentModel.extend(CompactMaxentModel.FNV_START, key + "=");
			for (char c = 0; c < ascii.length; c++) {
				ascii[c] = model.locate(CompactMaxentModel.finish(CompactMaxentModel.extend(equals, c)));
			}
			alpha = locate(key + "_alpha");
			caps = locate(key + "_caps");
			num = locate(key + "_num");
			ws = locate(key + "_ws");
			eos = locate(key + "_eos");
			quote = locate(key + "_quote");
			lp = locate(key + "_lp");
			rp = locate(key + "_rp");
		}

		/** As {@code DefaultTokenContextGenerator.addCharPreds}. */
		int add(char c, long[] into, int at) {
			into[at++] = c < ascii.length ? ascii[c]
					: model.locate(CompactMaxentModel.finish(CompactMaxentModel.extend(equals, c)));
			if (Character.isLetter(c)) {
				into[at++] = alpha;
				if (Character.isUpperCase(c)) {
					into[at++] = caps;
				}
			} else if (Character.isDigit(c)) {
				into[at++] = num;
			} else if (StringUtil.isWhitespace(c)) {
				into[at++] = ws;
			} else if (c == '.' || c == '?' || c == '!') {
				into[at++] = eos;
			} else if (c == '`' || c == '"' || c == '\'') {
				into[at++] = quote;
			} else if (c == '[' || c == '{' || c == '(') {
				into[at++] = lp;
			} else if (c == ']' || c == '}' || c == ')') {
				into[at++] = rp;
			}
			return at;
		}
	}

	private static final long PREFIX = CompactMaxentModel.extend(CompactMaxentModel.FNV_START, "p=");
	private static final long SUFFIX = CompactMaxentModel.extend(CompactMaxentModel.FNV_START, "s=");
	private static final long P21 = CompactMaxentModel.extend(CompactMaxentModel.FNV_START, "p21=");
	private static final long P1F1 = CompactMaxentModel.extend(CompactMaxentModel.FNV_START, "p1f1=");
	private static final long F12 = CompactMaxentModel.extend(CompactMaxentModel.FNV_START, "f12=");
	/** The most features one decision has. */
	private static final int MAX_FEATURES = 24;

	/** The model, or {@code null} when OpenNLP tokenizes ({@link #openNlp}). */
	private final CompactMaxentModel model;
	private final int split;
	/** Words that are never split, when the model says so ({@code null}: none). */
	private final Pattern alphanumeric;
	private final ThreadSafeTokenizerME openNlp;
	private final CharFeatures p1;
	private final CharFeatures p2;
	private final CharFeatures f1;
	private final CharFeatures f2;
	private final long p2Bok;
	private final long f2Bok;
	private final long characterCodeFeature;

	HashedTokenizer(TokenizerModel tokenizerModel) {
		this(tokenizerModel, true);
	}

	/** With {@code hashFeatures} false, OpenNLP tokenizes, as it does a model of another kind. */
	HashedTokenizer(TokenizerModel tokenizerModel, boolean hashFeatures) {
		var factory = tokenizerModel.getFactory();
		var maxent = CompactMaxentModel.of(tokenizerModel.getMaxentModel());
		boolean readable = hashFeatures && maxent instanceof CompactMaxentModel && factory.getAbbreviationDictionary() == null
				&& factory.getContextGenerator().getClass() == DefaultTokenContextGenerator.class
				&& maxent.getIndex(TokenizerME.SPLIT) >= 0;
		this.model = readable ? (CompactMaxentModel) maxent : null;
		this.split = readable ? maxent.getIndex(TokenizerME.SPLIT) : -1;
		this.alphanumeric = factory.isUseAlphaNumericOptimization() ? factory.getAlphaNumericPattern() : null;
		this.openNlp = readable ? null : new ThreadSafeTokenizerME(tokenizerModel);
		if (readable) {
			p1 = new CharFeatures("p1");
			p2 = new CharFeatures("p2");
			f1 = new CharFeatures("f1");
			f2 = new CharFeatures("f2");
			p2Bok = locate("p2=bok");
			f2Bok = locate("f2=bok");
			characterCodeFeature = locate("cc");
		} else {
			p1 = p2 = f1 = f2 = null;
			p2Bok = f2Bok = characterCodeFeature = CompactMaxentModel.UNKNOWN;
		}
	}

	/** Where the model keeps the weights of {@code feature}. */
	private long locate(String feature) {
		return model.locate(CompactMaxentModel.hash(feature));
	}

	/** The two characters' feature after {@code start} ("p21=", ...), located. */
	private long pair(long start, char a, char b) {
		return model.locate(CompactMaxentModel
				.finish(CompactMaxentModel.extend(CompactMaxentModel.extend(start, a), b)));
	}

	/** Whether the features are computed here (else OpenNLP tokenizes). */
	boolean hashed() {
		return model != null;
	}

	/**
	 * Tokenizes {@code text[from, to)}, adding each token's offsets in {@code text} to {@code begins} and
	 * {@code ends}.
	 */
	void tokenize(String text, int from, int to, IntList begins, IntList ends) {
		if (model == null) {
			for (var span : openNlp.tokenizePos(text.substring(from, to))) {
				begins.add(from + span.getStart());
				ends.add(from + span.getEnd());
			}
			return;
		}
		var features = new long[MAX_FEATURES];
		var sums = new double[model.getNumOutcomes()];
		int i = from;
		while (i < to) {
			while (i < to && StringUtil.isWhitespace(text.charAt(i))) {
				i++;
			}
			if (i == to) {
				break;
			}
			int start = i;
			while (i < to && !StringUtil.isWhitespace(text.charAt(i))) {
				i++;
			}
			word(text, start, i, begins, ends, features, sums);
		}
	}

	/** As {@code TokenizerME.tokenizePos} for one whitespace-separated word {@code text[begin, end)}. */
	private void word(String text, int begin, int end, IntList begins, IntList ends, long[] features,
			double[] sums) {
		int length = end - begin;
		if (length < 2 || alphanumeric != null && alphanumeric.matcher(text.subSequence(begin, end)).matches()) {
			begins.add(begin);
			ends.add(end);
			return;
		}
		boolean characterCode = text.charAt(begin) == '&' && text.charAt(end - 1) == ';';
		long prefix = CompactMaxentModel.extend(PREFIX, text.charAt(begin));
		int start = begin;
		for (int j = begin + 1; j < end; j++) {
			int n = 0;
			features[n++] = model.locate(CompactMaxentModel.finish(prefix));
			long suffix = SUFFIX;
			for (int k = j; k < end; k++) {
				suffix = CompactMaxentModel.extend(suffix, text.charAt(k));
			}
			features[n++] = model.locate(CompactMaxentModel.finish(suffix));
			char previous = text.charAt(j - 1);
			char current = text.charAt(j);
			n = p1.add(previous, features, n);
			if (j - begin > 1) {
				char beforePrevious = text.charAt(j - 2);
				n = p2.add(beforePrevious, features, n);
				features[n++] = pair(P21, beforePrevious, previous);
			} else {
				features[n++] = p2Bok;
			}
			features[n++] = pair(P1F1, previous, current);
			n = f1.add(current, features, n);
			if (j + 1 < end) {
				char next = text.charAt(j + 1);
				n = f2.add(next, features, n);
				features[n++] = pair(F12, current, next);
			} else {
				features[n++] = f2Bok;
			}
			if (characterCode) {
				features[n++] = characterCodeFeature;
			}
			if (model.best(features, n, sums) == split) {
				begins.add(start);
				ends.add(j);
				start = j;
			}
			prefix = CompactMaxentModel.extend(prefix, current);
		}
		begins.add(start);
		ends.add(end);
	}
}
