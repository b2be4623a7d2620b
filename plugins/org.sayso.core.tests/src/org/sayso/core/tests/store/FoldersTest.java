package org.sayso.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.store.Folders;

/** The one way to delete a tree: all of it, nothing when it is missing, and never through a link. */
class FoldersTest {

	@TempDir
	Path temp;

	@Test
	void aTreeGoesButWhatALinkPointsToStays() throws Exception {
		var outside = Files.createDirectories(temp.resolve("outside"));
		Files.writeString(outside.resolve("keep.txt"), "mine");
		var tree = Files.createDirectories(temp.resolve("tree/a/b"));
		Files.writeString(tree.resolve("x.xmi"), "x");
		Files.createSymbolicLink(temp.resolve("tree/a/link"), outside);
		Folders.deleteTree(temp.resolve("tree"));
		assertFalse(Files.exists(temp.resolve("tree")));
		assertTrue(Files.exists(outside.resolve("keep.txt")), "the linked folder is untouched");
		Folders.deleteTree(temp.resolve("tree")); // missing: nothing to do
	}
}
