package org.sayso.core;

/** A project folder that cannot be read; the message names the path and what to do. */
public class ProjectFolderException extends Exception {

	private static final long serialVersionUID = 1L;

	public ProjectFolderException(String message) {
		super(message);
	}

	public ProjectFolderException(String message, Throwable cause) {
		super(message, cause);
	}
}
