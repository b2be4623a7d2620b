package org.sayso.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Progress of a long command as lines on stderr, at most one a second ({@code export: 40% budget-vote}), so that a
 * log stays readable and a person at a terminal sees that the command is alive.
 */
final class ProgressLines extends NullProgressMonitor {

	private static final long INTERVAL_NANOS = 1_000_000_000L;

	private final PrintStream err;
	private final String command;
	private double total;
	private double done;
	private String current = "";
	private long lastPrinted = System.nanoTime();

	ProgressLines(PrintStream err, String command) {
		this.err = err;
		this.command = command;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = totalWork;
		err.println(command + ": " + name);
	}

	@Override
	public void subTask(String name) {
		current = name;
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void internalWorked(double work) {
		done += work;
		long now = System.nanoTime();
		if (now - lastPrinted >= INTERVAL_NANOS && total > 0) {
			lastPrinted = now;
			err.printf("%s: %d%% %s%n", command, Math.min(100, Math.round(100 * done / total)), current);
		}
	}
}
