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
				+ " The changes were not saved over it: that version is kept as it is. Run the command again to work on it.");
		this.file = file;
	}

	public Path file() {
		return file;
	}
}
