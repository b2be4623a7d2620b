package org.sayso.spark;

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
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export and agreement jobs in Spark's local mode against the command line on a generated project of 5,000
 * articles with three annotators and curated sets: record for record, file for file, figure for figure.
 */
class ProjectJobsTest {

	private static final int ARTICLES = 5_000;

	@TempDir
	static Path work;
	private static Path project;

	@BeforeAll
	static void generate() throws Exception {
		project = work.resolve("project");
		GeneratedProject.write(project, ARTICLES, 11);
	}

	static int cli(String... args) {
		var result = Runs.cli(args);
		lastOut = result.out();
		return result.code();
	}

	static String lastOut;

	static int spark(String... args) {
		return Runs.spark(args).code();
	}

	/** Every file of that name in the parts, in part order. */
	static List<Path> inParts(Path output, String name) throws Exception {
		try (Stream<Path> parts = Files.list(output)) {
			return parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().map(p -> p.resolve(name))
					.filter(Files::exists).toList();
		}
	}

	static List<String> sortedLines(List<Path> files) throws Exception {
		var lines = new ArrayList<String>();
		for (var file : files) {
			Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(lines::add);
		}
		lines.sort(null);
		return lines;
	}

	@Test
	void jsonLinesWithTheirClustersEqualTheCommandLines() throws Exception {
		var cliOut = work.resolve("cli-jsonl");
		assertEquals(0, cli("export", project.toString(), "--out", cliOut.toString(), "--format", "jsonl"));
		var output = work.resolve("spark-jsonl");
		assertEquals(0, spark("export", project.toString(), "--output", output.toString(), "--format", "jsonl",
				"--master", "local[2]", "--partitions", "8"));
		var expected = sortedLines(List.of(cliOut.resolve("annotations.jsonl")));
		assertTrue(expected.size() > ARTICLES / 2, "most articles have a curated set: " + expected.size());
		// the same quote by the same speaker in many articles: clusters whose claims are in different parts
		assertTrue(expected.stream().anyMatch(l -> l.contains("\"cluster\":\"c1\"")), "clusters in the records");
		assertEquals(8, inParts(output, "annotations.jsonl").size());
		assertEquals(expected, sortedLines(inParts(output, "annotations.jsonl")));
	}

	@Test
	void uimaXmiEqualsTheCommandLinesFileForFile() throws Exception {
		var cliOut = work.resolve("cli-xmi");
		assertEquals(0, cli("export", project.toString(), "--out", cliOut.toString(), "--format", "uima-xmi", "--set", "ben"));
		var output = work.resolve("spark-xmi");
		assertEquals(0, spark("export", project.toString(), "--output", output.toString(), "--format", "uima-xmi",
				"--set", "ben", "--master", "local[2]", "--partitions", "4"));
		int compared = 0;
		try (Stream<Path> files = Files.list(cliOut)) {
			for (var file : files.filter(f -> f.getFileName().toString().endsWith(".xmi")).toList()) {
				var name = file.getFileName().toString();
				var parts = inParts(output, name);
				assertEquals(1, parts.size(), name + " in one part");
				assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(parts.get(0)), name);
				compared++;
			}
		}
		assertEquals(ARTICLES, compared);
		for (var typeSystem : inParts(output, "TypeSystem.xml")) {
			assertArrayEquals(Files.readAllBytes(cliOut.resolve("TypeSystem.xml")), Files.readAllBytes(typeSystem));
		}
	}

	@Test
	void conllEqualsTheCommandLinesDocumentForDocument() throws Exception {
		var cliOut = work.resolve("cli-conll");
		assertEquals(0, cli("export", project.toString(), "--out", cliOut.toString(), "--format", "conll", "--set", "all"));
		var output = work.resolve("spark-conll");
		assertEquals(0, spark("export", project.toString(), "--output", output.toString(), "--format", "conll", "--set",
				"all", "--master", "local[2]", "--partitions", "4"));
		var expected = blocks(List.of(cliOut.resolve("annotations.conll")));
		assertTrue(expected.size() >= 2 * ARTICLES, "a block per document and set: " + expected.size());
		assertEquals(expected, blocks(inParts(output, "annotations.conll")));
	}

	/** The CoNLL files cut at each "# newdoc", sorted. */
	private static List<String> blocks(List<Path> files) throws Exception {
		var blocks = new ArrayList<String>();
		for (var file : files) {
			var text = Files.readString(file, StandardCharsets.UTF_8);
			for (var block : text.split("(?m)^(?=# newdoc)")) {
				if (block.startsWith("# newdoc")) {
					blocks.add(block.strip());
				}
			}
		}
		blocks.sort(null);
		return blocks;
	}

	@Test
	void agreementEqualsTheCommandLinesFigureForFigure() throws Exception {
		assertEquals(0, cli("agreement", project.toString(), "--json"));
		var expected = lastOut;
		var output = work.resolve("spark-agreement");
		assertEquals(0, spark("agreement", project.toString(), "--output", output.toString(), "--master", "local[2]",
				"--partitions", "6"));
		var actual = Files.readString(output.resolve(AgreementJob.FILE), StandardCharsets.UTF_8);
		var number = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
		// the same JSON but for the last digits of the figures
		assertEquals(number.matcher(expected).replaceAll("#"), number.matcher(actual).replaceAll("#"));
		var a = number.matcher(expected).results().map(m -> Double.parseDouble(m.group())).toList();
		var b = number.matcher(actual).results().map(m -> Double.parseDouble(m.group())).toList();
		assertEquals(a.size(), b.size());
		assertTrue(a.size() > ARTICLES, "figures for every document: " + a.size());
		for (int i = 0; i < a.size(); i++) {
			assertEquals(a.get(i), b.get(i), 1e-9, "figure " + i);
		}
		assertTrue(expected.contains("\"alphaU\"") || expected.contains("alpha"), expected.substring(0, 200));
	}

	@Test
	void aSetThatCannotBeReadIsListedAndTheRestIsExported() throws Exception {
		var small = work.resolve("small");
		GeneratedProject.write(small, 30, 3);
		var broken = small.resolve("annotations/ben/story-00007.xmi");
		Files.writeString(broken, "<xmi:XMI this is not XML");
		var cliOut = work.resolve("small-cli");
		int cliCode = cli("export", small.toString(), "--out", cliOut.toString(), "--format", "jsonl", "--set", "ben");
		var output = work.resolve("small-spark");
		int code = spark("export", small.toString(), "--output", output.toString(), "--format", "jsonl", "--set", "ben",
				"--master", "local[2]", "--partitions", "3");
		assertEquals(cliCode == 0 ? 0 : 1, code, "the command line's exit code");
		assertEquals(1, code, "a set that cannot be read fails the job's exit code");
		var summary = Files.readString(output.resolve(JobSummary.FILE));
		assertTrue(summary.contains("story-00007"), summary);
		assertTrue(summary.contains("29 document(s)"), summary);
		assertEquals(sortedLines(List.of(cliOut.resolve("annotations.jsonl"))),
				sortedLines(inParts(output, "annotations.jsonl")));
		assertFalse(Files.exists(Path.of(output + ".sayso-staging")));
	}

	@Test
	void anOutputThatExistsIsRefusedAndKept() throws Exception {
		var output = Files.createDirectories(work.resolve("taken"));
		Files.writeString(output.resolve("keep.txt"), "mine");
		var result = Runs.spark("agreement", project.toString(), "--output", output.toString(), "--master", "local[1]");
		assertEquals(1, result.code());
		assertTrue(result.err().contains(output + " exists already"), result.err());
		assertEquals(List.of("keep.txt"), Arrays.stream(output.toFile().list()).toList());
	}
}
