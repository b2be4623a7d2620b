package org.sayso.curation.tests.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Random;

import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;
import org.sayso.curation.agreement.SpanStudy;

/**
 * Sayso's alpha-U computes DKPro's expected disagreement in linear time: on random studies it must give DKPro's
 * own value. Random studies are what the worked examples are not: many raters, long continua, units at the edges.
 */
class LinearAlphaUTest {

	@Test
	void givesDkprosValueOnRandomStudies() {
		var random = new Random(20260123);
		for (int round = 0; round < 40; round++) {
			int raters = 2 + random.nextInt(4);
			int length = 200 + random.nextInt(2000);
			var ours = new SpanStudy(raters, length);
			var dkpro = new UnitizingAnnotationStudy(raters, 0, length);
			var categories = new String[] { "Speaker", "Claim", "Date" };
			for (int r = 0; r < raters; r++) {
				for (var category : categories) {
					// non-overlapping units of one rater and category, as alpha-U requires
					int at = random.nextInt(30);
					var spans = new ArrayList<int[]>();
					while (at < length - 1) {
						int end = Math.min(length, at + 1 + random.nextInt(60));
						spans.add(new int[] { at, end });
						at = end + random.nextInt(120);
					}
					for (var span : spans) {
						ours.add(span[0], span[1], r, category);
						dkpro.addUnit(span[0], span[1] - span[0], r, category);
					}
				}
			}
			var alphas = ours.alphaU();
			var reference = new KrippendorffAlphaUnitizingAgreement(dkpro);
			for (var category : categories) {
				assertEquals(reference.calculateCategoryAgreement(category), alphas.get(category), 1e-9,
						"round " + round + ", " + category);
			}
		}
	}

	@Test
	void theCorpusFigureIsDkprosOnTheDocumentsLaidEndToEnd() {
		var random = new Random(7);
		int raters = 3;
		var documents = new ArrayList<SpanStudy>();
		var concatenated = new ArrayList<long[]>();
		long offset = 0;
		for (int d = 0; d < 4; d++) {
			int length = 300 + random.nextInt(700);
			var document = new SpanStudy(raters, length);
			for (int r = 0; r < raters; r++) {
				int at = random.nextInt(50);
				while (at < length - 20) {
					int end = at + 1 + random.nextInt(19);
					document.add(at, end, r, "Claim");
					concatenated.add(new long[] { offset + at, end - at, r });
					at = end + random.nextInt(80);
				}
			}
			document.alphaU();
			documents.add(document);
			offset += length;
		}
		var dkpro = new UnitizingAnnotationStudy(raters, 0, offset);
		concatenated.forEach(u -> dkpro.addUnit(u[0], u[1], (int) u[2], "Claim"));
		assertEquals(new KrippendorffAlphaUnitizingAgreement(dkpro).calculateCategoryAgreement("Claim"),
				SpanStudy.corpusAlphaU(documents, raters).get("Claim"), 1e-9);
	}

	@Test
	void aUnitNestedInAnotherOfTheSameRaterCountsOnceAndEndsTheWalk() {
		var study = new SpanStudy(2, 100);
		study.add(10, 60, 0, "Claim");
		study.add(20, 30, 0, "Claim"); // a partial quote inside the same annotator's claim
		study.add(10, 60, 1, "Claim");
		assertEquals(1.0, study.alphaU().get("Claim"), 1e-9);
	}
}
