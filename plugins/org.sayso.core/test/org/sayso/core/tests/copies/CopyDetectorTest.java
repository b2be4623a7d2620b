package org.sayso.core.tests.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sayso.core.copies.CopyDetector;
import org.sayso.core.copies.CopyDetector.Text;

/**
 * Copies among the wire sample (sample/wire): one wire story, four republications of it (a new headline, paragraphs
 * moved, the ending cut, a typo fixed, an advertisement marker and a photo caption added) and an unrelated story on
 * the same topic.
 */
class CopyDetectorTest {

	private static final Path WIRE = Path.of("../../sample/wire/documents").toAbsolutePath().normalize();
	private static final List<String> COPIES = List.of("ferry-coastal-times", "ferry-fjord-post", "ferry-harbour-news",
			"ferry-west-daily", "ferry-wire");

	private static List<Text> wire() throws IOException {
		var texts = new ArrayList<Text>();
		try (var files = Files.list(WIRE)) {
			for (var file : files.sorted().toList()) {
				var name = file.getFileName().toString();
				texts.add(new Text(name.substring(0, name.length() - ".txt".length()), Files.readString(file)));
			}
		}
		return texts;
	}

	private static String text(String id) throws IOException {
		return Files.readString(WIRE.resolve(id + ".txt"));
	}

	@Test
	void theRepublicationsAreOneGroupAndTheStoryInItsOwnWordsIsNot() throws Exception {
		var result = new CopyDetector(CopyDetector.DEFAULT_THRESHOLD).detect(wire());
		assertEquals(1, result.groups().size(), result.toString());
		assertEquals(COPIES, result.groups().get(0).ids());
		assertTrue(result.pairs().stream().noneMatch(p -> p.a().equals("ferry-commuters") || p.b().equals("ferry-commuters")),
				"the commuters' story shares a topic and a name, not text");
		assertEquals(10, result.pairs().size(), "each of the five with each other");
	}

	@Test
	void theShareIsThatOfTheSmallerTextFoundInTheOther() throws Exception {
		var result = new CopyDetector(CopyDetector.DEFAULT_THRESHOLD).detect(wire());
		var cut = result.pairs().stream()
				.filter(p -> p.a().equals("ferry-harbour-news") && p.b().equals("ferry-wire")).findFirst().orElseThrow();
		assertTrue(cut.share() > 0.9, "the shortened copy is nearly all in the original: " + cut.share());
		var typo = result.pairs().stream()
				.filter(p -> p.a().equals("ferry-west-daily") && p.b().equals("ferry-wire")).findFirst().orElseThrow();
		assertTrue(typo.share() > 0.85 && typo.share() < 1, "a typo and a cut ending cost a little: " + typo.share());
	}

	@Test
	void thePassagesAreTheTextBothHaveWordForWord() throws Exception {
		var result = new CopyDetector(CopyDetector.DEFAULT_THRESHOLD).detect(wire());
		var pair = result.pairs().stream()
				.filter(p -> p.a().equals("ferry-fjord-post") && p.b().equals("ferry-wire")).findFirst().orElseThrow();
		var post = text("ferry-fjord-post");
		var wire = text("ferry-wire");
		for (var passage : pair.passages()) {
			var inA = post.substring(passage.beginA(), passage.endA()).replaceAll("\\s+", " ");
			var inB = wire.substring(passage.beginB(), passage.endB()).replaceAll("\\s+", " ");
			assertEquals(inB, inA, "a passage is the same words in both");
		}
		var moved = "The council of Askoy, whose 30,000 residents depend on the crossing";
		assertTrue(pair.passages().stream().anyMatch(p -> post.substring(p.beginA(), p.endA()).startsWith(moved)
				&& wire.substring(p.beginB(), p.endB()).startsWith(moved)), "a paragraph moved up is found where it is in each");
		var caption = post.indexOf("Photo:");
		assertTrue(pair.passages().stream().noneMatch(p -> p.beginA() <= caption && caption < p.endA()),
				"the photo caption is not shared");
	}

	@Test
	void unrelatedTextsAndEmptyOnesAreNoCopies() {
		var result = new CopyDetector(0.5).detect(List.of(new Text("a", "The harbour opens at six."),
				new Text("b", ""), new Text("c", "A storm closed the bridge for two days in March.")));
		assertEquals(List.of(), result.groups());
		assertEquals(3, result.texts());
		assertThrows(IllegalArgumentException.class, () -> new CopyDetector(0));
		assertThrows(IllegalArgumentException.class, () -> new CopyDetector(1.5));
	}
}
