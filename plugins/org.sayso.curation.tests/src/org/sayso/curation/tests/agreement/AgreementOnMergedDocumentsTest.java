package org.sayso.curation.tests.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.curation.agreement.AgreementCalculator;
import org.sayso.curation.tests.merge.ThreeAnnotatorConflictsTest;

/** Attribution, date value and kappa figures of the three-annotator story, counted by hand. */
class AgreementOnMergedDocumentsTest {

	@TempDir
	Path root;

	@Test
	void attributionAndDateValueAgreementCountAgreeingPairsOfAlignedUnits() throws Exception {
		var merge = ThreeAnnotatorConflictsTest.annotated(root).curation().merge();
		var calculator = new AgreementCalculator(List.of("ana", "ben", "cy"));
		var measured = calculator.add(merge);

		// four claims, three pairs each: only the joint statement splits (ana = ben, cy differs): 10 of 12
		assertEquals(10 / 12.0, measured.types().get("Claim").attributionAgreement(), 1e-9);
		// June 3 3/3, Monday 1/3 (ana = ben), 2027 1/1 (cy lacks it), July 3/3 (spans differ, values agree): 8/10
		assertEquals(8 / 10.0, measured.types().get("Date").dateValueAgreement(), 1e-9);
		assertNull(measured.types().get("Speaker").attributionAgreement(), "attribution is a figure of claims");

		var dates = measured.types().get("Date").cohenKappa();
		assertNull(dates.get("ana/ben"), "ana and ben both have every date as DATE: no variation, kappa undefined");
		assertEquals(0.0, dates.get("ana/cy"), 1e-9, "cy lacks one of four: agreement at chance");
		assertTrue(measured.types().get("Claim").alphaU() < 1.0, "the union claim's boundaries differ");

		var report = calculator.report();
		assertEquals(1, report.corpusDocuments());
		assertEquals(measured.types().get("Claim").attributionAgreement(),
				report.corpus().get("Claim").attributionAgreement());
	}
}
