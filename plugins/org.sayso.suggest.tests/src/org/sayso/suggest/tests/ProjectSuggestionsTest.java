package org.sayso.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.store.Folders;
import org.sayso.core.store.ProjectStore;
import org.sayso.suggest.ProjectSuggestions;

/** The project-wide run behind {@code sayso suggest}: each set saved when its document is done, once. */
class ProjectSuggestionsTest {

	@TempDir
	Path temp;

	private Path copyOfNewsroom() throws IOException {
		var copy = temp.resolve("newsroom");
		Folders.copyTree(Path.of("../../sample/newsroom"), copy);
		return copy;
	}

	@Test
	void everyDocumentIsSuggestedAndSavedAndASecondRunChangesNothing() throws Exception {
		var root = copyOfNewsroom();
		var store = ProjectStore.open(root);
		var documents = store.project().getDocuments().stream().toList();
		var results = new ArrayList<ProjectSuggestions.DocumentResult>();
		var first = ProjectSuggestions.run(store, documents, "ana", new NullProgressMonitor(), results::add);
		assertEquals(documents.size(), results.size(), "one result per document, in turn");
		assertEquals(0, first.failed());
		assertNull(first.projectError());
		assertTrue(first.added() > 20, "suggestions added: " + first.added());
		var file = store.layout().annotations("ana", documents.get(0).getId());
		assertTrue(Files.exists(file), "saved as soon as its document was done");
		var saved = Files.getLastModifiedTime(file);

		var reopened = ProjectStore.open(root);
		var again = ProjectSuggestions.run(reopened, reopened.project().getDocuments(), "ana", new NullProgressMonitor(),
				r -> {
				});
		assertEquals(0, again.added(), "nothing new the second time");
		assertEquals(saved, Files.getLastModifiedTime(file), "and nothing rewritten");
	}
}
