package org.sayso.ui.internal.handlers;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/**
 * Help > Sayso Guide: the guide (README.md) that travels in the workbench's folder, opened in the workbench itself,
 * so it is there offline and needs no browser.
 */
public class GuideHandler extends AbstractHandler {

	/** The guide of this installation, or null when it has none (Sayso installed into an Eclipse IDE). */
	public static Path guide() {
		var location = Platform.getInstallLocation();
		if (location == null) {
			return null;
		}
		try {
			var file = Path.of(location.getURL().toURI()).resolve("README.md");
			return Files.isRegularFile(file) ? file : null;
		} catch (URISyntaxException | IllegalArgumentException e) {
			return null;
		}
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		var window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		var guide = guide();
		if (guide == null) {
			MessageDialog.openInformation(window.getShell(), "Sayso Guide", "This installation has no copy of the guide."
					+ " It is README.md at the top of the Sayso sources and of the standalone workbench's folder;"
					+ " H in the annotation editor lists every key.");
			return null;
		}
		try {
			IDE.openEditorOnFileStore(window.getActivePage(), EFS.getLocalFileSystem().getStore(guide.toUri()));
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the guide " + guide + ": " + e.getMessage(), e);
		}
		return null;
	}
}
