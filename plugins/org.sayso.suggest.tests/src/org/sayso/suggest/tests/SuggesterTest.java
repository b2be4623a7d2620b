package org.sayso.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.DateMention;
import org.sayso.model.Origin;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerMention;
import org.sayso.suggest.Suggester;
import org.sayso.suggest.SuggestionReview;

/** Suggestions in an annotator's set, through the project store and its XMI files on disk. */
class SuggesterTest {

	static final String ARTICLE = """
			LISBON (Sayso Wire) March 7, 2024 - The clinic will close in December, the health authority said on Monday.

			"We were not consulted," said Maria Lopez, the mayor. Lopez said the town would appeal.
			""";

	@TempDir
	Path folder;

	private ProjectStore project() throws Exception {
		var store = ProjectStore.create(folder.resolve("p"), "p");
		store.addDocument("clinic", ARTICLE);
		store.saveProject(false);
		return store;
	}

	@Test
	void suggestionsAreSavedAndReadBackAsSuggested() throws Exception {
		var store = project();
		var opened = store.openSet(store.document("clinic"), "ana");
		var report = Suggester.suggest(opened.set(), null);
		assertEquals(3, report.claims());
		assertEquals("2024-03-07", report.dct());
		assertTrue(report.dctFromDateline());
		store.save(opened, false);

		var reopened = ProjectStore.open(folder.resolve("p"));
		var set = reopened.openSet(reopened.document("clinic"), "ana").set();
		assertEquals(report.added(), set.getAnnotations().size());
		assertTrue(set.getAnnotations().stream().allMatch(a -> a.getOrigin() == Origin.SUGGESTED));
		var december = only(set, DateMention.class, "December");
		assertEquals("2024-12", december.getValue());
		var lopez = only(set, SpeakerMention.class, "Lopez");
		assertEquals(only(set, SpeakerMention.class, "Maria Lopez").getEntity().getId(), lopez.getEntity().getId());
	}

	@Test
	void theAnnotatorsWorkIsNeverTouchedNorDuplicated() throws Exception {
		var store = project();
		var opened = store.openSet(store.document("clinic"), "ana");
		var set = opened.set();
		var mine = SaysoFactory.eINSTANCE.createSpeakerMention();
		int at = ARTICLE.indexOf("Maria Lopez");
		mine.setBegin(at);
		mine.setEnd(at + "Maria".length()); // the annotator marked only the first name
		mine.setOrigin(Origin.MANUAL);
		set.getAnnotations().add(mine);
		var myDate = SaysoFactory.eINSTANCE.createDateMention();
		myDate.setBegin(ARTICLE.indexOf("December"));
		myDate.setEnd(myDate.getBegin() + "December".length());
		myDate.setValue("2025-12");
		myDate.setOrigin(Origin.MANUAL);
		set.getAnnotations().add(myDate);

		Suggester.suggest(set, null);
		assertEquals("2025-12", myDate.getValue());
		assertEquals(at + 5, mine.getEnd());
		assertEquals(1, count(set, DateMention.class, "December"), "no second date over the annotator's");
		var quote = only(set, Claim.class, "We were not consulted");
		assertEquals(mine, quote.getSources().get(0), "the suggested claim is linked to the annotator's speaker");

		int before = set.getAnnotations().size();
		assertEquals(0, Suggester.suggest(set, null).added(), "suggesting again adds nothing");
		assertEquals(before, set.getAnnotations().size());
	}

	@Test
	void aRejectionSurvivesSavingAndStopsTheSuggestionComingBack() throws Exception {
		var store = project();
		var opened = store.openSet(store.document("clinic"), "ana");
		Suggester.suggest(opened.set(), null);
		var monday = only(opened.set(), DateMention.class, "Monday");
		SuggestionReview.reject(monday);
		assertEquals(1, opened.set().getRejections().size());
		store.save(opened, false);

		var reopened = ProjectStore.open(folder.resolve("p"));
		var set = reopened.openSet(reopened.document("clinic"), "ana").set();
		assertEquals(1, set.getRejections().size());
		assertEquals("date", set.getRejections().get(0).getType());
		Suggester.suggest(set, null);
		assertEquals(0, count(set, DateMention.class, "Monday"), "a rejected suggestion does not come back");
	}

	@Test
	void acceptingAClaimMakesItAndItsSpeakerAndCueManual() throws Exception {
		var store = project();
		var set = store.openSet(store.document("clinic"), "ana").set();
		Suggester.suggest(set, null);
		var claim = only(set, Claim.class, "the town would appeal");
		SuggestionReview.accept(claim);
		assertEquals(Origin.MANUAL, claim.getOrigin());
		assertEquals(Origin.MANUAL, claim.getSources().get(0).getOrigin());
		assertEquals(Origin.MANUAL, claim.getCues().get(0).getOrigin());

		var sentence = SuggestionReview.sentenceAround(ARTICLE, ARTICLE.indexOf("clinic will"));
		var accepted = SuggestionReview.acceptAll(set, sentence[0], sentence[1]);
		assertFalse(accepted.isEmpty());
		assertTrue(accepted.stream().allMatch(a -> a.getBegin() >= sentence[0] && a.getEnd() <= sentence[1]));
	}

	@Test
	void acceptingTheSentenceTakesInAQuoteItOnlyStarts() throws Exception {
		var store = project();
		var set = store.openSet(store.document("clinic"), "ana").set();
		Suggester.suggest(set, null);
		int caret = ARTICLE.indexOf("clinic will");
		var sentence = SuggestionReview.sentenceAround(ARTICLE, caret);
		var accepted = SuggestionReview.acceptSentence(set, caret);
		assertFalse(accepted.isEmpty());
		assertTrue(accepted.stream().allMatch(a -> a.getOrigin() == Origin.MANUAL));
		assertTrue(accepted.stream().allMatch(a -> a.getEnd() > sentence[0] && a.getBegin() < sentence[1]),
				"only what the sentence holds or touches");
		assertTrue(set.getAnnotations().stream().filter(a -> a.getEnd() > sentence[0] && a.getBegin() < sentence[1])
				.allMatch(a -> a.getOrigin() == Origin.MANUAL), "every suggestion touching the sentence");
	}

	@Test
	void rejectingASpeakerTakesItsSuggestedClaimsAlong() throws Exception {
		var store = project();
		var set = store.openSet(store.document("clinic"), "ana").set();
		Suggester.suggest(set, null);
		var lopez = only(set, SpeakerMention.class, "Lopez");
		SuggestionReview.reject(lopez);
		assertEquals(0, count(set, Claim.class, "the town would appeal"));
		assertNull(lopez.getEntity());
		SuggestionReview.reject(only(set, Claim.class, "We were not consulted"));
		assertEquals(0, count(set, SpeakerMention.class, "Maria Lopez"), "a suggested speaker no claim uses goes too");
		assertEquals(List.of("speaker", "claim", "cue", "claim", "speaker", "cue"),
				set.getRejections().stream().map(r -> r.getType()).toList(), "each group is rejected as one");
	}

	@Test
	void suggestingAgainBringsBackNoPartOfARejectedClaim() throws Exception {
		var store = project();
		var set = store.openSet(store.document("clinic"), "ana").set();
		Suggester.suggest(set, null);
		SuggestionReview.reject(only(set, Claim.class, "We were not consulted"));
		assertEquals(0, count(set, SpeakerMention.class, "Maria Lopez"), "the claim's own speaker went with it");
		var left = set.getAnnotations().size();

		var report = Suggester.suggest(set, null);
		assertEquals(0, report.added(), "G adds nothing back");
		assertEquals(left, set.getAnnotations().size());
		assertEquals(0, count(set, SpeakerMention.class, "Maria Lopez"), "not the speaker without its claim");
		assertEquals(1, count(set, Claim.class, "the town would appeal"), "the other claim of that person stays");
	}

	@Test
	void anExistingDctIsKept() throws Exception {
		var store = project();
		var document = store.document("clinic");
		document.setDct("2024-03-10");
		document.setDctOrigin("manual");
		var set = store.openSet(document, "ana").set();
		var report = Suggester.suggest(set, null);
		assertFalse(report.dctFromDateline());
		assertEquals("2024-03-10", document.getDct());
		assertEquals("2024-03-04", only(set, DateMention.class, "Monday").getValue());
	}

	@Test
	void aJointStatementIsSavedWithBothSpeakersAndReadBack() throws Exception {
		var store = ProjectStore.create(folder.resolve("joint"), "joint");
		store.addDocument("yard", "Lopez and Dahl said the yard would stay open. Dahl added that the pier was safe.\n");
		store.saveProject(false);
		var opened = store.openSet(store.document("yard"), "ana");
		Suggester.suggest(opened.set(), null);
		store.save(opened, false);

		var reopened = ProjectStore.open(folder.resolve("joint"));
		var set = reopened.openSet(reopened.document("yard"), "ana").set();
		var joint = only(set, Claim.class, "the yard would stay open");
		assertEquals(List.of("Lopez", "Dahl"), joint.getSources().stream()
				.map(m -> set.getDocument().getText().substring(m.getBegin(), m.getEnd())).toList());
		// the second statement is Dahl's alone, and Dahl is one entity across both
		var alone = only(set, Claim.class, "the pier was safe");
		assertEquals(1, alone.getSources().size());
		assertEquals(joint.getSources().get(1).getEntity(), alone.getSources().get(0).getEntity());
		assertFalse(joint.getSources().get(0).getEntity() == joint.getSources().get(1).getEntity());
	}

	static <T extends Annotation> T only(AnnotationSet set, Class<T> type, String text) {
		var found = set.getAnnotations().stream().filter(type::isInstance).map(type::cast)
				.filter(a -> set.getDocument().getText().substring(a.getBegin(), a.getEnd()).equals(text)).toList();
		assertEquals(1, found.size(), type.getSimpleName() + " [" + text + "]");
		return found.get(0);
	}

	static int count(AnnotationSet set, Class<? extends Annotation> type, String text) {
		return (int) set.getAnnotations().stream().filter(type::isInstance)
				.filter(a -> set.getDocument().getText().substring(a.getBegin(), a.getEnd()).equals(text)).count();
	}
}
