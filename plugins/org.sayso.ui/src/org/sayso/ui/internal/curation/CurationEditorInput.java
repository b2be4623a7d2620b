package org.sayso.ui.internal.curation;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.sayso.model.ProjectLayout;

/**
 * One document of a project folder, to curate. Equal inputs open the same editor. It is kept over a restart (the
 * project folder and the document id), so a curation editor open at exit opens again.
 */
public record CurationEditorInput(Path project, String documentId) implements IEditorInput, IPersistableElement {

	/** The factory that makes the input again from what {@link #saveState} kept. */
	public static final String FACTORY_ID = "org.sayso.ui.curationInputFactory";
	private static final String PROJECT = "project";
	private static final String DOCUMENT = "document";

	@Override
	@SuppressWarnings("null") // the platform's adapter API returns null for "no adapter" without saying so
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	/** Whether the article is still there: a restart does not reopen the curation of a deleted article. */
	@Override
	public boolean exists() {
		return Files.isRegularFile(project.resolve(ProjectLayout.DOCUMENTS).resolve(documentId + ProjectLayout.TEXT_EXTENSION));
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return documentId + " [curation]";
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return "Curation of " + documentId + " in " + project.getFileName();
	}

	@Override
	public String getFactoryId() {
		return FACTORY_ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(PROJECT, project.toString());
		memento.putString(DOCUMENT, documentId);
	}

	/** Makes the input of a curation editor open at the last exit, if its article is still there. */
	public static final class Factory implements IElementFactory {

		@Override
		public org.eclipse.core.runtime.IAdaptable createElement(IMemento memento) {
			var project = memento.getString(PROJECT);
			var document = memento.getString(DOCUMENT);
			if (project == null || document == null) {
				return null;
			}
			var input = new CurationEditorInput(Path.of(project), document);
			return input.exists() ? input : null;
		}
	}
}
