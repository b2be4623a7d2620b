package org.sayso.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sayso.cli.internal.AgreementCommand;
import org.sayso.cli.internal.EvalCommand;
import org.sayso.cli.internal.ExportCommand;
import org.sayso.cli.internal.SpeakersCommand;
import org.sayso.cli.internal.ImportCommand;
import org.sayso.cli.internal.CarryCommand;
import org.sayso.cli.internal.ClaimsCommand;
import org.sayso.cli.internal.CopiesCommand;
import org.sayso.cli.internal.InfoCommand;
import org.sayso.cli.internal.MergeCommand;
import org.sayso.cli.internal.MetaCommand;
import org.sayso.cli.internal.SuggestCommand;
import org.sayso.cli.internal.ValidateCommand;

/**
 * The {@code sayso} command line: parses the command name and hands the rest to the command. Exit codes:
 * {@value #OK} done, {@value #FAILED} the command ran and found an error, {@value #USAGE} the command line
 * itself was wrong.
 */
public final class SaysoCli {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	private final Map<String, CliCommand> commands = new LinkedHashMap<>();
	private final PrintStream out;
	private final PrintStream err;

	public SaysoCli(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		for (var command : List.of(new ImportCommand(), new ValidateCommand(), new InfoCommand(), new CopiesCommand(),
				new CarryCommand(), new ClaimsCommand(), new SpeakersCommand(), new MetaCommand(), new SuggestCommand(), new EvalCommand(),
				new MergeCommand(), new AgreementCommand())) {
			commands.put(command.name(), command);
		}
		commands.put("export", new ExportCommand());
	}

	public int run(String... args) {
		if (args.length == 0 || isHelp(args[0]) || args[0].equals("help") && args.length == 1) {
			printHelp();
			return args.length == 0 ? USAGE : OK;
		}
		if (args[0].equals("help")) {
			return helpFor(args[1]);
		}
		if (args[0].startsWith("-")) {
			return usageError("unknown option '" + args[0] + "'");
		}
		var command = commands.get(args[0]);
		if (command == null) {
			return usageError("unknown command '" + args[0] + "'");
		}
		var rest = Arrays.asList(args).subList(1, args.length);
		if (rest.stream().anyMatch(SaysoCli::isHelp)) {
			out.println(command.usage());
			return OK;
		}
		try {
			return command.run(rest, out, err);
		} catch (CliUsageException e) {
			err.println("sayso " + command.name() + ": " + e.getMessage() + " (see 'sayso help " + command.name() + "')");
			return USAGE;
		} catch (RuntimeException e) {
			// a fault of Sayso's, not of the user's files: said here, never as the platform's "An error has occurred"
			// and a log in the product folder. Every write is atomic, so files are as the last finished step left them.
			err.println("sayso " + command.name() + ": stopped by an internal error (" + e + " at "
					+ (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?") + "). The project's files are as the"
					+ " last completed step left them. Please report this with the command line you ran.");
			return FAILED;
		}
	}

	private int helpFor(String name) {
		var command = commands.get(name);
		if (command == null) {
			return usageError("unknown command '" + name + "'");
		}
		out.println(command.usage());
		return OK;
	}

	private int usageError(String message) {
		err.println("sayso: " + message + " (see 'sayso --help')");
		return USAGE;
	}

	private void printHelp() {
		out.println("Usage: sayso <command> [arguments]");
		out.println();
		out.println("Commands:");
		var width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
		commands.values().forEach(c -> out.printf("  %-" + width + "s  %s%n", c.name(), c.summary()));
		out.printf("  %-" + width + "s  %s%n", "help", "Show the usage of a command: sayso help <command>");
		out.println();
		out.println("Exit codes: 0 done, 1 the command found an error, 2 wrong command line.");
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h");
	}
}
