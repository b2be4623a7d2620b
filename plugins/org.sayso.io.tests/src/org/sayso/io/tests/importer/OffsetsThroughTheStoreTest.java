package org.sayso.io.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.io.importer.ArticleImport;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerMention;

/**
 * A text with emoji and control characters goes through import, annotation, save and reload with every offset
 * intact: offsets are UTF-16 code units, and what XML cannot hold is replaced one character for one.
 */
class OffsetsThroughTheStoreTest {

	@TempDir
	Path temp;

	@Test
	void emojiAndControlCharactersKeepEveryOffset() throws Exception {
		var article = temp.resolve("harbour.txt");
		// U+0007 (bell) and U+001B (escape) cannot be stored in XML 1.0; the emoji are surrogate pairs
		var original = "Harbour 🚢 talks\n\nROTTERDAM (Sayso Wire) - \u0007Maria Lopez 👩‍⚖️ said\u001B the talks would resume.\n";
		Files.writeString(article, original);

		var store = ProjectStore.create(temp.resolve("project"), "project");
		var outcome = new ArticleImport(store).importFile(article);
		assertFalse(outcome.failed(), outcome.failure());
		assertTrue(outcome.messages().stream().anyMatch(m -> m.contains("U+FFFD") || m.contains("replaced")),
				outcome.messages().toString());
		store.saveProject(false);

		var document = store.document(outcome.documentId());
		var text = store.text(document);
		assertEquals(original.length(), text.length(), "one character for one");
		assertEquals('\uFFFD', text.charAt(original.indexOf('\u0007')));
		assertEquals('\uFFFD', text.charAt(original.indexOf('\u001B')));

		int begin = text.indexOf("Maria Lopez");
		assertEquals(original.indexOf("Maria Lopez"), begin);
		var set = store.openSet(document, "ana");
		var speaker = SaysoFactory.eINSTANCE.createSpeakerMention();
		speaker.setBegin(begin);
		speaker.setEnd(text.indexOf(" said"));
		set.set().getAnnotations().add(speaker);
		store.save(set, false);
		assertFalse(set.isXml11(), "the sanitized text fits XML 1.0");

		var reopened = ProjectStore.open(temp.resolve("project"));
		var read = reopened.openSet(reopened.document(outcome.documentId()), "ana");
		var mention = (SpeakerMention) read.set().getAnnotations().get(0);
		var readText = read.set().getDocument().getText();
		assertEquals("Maria Lopez 👩‍⚖️", readText.substring(mention.getBegin(), mention.getEnd()));
		assertEquals(speaker.getBegin(), mention.getBegin());
		assertEquals(speaker.getEnd(), mention.getEnd());
	}

	@Test
	void aTextWithControlCharactersFromAnXml11ExportIsSavedAsXml11AndReadBack() throws Exception {
		var store = ProjectStore.create(temp.resolve("project"), "project");
		var text = "Line one\u0007 and the \u0001 bell. 😊 Lopez said so.";
		var document = store.addDocument("controls", text);
		var set = store.openSet(document, "ana");
		var speaker = SaysoFactory.eINSTANCE.createSpeakerMention();
		speaker.setBegin(text.indexOf("Lopez"));
		speaker.setEnd(speaker.getBegin() + 5);
		set.set().getAnnotations().add(speaker);
		store.save(set, false);
		assertTrue(set.isXml11());
		assertTrue(Files.readString(set.file()).startsWith("<?xml version=\"1.1\""));

		var reopened = ProjectStore.open(temp.resolve("project"));
		var read = reopened.openSet(reopened.document("controls"), "ana");
		assertTrue(read.isXml11());
		assertEquals(text, read.set().getDocument().getText());
		var mention = read.set().getAnnotations().get(0);
		assertEquals("Lopez", text.substring(mention.getBegin(), mention.getEnd()));
	}
}
