package org.sayso.cli;

import java.io.PrintStream;
import java.util.List;

/** One {@code sayso <name>} command. */
public interface CliCommand {

	String name();

	/** One line for {@code sayso --help}. */
	String summary();

	/** The full usage text for {@code sayso help <name>}. */
	String usage();

	/**
	 * Runs the command with the arguments after its name.
	 *
	 * @return the exit code
	 * @throws CliUsageException when the arguments are wrong
	 */
	int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException;
}
