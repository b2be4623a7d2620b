package org.sayso.suggest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Apache OpenNLP's English sentence, token and part-of-speech models (Universal Dependencies, EWT), loaded once
 * per JVM: loading takes about a second and 20 MB, so every analysis shares them. The tools handed out are
 * OpenNLP's thread-safe wrappers, so one instance serves concurrent analyses.
 */
public final class OpenNlpModels {

	static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
	static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
	static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
	/** Where a part-of-speech model keeps its maximum-entropy model. */
	private static final String POS_ENTRY = "pos.model";

	/** The loaded tools. */
	public record Tools(ThreadSafeSentenceDetectorME sentences, ThreadSafeTokenizerME tokens,
			ThreadSafePOSTaggerME pos) {
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
		try (var s = open("org.apache.opennlp.models.sentdetect.en", SENTENCES);
				var t = open("org.apache.opennlp.models.tokenizer.en", TOKENS);
				var p = open("org.apache.opennlp.models.pos.en", POS)) {
			return new Tools(new ThreadSafeSentenceDetectorME(fast(new SentenceModel(s))),
					new ThreadSafeTokenizerME(fast(new TokenizerModel(t))), new ThreadSafePOSTaggerME(greedy(new POSModel(p))));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot load the OpenNLP English models: " + e.getMessage()
					+ ". Reinstall Sayso: the bundles org.apache.opennlp.models.*.en are missing or damaged.", e);
		}
	}

	/**
	 * The same tagging model decoded greedily (a beam of one) instead of with OpenNLP's default beam of three: the
	 * beam search evaluates the model once per kept sequence and sorts every score array, which made tagging half
	 * the pipeline's time, while the rules read single tags next to a cue or a date, where a wider beam changed no
	 * result on the gold sets.
	 */
	private static POSModel greedy(POSModel model) {
		MaxentModel maxent = model.getArtifact(POS_ENTRY);
		if (maxent == null) {
			return model; // a model that is not a plain maximum-entropy model keeps its own decoder
		}
		return new POSModel(model.getLanguage(), FastExpModel.of(maxent), 1, null, model.getFactory());
	}

	/** The sentence model scored by {@link FastExpModel}. */
	private static SentenceModel fast(SentenceModel model) {
		return new SentenceModel(model.getLanguage(), FastExpModel.of(model.getMaxentModel()), null, model.getFactory());
	}

	/** The token model scored by {@link FastExpModel}. */
	private static TokenizerModel fast(TokenizerModel model) {
		return new TokenizerModel(FastExpModel.of(model.getMaxentModel()), null, model.getFactory());
	}

	/**
	 * On a plain class path the model file is a resource; in OSGi it lies at the root of its model bundle, which
	 * exports no package, so it is read as that bundle's entry.
	 */
	private static InputStream open(String bundle, String file) throws IOException {
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
