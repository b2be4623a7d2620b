package org.sayso.ui.internal.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorLauncher;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.sayso.model.ProjectLayout;
import org.sayso.ui.internal.curation.CurationEditor;
import org.sayso.ui.internal.curation.CurationEditorInput;

/**
 * Opens a Sayso project's XMI files in Sayso's editors, never as XML: {@code curation/<doc>.xmi} in the curation
 * editor, {@code annotations/<annotator>/<doc>.xmi} in the annotation editor as that annotator's set. A set is
 * written by the safe store only; editing its XML by hand would bypass the checks that keep it readable.
 */
public class XmiLauncher implements IEditorLauncher {

	public static final String ID = "org.sayso.ui.xmiLauncher";

	/** What an XMI file of a project is, by where it lies; null for any other XMI file. */
	record Target(Path project, String documentId, String annotator) {
		boolean curated() {
			return annotator == null;
		}
	}

	static Target target(Path file) {
		var name = file.getFileName() == null ? "" : file.getFileName().toString();
		var folder = file.getParent();
		if (!name.endsWith(".xmi") || folder == null || folder.getFileName() == null) {
			return null;
		}
		var id = name.substring(0, name.length() - ".xmi".length());
		if (folder.getFileName().toString().equals(ProjectLayout.CURATION) && isProject(folder.getParent(), id)) {
			return new Target(folder.getParent(), id, null);
		}
		var annotations = folder.getParent();
		if (annotations != null && annotations.getFileName() != null
				&& annotations.getFileName().toString().equals(ProjectLayout.ANNOTATIONS)
				&& isProject(annotations.getParent(), id)) {
			return new Target(annotations.getParent(), id, folder.getFileName().toString());
		}
		return null;
	}

	/** A project folder: it holds the project file, or at least the article the set is of. */
	private static boolean isProject(Path folder, String documentId) {
		return folder != null && (Files.isRegularFile(folder.resolve(ProjectLayout.PROJECT_FILE)) || Files.isRegularFile(
				folder.resolve(ProjectLayout.DOCUMENTS).resolve(documentId + ProjectLayout.TEXT_EXTENSION)));
	}

	@Override
	public void open(IPath file) {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		var shell = window == null ? null : window.getShell();
		var target = target(file.toFile().toPath());
		if (target == null || window == null) {
			MessageDialog.openInformation(shell, "Not a Sayso set", file.toOSString() + " is not in the annotations or"
					+ " curation folder of a Sayso project, so Sayso cannot open it. Open it with Open With > Text Editor"
					+ " to read its XML.");
			return;
		}
		try {
			if (target.curated()) {
				window.getActivePage().openEditor(new CurationEditorInput(target.project(), target.documentId()),
						CurationEditor.ID);
				return;
			}
			var article = target.project().resolve(ProjectLayout.DOCUMENTS)
					.resolve(target.documentId() + ProjectLayout.TEXT_EXTENSION);
			var resource = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(article));
			if (resource == null || !resource.exists()) {
				MessageDialog.openInformation(shell, "Article not found", "The article of " + file.toOSString()
						+ " is not in the workspace (" + article + "). Import the project (File > Import > Sayso) or"
						+ " refresh it (F5), then open the set again.");
				return;
			}
			window.getActivePage().openEditor(new AnnotatorFileEditorInput(resource, target.annotator()), AnnotationEditor.ID);
		} catch (PartInitException e) {
			MessageDialog.openError(shell, "Could not open " + file.lastSegment(), e.getMessage());
		}
	}
}
