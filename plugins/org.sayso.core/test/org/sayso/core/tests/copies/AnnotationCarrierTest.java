package org.sayso.core.tests.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sayso.core.copies.AnnotationCarrier;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.DateMention;
import org.sayso.model.Origin;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerMention;

/**
 * Annotations of the wire story carried to its republications (sample/wire): exact on passages the copy has
 * unchanged, nothing onto changed text, links kept.
 */
class AnnotationCarrierTest {

	private static final Path WIRE = Path.of("../../sample/wire/documents").toAbsolutePath().normalize();
	private static final String SOLBERG_QUOTE = "\"We have held prices for three years while our costs went up every month,\"";
	private static final String FAMILIES = "\"Families who commute every day cannot absorb another rise,\"";

	private static AnnotationSet set(String text, String annotator) {
		var document = SaysoFactory.eINSTANCE.createDocument();
		document.setId("x");
		document.setText(text);
		document.setDct("2025-03-04");
		var set = SaysoFactory.eINSTANCE.createAnnotationSet();
		set.setDocument(document);
		set.setAnnotator(annotator);
		return set;
	}

	private static int at(String text, String phrase) {
		int i = text.indexOf(phrase);
		assertTrue(i >= 0, phrase);
		return i;
	}

	/** The wire story with two speakers, two claims linked to them and their cues, and a date in the ending. */
	private static AnnotationSet annotatedWire(String wire) {
		var set = set(wire, "ana");
		var solberg = AnnotationEdits.tagSpeaker(set, at(wire, "Ingrid Solberg"), at(wire, "Ingrid Solberg") + 14, "ana");
		var quote = AnnotationEdits.tagClaim(set, at(wire, SOLBERG_QUOTE), at(wire, SOLBERG_QUOTE) + SOLBERG_QUOTE.length(),
				"ana");
		AnnotationEdits.link(quote, solberg);
		AnnotationEdits.tagCue(set, at(wire, "told reporters"), at(wire, "told reporters") + 14, "ana");
		var haugland = AnnotationEdits.tagSpeaker(set, at(wire, "Petter Haugland"), at(wire, "Petter Haugland") + 15, "ana");
		var families = AnnotationEdits.tagClaim(set, at(wire, FAMILIES), at(wire, FAMILIES) + FAMILIES.length(), "ana");
		AnnotationEdits.link(families, haugland);
		int received = at(wire, "on Monday and would respond");
		AnnotationEdits.tagDate(set, received + 3, received + 9, "ana"); // "Monday", in the typo'd sentence of one copy
		int reporting = at(wire, "had received the fare notice");
		AnnotationEdits.tagClaim(set, reporting - 14, reporting + "had received the fare notice".length(), "ana");
		return set;
	}

	@Test
	void unchangedPassagesCarryExactlyWithTheirLinks() throws Exception {
		var wire = Files.readString(WIRE.resolve("ferry-wire.txt"));
		var post = Files.readString(WIRE.resolve("ferry-fjord-post.txt")); // paragraphs moved, a caption added
		var to = set(post, "ben");
		var report = AnnotationCarrier.carry(wire, annotatedWire(wire), post, to, "ben");
		assertEquals(7, report.carried(), report.toString());
		for (var a : to.getAnnotations()) {
			assertEquals(Origin.PROJECTED, a.getOrigin(), "carried annotations are suggestions to review");
			assertEquals("ben", a.getAuthor());
		}
		var quote = to.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
				.filter(c -> post.substring(c.getBegin(), c.getEnd()).equals(SOLBERG_QUOTE)).findFirst().orElseThrow();
		assertEquals(List.of("Ingrid Solberg"),
				quote.getSources().stream().map(s -> post.substring(s.getBegin(), s.getEnd())).toList(),
				"the claim keeps its link to the speaker carried with it");
		assertTrue(quote.getSources().get(0).eContainer() == to, "linked to the copy's own speaker, not the original's");
		var families = to.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
				.filter(c -> post.substring(c.getBegin(), c.getEnd()).equals(FAMILIES)).findFirst().orElseThrow();
		assertTrue(families.getBegin() < quote.getBegin(), "the moved paragraph's claim is where the copy has it");
		assertEquals("Petter Haugland", families.getSources().get(0).getEntity().getName());
	}

	@Test
	void nothingIsCarriedOntoChangedOrMissingText() throws Exception {
		var wire = Files.readString(WIRE.resolve("ferry-wire.txt"));
		var daily = Files.readString(WIRE.resolve("ferry-west-daily.txt")); // "recieved", the director's line cut
		var to = set(daily, "ben");
		var report = AnnotationCarrier.carry(wire, annotatedWire(wire), daily, to, "ben");
		assertTrue(report.left().stream().anyMatch(l -> l.annotation() instanceof Claim
				&& l.reason().startsWith("its text is not in a passage")), "the claim over the typo stays: " + report);
		for (var a : to.getAnnotations()) {
			var there = daily.substring(a.getBegin(), a.getEnd());
			assertTrue(!there.contains("recieved"), "nothing lands on changed text: " + there);
		}
		var monday = to.getAnnotations().stream().filter(DateMention.class::isInstance).findFirst().orElseThrow();
		assertEquals("Monday", daily.substring(monday.getBegin(), monday.getEnd()), "a date outside the change is carried");

		var harbour = Files.readString(WIRE.resolve("ferry-harbour-news.txt")); // the ending cut, Haugland's quote gone
		var cut = set(harbour, "ben");
		var cutReport = AnnotationCarrier.carry(wire, annotatedWire(wire), harbour, cut, "ben");
		assertTrue(cut.getAnnotations().stream().noneMatch(a -> a instanceof SpeakerMention s
				&& harbour.substring(s.getBegin(), s.getEnd()).contains("Haugland")));
		assertTrue(cutReport.left().size() >= 3, cutReport.toString());
	}

	@Test
	void carryingTwiceAddsNothingAndARejectionStays() throws Exception {
		var wire = Files.readString(WIRE.resolve("ferry-wire.txt"));
		var post = Files.readString(WIRE.resolve("ferry-fjord-post.txt"));
		var from = annotatedWire(wire);
		var to = set(post, "ben");
		AnnotationCarrier.carry(wire, from, post, to, "ben");
		int once = to.getAnnotations().size();
		var again = AnnotationCarrier.carry(wire, from, post, to, "ben");
		assertEquals(0, again.carried(), "what the copy has already is not carried twice");
		assertEquals(once, to.getAnnotations().size());

		var fresh = set(post, "ben");
		var rejection = SaysoFactory.eINSTANCE.createRejection();
		rejection.setType("claim");
		rejection.setBegin(at(post, SOLBERG_QUOTE));
		rejection.setEnd(at(post, SOLBERG_QUOTE) + SOLBERG_QUOTE.length());
		fresh.getRejections().add(rejection);
		var report = AnnotationCarrier.carry(wire, from, post, fresh, "ben");
		assertTrue(report.left().stream().anyMatch(l -> l.reason().equals("the copy's annotator rejected it there")),
				report.toString());
		assertTrue(fresh.getAnnotations().stream().noneMatch(a -> a instanceof Claim
				&& post.substring(a.getBegin(), a.getEnd()).equals(SOLBERG_QUOTE)));
	}
}
