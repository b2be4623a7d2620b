package org.sayso.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.cli.SaysoCli;

class SaysoCliTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final SaysoCli cli = new SaysoCli(new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8));

	@Test
	void helpListsTheCommandsAndSucceeds() {
		assertEquals(SaysoCli.OK, cli.run("--help"));
		assertTrue(out().contains("Usage: sayso <command>"), out());
		assertTrue(out().contains("  info "), out());
		assertTrue(out().contains("  help "), out());
		assertEquals("", err());
	}

	@Test
	void noArgumentsShowsHelpButFails() {
		assertEquals(SaysoCli.USAGE, cli.run());
		assertTrue(out().contains("Commands:"), out());
	}

	@Test
	void anUnknownCommandIsOneLineThatNamesItAndPointsToHelp() {
		assertEquals(SaysoCli.USAGE, cli.run("anotate", "x"));
		assertEquals("sayso: unknown command 'anotate' (see 'sayso --help')", err().strip());
		assertEquals("", out());
	}

	@Test
	void anUnknownOptionIsNamed() {
		assertEquals(SaysoCli.USAGE, cli.run("--verbose"));
		assertEquals("sayso: unknown option '--verbose' (see 'sayso --help')", err().strip());
	}

	@Test
	void aCommandWithWrongArgumentsSaysWhatIsMissing() {
		assertEquals(SaysoCli.USAGE, cli.run("info"));
		assertEquals("sayso info: missing <project-folder> (see 'sayso help info')", err().strip());
	}

	@Test
	void commandHelpShowsItsUsage() {
		assertEquals(SaysoCli.OK, cli.run("help", "info"));
		assertTrue(out().startsWith("Usage: sayso info <project-folder>"), out());
		assertEquals(SaysoCli.OK, cli.run("info", "--help"));
	}

	@Test
	void infoSummarizesTheSampleProject() {
		// the test runs in its bundle's folder: plugins/org.sayso.cli.tests
		assertEquals(SaysoCli.OK, cli.run("info", "../../sample/newsroom"), err());
		assertTrue(out().contains("Documents 6"), out());
		assertTrue(out().contains("Annotators none yet"), out());
		assertTrue(out().contains("Curated   0 of 6 documents"), out());
	}

	@Test
	void infoOnAFolderThatIsNotAProjectFailsWithThePath(@TempDir Path empty) {
		assertEquals(SaysoCli.FAILED, cli.run("info", empty.toString()));
		assertTrue(err().contains(empty.toString()), err());
		assertTrue(err().contains("not a Sayso project"), err());
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
