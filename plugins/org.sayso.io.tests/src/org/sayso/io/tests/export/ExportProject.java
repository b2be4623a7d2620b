package org.sayso.io.tests.export;

import java.nio.file.Path;

import org.sayso.core.store.ProjectStore;
import org.sayso.tests.support.SampleSets;
import org.sayso.model.AnnotationSet;
import org.sayso.model.ClaimKind;
import org.sayso.model.DateType;
import org.sayso.model.Document;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerKind;

/**
 * A small project on disk to export: three wire stories of our own, annotated by ana and ben, two of them curated.
 * <ul>
 * <li>{@value #HARBOUR}: the sample set with every feature, an emoji and curly quotes; ana, ben and a curated set</li>
 * <li>{@value #BUDGET}: ana only, valid, not curated</li>
 * <li>{@value #CLINIC}: ana and the curated set each hold a claim without a speaker, which fails validation</li>
 * </ul>
 */
final class ExportProject {

	static final String HARBOUR = "harbour-talks";
	static final String BUDGET = "budget-vote";
	static final String CLINIC = "clinic-funding";

	static final String BUDGET_TEXT = """
			Budget Passes After Late Session

			LISBON (Sayso Wire) June 3, 2025 - Parliament passed the budget on Tuesday. "It is a fair budget," \
			finance minister Ana Costa told reporters. She said spending on ports would rise in 2026.""";

	static final String CLINIC_TEXT = """
			Clinic Funding Delayed

			GHENT (Sayso Wire) May 12, 2025 - The city council postponed the vote on clinic funding until next month, \
			a spokeswoman said. Doctors said the delay would cost lives.""";

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	private ExportProject() {
	}

	static ProjectStore create(Path root) throws Exception {
		var store = ProjectStore.create(root, "newsroom");
		var sample = SampleSets.everything();
		var harbour = store.addDocument(HARBOUR, SampleSets.TEXT);
		copyMetadata(sample.getDocument(), harbour);
		var budget = store.addDocument(BUDGET, BUDGET_TEXT);
		budget.setTitle("Budget Passes After Late Session");
		budget.setDct("2025-06-03");
		var clinic = store.addDocument(CLINIC, CLINIC_TEXT);
		clinic.setTitle("Clinic Funding Delayed");
		clinic.setDct("2025-05-12");
		store.saveProject(false);

		var ana = store.openSet(harbour, "ana");
		fill(ana.set(), SampleSets.everything());
		store.save(ana, false);
		var ben = store.openSet(harbour, "ben");
		annotateShort(ben.set(), SampleSets.TEXT, "Maria Lopez", "said", "the talks would resume “within two weeks”");
		store.save(ben, false);
		var curated = store.openCuratedSet(harbour, "lead");
		fill(curated.set(), SampleSets.everything());
		store.save(curated, false);

		var anaBudget = store.openSet(budget, "ana");
		annotateShort(anaBudget.set(), BUDGET_TEXT, "Ana Costa", "told reporters", "\"It is a fair budget,\"");
		var date = span(anaBudget.set(), F.createDateMention(), BUDGET_TEXT, "in 2026");
		date.setValue("2026");
		date.setType(DateType.DATE);
		store.save(anaBudget, false);

		for (var opened : new org.sayso.core.store.OpenedSet[] { store.openSet(clinic, "ana"),
				store.openCuratedSet(clinic, "lead") }) {
			var claim = span(opened.set(), F.createClaim(), CLINIC_TEXT, "the delay would cost lives");
			claim.setKind(ClaimKind.INDIRECT); // no speaker: fails validation
			store.save(opened, false);
		}
		return ProjectStore.open(root);
	}

	private static void copyMetadata(Document from, Document to) {
		to.setTitle(from.getTitle());
		to.setSourceUri(from.getSourceUri());
		to.setLanguage(from.getLanguage());
		to.setDct(from.getDct());
		to.setDctOrigin(from.getDctOrigin());
	}

	/** Moves the sample's annotations and entities into the opened set. */
	private static void fill(AnnotationSet target, AnnotationSet sample) {
		target.getEntities().addAll(sample.getEntities());
		target.getAnnotations().addAll(sample.getAnnotations());
		target.setState(sample.getState());
	}

	/** A speaker with an entity, a cue and a claim linked to both. */
	private static void annotateShort(AnnotationSet set, String text, String speakerText, String cueText, String claimText) {
		var entity = F.createSpeakerEntity();
		entity.setId(speakerText.toLowerCase().replace(' ', '-'));
		entity.setName(speakerText);
		set.getEntities().add(entity);
		var speaker = span(set, F.createSpeakerMention(), text, speakerText);
		speaker.setKind(SpeakerKind.PERSON);
		speaker.setEntity(entity);
		var cue = span(set, F.createCue(), text, cueText);
		var claim = span(set, F.createClaim(), text, claimText);
		claim.setKind(claimText.startsWith("\"") ? ClaimKind.DIRECT : ClaimKind.INDIRECT);
		claim.getSources().add(speaker);
		claim.getCues().add(cue);
	}

	static <T extends org.sayso.model.Annotation> T span(AnnotationSet set, T annotation, String text, String covered) {
		return org.sayso.tests.support.SampleSets.place(set, annotation, text, covered);
	}
}
