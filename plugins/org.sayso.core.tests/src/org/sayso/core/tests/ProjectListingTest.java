package org.sayso.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;

class ProjectListingTest {

	@TempDir
	Path root;

	@Test
	void listsDocumentsAnnotatorsAndCurationFromFileNames() throws Exception {
		write("documents/b-story.txt", "B");
		write("documents/a-story.txt", "A");
		write("documents/notes.md", "not a document");
		write("annotations/zoe/a-story.xmi", "<xmi/>");
		write("annotations/ana/b-story.xmi", "<xmi/>");
		write("annotations/ana/b-story.xmi.bak", "<xmi/>");
		write("curation/a-story.xmi", "<xmi/>");

		var project = ProjectListing.open(root);
		assertEquals(List.of("a-story", "b-story"), project.documentIds());
		assertEquals(List.of("ana", "zoe"), project.annotators());
		assertEquals(List.of("b-story"), project.annotatedDocumentIds("ana"));
		assertEquals(List.of("a-story"), project.curatedDocumentIds());
	}

	@Test
	void aNewProjectHasNoAnnotatorsAndNoCuration() throws Exception {
		write("documents/a-story.txt", "A");
		var project = ProjectListing.open(root);
		assertTrue(project.annotators().isEmpty());
		assertTrue(project.curatedDocumentIds().isEmpty());
		assertTrue(project.annotatedDocumentIds("ana").isEmpty());
	}

	@Test
	void aFolderWithoutDocumentsIsRefusedWithItsPath() {
		var error = assertThrows(ProjectListingException.class, () -> ProjectListing.open(root));
		assertTrue(error.getMessage().contains(root.toString()), error.getMessage());
		assertTrue(error.getMessage().contains("documents/"), error.getMessage());
	}

	@Test
	void aMissingFolderIsRefusedWithItsPath() {
		var missing = root.resolve("nowhere");
		var error = assertThrows(ProjectListingException.class, () -> ProjectListing.open(missing));
		assertTrue(error.getMessage().contains("nowhere"), error.getMessage());
		assertFalse(Files.exists(missing));
	}

	@Test
	void theShippedSampleProjectHasArticles() throws Exception {
		// the test runs in its bundle's folder: plugins/org.sayso.core.tests
		var sample = ProjectListing.open(Path.of("../../sample/newsroom"));
		assertTrue(sample.documentIds().size() >= 5, sample.documentIds().toString());
		for (var id : sample.documentIds()) {
			var text = Files.readString(sample.layout().text(id));
			assertTrue(text.contains("(Sayso Wire)"), id + " has a dateline");
		}
	}

	private void write(String relative, String content) throws IOException {
		var file = root.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}
}
