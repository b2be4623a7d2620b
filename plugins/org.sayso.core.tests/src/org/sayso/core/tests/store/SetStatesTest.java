package org.sayso.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.SetStates;
import org.sayso.model.SetState;

/** The state of a saved set, read by scanning its XMI, as the Project Explorer and {@code sayso info} show it. */
class SetStatesTest {

	@TempDir
	Path root;

	@Test
	void theStateASetWasSavedWith() throws Exception {
		var store = ProjectStore.create(root, "newsroom");
		var document = store.addDocument("talks", "Lopez said the talks would resume.");
		store.saveProject(false);
		var opened = store.openSet(document, "ana");
		AnnotationEdits.tagSpeaker(opened.set(), 0, 5, "ana");
		store.save(opened, false);
		var file = root.resolve("annotations/ana/talks.xmi");
		assertEquals(SetState.IN_PROGRESS, SetStates.of(file), "a set with annotations is in progress");

		var again = store.openSet(document, "ana");
		again.set().setState(SetState.FINISHED);
		store.save(again, false);
		assertEquals(SetState.FINISHED, SetStates.of(file));
		assertEquals(SetState.FINISHED, ProjectStore.open(root).openSet(document, "ana").set().getState(),
				"the store reads the same state");
	}

	@Test
	void anUnreadableFileIsAnErrorNamingIt() throws Exception {
		var broken = Files.writeString(root.resolve("broken.xmi"), "<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\"><oops");
		var e = assertThrows(IOException.class, () -> SetStates.of(broken));
		assertTrue(e.getMessage().contains("broken.xmi"), e.getMessage());
		var hostile = Files.writeString(root.resolve("hostile.xmi"),
				"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
		assertThrows(IOException.class, () -> SetStates.of(hostile), "a DOCTYPE is refused, as everywhere");
		assertThrows(IOException.class, () -> SetStates.of(root.resolve("missing.xmi")));
	}
}
