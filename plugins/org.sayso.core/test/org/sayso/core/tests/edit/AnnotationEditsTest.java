package org.sayso.core.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.model.AnnotationSet;
import org.sayso.model.ClaimKind;
import org.sayso.model.DateType;
import org.sayso.model.Origin;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerKind;
import org.sayso.model.SpeakerMention;
import org.sayso.model.validation.AnnotationSetValidator;

class AnnotationEditsTest {

	private static final String TEXT = """
			LISBON, March 14, 2024 - Port operator Maria Lopez said on Tuesday that the strike would end by Friday.
			"We are close to a deal," Lopez told reporters. The ministry's spokesman said talks resume next week.""";

	private AnnotationSet set;

	@BeforeEach
	void newSet() {
		var document = SaysoFactory.eINSTANCE.createDocument();
		document.setId("port");
		document.setText(TEXT);
		document.setDct("2024-03-14");
		set = SaysoFactory.eINSTANCE.createAnnotationSet();
		set.setDocument(document);
		set.setAnnotator("ana");
	}

	private int at(String phrase) {
		int i = TEXT.indexOf(phrase);
		assertTrue(i >= 0, phrase);
		return i;
	}

	private SpeakerMention speaker(String phrase) {
		return AnnotationEdits.tagSpeaker(set, at(phrase), at(phrase) + phrase.length(), "ana");
	}

	@Test
	void aShortNameJoinsTheEntityOfTheFullNameAndAPronounDoesNot() {
		var full = speaker("Maria Lopez");
		var shortName = speaker("Lopez told");
		shortName.setEnd(shortName.getBegin() + "Lopez".length());
		var again = AnnotationEdits.tagSpeaker(set, at("Lopez told"), at("Lopez told") + 5, "ana");
		assertSame(full.getEntity(), again.getEntity());
		assertEquals("Maria Lopez", full.getEntity().getName());
		assertEquals(Origin.MANUAL, full.getOrigin());
		assertEquals("ana", full.getAuthor());
		var role = speaker("The ministry's spokesman");
		assertEquals(SpeakerKind.ROLE, role.getKind());
		assertFalse(role.getEntity() == full.getEntity());
	}

	@Test
	void claimKindFollowsTheQuotes() {
		var direct = AnnotationEdits.tagClaim(set, at("\"We are"), at(" Lopez told"), "ana");
		assertEquals(ClaimKind.DIRECT, direct.getKind());
		var indirect = AnnotationEdits.tagClaim(set, at("the strike"), at(" by Friday"), "ana");
		assertEquals(ClaimKind.INDIRECT, indirect.getKind());
		AnnotationEdits.cycleKind(indirect);
		assertEquals(ClaimKind.MIXED, indirect.getKind());
		AnnotationEdits.cycleKind(indirect);
		assertEquals(ClaimKind.DIRECT, indirect.getKind());
	}

	@Test
	void aTaggedDateGetsTheValueTheRecognizerReadsAgainstTheDct() {
		var tuesday = AnnotationEdits.tagDate(set, at("Tuesday"), at("Tuesday") + 7, "ana");
		assertEquals("2024-03-12", tuesday.getValue());
		assertTrue(tuesday.isDctDependent());
		var nextWeek = AnnotationEdits.tagDate(set, at("next week"), at("next week") + 9, "ana");
		assertEquals("2024-W12", nextWeek.getValue());
		assertEquals(DateType.DATE, nextWeek.getType());
	}

	@Test
	void aSpanTheAnnotatorTagsAsDateIsReadAsOneWhereTheTextAroundDoesNot() {
		var text = "The council passed its 2026 budget and the harbour plan of March.";
		set.getDocument().setText(text);
		int year = text.indexOf("2026");
		var budget = AnnotationEdits.tagDate(set, year, year + 4, "ana");
		assertEquals("2026", budget.getValue(), "'its 2026 budget': the year the annotator marked");
		int march = text.indexOf("March");
		assertEquals("2024-03", AnnotationEdits.tagDate(set, march, march + 5, "ana").getValue());
		int council = text.indexOf("council");
		var notADate = AnnotationEdits.tagDate(set, council, council + 7, "ana");
		assertNull(notADate.getValue(), "what no reading makes a date gets no value, for the annotator to give");
	}

	@Test
	void aDateWithoutDctHasNoValueButANote() {
		set.getDocument().setDct(null);
		var friday = AnnotationEdits.tagDate(set, at("Friday"), at("Friday") + 6, "ana");
		assertNull(friday.getValue());
		assertTrue(friday.getNote() != null && !friday.getNote().isBlank(), "a note says why there is no value");
	}

	@Test
	void nearbySpeakersComeNearestFirstAndLinkingMakesTheClaimValid() {
		var maria = speaker("Maria Lopez");
		var lopez = AnnotationEdits.tagSpeaker(set, at("Lopez told"), at("Lopez told") + 5, "ana");
		var spokesman = speaker("The ministry's spokesman");
		var quote = AnnotationEdits.tagClaim(set, at("\"We are"), at(" Lopez told"), "ana");
		assertTrue(hasProblemAbout(quote), "a claim without speaker is a problem");

		assertEquals(List.of(lopez, spokesman, maria), AnnotationEdits.speakersNear(set, quote));
		AnnotationEdits.link(quote, lopez);
		assertEquals(List.of(lopez), quote.getSources());
		assertFalse(hasProblemAbout(quote));
		AnnotationEdits.addSpeaker(quote, maria);
		AnnotationEdits.addSpeaker(quote, maria);
		assertEquals(List.of(lopez, maria), quote.getSources());
		assertEquals(List.of(), AnnotationEdits.unlinkedClaims(set));
	}

	@Test
	void deletingASpeakerUnlinksItsClaimsAndDropsAnEmptyEntity() {
		var spokesman = speaker("The ministry's spokesman");
		var claim = AnnotationEdits.tagClaim(set, at("talks resume"), at(" next week."), "ana");
		AnnotationEdits.link(claim, spokesman);
		var entity = spokesman.getEntity();
		AnnotationEdits.delete(set, spokesman);
		assertTrue(claim.getSources().isEmpty());
		assertFalse(set.getEntities().contains(entity));
		assertFalse(set.getAnnotations().contains(spokesman));
		assertEquals(List.of(claim), AnnotationEdits.unlinkedClaims(set));
	}

	@Test
	void aCueGoesToTheNearestClaimWithoutOneAndLeavesWithIt() {
		var claim = AnnotationEdits.tagClaim(set, at("\"We are"), at(" Lopez told"), "ana");
		var other = AnnotationEdits.tagClaim(set, at("talks resume"), at(" next week."), "ana");
		var cue = AnnotationEdits.tagCue(set, at("told reporters"), at("told reporters") + 14, "ana");
		assertEquals(List.of(cue), claim.getCues());
		assertTrue(other.getCues().isEmpty());
		AnnotationEdits.delete(set, claim);
		assertFalse(set.getAnnotations().contains(cue), "the claim's own cue goes with it");
	}

	@Test
	void mergingAndSplittingEntities() {
		var maria = speaker("Maria Lopez");
		var spokesman = speaker("The ministry's spokesman");
		AnnotationEdits.mergeEntities(set, maria.getEntity(), spokesman.getEntity());
		assertSame(maria.getEntity(), spokesman.getEntity());
		assertEquals(1, set.getEntities().size());
		var own = AnnotationEdits.splitMention(set, spokesman);
		assertEquals("The ministry's spokesman", own.getName());
		assertEquals(2, set.getEntities().size());
		assertEquals(List.of(maria), maria.getEntity().getMentions());
	}

	@Test
	void movingAnAnnotationKeepsItInsideTheText() {
		var date = AnnotationEdits.tagDate(set, at("Friday"), at("Friday") + 6, "ana");
		AnnotationEdits.move(set, date, at("by Friday"), TEXT.length() + 40);
		assertEquals(at("by Friday"), date.getBegin());
		assertEquals(TEXT.length(), date.getEnd());
		AnnotationEdits.move(set, date, 10, 10);
		assertEquals(TEXT.length(), date.getEnd(), "an empty span is refused");
	}

	private boolean hasProblemAbout(org.sayso.model.Annotation annotation) {
		return AnnotationSetValidator.validate(set).stream().anyMatch(p -> p.annotation() == annotation);
	}
}
