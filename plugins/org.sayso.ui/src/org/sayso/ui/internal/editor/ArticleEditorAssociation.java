package org.sayso.ui.internal.editor;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IEditorAssociationOverride;
import org.sayso.model.ProjectLayout;

/**
 * Makes the annotation editor the one that opens the articles of a Sayso project ({@code documents/*.txt} beside
 * a {@code sayso.project}, or at the top of a workspace project), and Sayso's editors the ones that open its sets
 * ({@link XmiLauncher}); every other file keeps its usual editor.
 */
public class ArticleEditorAssociation implements IEditorAssociationOverride {

	static boolean isArticle(IEditorInput input) {
		return input instanceof IFileEditorInput in && isArticle(in.getFile());
	}

	/** Whether {@code file} is an article of a Sayso project: {@code documents/<id>.txt} of a project folder. */
	public static boolean isArticle(IFile file) {
		var folder = file.getParent();
		if (!ProjectLayout.TEXT_EXTENSION.equals("." + file.getFileExtension()) || folder == null
				|| !ProjectLayout.DOCUMENTS.equals(folder.getName()) || folder.getParent() == null) {
			return false;
		}
		// a project's root folder, or any folder holding a sayso.project
		var root = folder.getParent();
		return root.getType() == IResource.PROJECT
				|| root.getFile(IPath.fromOSString(ProjectLayout.PROJECT_FILE)).exists();
	}

	/** Whether the input is a set of a Sayso project: {@code annotations/<annotator>/<doc>.xmi} or {@code curation/<doc>.xmi}. */
	static boolean isSet(IEditorInput input) {
		return input instanceof IFileEditorInput in && in.getFile().getLocation() != null
				&& XmiLauncher.target(in.getFile().getLocation().toFile().toPath()) != null;
	}

	/** Our editor for the input: the annotation editor for an article, the launcher for a set; null for the rest. */
	private static IEditorDescriptor ours(IEditorInput input) {
		var registry = PlatformUI.getWorkbench().getEditorRegistry();
		return isArticle(input) ? registry.findEditor(AnnotationEditor.ID)
				: isSet(input) ? registry.findEditor(XmiLauncher.ID) : null;
	}

	@Override
	public IEditorDescriptor[] overrideEditors(IEditorInput input, IContentType type, IEditorDescriptor[] editors) {
		var ours = ours(input);
		if (ours == null || Arrays.asList(editors).contains(ours)) {
			return editors;
		}
		var all = Arrays.copyOf(editors, editors.length + 1);
		System.arraycopy(all, 0, all, 1, editors.length);
		all[0] = ours;
		return all;
	}

	@Override
	public IEditorDescriptor[] overrideEditors(String fileName, IContentType type, IEditorDescriptor[] editors) {
		return editors;
	}

	@Override
	public IEditorDescriptor overrideDefaultEditor(IEditorInput input, IContentType type, IEditorDescriptor editor) {
		var ours = ours(input);
		return ours != null ? ours : editor;
	}

	@Override
	public IEditorDescriptor overrideDefaultEditor(String fileName, IContentType type, IEditorDescriptor editor) {
		return editor;
	}
}
