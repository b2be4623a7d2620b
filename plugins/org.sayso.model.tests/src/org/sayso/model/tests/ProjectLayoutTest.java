package org.sayso.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sayso.model.ProjectLayout;

class ProjectLayoutTest {

	private final ProjectLayout layout = new ProjectLayout(Path.of("/data/newsroom"));

	@Test
	void pathsFollowTheDocumentedLayout() {
		assertEquals(Path.of("/data/newsroom/sayso.project"), layout.projectFile());
		assertEquals(Path.of("/data/newsroom/documents/port-strike.txt"), layout.text("port-strike"));
		assertEquals(Path.of("/data/newsroom/annotations/ana/port-strike.xmi"), layout.annotations("ana", "port-strike"));
		assertEquals(Path.of("/data/newsroom/curation/port-strike.xmi"), layout.curated("port-strike"));
	}

	@Test
	void rootIsNormalized() {
		assertEquals(Path.of("/data/newsroom"), new ProjectLayout(Path.of("/data/x/../newsroom/.")).root());
	}

	@ParameterizedTest
	@ValueSource(strings = { "../secrets", "a/b", ".hidden", "", "ends-with-dot.", "back\\slash", "with space",
			"-leading-dash" })
	void namesThatCouldEscapeOrConfuseTheFolderAreRejected(String name) {
		assertFalse(ProjectLayout.isSafeName(name));
		var error = assertThrows(IllegalArgumentException.class, () -> layout.annotations(name, "doc"));
		assertTrue(error.getMessage().contains("annotator name"), error.getMessage());
		assertThrows(IllegalArgumentException.class, () -> layout.text(name));
	}

	@Test
	void overlongNamesAreRejected() {
		assertTrue(ProjectLayout.isSafeName("a".repeat(120)));
		assertFalse(ProjectLayout.isSafeName("a".repeat(121)));
	}

	@Test
	void unicodeLettersAreAllowedInNames() {
		assertTrue(ProjectLayout.isSafeName("zoë"));
		assertTrue(ProjectLayout.isSafeName("2024-03-07_déclaration"));
	}

	@Test
	void docIdIsTheTextFileNameWithoutExtension() {
		assertEquals("port-strike", ProjectLayout.docIdOf("port-strike.txt"));
		assertNull(ProjectLayout.docIdOf("port-strike.meta"));
		assertNull(ProjectLayout.docIdOf(".txt"));
	}
}
