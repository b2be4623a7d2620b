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
 * a {@code sayso.project}, or at the top of a workspace project); every other text file keeps its usual editor.
 */
public class ArticleEditorAssociation implements IEditorAssociationOverride {

	static boolean isArticle(IEditorInput input) {
		if (!(input instanceof IFileEditorInput in)) {
			return false;
		}
		IFile file = in.getFile();
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

	private static IEditorDescriptor ours() {
		return PlatformUI.getWorkbench().getEditorRegistry().findEditor(AnnotationEditor.ID);
	}

	@Override
	public IEditorDescriptor[] overrideEditors(IEditorInput input, IContentType type, IEditorDescriptor[] editors) {
		var ours = ours();
		if (ours == null || !isArticle(input) || Arrays.asList(editors).contains(ours)) {
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
		var ours = ours();
		return ours != null && isArticle(input) ? ours : editor;
	}

	@Override
	public IEditorDescriptor overrideDefaultEditor(String fileName, IContentType type, IEditorDescriptor editor) {
		return editor;
	}
}
