package org.sayso.core;

/** A project folder that cannot be read; the message names the path and what to do. */
public class ProjectListingException extends Exception {

	private static final long serialVersionUID = 1L;

	public ProjectListingException(String message) {
		super(message);
	}

	public ProjectListingException(String message, Throwable cause) {
		super(message, cause);
	}
}
