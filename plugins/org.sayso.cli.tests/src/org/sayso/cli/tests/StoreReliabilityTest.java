package org.sayso.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.cli.SaysoCli;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.SaysoFactory;

/**
 * Rewrites of annotation sets that could lose data, each reproduced: {@code suggest} over a set holding another
 * tool's annotations, a run that adds nothing, and a set too large to be read back.
 */
class StoreReliabilityTest {

	private static final String STRIKE = "Dockworkers Walk Out\n\nROTTERDAM (Sayso Wire) March 7, 2024 - Dockworkers"
			+ " stopped work on Thursday, the union said.\n";

	@TempDir
	Path temp;

	private final CliRunner cli = new CliRunner();

	@AfterEach
	void defaultLimit() {
		System.clearProperty("sayso.xmi.maxBytes");
	}

	/** A project with ana's set of the strike, holding one Sayso speaker and one annotation of a foreign type. */
	private Path projectWithForeignAnnotation() throws Exception {
		var project = temp.resolve("p");
		var store = ProjectStore.create(project, "p");
		var document = store.addDocument("strike", STRIKE);
		store.saveProject(false);
		var opened = store.openSet(document, "ana");
		var speaker = SaysoFactory.eINSTANCE.createSpeakerMention();
		speaker.setBegin(STRIKE.indexOf("the union"));
		speaker.setEnd(speaker.getBegin() + "the union".length());
		opened.set().getAnnotations().add(speaker);
		store.save(opened, false);
		var file = project.resolve("annotations/ana/strike.xmi");
		var xmi = Files.readString(file);
		xmi = xmi.replaceFirst("<xmi:XMI ", "<xmi:XMI xmlns:foo=\"http:///com/foo.ecore\" ")
				.replace("</xmi:XMI>", "<foo:Bar xmi:id=\"9001\" sofa=\"1\" begin=\"0\" end=\"11\" label=\"headline\"/></xmi:XMI>");
		Files.writeString(file, xmi);
		return project;
	}

	@Test
	void suggestKeepsWhatItCannotHoldInACopyThatLaterRunsKeepToo() throws Exception {
		var project = projectWithForeignAnnotation();
		var file = project.resolve("annotations/ana/strike.xmi");
		var original = Files.readAllBytes(file);

		assertEquals(SaysoCli.OK, cli.run("suggest", project.toString(), "--annotator", "ana"), cli.err());

		var copies = foreignCopies(file);
		assertEquals(1, copies.size(), copies.toString());
		assertArrayEquals(original, Files.readAllBytes(copies.get(0)), "the file as it was, foreign annotation and all");
		assertTrue(cli.err().contains("dropped 1 × com.foo.Bar") && cli.err().contains("is kept as " + copies.get(0)),
				cli.err());
		assertTrue(Files.readString(file).contains("Claim"), "the suggestions were saved");

		// a second run adds nothing, so it writes nothing: the set, its backup and the copy stay as they are
		var set = Files.readAllBytes(file);
		var backup = Files.readAllBytes(project.resolve("annotations/ana/strike.xmi.bak"));
		assertEquals(SaysoCli.OK, cli.run("suggest", project.toString(), "--annotator", "ana"), cli.err());
		assertTrue(cli.out().startsWith("0 suggestions added"), cli.out());
		assertArrayEquals(set, Files.readAllBytes(file));
		assertArrayEquals(backup, Files.readAllBytes(project.resolve("annotations/ana/strike.xmi.bak")));
		assertEquals(copies, foreignCopies(file));
	}

	@Test
	void theEditorsSaveKeepsTheForeignContentToo() throws Exception {
		var project = projectWithForeignAnnotation();
		var file = project.resolve("annotations/ana/strike.xmi");
		var original = Files.readAllBytes(file);
		var store = ProjectStore.open(project);
		var opened = store.openSet(store.document("strike"), "ana");
		opened.set().getAnnotations().clear();

		store.save(opened, false);
		store.save(opened, false);
		store.save(opened, false);

		assertEquals(List.of(opened.foreignCopy()), foreignCopies(file), "one copy, however often it is saved");
		assertArrayEquals(original, Files.readAllBytes(opened.foreignCopy()));
	}

	private static List<Path> foreignCopies(Path file) throws Exception {
		try (var siblings = Files.list(file.getParent())) {
			return siblings.filter(p -> p.getFileName().toString().startsWith(file.getFileName() + ".foreign-")).sorted()
					.toList();
		}
	}

	@Test
	void aSetLargerThanSaysoReadsBackIsNotWrittenAndAnyThingWrittenIsReadBack() throws Exception {
		// the limit scaled down, so that the test needs no 100 MB file: 20,000 bytes plus 16 per text character
		System.setProperty("sayso.xmi.maxBytes", "20000");
		var project = temp.resolve("p");
		var store = ProjectStore.create(project, "p");
		var document = store.addDocument("strike", STRIKE);
		store.saveProject(false);
		var opened = store.openSet(document, "ana");
		addSpeakers(opened.set(), 20);
		store.save(opened, false);
		var saved = Files.readAllBytes(opened.file());

		addSpeakers(opened.set(), 400);
		var refusal = assertThrows(StoreException.class, () -> store.save(opened, false));

		assertTrue(refusal.getMessage().startsWith("Did not save " + opened.file() + ": its 420 annotations would take"
				+ " more than"), refusal.getMessage());
		assertTrue(refusal.getMessage().contains("Split the article"), refusal.getMessage());
		assertArrayEquals(saved, Files.readAllBytes(opened.file()), "the file on disk is unchanged");
		var reread = ProjectStore.open(project);
		assertEquals(20, reread.openSet(reread.document("strike"), "ana").set().getAnnotations().size(),
				"what was written is read back");
	}

	private static void addSpeakers(org.sayso.model.AnnotationSet set, int count) {
		for (int i = 0; i < count; i++) {
			var speaker = SaysoFactory.eINSTANCE.createSpeakerMention();
			speaker.setBegin(i % 20);
			speaker.setEnd(i % 20 + 5);
			speaker.setNote("note " + i);
			set.getAnnotations().add(speaker);
		}
	}
}
