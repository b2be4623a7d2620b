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

/** sayso export (and sayso import of an emf export) on a real project folder. */
class ExportCommandTest {

	@TempDir
	Path temp;

	private Path project;
	private final CliRunner cli = new CliRunner();

	@BeforeEach
	void createProject() throws Exception {
		project = ExportProject.create(temp.resolve("newsroom"));
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
	void wrongArgumentsSayWhatIsWrong() {
		assertEquals(SaysoCli.USAGE, cli.run("export", project.toString(), "--out", temp.resolve("x").toString()));
		assertTrue(cli.err().contains("missing --format (uima-xmi, inception, emf, jsonl, conll, brat)"), cli.err());
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
		assertEquals(ExportProject.FERRY, store.text(store.document("ferry")));
		assertEquals("2025-04-02", store.document("ferry").getDct());
		var ana = store.openSet(store.document("ferry"), "ana").set();
		assertEquals(3, ana.getAnnotations().size());
		assertTrue(Files.exists(copy.resolve("curation/tunnel.xmi")));

		assertEquals(SaysoCli.FAILED, cli.run("import", copy.toString(), corpus.toString()), "never into an existing project");
		assertTrue(cli.err().contains("is a project already"), cli.err());
	}
}
