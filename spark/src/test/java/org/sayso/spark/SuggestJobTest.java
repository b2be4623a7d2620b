package org.sayso.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suggest job in Spark's local mode against the command line on the same articles, record for record: 5,000
 * generated articles, {@code local[2]}, JSON lines and the project layout.
 */
class SuggestJobTest {

	private static final int ARTICLES = 5_000;

	@TempDir
	static Path work;
	private static Path articles;
	private static List<String> cliLines;

	@BeforeAll
	static void corpusAndTheCommandLinesAnswer() throws Exception {
		articles = work.resolve("articles");
		long t0 = System.nanoTime();
		GeneratedArticles.write(articles, ARTICLES, 7);
		var project = work.resolve("cli-project");
		cli("import", project.toString(), articles.toString(), "--name", "articles", "--metadata",
				articles.resolve("metadata.tsv").toString());
		cli("suggest", project.toString(), "--annotator", "suggestions");
		var export = work.resolve("cli-export");
		cli("export", project.toString(), "--out", export.toString(), "--format", "jsonl", "--set", "suggestions");
		cliLines = sorted(Files.readAllLines(export.resolve("annotations.jsonl"), StandardCharsets.UTF_8));
		System.out.printf("the command line on %d articles: %.1f s%n", ARTICLES, (System.nanoTime() - t0) / 1e9);
	}

	@AfterAll
	static void release() {
		cliLines = null;
	}

	private static String cli(String... args) {
		var result = Runs.cli(args);
		assertEquals(0, result.code(), () -> String.join(" ", args) + ": " + result.err());
		return result.out();
	}

	private static List<String> sorted(List<String> lines) {
		var copy = new ArrayList<>(lines.stream().filter(l -> !l.isBlank()).toList());
		copy.sort(null);
		return copy;
	}

	private static int spark(String... args) {
		return Runs.spark(args).code();
	}

	@Test
	void theProjectLayoutHoldsTheCommandLinesSetsFileForFile() throws Exception {
		var output = work.resolve("spark-xmi");
		// a glob of the first 300 articles, in 3 parts
		assertEquals(0, spark("suggest", articles.resolve("story-00[0-2]*.txt").toString(), "--output", output.toString(),
				"--metadata", articles.resolve("metadata.tsv").toString(), "--format", "xmi", "--master", "local[2]",
				"--partitions", "3"));
		var seen = new ArrayList<String>();
		try (Stream<Path> parts = Files.list(output)) {
			for (var part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
				var store = org.sayso.core.store.ProjectStore.open(part);
				assertTrue(store.warnings().isEmpty(), store.warnings()::toString);
				for (var document : store.project().getDocuments()) {
					var id = document.getId();
					seen.add(id);
					var name = "annotations/suggestions/" + id + ".xmi";
					assertEquals(withoutTime(Files.readString(work.resolve("cli-project").resolve(name))),
							withoutTime(Files.readString(part.resolve(name))), id);
				}
			}
		}
		seen.sort(null);
		assertEquals(300, seen.size());
		assertEquals("story-00000", seen.get(0));
		assertEquals("story-00299", seen.get(299));
	}

	/** The set's time of saving, which differs between any two runs. */
	private static String withoutTime(String xmi) {
		return xmi.replaceAll("lastModified=\"[^\"]*\"", "");
	}

	@Test
	void jsonLinesEqualTheCommandLinesRecordForRecord() throws Exception {
		var output = work.resolve("spark-jsonl");
		assertEquals(0, spark("suggest", articles.toString(), "--output", output.toString(), "--metadata",
				articles.resolve("metadata.tsv").toString(), "--master", "local[2]", "--partitions", "8"));
		var lines = new ArrayList<String>();
		try (Stream<Path> parts = Files.list(output)) {
			for (var part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
				lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
			}
		}
		assertEquals(ARTICLES, cliLines.size());
		assertTrue(cliLines.stream().allMatch(l -> l.contains("\"claims\":[{")), "every article has a suggested claim");
		assertEquals(cliLines, sorted(lines));
		assertTrue(Files.readString(output.resolve(JobSummary.FILE)).contains(ARTICLES + " document(s)"));
		assertFalse(Files.exists(Path.of(output + ".sayso-staging")));
	}
	@Test
	void articlesThatCannotBeReadAreListedAndTheOthersSuggested() throws Exception {
		var mixed = Files.createDirectories(work.resolve("mixed"));
		for (var name : List.of("story-00001.txt", "story-00002.txt", "story-00003.txt")) {
			Files.copy(articles.resolve(name), mixed.resolve(name));
		}
		Files.writeString(mixed.resolve("empty.txt"), "");
		Files.write(mixed.resolve("photo.html"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2 });
		var output = work.resolve("spark-mixed");
		var result = Runs.spark("suggest", mixed.toString(), "--output", output.toString(), "--master", "local[2]",
				"--partitions", "2");
		assertEquals(1, result.code(), "some articles failed");
		var summary = Files.readString(output.resolve(JobSummary.FILE));
		assertTrue(summary.contains("3 document(s) written") && summary.contains("2 failed"), summary);
		assertTrue(summary.contains("empty.txt") && summary.contains("is empty"), summary);
		assertTrue(summary.contains("photo.html") && summary.contains("binary"), summary);
		var lines = new ArrayList<String>();
		try (Stream<Path> parts = Files.list(output)) {
			for (var part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
				lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
			}
		}
		assertEquals(List.of("story-00001", "story-00002", "story-00003"),
				lines.stream().filter(l -> !l.isBlank()).map(JobSummary::documentIdOf).sorted().toList());
	}
	@Test
	void aProjectsDocumentsAreSuggestedWithTheirDatesAsTheCommandLineSuggestsThem() throws Exception {
		var project = work.resolve("small-project");
		GeneratedProject.write(project, 40, 5);
		var output = work.resolve("spark-project");
		assertEquals(0, spark("suggest", project.toString(), "--output", output.toString(), "--master", "local[2]",
				"--partitions", "3"));
		cli("suggest", project.toString(), "--annotator", "suggestions");
		var export = work.resolve("small-project-jsonl");
		cli("export", project.toString(), "--out", export.toString(), "--format", "jsonl", "--set", "suggestions");
		var expected = sorted(Files.readAllLines(export.resolve("annotations.jsonl"), StandardCharsets.UTF_8));
		assertEquals(40, expected.size());
		assertTrue(expected.get(0).contains("\"dct\":\"2025-01-01\""), expected.get(0));
		var lines = new ArrayList<String>();
		try (Stream<Path> parts = Files.list(output)) {
			for (var part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
				lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
			}
		}
		assertEquals(expected, sorted(lines));
	}
	@Test
	void aMetadataTableNoTaskCouldReadStopsTheJobBeforeItStarts() throws Exception {
		var table = work.resolve("dates.tsv");
		Files.writeString(table, "name\tdate\nstory-00001.txt\t2025-03-04\n");
		var output = work.resolve("spark-bad-table");
		var result = Runs.spark("suggest", articles.toString(), "--metadata", table.toString(), "--output",
				output.toString(), "--master", "local[1]");
		assertEquals(1, result.code());
		assertTrue(result.err().contains(table + ":1: no column names the articles"), result.err());
		assertFalse(Files.exists(output));
	}
}
