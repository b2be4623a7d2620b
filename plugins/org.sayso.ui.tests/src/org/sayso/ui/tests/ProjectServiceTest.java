package org.sayso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.store.Folders;
import org.sayso.ui.internal.Ui;

/** Core's project service, as the running workbench gets it from OSGi: stores shared, counted and dropped. */
class ProjectServiceTest {

	@TempDir
	Path temp;

	@Test
	void oneStorePerProjectWhileItIsHeldAndAFreshOneAfter() throws Exception {
		var root = temp.resolve("newsroom");
		Folders.copyTree(Path.of("../../sample/newsroom"), root);
		var projects = Ui.projects();
		var first = projects.acquire(root);
		var second = projects.acquire(root.resolve("documents/..")); // the same folder, written otherwise
		assertSame(first, second, "two editors of one project share its store");
		var reader = projects.open(root);
		assertNotSame(first, reader, "a background reader gets a store of its own");
		projects.release(first);
		assertSame(first, projects.acquire(root), "still held by the second user");
		projects.release(first);
		projects.release(second);
		var fresh = projects.acquire(root);
		assertNotSame(first, fresh, "the last release dropped it: the project is read afresh");
		projects.release(fresh);
	}
}
