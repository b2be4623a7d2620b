package org.sayso.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.cli.SaysoCli;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.Claim;
import org.sayso.model.CurationDecision;

/**
 * Published corpora, read at run time from {@code ../shared/corpora} beside the checkout (or {@code $SAYSO_CORPORA}),
 * never copied into the project: PolNeAR's annotator-training articles (six annotators each) through import,
 * agreement and merge, and the whole training split through import. Skipped where the corpora are not present.
 */
class PublishedCorpusTest {

	private static final Pattern CONTENT = Pattern.compile("^(T\\d+)\\tContent ", Pattern.MULTILINE);
	private static final Pattern EVENT = Pattern.compile("^E\\d+\\t.*$", Pattern.MULTILINE);

	@TempDir
	Path temp;

	private final CliRunner cli = new CliRunner();

	private static Path polnear() {
		var configured = System.getenv("SAYSO_CORPORA");
		var corpora = configured != null ? Path.of(configured) : Path.of("../../../shared/corpora");
		var polnear = corpora.resolve("polnear");
		assumeTrue(Files.isDirectory(polnear.resolve("annotator-training")), "no PolNeAR in " + corpora.toAbsolutePath());
		return polnear;
	}

	@Test
	void sixAnnotatorsAreImportedMeasuredAndMergedWithTheirLinks() throws Exception {
		var polnear = polnear();
		var project = temp.resolve("training");

		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), polnear.resolve("annotator-training").toString(),
				"--metadata", polnear.resolve("metadata.tsv").toString()), cli.out());

		// every Content span of every file is a claim, and every one an event gives a source has a speaker
		var store = ProjectStore.open(project);
		int contents = 0;
		int attributed = 0;
		int claims = 0;
		int withSpeaker = 0;
		try (var files = Files.list(polnear.resolve("annotator-training/attributions"))) {
			for (var ann : files.filter(f -> f.toString().endsWith(".ann")).sorted().toList()) {
				var text = Files.readString(ann, StandardCharsets.UTF_8);
				var contentIds = new HashSet<String>();
				CONTENT.matcher(text).results().forEach(m -> contentIds.add(m.group(1)));
				var sourced = new HashSet<String>();
				EVENT.matcher(text).results().map(m -> m.group()).filter(e -> e.contains(" Source:")).forEach(
						e -> contentIds.stream().filter(id -> e.matches(".*Content\\d*:" + id + "(\\s.*)?$")).forEach(sourced::add));
				contents += contentIds.size();
				attributed += sourced.size();
				var name = ann.getFileName().toString().replaceFirst("\\.ann$", "");
				var set = store.openSet(store.document(name.substring(0, name.lastIndexOf('_'))),
						name.substring(name.lastIndexOf('_') + 1)).set();
				for (var a : set.getAnnotations()) {
					if (a instanceof Claim claim) {
						claims++;
						withSpeaker += claim.getSources().isEmpty() ? 0 : 1;
					}
				}
			}
		}
		assertTrue(contents > 300, "the four articles hold hundreds of contents: " + contents);
		assertEquals(contents, claims, "every content is a claim");
		assertEquals(attributed, withSpeaker, "every attributed content has its speaker");

		assertEquals(SaysoCli.OK, cli.run("agreement", project.toString()), cli.err());
		assertTrue(cli.out().contains("Annotators: 4b22, 4e07, 5fec, 6b86, d473, ef2d; corpus figures over 4 document(s)"),
				cli.out());

		assertEquals(SaysoCli.OK, cli.run("merge", project.toString()), cli.err());
		var merged = ProjectStore.open(project);
		int unanimousClaims = 0;
		for (var document : merged.project().getDocuments()) {
			var curated = merged.openCuratedSet(document, null).set();
			var anyAnnotator = merged.openSet(document, "ef2d").set();
			for (var a : curated.getAnnotations()) {
				if (a instanceof Claim claim && claim.getProvenance() != null
						&& claim.getProvenance().getDecision() == CurationDecision.UNANIMOUS) {
					unanimousClaims++;
					// all six agreed, speaker included: the curated claim links the speaker they all linked
					var theirs = anyAnnotator.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
							.filter(c -> c.getBegin() == claim.getBegin() && c.getEnd() == claim.getEnd()).findFirst()
							.orElseThrow();
					assertEquals(theirs.getSources().size(), claim.getSources().size(), document.getId() + " " + claim.getBegin());
					for (int i = 0; i < claim.getSources().size(); i++) {
						var mine = claim.getSources().get(i);
						assertTrue(theirs.getSources().stream()
								.anyMatch(s -> s.getBegin() < mine.getEnd() && mine.getBegin() < s.getEnd()),
								"the curated claim's speaker is the one they linked: " + document.getId() + " "
										+ claim.getBegin());
					}
				}
			}
		}
		assertTrue(unanimousClaims > 0, "some claims all six annotators agree on");
	}

	@Test
	void theWholeTrainingSplitImportsOrSaysWhyNot() throws Exception {
		var polnear = polnear();
		assumeTrue(Files.isDirectory(polnear.resolve("train")));
		var project = temp.resolve("train");

		cli.run("import", project.toString(), polnear.resolve("train").toString(), "--metadata",
				polnear.resolve("metadata.tsv").toString());

		var out = cli.out();
		var failed = out.lines().filter(l -> l.contains("] FAILED ")).toList();
		var summary = out.lines().filter(l -> l.contains(" file(s) imported into ")).findFirst().orElseThrow();
		int total = Integer.parseInt(summary.replaceFirst("^\\d+ of (\\d+) .*", "$1"));
		int imported = Integer.parseInt(summary.replaceFirst("^(\\d+) of .*", "$1"));
		assertEquals(total, imported + failed.size(), "every article is imported or reported: " + summary);
		assertTrue(imported >= 839, summary);
		for (var line : failed) {
			assertTrue(line.matches(".*\\.ann:\\d+: .*"), "a refusal names its file and line: " + line);
		}
		assertEquals(imported, ProjectStore.open(project).project().getDocuments().size());
	}
}
