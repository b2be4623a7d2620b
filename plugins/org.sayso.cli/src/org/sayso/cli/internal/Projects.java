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

}
