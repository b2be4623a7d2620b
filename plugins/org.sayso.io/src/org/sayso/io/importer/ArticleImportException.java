package org.sayso.io.importer;

import java.nio.file.Path;

/** An article file that cannot be imported; the message names the file and says what to do. */
public class ArticleImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public ArticleImportException(Path file, String message) {
		super(message);
		this.file = file;
	}

	public ArticleImportException(Path file, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
	}

	/** The file that was refused. */
	public Path file() {
		return file;
	}
}
