package org.sayso.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.sayso.cli.SaysoCli;

/** The OSGi entry point of {@code sayso <command>}: hands the application arguments to {@link SaysoCli}. */
public class HeadlessApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		var args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		context.applicationRunning();
		int code = new SaysoCli(System.out, System.err).run(args);
		System.out.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// commands are short and leave no state behind
	}
}
