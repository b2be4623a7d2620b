package org.sayso.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.cli.SaysoCli;
import org.sayso.core.store.Folders;

/**
 * Projects whose own files are wrong, each reproduced as the adversarial test found it: bad values in
 * {@code sayso.project}, a lost project file, an article date that is no date, links out of the project, and the
 * messages each case gives. Every case ends with a message naming the file and what to do, an exit code of 1, and
 * nothing written.
 */
class ProjectFileReliabilityTest {

	private static final String MINISTER = "Rates Rise\n\nLISBON (Sayso Wire) June 2, 2025 - The finance minister said"
			+ " on Tuesday that rates would rise.\n";
	private static final String PORT = "Port Reopens\n\nGDANSK (Sayso Wire) June 3, 2025 - The port reopened on"
			+ " Monday, its director said.\n";

	/** Every command that opens a project to work on it, with the arguments it needs. */
	private static final List<List<String>> COMMANDS = List.of(List.of("validate"),
			List.of("suggest", "--annotator", "ana"), List.of("merge"), List.of("agreement"),
			List.of("meta", "--all", "--confirm"), List.of("eval", "--gold", "ana"), List.of("project-annotations", "--from", "port"), List.of("export", "--format", "jsonl", "--out", "OUT"));

	@TempDir
	Path temp;

	private final CliRunner cli = new CliRunner();

	private Path project() throws Exception {
		var articles = Files.createDirectories(temp.resolve("articles"));
		Files.writeString(articles.resolve("minister.txt"), MINISTER);
		Files.writeString(articles.resolve("port.txt"), PORT);
		var project = temp.resolve("p");
		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), articles.toString()), cli.err());
		return project;
	}

	private int run(List<String> command, Path project) {
		var args = new java.util.ArrayList<String>();
		args.add(command.get(0));
		args.add(project.toString());
		command.subList(1, command.size()).forEach(a -> args.add(a.equals("OUT") ? temp.resolve("out").toString() : a));
		return cli.run(args.toArray(String[]::new));
	}

	/** Each command refuses the project with {@code expected} in its message, and writes nothing. */
	private void everyCommandRefuses(Path project, String... expected) throws Exception {
		var before = Files.readString(project.resolve("sayso.project"));
		for (var command : COMMANDS) {
			assertEquals(SaysoCli.FAILED, run(command, project), command + ": " + cli.err() + cli.out());
			for (var words : expected) {
				assertTrue(cli.err().contains(words), command + " says what is wrong: " + cli.err());
			}
			assertTrue(cli.err().contains(project.resolve("sayso.project").toString()), "names the file: " + cli.err());
			assertFalse(cli.err().contains("internal error"), cli.err());
		}
		assertEquals(before, Files.readString(project.resolve("sayso.project")), "nothing rewrote the project file");
		assertFalse(Files.exists(project.resolve("annotations")), "no set was written");
		assertFalse(Files.exists(temp.resolve("out")), "nothing was exported");
	}

	private static void edit(Path project, String from, String to) throws Exception {
		var file = project.resolve("sayso.project");
		var content = Files.readString(file);
		assertTrue(content.contains(from), content);
		Files.writeString(file, content.replace(from, to));
	}

	@Test
	void aDocumentIdThatIsAPathIsRefusedByEveryCommandNamingTheValue() throws Exception {
		var project = project();
		edit(project, "id=\"minister\"", "id=\"../../etc/passwd\"");

		everyCommandRefuses(project, "'../../etc/passwd'", "Correct or remove that <documents> entry");
		assertTrue(cli.err().contains("restore sayso.project.bak"), "the import left a backup to restore: " + cli.err());
	}

	@Test
	void aClaimThresholdOutsideItsRangeIsRefused() throws Exception {
		for (var value : List.of("7", "-1", "NaN")) {
			var project = project();
			edit(project, "<settings/>", "<settings claimOverlapThreshold=\"" + value + "\"/>");

			everyCommandRefuses(project, "claimOverlapThreshold to " + Double.parseDouble(value), "at most 1");
			Folders.deleteTree(project);
			Folders.deleteTree(temp.resolve("articles"));
		}
	}

	@Test
	void aDocumentListedTwiceIsRefusedInsteadOfReportedAsMissingItsText() throws Exception {
		var project = project();
		edit(project, "<documents id=\"port\"", "<documents id=\"minister\"/>\n  <documents id=\"port\"");

		everyCommandRefuses(project, "lists the document 'minister' twice");
		assertFalse(cli.err().contains("has no text file"), cli.err());
	}

	@Test
	void aProjectFileOfAnotherFormatGetsAReasonInWordsAndNoBackupThatIsNotThere() throws Exception {
		var project = project();
		Files.delete(project.resolve("sayso.project.bak"));
		Files.writeString(project.resolve("sayso.project"), "<?xml version=\"1.0\"?><notes><note>hi</note></notes>");

		assertEquals(SaysoCli.FAILED, cli.run("validate", project.toString()));
		assertTrue(cli.err().contains("not in Sayso's format"), cli.err());
		assertFalse(cli.err().contains("Package with uri"), "no parser text: " + cli.err());
		assertTrue(cli.err().contains("there is no sayso.project.bak"), cli.err());
	}

	@Test
	void aLostProjectFileWithItsBackupBesideItIsNotRebuiltSilently() throws Exception {
		var project = project();
		var backup = project.resolve("sayso.project.bak");
		assertTrue(Files.exists(backup));
		Files.delete(project.resolve("sayso.project"));

		assertEquals(SaysoCli.FAILED, cli.run("suggest", project.toString(), "--annotator", "ana"));
		assertTrue(cli.err().contains("has lost its sayso.project") && cli.err().contains(backup.toString()), cli.err());
		assertFalse(Files.exists(project.resolve("sayso.project")), "no project file made up");
		assertFalse(Files.exists(project.resolve("annotations")));

		// without a backup the folder is still usable, and the command says the titles and dates are unknown
		Files.delete(backup);
		assertEquals(SaysoCli.OK, cli.run("validate", project.toString()), cli.err() + cli.out());
		assertTrue(cli.out().contains("has no sayso.project"), cli.out());
	}

	@Test
	void anArticleDateThatIsNoDateIsAValidationErrorAndSuggestKeepsIt() throws Exception {
		var project = project();
		edit(project, "dct=\"2025-06-02\"", "dct=\"garbage\"");

		assertEquals(SaysoCli.FAILED, cli.run("validate", project.toString()));
		assertTrue(cli.out().contains("document 'minister' has the article date (DCT) 'garbage', which is no date"),
				cli.out());
		assertTrue(cli.out().contains("sayso meta"), "says how to set it: " + cli.out());

		assertEquals(SaysoCli.OK, cli.run("suggest", project.toString(), "--annotator", "ana"), cli.err());
		assertTrue(cli.err().contains("'garbage', which is no date"), cli.err());
		assertTrue(Files.readString(project.resolve("sayso.project")).contains("dct=\"garbage\""),
				"the user's value is kept for them to correct");
	}

	@Test
	void aTextLinkedOutOfTheProjectIsNeitherReadNorExported() throws Exception {
		var project = project();
		var secret = Files.writeString(temp.resolve("secret.txt"), "The private key is 1234.\n");
		Files.createSymbolicLink(project.resolve("documents/leak.txt"), secret);

		assertEquals(SaysoCli.OK, cli.run("info", project.toString()));
		assertTrue(cli.out().contains("Links out documents/leak.txt -> " + secret.toRealPath()), cli.out());

		assertEquals(SaysoCli.FAILED, cli.run("validate", project.toString()));
		assertTrue(cli.out().contains(project.resolve("documents/leak.txt") + ": error: ")
				&& cli.out().contains("leads out of the project"), cli.out());

		assertEquals(SaysoCli.FAILED, cli.run("suggest", project.toString(), "--annotator", "ana"));
		assertFalse(Files.exists(project.resolve("annotations/ana/leak.xmi")));

		var out = temp.resolve("out");
		cli.run("export", project.toString(), "--format", "jsonl", "--out", out.toString(), "--allow-invalid");
		try (var files = Files.walk(out)) {
			for (var file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				assertFalse(Files.readString(file).contains("private key"), file + " holds the linked file's text");
			}
		}
	}

	@Test
	void anAnnotatorFolderLinkedOutOfTheProjectIsNotWrittenInto() throws Exception {
		var project = project();
		var elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
		Files.createDirectories(project.resolve("annotations"));
		Files.createSymbolicLink(project.resolve("annotations/ana"), elsewhere);

		assertEquals(SaysoCli.FAILED, cli.run("suggest", project.toString(), "--annotator", "ana"));
		assertTrue(cli.err().contains("leads out of the project"), cli.err());
		try (var files = Files.list(elsewhere)) {
			assertEquals(0, files.count(), "nothing written outside the project");
		}
		assertEquals(SaysoCli.OK, cli.run("info", project.toString()));
		assertTrue(cli.out().contains("Links out annotations/ana/ -> " + elsewhere.toRealPath()), cli.out());
	}

	@Test
	void aPathThatIsAFileOrNothingIsNamedSo() throws Exception {
		var file = Files.writeString(temp.resolve("notes.txt"), "x");
		assertEquals(SaysoCli.FAILED, cli.run("merge", file.toString()));
		assertTrue(cli.err().contains(file + " is a file, not a folder"), cli.err());

		assertEquals(SaysoCli.FAILED, cli.run("merge", temp.resolve("nowhere").toString()));
		assertTrue(cli.err().contains("There is no folder " + temp.resolve("nowhere")), cli.err());
	}

	@Test
	void aTextThatCannotBeReadSaysWhyNotJustItsName() throws Exception {
		var project = project();
		Files.delete(project.resolve("documents/port.txt"));
		Files.createDirectories(project.resolve("documents/port.txt"));

		assertEquals(SaysoCli.FAILED, cli.run("validate", project.toString()));
		var line = cli.out().lines().filter(l -> l.contains("port.txt: error")).findFirst().orElse(cli.out());
		assertTrue(line.contains("Is a directory"), "the reason, not the path again: " + line);
	}

	@Test
	void infoCountsOnlyTheSetsOfDocumentsAndNamesTheOthers() throws Exception {
		var project = project();
		assertEquals(SaysoCli.OK, cli.run("suggest", project.toString(), "--annotator", "ana"), cli.err());
		var sets = project.resolve("annotations/ana");
		Files.copy(sets.resolve("port.xmi"), sets.resolve("ghost.xmi"));
		Files.copy(sets.resolve("port.xmi"), sets.resolve("port copy.xmi"));

		assertEquals(SaysoCli.OK, cli.run("info", project.toString()));
		assertTrue(cli.out().contains("Annotator ana: 2 of 2 documents"), "not 3 of 2: " + cli.out());
		assertTrue(cli.out().contains("Orphaned  1 set of no document in documents/: annotations/ana/ghost.xmi"),
				cli.out());
		assertTrue(cli.out().contains("annotations/ana/port copy.xmi"), "the name it cannot use: " + cli.out());
	}
}
