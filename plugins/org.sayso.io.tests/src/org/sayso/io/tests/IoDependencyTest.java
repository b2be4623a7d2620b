package org.sayso.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sayso.io.export.Exporter;
import org.sayso.tests.support.BundleDependencies;

/** org.sayso.io stands on core, headless: the command line imports and exports without a display. */
class IoDependencyTest {

	@Test
	void ioStandsOnCoreAndReachesNoUiAndNoCuration() {
		var io = BundleDependencies.bundleOf(Exporter.class);
		assertEquals("org.sayso.io", io.getSymbolicName());
		var reached = BundleDependencies.reachedFrom(io);
		assertTrue(reached.contains("org.sayso.core") && reached.contains("org.jsoup"), "io's dependencies: " + reached);
		assertEquals(List.of(), BundleDependencies.ui(reached), "org.sayso.io must stay headless");
		assertTrue(!reached.contains("org.sayso.curation"), "import and export need no curation: " + reached);
	}
}
