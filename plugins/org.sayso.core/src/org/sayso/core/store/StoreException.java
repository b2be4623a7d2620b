package org.sayso.core.store;

/** A project file that cannot be read or written; the message names the file and says what to do. */
public class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
