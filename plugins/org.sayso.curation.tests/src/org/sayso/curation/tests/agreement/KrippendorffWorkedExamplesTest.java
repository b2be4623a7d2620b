package org.sayso.curation.tests.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.curation.agreement.AgreementCalculator;
import org.sayso.curation.agreement.CodedUnits;
import org.sayso.curation.agreement.SpanStudy;
import org.sayso.curation.Curation;
import org.sayso.curation.merge.MergeEngine;
import org.sayso.curation.merge.MergeSettings;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.ClaimKind;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerKind;

/**
 * Published worked examples, computed through Sayso's own path: annotator sets on disk, merged, measured. The
 * values are the published ones, to three decimals.
 */
class KrippendorffWorkedExamplesTest {

	@TempDir
	Path root;

	/**
	 * Krippendorff (2004), Content Analysis, p. 254: two observers unitize a continuum of 300 (150 to 450) in
	 * categories c and k; alpha-U of c is 0.7286, of k 1, of both 0.8591. Here the continuum is a 300-character
	 * article (offsets less 150), c are claims and k speakers.
	 */
	@Test
	void unitizingAlphaOfKrippendorff2004ThroughMergedAnnotatorSets() throws Exception {
		var store = ProjectStore.create(root, "worked-example");
		var text = article(300);
		var document = store.addDocument("example", text);
		store.saveProject(false);
		write(store, "observer-i", new int[][] { { 75, 145 }, { 220, 250 } }, new int[][] { { 30, 90 }, { 150, 200 } });
		write(store, "observer-j", new int[][] { { 70, 150 }, { 205, 225 }, { 250, 270 } },
				new int[][] { { 30, 90 }, { 150, 200 } });

		var merge = Curation.open(store, document, new MergeEngine(new MergeSettings(0.5, 0.5, 0, "lead"))).merge();
		var calculator = new AgreementCalculator(List.of("observer-i", "observer-j"));
		var measured = calculator.add(merge);
		assertEquals(0.729, measured.types().get("Claim").alphaU(), 0.0005);
		assertEquals(1.000, measured.types().get("Speaker").alphaU(), 0.0005);
		var corpus = calculator.report().corpus();
		assertEquals(0.729, corpus.get("Claim").alphaU(), 0.0005, "one document: the corpus is the document");

		var both = new SpanStudy(2, 300);
		for (var claim : new int[][] { { 75, 145, 0 }, { 220, 250, 0 }, { 70, 150, 1 }, { 205, 225, 1 }, { 250, 270, 1 } }) {
			both.add(claim[0], claim[1], claim[2], "c");
		}
		for (int rater = 0; rater < 2; rater++) {
			both.add(30, 90, rater, "k");
			both.add(150, 200, rater, "k");
		}
		assertEquals(0.859, both.alphaUAll(), 0.0005);
	}

	/** Krippendorff (2004), p. 246: the same agreement, two distributions; Cohen's kappa 0.186 and 0.258. */
	@Test
	void cohensKappaOfKrippendorff2004() {
		var even = new CodedUnits(List.of("i", "j"));
		add(even, 12, "a", "a", 9, "a", "b", 9, "a", "c", 9, "b", "a", 14, "b", "b", 9, "b", "c", 9, "c", "a", 9, "c", "b",
				20, "c", "c");
		assertEquals(0.186, even.cohenKappa().get("i/j"), 0.0005);
		var skewed = new CodedUnits(List.of("i", "j"));
		add(skewed, 12, "a", "a", 18, "a", "b", 18, "a", "c", 14, "b", "b", 18, "b", "c", 20, "c", "c");
		assertEquals(0.258, skewed.cohenKappa().get("i/j"), 0.0005);
	}

	/** Fleiss (1971), p. 379: 30 patients, 6 psychiatrists each, 5 diagnoses; kappa 0.430. */
	@Test
	void fleissKappaOfFleiss1971() {
		var raters = List.of("r1", "r2", "r3", "r4", "r5", "r6");
		var units = new CodedUnits(raters);
		for (var row : new String[] { "444444", "222555", "233335", "555555", "222444", "113333", "333355", "113334",
				"114444", "555555", "144444", "124444", "222333", "144444", "224445", "333335", "111455", "111112",
				"224444", "133555", "555555", "244444", "224555", "114444", "144445", "222224", "111155", "224444",
				"133333", "555555" }) {
			units.add(row.split(""));
		}
		assertEquals(0.430, units.fleissKappa(), 0.0005);
	}

	private static void add(CodedUnits units, Object... countsAndPairs) {
		for (int i = 0; i < countsAndPairs.length; i += 3) {
			for (int n = 0; n < (Integer) countsAndPairs[i]; n++) {
				units.add((String) countsAndPairs[i + 1], (String) countsAndPairs[i + 2]);
			}
		}
	}

	private static void write(ProjectStore store, String annotator, int[][] claims, int[][] speakers) throws Exception {
		var opened = store.openSet(store.document("example"), annotator);
		var f = SaysoFactory.eINSTANCE;
		for (var span : speakers) {
			var speaker = f.createSpeakerMention();
			speaker.setBegin(span[0]);
			speaker.setEnd(span[1]);
			speaker.setKind(SpeakerKind.PERSON);
			opened.set().getAnnotations().add(speaker);
		}
		for (var span : claims) {
			var claim = f.createClaim();
			claim.setBegin(span[0]);
			claim.setEnd(span[1]);
			claim.setKind(ClaimKind.INDIRECT);
			opened.set().getAnnotations().add(claim);
		}
		store.save(opened, false);
	}

	/** A wire story of exactly {@code length} characters. */
	static String article(int length) {
		var story = new StringBuilder();
		while (story.length() < length) {
			story.append("OSLO (Sayso Wire) - The harbour board said on Tuesday that ferry fares would stay"
					+ " frozen until spring, while the pilots' association warned of delays on the northern routes. ");
		}
		return story.substring(0, length);
	}
}
