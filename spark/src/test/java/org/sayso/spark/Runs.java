package org.sayso.spark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.sayso.cli.SaysoCli;

/** The command line and the Spark application run in the test's JVM, as a user runs them, with what they print. */
final class Runs {

	record Result(int code, String out, String err) {
	}

	private Runs() {
	}

	/** {@code sayso <args>}; what it printed on stderr is passed on. */
	static Result cli(String... args) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int code = new SaysoCli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		System.err.print(err.toString(StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** {@code sayso spark <args>}; what it printed is passed on. */
	static Result spark(String... args) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int code = SaysoSpark.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		System.out.print(out.toString(StandardCharsets.UTF_8));
		System.err.print(err.toString(StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
