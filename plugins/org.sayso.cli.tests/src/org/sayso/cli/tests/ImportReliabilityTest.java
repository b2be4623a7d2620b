package org.sayso.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.cli.SaysoCli;
import org.sayso.io.importer.ArticleImport;
import org.sayso.core.store.FileChangedOnDiskException;
import org.sayso.core.store.FolderLock;
import org.sayso.core.store.ProjectStore;

/**
 * Imports that could leave a project inconsistent, each reproduced: a retry after an import was stopped, the same
 * file imported twice, a project file that cannot be written, and two imports into one project at once.
 */
class ImportReliabilityTest {

	private static final String QUAY = "Quay Repairs Begin\n\nHULL (Sayso Wire) May 5, 2025 - Repairs to the quay began"
			+ " on Monday, the port authority said.\n";
	private static final String LOCKS = "Canal Locks Close\n\nLEEDS (Sayso Wire) May 6, 2025 - The canal locks will"
			+ " close for a week, engineers said.\n";

	@TempDir
	Path temp;

	private final CliRunner cli = new CliRunner();

	private Path incoming() throws Exception {
		var incoming = Files.createDirectories(temp.resolve("incoming"));
		Files.writeString(incoming.resolve("quay.txt"), QUAY);
		Files.writeString(incoming.resolve("locks.txt"), LOCKS);
		return incoming;
	}

	private static List<String> texts(Path project) throws Exception {
		try (var files = Files.list(project.resolve("documents"))) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void importingTheSameFilesAgainRecognisesThem() throws Exception {
		var project = temp.resolve("p");
		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), incoming().toString()), cli.out());

		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), incoming().toString()), cli.out());

		assertTrue(cli.out().contains("Already in the project as 'quay' (same name, same text): not imported again"),
				cli.out());
		assertTrue(cli.out().contains("0 of 2 file(s) imported into " + project + "; 2 already there"), cli.out());
		assertEquals(List.of("locks.txt", "quay.txt"), texts(project), "no quay-2");
	}

	@Test
	void aRetryAfterAStoppedImportCompletesTheTextItLeftUnlisted() throws Exception {
		var incoming = incoming();
		var project = temp.resolve("p");
		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), incoming.resolve("locks.txt").toString()));
		// what a kill between writing the text and writing sayso.project leaves: a text the project does not list
		var scratch = temp.resolve("scratch");
		assertEquals(SaysoCli.OK, cli.run("import", scratch.toString(), incoming.resolve("quay.txt").toString()));
		Files.copy(scratch.resolve("documents/quay.txt"), project.resolve("documents/quay.txt"));

		cli.run("validate", project.toString());
		assertTrue(cli.out().contains("quay.txt is not listed in " + project.resolve("sayso.project")), cli.out());

		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), incoming.toString()), cli.out());

		assertTrue(cli.out().contains("Completed 'quay', whose text an earlier, interrupted import had written"), cli.out());
		assertEquals(List.of("locks.txt", "quay.txt"), texts(project), "no quay-2");
		var store = ProjectStore.open(project);
		assertTrue(store.warnings().isEmpty(), store.warnings().toString());
		var quay = store.document("quay");
		assertEquals("Quay Repairs Begin", quay.getTitle());
		assertEquals("2025-05-05", quay.getDct());
		assertEquals(incoming.resolve("quay.txt").toUri().toString(), quay.getSourceUri());
	}

	@Test
	void aProjectFileThatCannotBeWrittenTakesTheBatchBack() throws Exception {
		var project = temp.resolve("p");
		var store = ProjectStore.create(project, "p");
		var importer = new ArticleImport(store);
		var outcome = importer.importFile(incoming().resolve("quay.txt"));
		assertTrue(Files.exists(project.resolve("documents/quay.txt")));
		// someone else rewrote sayso.project meanwhile: writing it is refused
		Files.writeString(project.resolve("sayso.project"), Files.readString(project.resolve("sayso.project")) + "\n");
		assertThrows(FileChangedOnDiskException.class, () -> store.saveProject(false));

		var left = store.removeUnsaved(Map.of(outcome.documentId(), outcome.written()));

		assertTrue(left.isEmpty(), left.toString());
		assertEquals(List.of(), texts(project), "no text the project does not list");
		assertFalse(store.project().getDocuments().stream().anyMatch(d -> d.getId().equals("quay")));
	}

	@Test
	void aSecondImportIntoTheSameProjectWaitsForTheFirst() throws Exception {
		var project = temp.resolve("p");
		var incoming = incoming();
		var pool = Executors.newSingleThreadExecutor();
		try {
			var runner = new CliRunner();
			java.util.concurrent.Future<Integer> second;
			try (var first = FolderLock.tryAcquire(project, "import")) {
				second = pool.submit(() -> runner.run("import", project.toString(), incoming.toString()));
				Thread.sleep(1500);
				assertFalse(second.isDone(), "it waits while the other import runs");
				assertFalse(Files.exists(project), "and writes nothing meanwhile");
			}
			assertEquals(SaysoCli.OK, second.get(60, TimeUnit.SECONDS), runner.err());
			assertTrue(runner.err().contains("sayso import: waiting for another import of this program, which is"
					+ " writing " + project), runner.err());
			assertEquals(List.of("locks.txt", "quay.txt"), texts(project));
		} finally {
			pool.shutdownNow();
		}
	}
}
