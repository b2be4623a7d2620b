package org.sayso.suggest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sayso.suggest.eval.GoldMarkup;
import org.sayso.suggest.eval.GoldProject;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The suggestion pipeline's faster OpenNLP parts decide exactly as OpenNLP does with the same models: the hashed
 * tokenizer, the greedy tagger and the compact model, compared with OpenNLP's {@link TokenizerME},
 * {@link POSTaggerME} (beam of one) and the models as loaded, on every sentence of the gold and sample articles.
 */
class OpenNlpEquivalenceTest {

	private static final List<Path> GOLD = List.of(Path.of("../../sample/gold/markup"),
			Path.of("../../sample/gold-heldout/markup"));
	/** Words that take the tokenizer's rarer paths: character codes, splits inside words, non-ASCII. */
	private static final String ODD = "&amp; cannot Lopez's \"We're U.S.-led (2,500) 3.5% e-mail José's Zürich, "
			+ "don't… “Quoted,” ‘single’ 10:30 a.m. #tag @user 😀! x";

	private static List<String> sentences;
	private static TokenizerModel tokenizerModel;
	private static POSModel posModel;

	@BeforeAll
	static void load() throws Exception {
		var detector = new SentenceDetectorME(new SentenceModel(
				OpenNlpModels.open(OpenNlpModels.SENTENCES_BUNDLE, OpenNlpModels.SENTENCES)));
		sentences = new ArrayList<>();
		for (var folder : GOLD) {
			for (var file : GoldProject.markupFiles(folder)) {
				var text = GoldMarkup.parse(Files.readString(file, StandardCharsets.UTF_8), "gold").text();
				for (var line : text.split("\n")) {
					sentences.addAll(Arrays.asList(detector.sentDetect(line)));
				}
			}
		}
		try (var files = Files.list(Path.of("../../sample/newsroom/documents"))) {
			for (var file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				for (var line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
					sentences.addAll(Arrays.asList(detector.sentDetect(line)));
				}
			}
		}
		sentences.add(ODD);
		assertTrue(sentences.size() > 300, sentences.size() + " sentences");
		try (var in = OpenNlpModels.open(OpenNlpModels.TOKENS_BUNDLE, OpenNlpModels.TOKENS)) {
			tokenizerModel = new TokenizerModel(in);
		}
		try (var in = OpenNlpModels.open(OpenNlpModels.POS_BUNDLE, OpenNlpModels.POS)) {
			posModel = new POSModel(in);
		}
	}

	@Test
	void hashedTokenizerGivesOpenNlpsTokens() {
		var hashed = new HashedTokenizer(tokenizerModel);
		assertTrue(hashed.hashed(), "the English model is tokenized by the hashed path, not OpenNLP's fallback");
		assertTokensAsOpenNlps(hashed);
	}

	@Test
	void fallbackTokenizerGivesOpenNlpsTokens() {
		var fallback = new HashedTokenizer(tokenizerModel, false);
		assertFalse(fallback.hashed(), "OpenNLP tokenizes");
		assertTokensAsOpenNlps(fallback);
	}

	private static void assertTokensAsOpenNlps(HashedTokenizer hashed) {
		var openNlp = new TokenizerME(tokenizerModel);
		int tokens = 0;
		for (var sentence : sentences) {
			// inside a longer text, at an offset, as the pipeline calls it
			var text = "xx " + sentence + " yy";
			var begins = new IntList();
			var ends = new IntList();
			hashed.tokenize(text, 3, 3 + sentence.length(), begins, ends);
			var expected = openNlp.tokenizePos(sentence);
			var actual = new Span[begins.size()];
			for (int i = 0; i < actual.length; i++) {
				actual[i] = new Span(begins.toArray()[i] - 3, ends.toArray()[i] - 3);
			}
			assertArrayEquals(expected, actual, sentence);
			tokens += actual.length;
		}
		assertTrue(tokens > 6_000, tokens + " tokens compared");
	}

	@Test
	void greedyTaggerGivesOpenNlpsTagsWithABeamOfOne() {
		var tagger = new GreedyTagger(posModel);
		assertTrue(tagger.hashed(), "the English model is tagged from hashed features, not OpenNLP's generator");
		assertTagsAsOpenNlps(tagger);
	}

	@Test
	void greedyTaggerWithOpenNlpsFeaturesGivesTheSameTags() {
		var tagger = new GreedyTagger(posModel, false);
		assertFalse(tagger.hashed(), "OpenNLP's context generator makes the features");
		assertTagsAsOpenNlps(tagger);
	}

	private static void assertTagsAsOpenNlps(GreedyTagger tagger) {
		MaxentModel maxent = posModel.getArtifact("pos.model");
		var openNlp = new POSTaggerME(new POSModel(posModel.getLanguage(), maxent, 1, null, posModel.getFactory()));
		var tokenizer = new TokenizerME(tokenizerModel);
		var random = new Random(7);
		for (var sentence : sentences) {
			var words = tokenizer.tokenize(sentence);
			var expected = openNlp.tag(words);
			assertArrayEquals(expected, tagger.tag(words), sentence);
			// asked for token by token in a random order, as the rules ask: the same tags
			var pieces = tagger.sentence(words);
			var order = new ArrayList<Integer>();
			for (int i = 0; i < words.length; i++) {
				order.add(i);
			}
			java.util.Collections.shuffle(order, random);
			for (int i : order) {
				assertEquals(expected[i], pieces.tag(i), sentence + " token " + i);
			}
		}
	}

	@Test
	void hashedTaggerFeaturesAreOpenNlpsFeatures() {
		var tagger = new GreedyTagger(posModel);
		var tokenizer = new TokenizerME(tokenizerModel);
		int compared = 0;
		for (var sentence : sentences) {
			var words = tokenizer.tokenize(sentence);
			var tags = tagger.tag(words);
			var tagged = tagger.sentence(words);
			tagged.tag(words.length - 1);
			for (int i = 0; i < words.length; i++) {
				assertArrayEquals(tagger.openNlpFeatures(words, tags, i), tagged.features(i), sentence + " token " + i);
				compared++;
			}
		}
		assertTrue(compared > 6_000, compared + " tokens compared");
	}

	@Test
	void lowerCaseIsOpenNlps() {
		for (var word : List.of("said", "Said", "SAID", "İSTANBUL", "ΣΟΦΟΣ", "Àvila", "Zürich", "\uD801\uDC00x",
				"a\uD801b", "ǅ", "", "U.S.", "1,250", "ẞ")) {
			assertEquals(opennlp.tools.util.StringUtil.toLowerCase(word), GreedyTagger.lowerCase(word), word);
		}
		for (var sentence : sentences) {
			for (var word : sentence.split("\\s+")) {
				assertEquals(opennlp.tools.util.StringUtil.toLowerCase(word), GreedyTagger.lowerCase(word), word);
			}
		}
	}

	@Test
	void compactModelScoresAsTheModelDoes() {
		MaxentModel original = tokenizerModel.getMaxentModel();
		var compact = CompactMaxentModel.of(original);
		assertTrue(compact instanceof CompactMaxentModel, "the tokenizer's model is laid out compactly");
		var contexts = new DefaultTokenContextGenerator(java.util.Set.of());
		int compared = 0;
		for (var sentence : sentences) {
			for (var word : sentence.split("\\s+")) {
				for (int j = 1; j < word.length(); j++) {
					var context = contexts.getContext(word, j);
					var expected = original.eval(context);
					var actual = compact.eval(context);
					for (int o = 0; o < expected.length; o++) {
						assertEquals(expected[o], actual[o], 1e-12, word + " at " + j);
					}
					compared++;
				}
			}
		}
		assertTrue(compared > 20_000, compared + " decisions compared");
		// features the model never saw weigh nothing: only the known ones count
		var known = contexts.getContext("said.", 4);
		var withUnknown = Arrays.copyOf(known, known.length + 2);
		withUnknown[known.length] = "p=no-such-prefix-in-any-article";
		withUnknown[known.length + 1] = "";
		assertArrayEquals(original.eval(known), compact.eval(withUnknown), 1e-12);
	}
}
