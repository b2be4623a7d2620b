package org.sayso.core.store;

import java.nio.file.Path;

/**
 * A save refused because the file changed on disk after it was read: someone else's work would be overwritten.
 * Nothing was written; the caller still holds its own version.
 */
public class FileChangedOnDiskException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public FileChangedOnDiskException(Path file) {
		super(file + " was changed on disk after Sayso read it (by another annotator, another program or a git pull)."
				+ " Your changes were not saved and are still open: reload the file to see the other version,"
				+ " or save again choosing to overwrite it.");
		this.file = file;
	}

	public Path file() {
		return file;
	}
}
