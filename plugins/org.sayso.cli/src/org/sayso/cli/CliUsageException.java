package org.sayso.cli;

/** A command line that a command cannot run with; the message says what is wrong in one line. */
public class CliUsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public CliUsageException(String message) {
		super(message);
	}
}
