package org.sayso.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sayso.cli.SaysoCli;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.core.project.SpeakerRegistry;
import org.sayso.core.store.Folders;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.AnnotationSet;
import org.sayso.model.SpeakerEntity;

/**
 * {@code sayso speakers} on the wire sample: one registry of speakers for the whole project, linked to every
 * article's sets, merged, split, and used by suggest, the JSON lines and the claims across articles. The expected
 * results are worked out by hand from the sample's texts.
 */
class SpeakersCommandTest {

	private static final String WIRE = "../../sample/wire";
	private final CliRunner cli = new CliRunner();
	private Path project;

	@BeforeEach
	void copyOfWire() throws Exception {
		project = Files.createTempDirectory("sayso-speakers").resolve("wire");
		Folders.copyTree(Path.of(WIRE), project);
	}

	@AfterEach
	void remove() throws Exception {
		Folders.deleteTree(project.getParent());
	}

	/** A speaker mention of {@code phrase} (its {@code nth} occurrence) in the annotator's set, with its own entity. */
	private void speaker(String document, String annotator, String phrase, int nth) throws Exception {
		var store = ProjectStore.open(project);
		var doc = store.document(document);
		var text = store.text(doc);
		int at = -1;
		for (int i = 0; i <= nth; i++) {
			at = text.indexOf(phrase, at + 1);
		}
		assertTrue(at >= 0, phrase + " in " + document);
		var opened = store.openSet(doc, annotator);
		var mention = AnnotationEdits.tagSpeaker(opened.set(), at, at + phrase.length(), annotator);
		if (mention.getEntity().getMentions().size() > 1) {
			AnnotationEdits.splitMention(opened.set(), mention);
		}
		store.save(opened, false);
	}

	private AnnotationSet set(String document, String annotator) throws Exception {
		var store = ProjectStore.open(project);
		return store.openSet(store.document(document), annotator).set();
	}

	private static List<String> entityIds(AnnotationSet set) {
		return set.getEntities().stream().map(SpeakerEntity::getId).sorted().toList();
	}

	@Test
	void registerLinksEveryArticlesSpeakersToOneIdAndListsWhereEachIsMentioned() throws Exception {
		speaker("ferry-wire", "ana", "Petter Haugland", 0);
		speaker("ferry-wire", "ana", "Ingrid Solberg", 0);
		speaker("ferry-commuters", "ana", "Petter Haugland", 0);
		speaker("ferry-commuters", "ana", "Lunde", 1); // "Lunde said on the quay", apart from "Kari Lunde"
		speaker("ferry-commuters", "ben", "Kari Lunde", 0);
		speaker("ferry-wire", "ana", "Its director", 0); // a role: never registered

		assertEquals(SaysoCli.OK, cli.run("speakers", project.toString(), "--register"), cli.err());
		assertTrue(cli.out().startsWith("Linked 1 speaker of the articles to the registry, registered 4 new speakers"),
				"Haugland (then linked in his second article), Solberg, and Lunde and Kari Lunde, not yet known as one: "
						+ cli.out());

		assertEquals(SaysoCli.OK, cli.run("speakers", project.toString()), cli.err());
		var out = cli.out();
		assertTrue(out.startsWith("4 speakers in the project's registry"), out);
		assertTrue(out.contains("petter-haugland  Petter Haugland [person]: 2 mentions in 2 articles (ferry-commuters, ferry-wire)"),
				out);
		assertFalse(out.contains("director"), "a role is not registered: " + out);
		assertEquals(List.of("petter-haugland"), entityIds(set("ferry-commuters", "ana")).stream()
				.filter(id -> id.contains("haugland")).toList());

		// the two Lundes are one: merged in every article, the name kept as an alias
		assertEquals(SaysoCli.OK, cli.run("speakers", project.toString(), "--merge", "kari-lunde,lunde"), cli.err());
		assertTrue(cli.out().startsWith("Merged lunde into kari-lunde: 1 set written"), cli.out());
		assertTrue(entityIds(set("ferry-commuters", "ana")).contains("kari-lunde"));
		assertFalse(entityIds(set("ferry-commuters", "ana")).contains("lunde"));
		var registry = new SpeakerRegistry(ProjectStore.open(project).project());
		assertTrue(registry.byId("lunde").isEmpty());
		assertEquals(List.of("Lunde"), registry.byId("kari-lunde").orElseThrow().getAliases());
	}

	@Test
	void linkUsesNamesAndAliasesAndTheJsonLinesCarryTheProjectIdAndTheOutsideId() throws Exception {
		assertEquals(SaysoCli.OK, cli.run("speakers", project.toString(), "--add", "Ingrid Solberg", "--external-id",
				"Q4242"), cli.err());
		assertEquals(SaysoCli.OK, cli.run("speakers", project.toString(), "--alias", "ingrid-solberg=Solberg"));
		speaker("ferry-fjord-post", "ben", "Solberg", 0);

		assertEquals(SaysoCli.OK, cli.run("speakers", project.toString(), "--link"), cli.err());
		assertTrue(cli.out().startsWith("Linked 1 speaker of the articles to the registry, registered 0 new speakers; 1 set"),
				cli.out());
		assertEquals(List.of("ingrid-solberg"), entityIds(set("ferry-fjord-post", "ben")));

		var out = project.getParent().resolve("out");
		assertEquals(SaysoCli.OK, cli.run("export", project.toString(), "--format", "jsonl", "--set", "ben", "--out",
				out.toString(), "--allow-invalid"), cli.err());
		var lines = Files.readString(out.resolve("annotations.jsonl"));
		assertTrue(lines.contains("\"entity\":\"ingrid-solberg\",\"entityName\":\"Ingrid Solberg\",\"registered\":true,"
				+ "\"externalId\":\"Q4242\""), lines);
	}

	@Test
	void suggestLinksTheSpeakersItFindsToTheRegistry() throws Exception {
		assertEquals(SaysoCli.OK, cli.run("speakers", project.toString(), "--add", "Petter Haugland"), cli.err());

		assertEquals(SaysoCli.OK, cli.run("suggest", project.toString(), "--annotator", "cy", "--documents",
				"ferry-wire,ferry-fjord-post"), cli.err());

		// "council leader Petter Haugland said in a statement", in the story and a republication of it
		for (var document : List.of("ferry-wire", "ferry-fjord-post")) {
			assertTrue(entityIds(set(document, "cy")).contains("petter-haugland"), document + ": " + entityIds(set(document, "cy")));
		}
		assertEquals(SaysoCli.OK, cli.run("speakers", project.toString()), cli.err());
		assertTrue(cli.out().contains("petter-haugland  Petter Haugland [person]: 2 mentions in 2 articles"), cli.out());
	}

	@Test
	void splitMakesANewSpeakerInTheArticlesNamed() throws Exception {
		speaker("ferry-wire", "ana", "Petter Haugland", 0);
		speaker("ferry-commuters", "ana", "Petter Haugland", 0);
		assertEquals(SaysoCli.OK, cli.run("speakers", project.toString(), "--register"), cli.err());

		assertEquals(SaysoCli.OK, cli.run("speakers", project.toString(), "--split", "petter-haugland", "--documents",
				"ferry-commuters", "--name", "Petter Haugland (Askoy council)"), cli.err());

		assertEquals(List.of("petter-haugland"), entityIds(set("ferry-wire", "ana")));
		assertEquals(List.of("petter-haugland-askoy-council"), entityIds(set("ferry-commuters", "ana")));
		assertEquals(SaysoCli.USAGE, cli.run("speakers", project.toString(), "--split", "nobody", "--documents",
				"ferry-wire", "--name", "X"));
		assertTrue(cli.err().contains("the project has no speaker 'nobody'"), cli.err());
	}

	@Test
	void aMergeThatCannotWriteEverySetKeepsTheSpeakerRegisteredAndSaysWhich() throws Exception {
		speaker("ferry-wire", "ana", "Petter Haugland", 0);
		speaker("ferry-commuters", "ana", "Haugland", 0);
		assertEquals(SaysoCli.OK, cli.run("speakers", project.toString(), "--register"), cli.err());
		var broken = project.resolve("annotations/ana/ferry-commuters.xmi");
		Files.writeString(broken, "<xmi:XMI broken");

		assertEquals(SaysoCli.FAILED, cli.run("speakers", project.toString(), "--merge", "petter-haugland,haugland"));

		assertTrue(cli.err().contains(broken.toString()), cli.err());
		assertTrue(cli.out().contains("haugland stays registered until every set is done"), cli.out());
		assertTrue(new SpeakerRegistry(ProjectStore.open(project).project()).byId("haugland").isPresent());
		assertEquals("<xmi:XMI broken", Files.readString(broken), "the broken file is left as it was");
	}
}
