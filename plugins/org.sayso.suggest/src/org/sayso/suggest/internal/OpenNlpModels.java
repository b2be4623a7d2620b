package org.sayso.suggest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Apache OpenNLP's English sentence, token and part-of-speech models (Universal Dependencies, EWT), loaded once
 * per JVM: loading takes about a second and 20 MB, so every analysis shares them. The tools handed out are
 * thread-safe (OpenNLP's wrapper for sentences, {@link HashedTokenizer} for tokens, {@link GreedyTagger} for parts
 * of speech), so one instance serves concurrent analyses. Each model is scored by a {@link CompactMaxentModel}.
 */
public final class OpenNlpModels {

	static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
	static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
	static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
	static final String SENTENCES_BUNDLE = "org.apache.opennlp.models.sentdetect.en";
	static final String TOKENS_BUNDLE = "org.apache.opennlp.models.tokenizer.en";
	static final String POS_BUNDLE = "org.apache.opennlp.models.pos.en";

	/** The loaded tools. */
	public record Tools(ThreadSafeSentenceDetectorME sentences, HashedTokenizer tokens, GreedyTagger pos) {
	}

	private static volatile Tools tools;

	private OpenNlpModels() {
	}

	/** The tools, loading the models on the first call. */
	public static Tools tools() {
		var loaded = tools;
		if (loaded == null) {
			synchronized (OpenNlpModels.class) {
				loaded = tools;
				if (loaded == null) {
					loaded = load();
					tools = loaded;
				}
			}
		}
		return loaded;
	}

	private static Tools load() {
		try (var s = open(SENTENCES_BUNDLE, SENTENCES);
				var t = open(TOKENS_BUNDLE, TOKENS);
				var p = open(POS_BUNDLE, POS)) {
			return new Tools(new ThreadSafeSentenceDetectorME(fast(new SentenceModel(s))),
					new HashedTokenizer(new TokenizerModel(t)), new GreedyTagger(new POSModel(p)));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot load the OpenNLP English models: " + e.getMessage()
					+ ". Reinstall Sayso: the bundles org.apache.opennlp.models.*.en are missing or damaged.", e);
		}
	}

	/** The sentence model scored by {@link CompactMaxentModel}. */
	private static SentenceModel fast(SentenceModel model) {
		return new SentenceModel(model.getLanguage(), CompactMaxentModel.of(model.getMaxentModel()), null,
				model.getFactory());
	}

	/**
	 * On a plain class path the model file is a resource; in OSGi it lies at the root of its model bundle, which
	 * exports no package, so it is read as that bundle's entry.
	 */
	static InputStream open(String bundle, String file) throws IOException {
		var in = OpenNlpModels.class.getClassLoader().getResourceAsStream(file);
		if (in == null) {
			in = BundleEntries.open(OpenNlpModels.class, bundle, file);
		}
		if (in == null) {
			throw new IOException(file + " was found neither on the class path nor in bundle " + bundle);
		}
		return in;
	}
}
