package org.sayso.curation.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.curation.merge.HandEdit;
import org.sayso.core.AnnotationKind;
import org.sayso.curation.merge.Resolution;
import org.sayso.model.ClaimKind;
import org.sayso.model.CurationDecision;
import org.sayso.model.DateMention;
import org.sayso.model.SetState;

/**
 * The curator's decisions and the provenance of every unit are in {@code curation/<docId>.xmi}; a re-merge after
 * annotators changed their sets keeps the decisions whose unit is unchanged and asks again about the others.
 */
class RemergeKeepsDecisionsTest {

	@TempDir
	Path root;

	private MergeProject annotated() throws Exception {
		var project = new MergeProject(root);
		project.annotate("ana", a -> {
			a.claim("the clinic network would double by 2027", ClaimKind.INDIRECT, a.cue("said"), a.speaker("Anna Berg", "b"));
			a.date("Monday", "2025-06-02");
			a.date("2027", "2027");
			a.date("July", "2025-07");
		}).annotate("ben", a -> {
			a.claim("the clinic network would double by 2027", ClaimKind.INDIRECT, a.cue("said"), a.speaker("Anna Berg", "x"));
			a.date("Monday", "2025-06-09");
			a.date("July", "2025-07-01");
		});
		return project;
	}

	@Test
	void decisionsAndProvenanceAreInTheCuratedFile() throws Exception {
		var project = annotated();
		var curation = project.curation();
		var conflicts = curation.merge().conflicts();
		assertEquals(3, conflicts.size());
		curation.merge().choose(conflicts.get(0), "ben"); // Monday
		curation.merge().omit(conflicts.get(1)); // 2027
		curation.merge().edit(conflicts.get(2), "ana", HandEdit.dateValue("2025-07-15")); // July
		curation.save(false);
		assertTrue(Files.exists(root.resolve("curation/clinics.xmi")));

		var curated = project.reopenCurated();
		assertTrue(curated.isCurated());
		assertEquals(SetState.FINISHED, curated.getState());
		assertEquals("lead", curated.getAnnotator());
		for (var annotation : curated.getAnnotations()) {
			assertNotNull(annotation.getProvenance(), "provenance on " + annotation);
			assertNotNull(annotation.getProvenance().getUnitKey());
		}
		var monday = date(curated, "2025-06-09");
		assertEquals(CurationDecision.CHOSEN, monday.getProvenance().getDecision());
		assertEquals("ben", monday.getProvenance().getChosenAnnotator());
		assertEquals(List.of("ben"), monday.getProvenance().getAgreedBy());
		assertEquals("lead", monday.getProvenance().getDecidedBy());
		assertNotNull(monday.getProvenance().getDecidedAt());
		var july = date(curated, "2025-07-15");
		assertEquals(CurationDecision.EDITED, july.getProvenance().getDecision());
		var claim = curated.getAnnotations().stream().filter(a -> a instanceof org.sayso.model.Claim).findFirst().get();
		assertEquals(CurationDecision.UNANIMOUS, claim.getProvenance().getDecision());
		assertEquals(List.of("ana", "ben"), claim.getProvenance().getAgreedBy());
		assertEquals(1, curated.getOmittedUnits().size());
		var omitted = curated.getOmittedUnits().get(0);
		assertEquals(CurationDecision.OMITTED, omitted.getDecision());
		assertEquals(List.of("ben"), omitted.getAgreedBy(), "ben is the one who did not have it");
		assertFalse(curated.getAnnotations().stream().anyMatch(a -> a instanceof DateMention d && "2027".equals(d.getValue())));
	}

	@Test
	void aRemergeKeepsDecisionsOfUnchangedUnitsAndReopensChangedOnes() throws Exception {
		var project = annotated();
		var curation = project.curation();
		var conflicts = curation.merge().conflicts();
		curation.merge().choose(conflicts.get(0), "ben");
		curation.merge().omit(conflicts.get(1));
		curation.merge().edit(conflicts.get(2), "ana", HandEdit.dateValue("2025-07-15"));
		curation.save(false);

		var again = project.curation();
		assertEquals(List.of(), again.merge().openConflicts(), "nothing changed: every decision still applies");
		assertTrue(again.merge().conflicts().get(2).resolution() instanceof Resolution.Edited);
		var written = Files.getLastModifiedTime(root.resolve("curation/clinics.xmi"));
		assertFalse(again.save(false), "the same curated set is not written again");
		assertEquals(written, Files.getLastModifiedTime(root.resolve("curation/clinics.xmi")));

		// ben changes his Monday: the earlier choice of his version no longer answers the question
		project.annotate("ben", a -> {
			a.claim("the clinic network would double by 2027", ClaimKind.INDIRECT, a.cue("said"), a.speaker("Anna Berg", "x"));
			a.date("Monday", "2025-06-16");
			a.date("July", "2025-07-01");
		});
		var remerged = project.curation();
		var open = remerged.merge().openConflicts();
		assertEquals(1, open.size());
		assertEquals(AnnotationKind.DATE, open.get(0).layer());
		assertEquals("Monday", MergeProject.TEXT.substring(open.get(0).begin(), open.get(0).end()));
		remerged.save(false);
		var curated = project.reopenCurated();
		assertEquals(SetState.IN_PROGRESS, curated.getState());
		date(curated, "2025-07-15"); // the hand edit of July is kept
		assertEquals(1, curated.getOmittedUnits().size(), "2027 stays left out");
	}

	static DateMention date(org.sayso.model.AnnotationSet set, String value) {
		for (var annotation : set.getAnnotations()) {
			if (annotation instanceof DateMention date && value.equals(date.getValue())) {
				return date;
			}
		}
		throw new AssertionError("the curated set has no date of value " + value);
	}
}
