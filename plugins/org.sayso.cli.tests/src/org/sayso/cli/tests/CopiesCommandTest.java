package org.sayso.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sayso.cli.SaysoCli;

/** {@code sayso copies} on the wire sample: five versions of one wire story, and a story in its own words. */
class CopiesCommandTest {

	private static final String WIRE = "../../sample/wire";
	private final CliRunner cli = new CliRunner();

	@Test
	void listsTheGroupWithSharesAndPassages() {
		assertEquals(SaysoCli.OK, cli.run("copies", WIRE), cli.err());
		var out = cli.out();
		assertTrue(out.startsWith("1 group of copies among 6 articles"), out);
		assertTrue(out.contains("Group 1: ferry-coastal-times, ferry-fjord-post, ferry-harbour-news, ferry-west-daily,"
				+ " ferry-wire"), out);
		assertTrue(out.matches("(?s).*  ferry-harbour-news ~ ferry-wire: 9\\d% shared, \\d+ passages?.*"), out);
		assertTrue(out.contains("\"BERGEN (Sayso Wire) March 4, 2025 - Fares on the island ferries run b\u2026\""), out);
		assertTrue(!out.contains("ferry-commuters"), "the story in its own words is in no group: " + out);
	}

	@Test
	void importSaysWhichNewArticlesAreCopies() throws Exception {
		var project = Files.createTempDirectory("sayso-copies-import").resolve("desk");
		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), WIRE + "/documents/ferry-wire.txt",
				WIRE + "/documents/ferry-commuters.txt"), cli.err());
		assertTrue(!cli.out().contains("Copy:"), "no copies among a story and one in its own words: " + cli.out());
		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), WIRE + "/documents/ferry-harbour-news.txt"),
				cli.err());
		assertTrue(cli.out().matches("(?s).*Copy: ferry-harbour-news ~ ferry-wire, 9\\d% shared.*"), cli.out());
		org.sayso.core.store.Folders.deleteTree(project.getParent());
	}

	@Test
	void projectAnnotationsCarriesTheStorysAnnotationsToItsCopies() throws Exception {
		var project = copyOfWire();
		var store = org.sayso.core.store.ProjectStore.open(project);
		var quote = "\"This increase pays for cleaner ships, not for profits.\"";
		claim(store, "ferry-wire", "ana", "Ingrid Solberg", quote);

		assertEquals(SaysoCli.OK, cli.run("project-annotations", project.toString(), "--from", "ferry-wire", "--annotator",
				"ben"), cli.err());
		var out = cli.out();
		assertTrue(out.startsWith("Carrying 2 annotations of ferry-wire's ana set to "), out);
		assertTrue(out.contains("ferry-fjord-post: carried 2 annotations, 0 left behind"), out);
		assertTrue(out.contains("Carried 8 annotations in all"), "two to each of the four copies: " + out);
		var post = store.document("ferry-fjord-post");
		var postText = store.text(post);
		var bens = org.sayso.core.store.ProjectStore.open(project).openSet(post, "ben").set();
		var carried = bens.getAnnotations().stream().filter(org.sayso.model.Claim.class::isInstance)
				.map(org.sayso.model.Claim.class::cast).findFirst().orElseThrow();
		assertEquals(quote, postText.substring(carried.getBegin(), carried.getEnd()));
		assertEquals(org.sayso.model.Origin.PROJECTED, carried.getOrigin());
		assertEquals(1, carried.getSources().size(), "with its speaker");

		assertEquals(SaysoCli.FAILED, cli.run("project-annotations", project.toString(), "--from", "ferry-commuters"));
		assertTrue(cli.err().contains("ferry-commuters has no annotations to carry"), cli.err());
		assertEquals(SaysoCli.USAGE, cli.run("project-annotations", project.toString()));
		org.sayso.core.store.Folders.deleteTree(project.getParent());
	}

	@Test
	void claimsAcrossArticlesClusterOneQuoteReportedByManyOutlets() throws Exception {
		var project = copyOfWire();
		var store = org.sayso.core.store.ProjectStore.open(project);
		var solberg = "\"We have held prices for three years while our costs went up every month,\"";
		var families = "\"Families who commute every day cannot absorb another rise,\"";
		for (var id : List.of("ferry-wire", "ferry-coastal-times", "ferry-fjord-post")) {
			var annotator = id.equals("ferry-fjord-post") ? "ben" : "ana"; // any annotator's set counts
			claim(store, id, annotator, "Ingrid Solberg", id.equals("ferry-coastal-times") ? solberg.substring(1) : solberg);
			if (!id.equals("ferry-fjord-post")) {
				claim(store, id, annotator, "Petter Haugland", families);
			}
		}
		// the same speaker saying something else, in a story in its own words
		claim(store, "ferry-commuters", "ana", "Petter Haugland",
				"has asked the regional transport authority to look again at the increase");

		assertEquals(SaysoCli.OK, cli.run("claims", project.toString(), "--across"), cli.err());
		var out = cli.out();
		assertTrue(out.startsWith("2 claims reported in several articles"), out);
		assertTrue(out.contains("c1 Ingrid Solberg: \u201c" + solberg + "\u201d"), "the longest wording: " + out);
		assertTrue(out.matches("(?s).*\n    ferry-coastal-times \\d+-\\d+\n    ferry-fjord-post \\d+-\\d+\n    ferry-wire .*"),
				"each article that reported it, once: " + out);
		assertTrue(out.contains("c2 Petter Haugland: \u201c" + families + "\u201d"), out);
		assertTrue(!out.contains("ferry-commuters"), "another claim of the same speaker is not the same claim: " + out);
		assertEquals(SaysoCli.OK, cli.run("claims", project.toString(), "--across", "--json"), cli.err());
		assertTrue(cli.out().startsWith("[{\"id\":\"c1\",\"speaker\":\"Ingrid Solberg\""), cli.out());
		assertEquals(SaysoCli.USAGE, cli.run("claims", project.toString()));
		org.sayso.core.store.Folders.deleteTree(project.getParent());
	}

	/** A copy of the wire sample in a folder of its own, for a test to write sets into. */
	private static Path copyOfWire() throws java.io.IOException {
		var project = Files.createTempDirectory("sayso-wire").resolve("wire");
		org.sayso.core.store.Folders.copyTree(Path.of(WIRE), project);
		return project;
	}

	/** A claim of {@code content} by {@code speaker}, both found in the article's text, in the annotator's set. */
	private static void claim(org.sayso.core.store.ProjectStore store, String id, String annotator, String speaker,
			String content) throws Exception {
		var document = store.document(id);
		var text = store.text(document);
		var opened = store.openSet(document, annotator);
		int s = text.indexOf(speaker);
		int c = text.indexOf(content);
		assertTrue(s >= 0 && c >= 0, speaker + " / " + content + " in " + id);
		var mention = org.sayso.core.edit.AnnotationEdits.tagSpeaker(opened.set(), s, s + speaker.length(), annotator);
		var claim = org.sayso.core.edit.AnnotationEdits.tagClaim(opened.set(), c, c + content.length(), annotator);
		org.sayso.core.edit.AnnotationEdits.link(claim, mention);
		store.save(opened, false);
	}

	@Test
	void jsonHasTheGroupsAndEveryPair() {
		assertEquals(SaysoCli.OK, cli.run("copies", WIRE, "--json"), cli.err());
		var out = cli.out().strip();
		assertTrue(out.startsWith("{\"articles\":6,\"groups\":[[\"ferry-coastal-times\","), out);
		assertEquals(10, out.split("\"share\":").length - 1, "ten pairs among five copies");
	}

	@Test
	void aStricterThresholdAndBadArgumentsAreAnswered() throws Exception {
		assertEquals(SaysoCli.OK, cli.run("copies", WIRE, "--threshold", "0.99"), cli.err());
		assertTrue(cli.out().startsWith("0 groups of copies among 6 articles"),
				"every republication changed something, if only its headline: " + cli.out());
		assertEquals(SaysoCli.USAGE, cli.run("copies", WIRE, "--threshold", "2"));
		assertTrue(cli.err().contains("--threshold takes a share above 0 and at most 1"), cli.err());
		assertEquals(SaysoCli.USAGE, cli.run("copies", WIRE, "--threshold", "most"));
		var empty = Files.createTempDirectory("sayso-copies");
		assertEquals(SaysoCli.FAILED, cli.run("copies", empty.toString()));
		assertTrue(cli.err().contains("is not a Sayso project"), cli.err());
		Files.delete(empty);
		assertTrue(Files.isDirectory(Path.of(WIRE)));
	}
}
