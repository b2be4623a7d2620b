package org.sayso.suggest.internal;

import java.io.IOException;
import java.io.InputStream;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Reads a file at the root of a bundle that {@code org.sayso.suggest} requires. Kept apart from
 * {@link OpenNlpModels} so that OSGi classes are touched only inside OSGi, not on the benchmarks' class path.
 */
final class BundleEntries {

	private BundleEntries() {
	}

	/** The entry, or {@code null} when not running in OSGi or no required bundle of that name has it. */
	static InputStream open(Class<?> from, String symbolicName, String path) throws IOException {
		var self = FrameworkUtil.getBundle(from);
		var wiring = self == null ? null : self.adapt(BundleWiring.class);
		if (wiring == null) {
			return null;
		}
		for (var wire : wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)) {
			var provider = wire.getProvider().getBundle();
			if (symbolicName.equals(provider.getSymbolicName())) {
				var url = provider.getEntry(path);
				return url == null ? null : url.openStream();
			}
		}
		return null;
	}
}
