package org.sayso.curation.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.curation.merge.DocumentMerge;
import org.sayso.curation.merge.MergeSettings;
import org.sayso.curation.merge.MergeUnit;
import org.sayso.model.ClaimKind;
import org.sayso.model.CurationDecision;
import org.sayso.model.SpeakerKind;

/**
 * Three annotators of one story with conflicts worked out by hand: the merge must find exactly these, and accept
 * everything else, including a claim whose speaker one annotator put on another mention of the same person and
 * speakers whose entity ids differ between annotators.
 */
public class ThreeAnnotatorConflictsTest {

	@TempDir
	Path root;
	MergeProject project;

	@BeforeEach
	void annotate() throws Exception {
		project = annotated(root);
	}

	/** The story annotated by ana, ben and cy with the conflicts worked out by hand. */
	public static MergeProject annotated(Path root) throws Exception {
		var project = new MergeProject(root);
		project.annotate("ana", a -> {
			var berg = a.speaker("Anna Berg", "berg");
			var berg2 = a.speaker("Berg", 2, "berg", SpeakerKind.PERSON);
			var union = a.speaker("The nurses' union", "union");
			var hale = a.speaker("Tom Hale", "hale");
			var berg3 = a.speaker("Berg", 3, "berg", SpeakerKind.PERSON);
			a.claim("the clinic network would double by 2027", ClaimKind.INDIRECT, a.cue("said"), berg);
			a.claim("\"We have the money and the staff,\"", ClaimKind.DIRECT, a.cue("told reporters"), berg2);
			a.claim("shortages would get worse next winter", ClaimKind.INDIRECT, a.cue("warned"), union);
			a.claim("talks would continue in July", ClaimKind.INDIRECT, a.cue("said in a joint statement"), hale, berg3);
			a.date("June 3, 2025", "2025-06-03");
			a.date("Monday", "2025-06-02");
			a.date("2027", "2027");
			a.date("July", "2025-07");
		});
		project.annotate("ben", a -> {
			var berg = a.speaker("Anna Berg", "e1");
			var berg2 = a.speaker("Berg", 2, "e1", SpeakerKind.PERSON);
			var union = a.speaker("nurses' union", "e2");
			var hale = a.speaker("Tom Hale", 1, "e3", SpeakerKind.ORGANIZATION);
			var berg3 = a.speaker("Berg", 3, "e1", SpeakerKind.PERSON);
			a.claim("the clinic network would double by 2027", ClaimKind.INDIRECT, a.cue("said"), berg);
			a.claim("\"We have the money and the staff,\"", ClaimKind.DIRECT, a.cue("told reporters"), berg2);
			a.claim("shortages would get worse", ClaimKind.INDIRECT, null, union);
			a.claim("talks would continue in July", ClaimKind.INDIRECT, a.cue("said in a joint statement"), hale, berg3);
			a.date("June 3, 2025", "2025-06-03");
			a.date("Monday", "2025-06-02");
			a.date("2027", "2027");
			a.date("in July", "2025-07");
		});
		project.annotate("cy", a -> {
			var berg = a.speaker("Anna Berg", "anna-berg");
			a.speaker("Berg", 2, "anna-berg", SpeakerKind.PERSON);
			var union = a.speaker("The nurses' union", "nurses");
			a.speaker("Tom Hale", "tom-hale");
			var berg3 = a.speaker("Berg", 3, "anna-berg", SpeakerKind.PERSON);
			a.claim("the clinic network would double by 2027", ClaimKind.INDIRECT, a.cue("said"), berg);
			// the quote attributed to the first mention of Berg: the same person, so no conflict
			a.claim("\"We have the money and the staff,\"", ClaimKind.DIRECT, a.cue("told reporters"), berg);
			a.claim("shortages would get worse next winter", ClaimKind.INDIRECT, a.cue("warned"), union);
			a.claim("talks would continue in July", ClaimKind.INDIRECT, a.cue("said in a joint statement"), berg3);
			a.date("June 3, 2025", "2025-06-03");
			a.date("Monday", "2025-06-09");
			a.date("July", "2025-07");
		});
		return project;
	}

	@Test
	void theMergeFindsExactlyTheConflictsWorkedOutByHand() throws Exception {
		var merge = project.curation().merge();
		assertEquals(List.of(
				"Date 'Monday' [DATE_VALUE]",
				"Date '2027' [PRESENT_ABSENT]",
				"Speaker 'The nurses' union' [SPAN_BOUNDARY]",
				"Cue 'warned' [PRESENT_ABSENT]",
				"Claim 'shortages would get worse next winter' [SPAN_BOUNDARY, CUE]",
				"Speaker 'Tom Hale' [TYPE]",
				"Claim 'talks would continue in July' [SPEAKER]",
				"Date 'in July' [SPAN_BOUNDARY]"), describe(merge, merge.conflicts()));
		var summary = merge.summary();
		assertEquals(17, summary.units());
		assertEquals(9, summary.unanimous());
		assertEquals(8, summary.open());
	}

	@Test
	void eachConflictShowsEveryAnnotatorsVersion() throws Exception {
		var merge = project.curation().merge();
		var monday = merge.conflicts().get(0);
		assertEquals(List.of("ana", "ben", "cy"), List.copyOf(monday.versions().keySet()));
		assertEquals(List.of("ana", "ben"), monday.groups().get(0).annotators(), "the larger group first");
		assertEquals(List.of("cy"), monday.groups().get(1).annotators());
		var year = merge.conflicts().get(1);
		assertTrue(year.groups().get(1).isAbsent(), "cy's version of 2027 is: absent");
		assertEquals(List.of("cy"), year.groups().get(1).annotators());
	}

	@Test
	void aMajorityThresholdAcceptsTwoOfThreeAndLeavesTheRest() throws Exception {
		var merge = project.curation(new MergeSettings(0.5, 0.5, 0.6, "lead")).merge();
		// every conflict here has a 2-of-3 version except the joint statement (ana, ben agree: 2 of 3 too)
		// and the union claim (ana, cy agree): all decided by majority, none open
		assertEquals(List.of(), describe(merge, merge.openConflicts()));
		assertEquals(8, merge.summary().majority());
		var curated = merge.curatedSet();
		var year = curated.getOmittedUnits().isEmpty() ? null : curated.getOmittedUnits().get(0);
		assertEquals(null, year, "2027 is kept: two of three have it");
		assertTrue(curated.getAnnotations().stream().allMatch(a -> a.getProvenance() != null));
		assertTrue(curated.getAnnotations().stream()
				.anyMatch(a -> a.getProvenance().getDecision() == CurationDecision.MAJORITY));
	}

	@Test
	void theDecisionsTakenCanBePutBackAsTheyWere() throws Exception {
		var merge = project.curation().merge();
		var before = merge.decisions();
		var first = merge.openConflicts().get(0);
		merge.choose(first, first.groups().get(0).annotators().get(0));
		merge.omit(merge.openConflicts().get(0));
		var after = merge.decisions();
		assertEquals(before.size(), after.size());
		assertTrue(first.isDecided());

		merge.restore(before); // undo
		assertEquals(before, merge.decisions());
		assertTrue(!first.isDecided(), "the first choice is open again");
		assertEquals(describe(merge, merge.conflicts()).size(), merge.openConflicts().size(), "every conflict is open");

		merge.restore(after); // redo
		assertEquals(after, merge.decisions());
		assertTrue(first.isDecided());
		assertEquals(CurationDecision.CHOSEN, merge.curatedSet().getAnnotations().stream()
				.filter(a -> a.getBegin() == first.begin()).findFirst().orElseThrow().getProvenance().getDecision());
	}

	static List<String> describe(DocumentMerge merge, List<MergeUnit> units) {
		var text = merge.document().getText();
		return units.stream().map(u -> u.layer().label() + " '" + text.substring(u.begin(), u.end()) + "' "
				+ u.kinds()).toList();
	}
}
