package org.sayso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.sayso.core.copies.CopyDetector;

/**
 * Copy detection over a project of 10,000 articles, a fifth of them republications of another (headline changed,
 * a paragraph cut, a line added), against reading the same texts. Target: under 10 s; every planted copy found,
 * and no two unrelated articles called copies.
 */
final class CopiesBench {

	static final int ARTICLES = 10_000;
	static final int COPIES = ARTICLES / 5;

	static void run(Report report, Path scratch) throws Exception {
		report.section("Copies among " + ARTICLES + " articles (" + COPIES + " of them republications)");
		var folder = Files.createDirectories(scratch.resolve("copies").resolve("documents"));
		var planted = write(folder);

		var found = new CopyDetector.Result[1];
		var measured = Measurement.of("read the texts + CopyDetector: sketch, candidates, exact check, passages", 1, 3,
				() -> found[0] = new CopyDetector(CopyDetector.DEFAULT_THRESHOLD).detect(read(folder)));
		var baseline = Measurement.of("baseline: read the same texts", 1, 3, () -> read(folder));
		report.absolute(measured, baseline, 10_000);

		var pairs = new HashSet<String>();
		for (var pair : found[0].pairs()) {
			pairs.add(pair.a() + "|" + pair.b());
		}
		long hits = planted.stream().filter(pairs::contains).count();
		report.check("found " + hits + " of " + planted.size() + " planted copies, " + (pairs.size() - hits)
				+ " other pairs (copies of one original are copies of each other too)", hits == planted.size());
		long strays = found[0].pairs().stream().filter(p -> p.a().startsWith("story-") && p.b().startsWith("story-"))
				.count();
		report.check(strays + " pairs of unrelated originals called copies", strays == 0);
	}

	/**
	 * Carrying a 150-annotation set onto a copy (new headline, a paragraph moved, a line added): align, place, copy
	 * with links; against copying the same annotations with EMF alone. Target: under 50 ms.
	 */
	static void carry(Report report) throws Exception {
		report.section("Carry a 150-annotation set onto a copy of its article");
		var random = new Random(5);
		var original = article(random) + "\n\n" + article(random);
		var paragraphs = new ArrayList<>(List.of(original.split("\n\n")));
		paragraphs.set(0, "Republished: " + headline(random));
		paragraphs.add(1, paragraphs.remove(paragraphs.size() - 1));
		paragraphs.add(3, "ADVERTISEMENT");
		var copy = String.join("\n\n", paragraphs);
		var document = org.sayso.model.SaysoFactory.eINSTANCE.createDocument();
		document.setId("story");
		document.setText(original);
		var from = SyntheticArticle.annotate(document, 150);
		int[] carried = new int[1];
		var measured = Measurement.of("AnnotationCarrier.carry: align, place, copy with links", 5, 21, () -> {
			var to = org.sayso.model.SaysoFactory.eINSTANCE.createAnnotationSet();
			carried[0] = org.sayso.core.copies.AnnotationCarrier.carry(original, from, copy, to, "ben").carried();
		});
		var baseline = Measurement.of("baseline: EcoreUtil.copyAll of the same annotations", 5, 21, () -> {
			var to = org.sayso.model.SaysoFactory.eINSTANCE.createAnnotationSet();
			to.getAnnotations().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(from.getAnnotations()));
		});
		report.absolute(measured, baseline, 50);
		report.check(carried[0] + " of " + from.getAnnotations().size() + " annotations carried (those over the moved"
				+ " paragraph and the unchanged text; none over the new headline)", carried[0] > from.getAnnotations().size() / 2);
	}

	/** Writes the originals and the copies; returns the planted pairs as "a|b" with a < b. */
	private static List<String> write(Path folder) throws IOException {
		var random = new Random(11);
		var originals = new ArrayList<String>();
		for (int i = 0; i < ARTICLES - COPIES; i++) {
			var text = article(random);
			originals.add(text);
			Files.writeString(folder.resolve("story-%05d.txt".formatted(i)), text);
		}
		var planted = new ArrayList<String>();
		for (int c = 0; c < COPIES; c++) {
			int of = random.nextInt(originals.size());
			var paragraphs = new ArrayList<>(List.of(originals.get(of).split("\n\n")));
			paragraphs.set(0, "Republished: " + headline(random)); // a new headline
			if (paragraphs.size() > 3) {
				paragraphs.remove(paragraphs.size() - 1); // the ending cut
			}
			paragraphs.add(2, "ADVERTISEMENT"); // a line added
			var copy = "copy-%05d".formatted(c);
			Files.writeString(folder.resolve(copy + ".txt"), String.join("\n\n", paragraphs));
			var original = "story-%05d".formatted(of);
			planted.add(copy.compareTo(original) < 0 ? copy + "|" + original : original + "|" + copy);
		}
		return planted;
	}

	/** About 3,000 characters of made-up words, in sentences and paragraphs: no two articles alike by chance. */
	private static String article(Random random) {
		var text = new StringBuilder(3200).append(headline(random)).append("\n\n");
		while (text.length() < 3000) {
			int words = 8 + random.nextInt(14);
			for (int w = 0; w < words; w++) {
				text.append(w == 0 ? "" : " ").append(word(random));
			}
			text.append(random.nextInt(4) == 0 ? ".\n\n" : ". ");
		}
		return text.toString();
	}

	private static String headline(Random random) {
		var line = new StringBuilder();
		for (int w = 0; w < 7; w++) {
			line.append(w == 0 ? "" : " ").append(word(random));
		}
		return line.toString();
	}

	/** One of 20,000 made-up words, common ones more often, as in language. */
	private static String word(Random random) {
		int rank = (int) Math.min(19_999, Math.abs(random.nextGaussian()) * 3000);
		var word = new StringBuilder();
		int n = rank + 1;
		while (n > 0) {
			word.append((char) ('a' + n % 26));
			n /= 26;
		}
		return word.append(rank % 3 == 0 ? "en" : rank % 3 == 1 ? "o" : "a").toString();
	}

	private static List<CopyDetector.Text> read(Path folder) throws IOException {
		var texts = new ArrayList<CopyDetector.Text>(ARTICLES);
		try (Stream<Path> files = Files.list(folder)) {
			for (var file : files.sorted().toList()) {
				var name = file.getFileName().toString();
				texts.add(new CopyDetector.Text(name.substring(0, name.length() - 4), Files.readString(file)));
			}
		}
		return texts;
	}

	private CopiesBench() {
	}
}
