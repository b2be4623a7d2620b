package org.sayso.core.project;

import java.nio.file.Path;

import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;

/**
 * Opens, shares and releases project stores: one store per project folder for everything that edits it (two
 * editors of one project share its metadata, so a DCT set in one is what the other saves), dropped when the last
 * user releases it, so that a project changed on disk meanwhile is read afresh. An OSGi service (component
 * {@code org.sayso.core.projects}); the workbench and the command line get their stores from it.
 */
public interface ProjectService {

	/**
	 * The shared store of the project at {@code root}, opened when nobody holds it; each call is matched by one
	 * {@link #release}.
	 *
	 * @throws StoreException naming the file and what to do when the project cannot be opened
	 */
	ProjectStore acquire(Path root) throws StoreException;

	/** Gives back a store from {@link #acquire}; the last release drops it. */
	void release(ProjectStore store);

	/**
	 * A store of its own, never shared, nothing to release: for work away from the editors (a command of the
	 * command line, an export or a measurement in the background), which reads what is saved.
	 *
	 * @throws StoreException naming the file and what to do when the project cannot be opened
	 */
	ProjectStore open(Path root) throws StoreException;
}
