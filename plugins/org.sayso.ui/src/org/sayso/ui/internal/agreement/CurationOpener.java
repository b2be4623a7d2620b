package org.sayso.ui.internal.agreement;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;

/**
 * The hook from the Agreement view to the curation editor. When the command {@value #COMMAND} is defined and has
 * a handler (the curation editor contributes it), it is executed with the document id in
 * {@value #DOCUMENT_PARAMETER} and the project folder in {@value #PROJECT_PARAMETER}. Until then the document's
 * {@code curation/<docId>.xmi} is opened in the default editor for it, if the project is in the workspace.
 */
final class CurationOpener {

	static final String COMMAND = "org.sayso.ui.commands.openCuration";
	static final String DOCUMENT_PARAMETER = "org.sayso.ui.commands.openCuration.document";
	static final String PROJECT_PARAMETER = "org.sayso.ui.commands.openCuration.project";

	private CurationOpener() {
	}

	/** @return what was opened, or why nothing could be, for the status line */
	static String open(IWorkbenchPage page, IProject project, Path folder, String documentId) throws Exception {
		var commands = page.getWorkbenchWindow().getService(ICommandService.class);
		var command = commands.getCommand(COMMAND);
		if (command.isDefined() && command.isHandled()) {
			var parameterized = ParameterizedCommand.generateCommand(command,
					Map.of(DOCUMENT_PARAMETER, documentId, PROJECT_PARAMETER, folder.toString()));
			page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(parameterized, null);
			return "Opened " + documentId + " for curation";
		}
		if (project == null) {
			return folder + " is not a project of the workspace: open it in the workbench to curate " + documentId;
		}
		var file = project.getFolder("curation").getFile(documentId + ".xmi");
		file.refreshLocal(0, null);
		if (!file.exists()) {
			return "Document " + documentId + " has no curated set yet: run Merge (sayso merge) first";
		}
		try {
			IDE.openEditor(page, file);
		} catch (CoreException e) {
			return "Cannot open " + file.getFullPath() + ": " + e.getMessage();
		}
		return "Opened " + file.getFullPath();
	}
}
