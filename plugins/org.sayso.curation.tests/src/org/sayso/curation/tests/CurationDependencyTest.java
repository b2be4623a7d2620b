package org.sayso.curation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sayso.curation.merge.MergeEngine;
import org.sayso.tests.support.BundleDependencies;

/** org.sayso.curation stands on core, headless: `sayso merge` and `sayso agreement` run without a display. */
class CurationDependencyTest {

	@Test
	void curationStandsOnCoreAndReachesNoUiAndNoImporter() {
		var curation = BundleDependencies.bundleOf(MergeEngine.class);
		assertEquals("org.sayso.curation", curation.getSymbolicName());
		var reached = BundleDependencies.reachedFrom(curation);
		assertTrue(reached.contains("org.sayso.core") && reached.stream().anyMatch(name -> name.startsWith("org.dkpro")),
				"curation's dependencies: " + reached);
		assertEquals(List.of(), BundleDependencies.ui(reached), "org.sayso.curation must stay headless");
		assertTrue(!reached.contains("org.sayso.io"), "merging and agreement need no importer: " + reached);
	}
}
