package org.sayso.ui.internal.curation;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** One document of a project folder, to curate. Equal inputs open the same editor. */
public record CurationEditorInput(Path project, String documentId) implements IEditorInput {

	@Override
	@SuppressWarnings("null") // the platform's adapter API returns null for "no adapter" without saying so
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean exists() {
		return false;
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
		return null;
	}

	@Override
	public String getToolTipText() {
		return project.resolve("curation").resolve(documentId + ".xmi").toString();
	}
}
