package org.sayso.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.store.FileChangedOnDiskException;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.tests.support.SampleSets;
import org.sayso.model.SetState;
import org.sayso.model.SpeakerMention;

class ProjectStoreTest {

	@TempDir
	Path root;

	@Test
	void aSavedSetReopensEqualAndTheProjectRemembersItsDocuments() throws Exception {
		var store = ProjectStore.create(root, "newsroom");
		var document = store.addDocument("harbour-talks", SampleSets.TEXT);
		var sample = SampleSets.everything();
		document.setTitle(sample.getDocument().getTitle());
		document.setDct("2024-03-07");
		store.saveProject(false);

		var opened = store.openSet(document, "ana");
		assertNull(opened.stamp(), "a new set has no file yet");
		copyWithLinks(sample, opened.set());
		store.save(opened, false);
		assertTrue(Files.exists(root.resolve("annotations/ana/harbour-talks.xmi")));

		var reopened = ProjectStore.open(root);
		var again = reopened.document("harbour-talks");
		assertEquals("Harbour Talks Resume", again.getTitle());
		assertEquals("2024-03-07", again.getDct());
		var read = reopened.openSet(again, "ana");
		assertEquals(List.of(), read.warnings());
		assertTrue(read.report().isLossless());
		assertEquals(SetState.IN_PROGRESS, read.set().getState());
		assertNotNull(read.set().getLastModified());
		assertEquals(opened.set().getAnnotations().size(), read.set().getAnnotations().size());
		assertTrue(EcoreUtil.equals(SampleSets.canonical(EcoreUtil.copy(opened.set())).getAnnotations(),
				SampleSets.canonical(read.set()).getAnnotations()));
	}

	@Test
	void savingOverAnotherAnnotatorsChangeIsRefusedAndKeepsBothVersions() throws Exception {
		var store = ProjectStore.create(root, "newsroom");
		var document = store.addDocument("talks", "Lopez said the talks would resume.");
		var opened = store.openSet(document, "ana");
		opened.set().getAnnotations().add(speaker(0, 5));
		store.save(opened, false);

		// someone else saves the same file (another workbench, a git pull)
		var theirs = ProjectStore.open(root);
		var theirSet = theirs.openSet(theirs.document("talks"), "ana");
		theirSet.set().getAnnotations().add(speaker(11, 14));
		theirs.save(theirSet, false);
		var onDisk = Files.readString(opened.file());

		opened.set().getAnnotations().add(speaker(6, 10));
		var error = assertThrows(FileChangedOnDiskException.class, () -> store.save(opened, false));
		assertTrue(error.getMessage().contains("annotations/ana/talks.xmi"), error.getMessage());
		assertEquals(onDisk, Files.readString(opened.file()), "their version is untouched");
		assertEquals(2, opened.set().getAnnotations().size(), "my version is still open");

		store.save(opened, true);
		assertEquals(2, ProjectStore.open(root).openSet(document, "ana").set().getAnnotations().size());
	}

	@Test
	void textsAddedByHandAreTakenInAndMissingTextsAreReported() throws Exception {
		var store = ProjectStore.create(root, "newsroom");
		store.addDocument("kept", "A text.");
		store.addDocument("lost", "Another text.");
		store.saveProject(false);
		Files.delete(root.resolve("documents/lost.txt"));
		Files.writeString(root.resolve("documents/dropped-in.txt"), "Copied into the folder by hand.");

		var reopened = ProjectStore.open(root);
		assertEquals(List.of("kept", "lost", "dropped-in"),
				reopened.project().getDocuments().stream().map(d -> d.getId()).toList());
		assertEquals(2, reopened.warnings().size());
		assertTrue(reopened.warnings().get(0).contains("documents/lost.txt"), reopened.warnings().toString());
		assertTrue(reopened.warnings().get(1).contains("documents/dropped-in.txt is not listed in"),
				reopened.warnings().toString());
		var error = assertThrows(StoreException.class, () -> reopened.text(reopened.document("lost")));
		assertTrue(error.getMessage().contains("lost.txt is missing"), error.getMessage());
	}

	@Test
	void annotationsOfAnotherTextAreRefused() throws Exception {
		var store = ProjectStore.create(root, "newsroom");
		var document = store.addDocument("talks", "Lopez said the talks would resume.");
		var opened = store.openSet(document, "ana");
		opened.set().getAnnotations().add(speaker(0, 5));
		store.save(opened, false);
		Files.writeString(root.resolve("documents/talks.txt"), "A different article altogether.");

		var reopened = ProjectStore.open(root);
		var error = assertThrows(StoreException.class, () -> reopened.openSet(reopened.document("talks"), "ana"));
		assertTrue(error.getMessage().contains("annotations/ana/talks.xmi"), error.getMessage());
		assertTrue(error.getMessage().contains("another text"), error.getMessage());
	}

	@Test
	void aTextThatIsNoLongerUtf8IsRefusedWithWhatToDo() throws Exception {
		var store = ProjectStore.create(root, "newsroom");
		store.addDocument("talks", "Lopez said.");
		Files.write(root.resolve("documents/talks.txt"), new byte[] { 'L', (byte) 0xE9, 'o' });
		var reopened = ProjectStore.open(root);
		var error = assertThrows(StoreException.class, () -> reopened.text(reopened.document("talks")));
		assertTrue(error.getMessage().contains("not UTF-8"), error.getMessage());
	}

	@Test
	void aProjectFileWithADoctypeIsRefused() throws Exception {
		ProjectStore.create(root, "newsroom");
		var file = root.resolve("sayso.project");
		var hostile = Files.readString(file).replaceFirst("\\?>", "?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>");
		Files.writeString(file, hostile);
		var error = assertThrows(StoreException.class, () -> ProjectStore.open(root));
		assertTrue(error.getMessage().contains("sayso.project"), error.getMessage());
		assertEquals(hostile, Files.readString(file));
	}

	@Test
	void addingADocumentNeverReplacesAnExistingText() throws Exception {
		var store = ProjectStore.create(root, "newsroom");
		store.addDocument("talks", "First.");
		assertThrows(StoreException.class, () -> store.addDocument("talks", "Second."));
		assertEquals("First.", Files.readString(root.resolve("documents/talks.txt")));
		assertEquals("talks-2", store.freeDocumentId("talks"));
	}

	private static SpeakerMention speaker(int begin, int end) {
		var speaker = org.sayso.model.SaysoFactory.eINSTANCE.createSpeakerMention();
		speaker.setBegin(begin);
		speaker.setEnd(end);
		return speaker;
	}

	/** Moves the sample's annotations and entities (with their links) into {@code target}. */
	private static void copyWithLinks(org.sayso.model.AnnotationSet sample, org.sayso.model.AnnotationSet target) {
		var copier = new EcoreUtil.Copier();
		var annotations = copier.copyAll(sample.getAnnotations());
		var entities = copier.copyAll(sample.getEntities());
		copier.copyReferences();
		target.getAnnotations().addAll(annotations);
		target.getEntities().addAll(entities);
	}
}
