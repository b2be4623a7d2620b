package org.sayso.io.export;

/** An export that could not be done or finished; the output folder is as it was before. */
public class ExportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ExportException(String message) {
		super(message);
	}

	public ExportException(String message, Throwable cause) {
		super(message, cause);
	}
}
