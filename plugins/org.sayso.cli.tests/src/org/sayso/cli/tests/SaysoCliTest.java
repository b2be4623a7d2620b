package org.sayso.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.cli.SaysoCli;

class SaysoCliTest {

	private final CliRunner cli = new CliRunner();

	@Test
	void helpListsTheCommandsAndSucceeds() {
		assertEquals(SaysoCli.OK, cli.run("--help"));
		assertTrue(cli.out().contains("Usage: sayso <command>"), cli.out());
		assertTrue(cli.out().contains("  info "), cli.out());
		assertTrue(cli.out().contains("  help "), cli.out());
		assertEquals("", cli.err());
	}

	@Test
	void noArgumentsShowsHelpButFails() {
		assertEquals(SaysoCli.USAGE, cli.run());
		assertTrue(cli.out().contains("Commands:"), cli.out());
	}

	@Test
	void anUnknownCommandIsOneLineThatNamesItAndPointsToHelp() {
		assertEquals(SaysoCli.USAGE, cli.run("anotate", "x"));
		assertEquals("sayso: unknown command 'anotate' (see 'sayso --help')", cli.err().strip());
		assertEquals("", cli.out());
	}

	@Test
	void anUnknownOptionIsNamed() {
		assertEquals(SaysoCli.USAGE, cli.run("--verbose"));
		assertEquals("sayso: unknown option '--verbose' (see 'sayso --help')", cli.err().strip());
	}

	@Test
	void aCommandWithWrongArgumentsSaysWhatIsMissing() {
		assertEquals(SaysoCli.USAGE, cli.run("info"));
		assertEquals("sayso info: missing <project-folder> (see 'sayso help info')", cli.err().strip());
	}

	@Test
	void commandHelpShowsItsUsage() {
		assertEquals(SaysoCli.OK, cli.run("help", "info"));
		assertTrue(cli.out().startsWith("Usage: sayso info <project-folder>"), cli.out());
		assertEquals(SaysoCli.OK, cli.run("info", "--help"));
	}

	@Test
	void infoSummarizesTheSampleProject() {
		// the test runs in its bundle's folder: plugins/org.sayso.cli.tests
		assertEquals(SaysoCli.OK, cli.run("info", "../../sample/newsroom"), cli.err());
		assertTrue(cli.out().contains("Documents 6"), cli.out());
		assertTrue(cli.out().contains("Annotators none yet"), cli.out());
		assertTrue(cli.out().contains("Curated   0 of 6 documents"), cli.out());
	}

	@Test
	void infoOnAFolderThatIsNotAProjectFailsWithThePath(@TempDir Path empty) {
		assertEquals(SaysoCli.FAILED, cli.run("info", empty.toString()));
		assertTrue(cli.err().contains(empty.toString()), cli.err());
		assertTrue(cli.err().contains("not a Sayso project"), cli.err());
	}
}
