package org.sayso.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.tests.support.BundleDependencies;

/**
 * The no-UI-in-core rule, checked on the resolved OSGi wiring: nothing that org.sayso.core or org.sayso.model
 * needs, directly or through other bundles, may come from SWT, JFace or the workbench. The CLI and the
 * benchmarks run these bundles headless, with no display. And core stands below io and curation: it never reaches
 * them.
 */
class HeadlessDependencyTest {

	@Test
	void coreAndModelReachNoUiBundle() {
		var core = BundleDependencies.bundleOf(SaysoTypeSystem.class);
		assertEquals("org.sayso.core", core.getSymbolicName());
		var reached = BundleDependencies.reachedFrom(core);
		assertTrue(reached.contains("org.sayso.model"), "core depends on the model: " + reached);
		assertEquals(List.of(), BundleDependencies.ui(reached), "org.sayso.core must stay headless");
	}

	@Test
	void coreReachesNeitherIoNorCuration() {
		var reached = BundleDependencies.reachedFrom(BundleDependencies.bundleOf(SaysoTypeSystem.class));
		assertTrue(reached.size() > 3, "the wiring was walked: " + reached);
		assertEquals(List.of(), reached.stream().filter(name -> name.equals("org.sayso.io")
				|| name.equals("org.sayso.curation") || name.startsWith("org.jsoup") || name.startsWith("org.dkpro"))
				.toList(), "io and curation depend on core, never the reverse; jsoup and DKPro are theirs");
	}
}
