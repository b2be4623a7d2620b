package org.sayso.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.cli.SaysoCli;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.ClaimKind;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerKind;

/** sayso export (and sayso import of an emf export) on a real project folder. */
class ExportCommandTest {

	private static final String FERRY = "Ferry Service Cut\n\nOSLO (Sayso Wire) April 2, 2025 - Harbour master Kari Dahl"
			+ " said on Monday the night ferry would stop in May.\n";
	private static final String TUNNEL = "Tunnel Opens\n\nBERGEN (Sayso Wire) April 3, 2025 - The tunnel will open"
			+ " next week, officials said.\n";
	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	@TempDir
	Path temp;

	private Path project;
	private final CliRunner cli = new CliRunner();

	/** ferry: ana's and the curated set, valid; tunnel: ana's and the curated set, a claim without speaker. */
	@BeforeEach
	void createProject() throws Exception {
		project = temp.resolve("newsroom");
		var store = ProjectStore.create(project, "newsroom");
		var ferry = store.addDocument("ferry", FERRY);
		ferry.setDct("2025-04-02");
		var tunnel = store.addDocument("tunnel", TUNNEL);
		store.saveProject(false);
		for (var opened : new org.sayso.core.store.OpenedSet[] { store.openSet(ferry, "ana"), store.openCuratedSet(ferry, "lead") }) {
			var set = opened.set();
			var speaker = F.createSpeakerMention();
			span(speaker, FERRY, "Harbour master Kari Dahl");
			speaker.setKind(SpeakerKind.ROLE);
			var claim = F.createClaim();
			span(claim, FERRY, "the night ferry would stop in May");
			claim.setKind(ClaimKind.INDIRECT);
			claim.getSources().add(speaker);
			var date = F.createDateMention();
			span(date, FERRY, "in May");
			date.setValue("2025-05");
			set.getAnnotations().add(speaker);
			set.getAnnotations().add(claim);
			set.getAnnotations().add(date);
			store.save(opened, false);
		}
		for (var opened : new org.sayso.core.store.OpenedSet[] { store.openSet(tunnel, "ana"), store.openCuratedSet(tunnel, "lead") }) {
			var claim = F.createClaim();
			span(claim, TUNNEL, "The tunnel will open next week");
			opened.set().getAnnotations().add(claim);
			store.save(opened, false);
		}
	}

	private static void span(org.sayso.model.Annotation annotation, String text, String covered) {
		annotation.setBegin(text.indexOf(covered));
		annotation.setEnd(text.indexOf(covered) + covered.length());
	}

	@Test
	void exportWritesTheFilesPrintsTheSummaryAndFailsForTheRefusedDocument() throws Exception {
		var target = temp.resolve("training");

		int code = cli.run("export", project.toString(), "--format", "jsonl", "--out", target.toString());

		assertEquals(SaysoCli.FAILED, code, "a document was refused for validation");
		assertTrue(cli.out().contains("Exported 1 document(s), 1 annotation set(s) (curated) as jsonl"), cli.out());
		assertTrue(cli.out().contains("Annotations: 3, Speaker 1, Claim 1, Cue 0, DateMention 1"), cli.out());
		assertTrue(cli.out().contains("Refused 1 document(s)") && cli.out().contains("tunnel (curation)"), cli.out());
		assertTrue(cli.out().contains("has no speaker"), cli.out());
		assertTrue(cli.err().contains("export: Exporting 2 document(s) as jsonl"), cli.err());
		assertEquals(1, Files.readAllLines(target.resolve("annotations.jsonl")).size());
		assertEquals(cli.out(), Files.readString(target.resolve("export-summary.txt")));
	}

	@Test
	void allowInvalidExportsEverythingAndSucceeds() throws Exception {
		var target = temp.resolve("xmi");

		int code = cli.run("export", project.toString(), "--format", "uima-xmi", "--out", target.toString(), "--set", "all",
				"--allow-invalid");

		assertEquals(SaysoCli.OK, code, cli.err());
		assertTrue(cli.out().contains("Exported anyway (--allow-invalid)"), cli.out());
		assertTrue(Files.isRegularFile(target.resolve("annotations/ana/tunnel.xmi")));
		assertTrue(Files.isRegularFile(target.resolve("curation/ferry.xmi")));
		assertTrue(Files.isRegularFile(target.resolve("TypeSystem.xml")));
	}

	@Test
	void aFolderThatIsNotEmptyIsKeptUnlessReplaceIsGiven() throws Exception {
		var target = Files.createDirectories(temp.resolve("conll"));
		Files.writeString(target.resolve("old.conll"), "old");

		assertEquals(SaysoCli.FAILED, cli.run("export", project.toString(), "--format", "conll", "--out", target.toString(),
				"--set", "ana", "--allow-invalid"));
		assertTrue(cli.err().contains("is not empty") && cli.err().contains("--replace"), cli.err());
		assertTrue(Files.exists(target.resolve("old.conll")));

		assertEquals(SaysoCli.OK, cli.run("export", project.toString(), "--format", "conll", "--out", target.toString(),
				"--set", "ana", "--allow-invalid", "--replace"), cli.err());
		assertFalse(Files.exists(target.resolve("old.conll")));
		assertTrue(Files.readString(target.resolve("annotations.conll")).contains("Kari\t"));
	}

	@Test
	void wrongArgumentsSayWhatIsWrong() {
		assertEquals(SaysoCli.USAGE, cli.run("export", project.toString(), "--out", temp.resolve("x").toString()));
		assertTrue(cli.err().contains("missing --format (uima-xmi, inception, emf, jsonl, conll)"), cli.err());
		assertEquals(SaysoCli.USAGE, cli.run("export", project.toString(), "--format", "csv", "--out", "x"));
		assertTrue(cli.err().contains("unknown format 'csv'"), cli.err());
		assertEquals(SaysoCli.FAILED, cli.run("export", project.toString(), "--format", "jsonl", "--out",
				temp.resolve("x").toString(), "--set", "zoe"));
		assertTrue(cli.err().contains("has no annotator 'zoe'; its annotators are ana"), cli.err());
		assertEquals(SaysoCli.FAILED, cli.run("export", temp.resolve("nowhere").toString(), "--format", "jsonl", "--out",
				temp.resolve("x").toString()));
		assertFalse(Files.exists(temp.resolve("x")));
	}

	@Test
	void anEmfExportImportsBackAsANewProject() throws Exception {
		var corpus = temp.resolve("corpus");
		assertEquals(SaysoCli.OK, cli.run("export", project.toString(), "--format", "emf", "--out", corpus.toString(),
				"--set", "all", "--allow-invalid"), cli.err());
		var copy = temp.resolve("copy");

		assertEquals(SaysoCli.OK, cli.run("import", copy.toString(), corpus.toString()), cli.err());

		assertTrue(cli.out().contains("Imported the corpus"), cli.out());
		var store = ProjectStore.open(copy);
		assertEquals("newsroom", store.project().getName());
		assertEquals(FERRY, store.text(store.document("ferry")));
		assertEquals("2025-04-02", store.document("ferry").getDct());
		var ana = store.openSet(store.document("ferry"), "ana").set();
		assertEquals(3, ana.getAnnotations().size());
		assertTrue(Files.exists(copy.resolve("curation/tunnel.xmi")));

		assertEquals(SaysoCli.FAILED, cli.run("import", copy.toString(), corpus.toString()), "never into an existing project");
		assertTrue(cli.err().contains("is a project already"), cli.err());
	}
}
