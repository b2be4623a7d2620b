package org.sayso.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sayso.cli.CliUsageException;

/**
 * A command's arguments: positional ones, options with a value ({@code --annotator ana}, also
 * {@code --annotator=ana}, repeatable) and flags ({@code --force}). Anything else starting with {@code --} is an
 * unknown option, named in the error.
 */
final class Options {

	private final List<String> positional = new ArrayList<>();
	private final Map<String, List<String>> values = new HashMap<>();

	static Options parse(List<String> args, List<String> withValue, List<String> flags) throws CliUsageException {
		var options = new Options();
		for (int i = 0; i < args.size(); i++) {
			var arg = args.get(i);
			if (!arg.startsWith("--")) {
				options.positional.add(arg);
				continue;
			}
			var name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (flags.contains(name)) {
				options.values.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
			} else if (withValue.contains(name)) {
				String value;
				if (arg.contains("=")) {
					value = arg.substring(arg.indexOf('=') + 1);
				} else if (i + 1 < args.size()) {
					value = args.get(++i);
				} else {
					throw new CliUsageException("option " + name + " needs a value");
				}
				options.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
			} else {
				throw new CliUsageException("unknown option '" + name + "'");
			}
		}
		return options;
	}

	List<String> positional() {
		return positional;
	}

	/** The one positional argument, named {@code what} in the error when it is missing or not alone. */
	String single(String what) throws CliUsageException {
		if (positional.isEmpty()) {
			throw new CliUsageException("missing <" + what + ">");
		}
		if (positional.size() > 1) {
			throw new CliUsageException("expected one <" + what + ">, got " + positional.size() + " arguments");
		}
		return positional.get(0);
	}

	List<String> values(String option) {
		return values.getOrDefault(option, List.of());
	}

	boolean flag(String option) {
		return values.containsKey(option);
	}

	String value(String option, String fallback) {
		var list = values(option);
		return list.isEmpty() ? fallback : list.get(list.size() - 1);
	}
}
