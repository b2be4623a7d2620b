package org.sayso.suggest.tests;

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
import org.sayso.suggest.Suggester;

/**
 * The no-UI rule for org.sayso.suggest, on the resolved OSGi wiring (as HeadlessDependencyTest does for core):
 * the command line runs the suggester without a display. Also checks that OpenNLP and its models are wired in.
 */
class HeadlessSuggestTest {

	@Test
	void suggestReachesNoUiBundleAndHasOpenNlp() {
		var suggest = FrameworkUtil.getBundle(Suggester.class);
		assertNotNull(suggest, "tests must run inside OSGi");
		assertEquals("org.sayso.suggest", suggest.getSymbolicName());
		var reached = new ArrayList<String>();
		var seen = new HashSet<Bundle>();
		var todo = new ArrayDeque<Bundle>(List.of(suggest));
		while (!todo.isEmpty()) {
			var bundle = todo.pop();
			if (!seen.add(bundle)) {
				continue;
			}
			reached.add(bundle.getSymbolicName());
			for (var wire : bundle.adapt(BundleWiring.class).getRequiredWires(null)) {
				var provider = wire.getProvider().getBundle();
				if (provider.getBundleId() != 0 && !"osgi.wiring.host".equals(wire.getCapability().getNamespace())) {
					todo.add(provider);
				}
			}
		}
		assertTrue(reached.containsAll(List.of("org.apache.opennlp.tools", "org.apache.opennlp.models.pos.en")), reached.toString());
		var ui = reached.stream().filter(n -> n.startsWith("org.eclipse.swt") || n.startsWith("org.eclipse.jface")
				|| n.startsWith("org.eclipse.ui") || n.startsWith("org.eclipse.e4.ui")).toList();
		assertTrue(ui.isEmpty(), "org.sayso.suggest must stay headless, but reaches " + ui);
	}
}
