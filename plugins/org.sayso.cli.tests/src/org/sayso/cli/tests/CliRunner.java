package org.sayso.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.sayso.cli.SaysoCli;

/** Runs the command line in the test's JVM, as {@code sayso} would, and keeps what the last run printed. */
final class CliRunner {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs {@code sayso args}; returns its exit code. */
	int run(String... args) {
		out.reset();
		err.reset();
		return new SaysoCli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	/** What the last run printed on stdout. */
	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** What the last run printed on stderr. */
	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
