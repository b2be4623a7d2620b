package org.sayso.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;
import org.sayso.core.SaysoTypeSystem;

/**
 * The no-UI-in-core rule, checked on the resolved OSGi wiring: nothing that org.sayso.core or org.sayso.model
 * needs, directly or through other bundles, may come from SWT, JFace or the workbench. The CLI and the
 * benchmarks run these bundles headless, with no display.
 */
class HeadlessDependencyTest {

	private static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
			"org.eclipse.e4.ui");

	@Test
	void coreAndModelReachNoUiBundle() {
		var core = FrameworkUtil.getBundle(SaysoTypeSystem.class);
		assertNotNull(core, "tests must run inside OSGi");
		assertEquals("org.sayso.core", core.getSymbolicName());

		var reached = new ArrayList<String>();
		var seen = new HashSet<Bundle>();
		var todo = new ArrayDeque<Bundle>(List.of(core));
		while (!todo.isEmpty()) {
			var bundle = todo.pop();
			if (!seen.add(bundle)) {
				continue;
			}
			reached.add(bundle.getSymbolicName());
			var wiring = bundle.adapt(BundleWiring.class);
			for (var wire : wiring.getRequiredWires(null)) {
				var provider = wire.getProvider().getBundle();
				if (provider.getBundleId() != 0 && !isTestFragmentHost(wire.getCapability().getNamespace())) {
					todo.add(provider);
				}
			}
		}
		assertTrue(reached.contains("org.sayso.model"), "core depends on the model: " + reached);
		var ui = reached.stream().filter(name -> UI_PREFIXES.stream().anyMatch(name::startsWith)).toList();
		assertTrue(ui.isEmpty(), "org.sayso.core must stay headless, but reaches " + ui);
	}

	private static boolean isTestFragmentHost(String namespace) {
		// the wiring of a host lists the fragments attached to it (this test bundle); they are not dependencies
		return "osgi.wiring.host".equals(namespace);
	}
}
