package org.sayso.core.project;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Finds the running {@link ProjectService} in the OSGi service registry, for code that OSGi does not inject into
 * (the workbench's parts, the command line's commands). Core's bundle is started first if nothing has yet: its
 * component is registered when it starts, and a product or an IDE need not start it early. Outside OSGi (a plain
 * class path, as the Spark jobs run) the process has one registry of its own.
 */
public final class ProjectServices {

	private ProjectServices() {
	}

	/** The process's project registry outside OSGi, made when first asked for. */
	private static final class Plain {
		static final ProjectService SERVICE = new org.sayso.core.internal.ProjectRegistry();
	}

	/**
	 * The project service.
	 *
	 * @throws IllegalStateException when it cannot run, which only a broken installation causes
	 */
	public static ProjectService get() {
		var core = FrameworkUtil.getBundle(ProjectService.class);
		if (core == null) {
			// a plain class path (the Spark jobs, the benchmarks): one registry for the process, as the bundle has
			return Plain.SERVICE;
		}
		if ((core.getState() & (Bundle.STARTING | Bundle.ACTIVE)) == 0) {
			try {
				core.start(Bundle.START_TRANSIENT);
			} catch (BundleException e) {
				throw new IllegalStateException("Sayso's core bundle does not start: " + e.getMessage()
						+ ". Reinstall Sayso.", e);
			}
		}
		var context = core.getBundleContext();
		var reference = context == null ? null : context.getServiceReference(ProjectService.class);
		var service = reference == null ? null : context.getService(reference);
		if (service == null) {
			throw new IllegalStateException("The Sayso project service (org.sayso.core.projects) is not running: the"
					+ " installation lacks org.apache.felix.scr or does not start it. Reinstall Sayso.");
		}
		return service;
	}
}
