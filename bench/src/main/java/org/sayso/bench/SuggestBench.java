package org.sayso.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import org.sayso.core.AnnotationKind;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.SaysoFactory;
import org.sayso.suggest.Suggester;
import org.sayso.suggest.eval.GoldEvaluation;
import org.sayso.suggest.eval.GoldMarkup;
import org.sayso.suggest.eval.GoldProject;
import org.sayso.suggest.internal.OpenNlpModels;
import org.sayso.suggest.internal.Paragraphs;

/**
 * Suggestions: the evaluation on the gold set ({@code sample/gold}, and the held-out articles beside it), and the
 * throughput of the full pipeline (dates, claims, cues and speakers added to an EMF annotation set) on wire text:
 * the gold articles repeated to 2 MB. The baseline is a plain OpenNLP pass over the same text: sentences and tokens
 * by OpenNLP's own detector and tokenizer with the English models as shipped, the least any pipeline on OpenNLP
 * does.
 */
final class SuggestBench {

	private static final int SIZE = 2_000_000;

	private SuggestBench() {
	}

	static void run(Report report) throws Exception {
		var gold = find("sample/gold");
		report.section("Suggestions: scores on the gold set (" + gold + ")");
		var scores = GoldEvaluation.run(ProjectStore.open(gold), "gold", null, null);
		scores.table().lines().forEach(report::note);
		report.check(String.format("date F1 %.3f (target >= 0.95)", scores.of(AnnotationKind.DATE).f1(false)),
				scores.of(AnnotationKind.DATE).f1(false) >= 0.95);
		report.check(String.format("date value accuracy %.3f (target >= 0.90)", scores.dateValueAccuracy()),
				scores.dateValueAccuracy() >= 0.9);
		report.check(String.format("claim F1, overlap %.3f (target >= 0.85)", scores.of(AnnotationKind.CLAIM).f1(false)),
				scores.of(AnnotationKind.CLAIM).f1(false) >= 0.85);
		report.check(String.format("attribution accuracy %.3f (target >= 0.85)", scores.attributionAccuracy()),
				scores.attributionAccuracy() >= 0.85);
		var heldOut = gold.resolveSibling("gold-heldout");
		if (Files.isDirectory(heldOut.resolve("annotations"))) {
			report.note("held-out articles (" + heldOut + "):");
			GoldEvaluation.run(ProjectStore.open(heldOut), "gold", null, null).table().lines().forEach(report::note);
		}

		var text = wireText(gold.resolve("markup"));
		var mb = text.length() / 1e6;
		report.section(String.format("Suggestions: throughput on %.1f MB of wire text, one thread", mb));
		OpenNlpModels.tools(); // loaded before the clock starts, as the baseline's models are
		var sentences = new SentenceDetectorME(new SentenceModel(model("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
		var tokenizer = new TokenizerME(new TokenizerModel(model("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
		var paragraphs = Paragraphs.of(text);
		var m = Measurement.paired("full suggestion pipeline (into an EMF set)", () -> {
			var document = SaysoFactory.eINSTANCE.createDocument();
			document.setText(text);
			document.setDct("2024-03-07");
			var set = SaysoFactory.eINSTANCE.createAnnotationSet();
			set.setDocument(document);
			Suggester.suggest(set, null);
		}, "baseline: OpenNLP sentences + tokens, as shipped", () -> {
			long tokens = 0;
			for (var p : paragraphs) {
				var paragraph = text.substring(p.begin(), p.end());
				for (var sentence : sentences.sentPosDetect(paragraph)) {
					tokens += tokenizer.tokenizePos(paragraph.substring(sentence.getStart(), sentence.getEnd())).length;
				}
			}
			if (tokens == 0) {
				throw new IllegalStateException("no tokens");
			}
		}, 3, 7); // the JIT compiles the hot paths over the first few runs of each
		report.absolute(m[0], m[1], mb * 1000);
		report.note(String.format("%.2f MB/s for the pipeline, %.2f MB/s for the baseline (target >= 1 MB/s)",
				mb / (m[0].median() / 1000), mb / (m[1].median() / 1000)));
	}

	private static String wireText(Path markup) throws Exception {
		var articles = new ArrayList<String>();
		for (var file : GoldProject.markupFiles(markup)) {
			articles.add(GoldMarkup.parse(Files.readString(file, StandardCharsets.UTF_8), "gold").text());
		}
		var text = new StringBuilder(SIZE + 10_000);
		while (text.length() < SIZE) {
			for (var article : articles) {
				text.append(article).append("\n\n");
			}
		}
		return text.toString();
	}

	private static java.io.InputStream model(String name) {
		var in = SuggestBench.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException(name + " is not on the class path: rebuild the benchmarks (./sayso bench)");
		}
		return in;
	}

	/** The folder, from the repository root or from bench/. */
	private static Path find(String folder) {
		for (var candidate : new Path[] { Path.of(folder), Path.of("..", folder) }) {
			if (Files.isDirectory(candidate)) {
				return candidate.toAbsolutePath().normalize();
			}
		}
		throw new IllegalStateException("Cannot find " + folder + ": run the benchmarks from the repository root");
	}
}
