package org.sayso.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.cli.SaysoCli;
import org.sayso.core.store.FolderLock;

/**
 * The ways an export could lose a user's data, each reproduced: an empty output name, replacing a folder that is not
 * an export, a failed export replacing a good one, two exports into one folder, leftovers of killed exports.
 */
class ExportReliabilityTest {

	@TempDir
	Path temp;

	private Path project;
	private final CliRunner cli = new CliRunner();

	@BeforeEach
	void createProject() throws Exception {
		project = ExportProject.create(temp.resolve("newsroom"));
	}

	private int export(Path out, String... more) {
		var args = new ArrayList<>(List.of("export", project.toString(), "--format", "jsonl", "--out", out.toString()));
		args.addAll(List.of(more));
		return cli.run(args.toArray(String[]::new));
	}

	@Test
	void anEmptyOrBlankOutputIsAUsageErrorAndDeletesNothing() throws Exception {
		for (var blank : List.of("", "  ")) {
			assertEquals(SaysoCli.USAGE, cli.run("export", project.toString(), "--format", "jsonl", "--out", blank,
					"--replace", "--allow-invalid"), "--out '" + blank + "'");
			assertTrue(cli.err().contains("--out needs a folder name"), cli.err());
			assertEquals(SaysoCli.USAGE, cli.run("export", project.toString(), "--format", "jsonl", "--out=" + blank,
					"--replace"));
		}
		assertTrue(Files.isRegularFile(project.resolve("sayso.project")));
	}

	@Test
	void replaceRefusesAFolderThatNoExportWroteAndNamesWhatIsInIt() throws Exception {
		var home = Files.createDirectories(temp.resolve("home"));
		Files.createDirectories(home.resolve(".ssh"));
		Files.writeString(home.resolve(".ssh/id_rsa"), "secret key");
		Files.writeString(home.resolve("thesis.tex"), "\\chapter{One}");

		assertEquals(SaysoCli.FAILED, export(home, "--replace", "--allow-invalid"));

		assertTrue(cli.err().contains("Will not replace " + home), cli.err());
		assertTrue(cli.err().contains("it has no export-summary.json") && cli.err().contains(".ssh/, thesis.tex"),
				cli.err());
		assertEquals("secret key", Files.readString(home.resolve(".ssh/id_rsa")));
		assertEquals("\\chapter{One}", Files.readString(home.resolve("thesis.tex")));
		try (var siblings = Files.list(temp)) {
			assertEquals(List.of("home", "newsroom"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
					"no temporary folder left behind");
		}
	}

	@Test
	void replaceReplacesAnEarlierExportOnceTheNewOneIsComplete() throws Exception {
		var out = temp.resolve("training");
		assertEquals(SaysoCli.OK, export(out, "--allow-invalid"), cli.err());
		assertEquals(2, Files.readAllLines(out.resolve("annotations.jsonl")).size());

		assertEquals(SaysoCli.OK, export(out, "--allow-invalid", "--set", "ana", "--replace"), cli.err());

		assertTrue(Files.readString(out.resolve("export-summary.txt")).contains("(ana)"));
		assertEquals(SaysoCli.FAILED, export(out, "--allow-invalid"), "not without --replace");
		assertTrue(cli.err().contains("is not empty"), cli.err());
	}

	@Test
	void aFailedExportReplacesNothing() throws Exception {
		var out = temp.resolve("training");
		assertEquals(SaysoCli.OK, export(out, "--allow-invalid"), cli.err());
		var before = Files.readString(out.resolve("annotations.jsonl"));
		var summaryBefore = Files.readString(out.resolve("export-summary.json"));

		// without --allow-invalid the tunnel is refused: the export fails
		assertEquals(SaysoCli.FAILED, export(out, "--replace"));

		assertTrue(cli.out().startsWith("Nothing was written: the export failed (see below), so the previous export in "
				+ out + " is kept as it was."), cli.out());
		assertTrue(cli.out().contains("Refused 1 document(s)"), cli.out());
		assertEquals(before, Files.readString(out.resolve("annotations.jsonl")));
		assertEquals(summaryBefore, Files.readString(out.resolve("export-summary.json")));
		try (var siblings = Files.list(temp)) {
			assertEquals(2, siblings.count(), "no temporary folder left behind");
		}
	}

	@Test
	void anUnreadableSetFailsTheExport() throws Exception {
		Files.writeString(project.resolve("curation/tunnel.xmi"), "<xmi:XMI broken");
		var out = temp.resolve("training");

		assertEquals(SaysoCli.FAILED, export(out, "--allow-invalid"));

		assertTrue(cli.out().contains("Skipped 1 document(s):") && cli.out().contains("tunnel: cannot be read"),
				cli.out());
	}

	@Test
	void anExportRefusesAnOutputAnotherExportIsWriting() throws Exception {
		var out = temp.resolve("training");
		try (var other = FolderLock.tryAcquire(out, "export")) {
			assertEquals(SaysoCli.FAILED, export(out, "--allow-invalid"));
			assertTrue(cli.err().contains("is exporting to " + out + " now: wait until it has finished"), cli.err());
			assertFalse(Files.exists(out));
		}
		assertEquals(SaysoCli.OK, export(out, "--allow-invalid"), "free again once the other export is done");
	}

	@Test
	void twoExportsStartedTogetherIntoOneNewFolderNeverBothClaimIt() throws Exception {
		var out = temp.resolve("together");
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var runs = new ArrayList<Future<String>>();
			for (var set : List.of("ana", "curated")) {
				runs.add(pool.submit(() -> {
					var runner = new CliRunner();
					start.await();
					int code = runner.run("export", project.toString(), "--format", "jsonl", "--out", out.toString(),
							"--set", set, "--allow-invalid");
					return code + "|" + set + "|" + runner.out() + runner.err();
				}));
			}
			start.countDown();
			var results = new ArrayList<String>();
			for (var run : runs) {
				results.add(run.get(60, TimeUnit.SECONDS));
			}
			var succeeded = results.stream().filter(r -> r.startsWith("0|")).toList();
			assertEquals(1, succeeded.size(), String.join("\n---\n", results));
			var winner = succeeded.get(0).split("\\|")[1];
			assertTrue(Files.readString(out.resolve("export-summary.txt")).contains("(" + winner + ")"),
					"the folder holds the export that said it wrote it");
			var loser = results.stream().filter(r -> !r.startsWith("0|")).findFirst().orElseThrow();
			assertTrue(loser.contains("is exporting to") || loser.contains("is not empty"), loser);
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void leftoversOfKilledExportsAreRemovedByTheNextExport() throws Exception {
		var out = temp.resolve("training");
		// what a killed export leaves: a temporary folder of a process that is gone, and a moved-aside old export
		var dead = Files.createDirectories(temp.resolve(".training.exporting-999999999-12345"));
		Files.write(dead.resolve("annotations.jsonl"), new byte[4096]);
		var aside = Files.createDirectories(temp.resolve(".training.replaced-777"));
		var unrelated = Files.createDirectories(temp.resolve(".trainingset.exporting-999999999-1"));

		assertEquals(SaysoCli.OK, export(out, "--allow-invalid"), cli.err());

		assertFalse(Files.exists(dead));
		assertFalse(Files.exists(aside));
		assertTrue(Files.exists(unrelated), "another output's leftovers are that output's business");
	}
}
