package org.sayso.tests.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The bundles a bundle reaches through its resolved OSGi wiring, directly or through other bundles: what the layering
 * tests of each Sayso bundle check (no UI below the workbench, nothing of io or curation under core).
 */
public final class BundleDependencies {

	/** Symbolic-name prefixes of the workbench's UI: SWT, JFace, the workbench and its e4 model. */
	public static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
			"org.eclipse.e4.ui");

	private BundleDependencies() {
	}

	/** The bundle that loaded {@code type}; fails when the tests do not run inside OSGi. */
	public static Bundle bundleOf(Class<?> type) {
		var bundle = FrameworkUtil.getBundle(type);
		if (bundle == null) {
			throw new IllegalStateException("the tests must run inside OSGi: no bundle loaded " + type.getName());
		}
		return bundle;
	}

	/**
	 * The symbolic names of {@code start} and of every bundle its wiring reaches, in the order found. The fragments
	 * attached to a host (the test fragments) are not its dependencies and are not followed.
	 */
	public static List<String> reachedFrom(Bundle start) {
		var reached = new ArrayList<String>();
		var seen = new HashSet<Bundle>();
		var todo = new ArrayDeque<Bundle>(List.of(start));
		while (!todo.isEmpty()) {
			var bundle = todo.pop();
			if (!seen.add(bundle)) {
				continue;
			}
			reached.add(bundle.getSymbolicName());
			var wiring = bundle.adapt(BundleWiring.class);
			for (var wire : wiring.getRequiredWires(null)) {
				var provider = wire.getProvider().getBundle();
				if (provider.getBundleId() != 0 && !"osgi.wiring.host".equals(wire.getCapability().getNamespace())) {
					todo.add(provider);
				}
			}
		}
		return reached;
	}

	/** Those of {@code reached} that belong to the workbench's UI. */
	public static List<String> ui(List<String> reached) {
		return reached.stream().filter(name -> UI_PREFIXES.stream().anyMatch(name::startsWith)).toList();
	}
}
