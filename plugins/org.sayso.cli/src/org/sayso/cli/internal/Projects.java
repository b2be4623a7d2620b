package org.sayso.cli.internal;

import java.nio.file.Path;

import org.sayso.core.project.ProjectService;
import org.sayso.core.project.ProjectServices;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;

/** The command line's way to its project stores: core's project service, as the workbench's. */
final class Projects {

	private Projects() {
	}

	/** A store of the project at {@code root} for one command ({@link ProjectService#open}). */
	static ProjectStore open(Path root) throws StoreException {
		return ProjectServices.get().open(root);
	}

	/** {@link #open(Path)}, telling on stderr what opening found out of place (a missing project file, texts). */
	static ProjectStore open(Path root, String command, java.io.PrintStream err) throws StoreException {
		var store = open(root);
		store.warnings().forEach(w -> err.println("sayso " + command + ": warning: " + w));
		return store;
	}

	/**
	 * Tells on stderr which entries of the project the command leaves aside because they name no document or
	 * annotator ("annotations/.git/", "annotations/a b/"), so that nothing is skipped silently.
	 */
	static void warnUnusable(Path root, String command, java.io.PrintStream err) {
		try {
			for (var entry : org.sayso.core.ProjectListing.open(root).unusableEntries()) {
				err.println("sayso " + command + ": skipping " + root.resolve(entry)
						+ " (its name is no document or annotator: letters, digits, '.', '_' and '-')");
			}
		} catch (org.sayso.core.ProjectListingException e) {
			// the command itself reports an unreadable project
		}
	}

}
