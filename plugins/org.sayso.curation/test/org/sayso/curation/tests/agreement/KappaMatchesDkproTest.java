package org.sayso.curation.tests.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sayso.curation.agreement.CodedUnits;

/**
 * Sayso computes Cohen's and Fleiss' kappa from category counts; the figures it publishes must be DKPro
 * Agreement's, undefined cases included. Random studies of the shapes a merge gives (absent units, a few kinds,
 * sometimes a single category), compared with DKPro's own classes to 1e-9.
 */
class KappaMatchesDkproTest {

	private static final String[] KINDS = { "direct", "indirect", "person", null };

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })
	void countsGiveDkprosKappas(int seed) {
		var random = new Random(seed);
		int raterCount = 2 + random.nextInt(4);
		int kinds = 1 + random.nextInt(KINDS.length);
		var raters = new ArrayList<String>();
		for (int r = 0; r < raterCount; r++) {
			raters.add("annotator-" + r);
		}
		var units = new CodedUnits(raters);
		var items = new ArrayList<String[]>();
		int size = 1 + random.nextInt(seed % 3 == 0 ? 4 : 300);
		for (int i = 0; i < size; i++) {
			var categories = new String[raterCount];
			var usual = KINDS[random.nextInt(kinds)];
			for (int r = 0; r < raterCount; r++) {
				categories[r] = random.nextInt(5) == 0 ? KINDS[random.nextInt(kinds)] : usual;
			}
			items.add(categories);
			units.add(categories);
		}
		assertSame(dkproFleiss(raterCount, items), units.fleissKappa(), "Fleiss");
		var cohen = units.cohenKappa();
		for (int a = 0; a < raterCount; a++) {
			for (int b = a + 1; b < raterCount; b++) {
				assertSame(dkproCohen(a, b, items), cohen.get(raters.get(a) + "/" + raters.get(b)), "Cohen " + a + "/" + b);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 21, 22, 23 })
	void corpusOfDocumentsGivesDkprosKappasOfAllTheirUnits(int seed) {
		var random = new Random(seed);
		var raters = List.of("ana", "ben", "cy");
		var corpus = new CodedUnits(raters);
		var items = new ArrayList<String[]>();
		for (int d = 0; d < 20; d++) {
			var document = new CodedUnits(raters);
			for (int i = random.nextInt(15); i > 0; i--) {
				// documents meet their categories in different orders
				var categories = new String[] { KINDS[random.nextInt(4)], KINDS[random.nextInt(4)], KINDS[random.nextInt(4)] };
				if (categories[0] == null && categories[1] == null && categories[2] == null) {
					continue;
				}
				document.add(categories);
				items.add(categories);
			}
			corpus.addAll(document);
		}
		assertEquals(items.size(), corpus.size());
		assertSame(dkproFleiss(3, items), corpus.fleissKappa(), "Fleiss");
		assertSame(dkproCohen(0, 2, items), corpus.cohenKappa().get("ana/cy"), "Cohen");
	}

	private static void assertSame(Double dkpro, Double sayso, String what) {
		if (dkpro == null) {
			assertNull(sayso, what + ": DKPro finds it undefined");
		} else {
			assertNotNull(sayso, what + ": DKPro gives " + dkpro);
			assertEquals(dkpro, sayso, 1e-9, what);
		}
	}

	private static Double dkproFleiss(int raters, List<String[]> items) {
		var study = new CodingAnnotationStudy(raters);
		items.forEach(item -> study.addItemAsArray(absentNamed(item)));
		try {
			return finite(new FleissKappaAgreement(study).calculateAgreement());
		} catch (InsufficientDataException e) {
			return null;
		}
	}

	private static Double dkproCohen(int a, int b, List<String[]> items) {
		var study = new CodingAnnotationStudy(2);
		for (var item : items) {
			if (item[a] != null || item[b] != null) {
				study.addItem(absentNamed(item)[a], absentNamed(item)[b]);
			}
		}
		if (study.getItemCount() == 0) {
			return null;
		}
		try {
			return finite(new CohenKappaAgreement(study).calculateAgreement());
		} catch (InsufficientDataException e) {
			return null;
		}
	}

	private static Object[] absentNamed(String[] item) {
		var named = new Object[item.length];
		for (int i = 0; i < item.length; i++) {
			named[i] = item[i] == null ? CodedUnits.ABSENT : item[i];
		}
		return named;
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}
}
