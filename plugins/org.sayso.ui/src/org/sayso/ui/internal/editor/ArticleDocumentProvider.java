package org.sayso.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.texteditor.AbstractDocumentProvider;
import org.eclipse.ui.texteditor.ResourceMarkerAnnotationModel;
import org.sayso.core.store.StoreException;
import org.sayso.ui.internal.prefs.SaysoPreferences;

/**
 * Gives the editor the article text (never changed: annotators tag, they do not edit) and opens the annotator's
 * {@link EditorSession} with it. The annotation model carries the workspace markers, so Problems show in the ruler.
 */
public class ArticleDocumentProvider extends AbstractDocumentProvider {

	private final class SessionInfo extends ElementInfo {
		final EditorSession session;

		SessionInfo(IDocument document, IAnnotationModel model, EditorSession session) {
			super(document, model);
			this.session = session;
		}
	}

	@Override
	protected ElementInfo createElementInfo(Object element) throws CoreException {
		var file = fileOf(element);
		EditorSession session;
		try {
			var annotator = element instanceof AnnotatorFileEditorInput a ? a.annotator() : SaysoPreferences.annotator();
			session = EditorSession.open(file.getLocation().toFile().toPath(), annotator);
		} catch (StoreException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		return new SessionInfo(new Document(session.text()), new ResourceMarkerAnnotationModel(file), session);
	}

	@Override
	protected void disposeElementInfo(Object element, ElementInfo info) {
		if (info instanceof SessionInfo s) {
			s.session.dispose();
		}
		super.disposeElementInfo(element, info);
	}

	/** The session of an element this provider is connected to, or null. */
	public EditorSession session(Object element) {
		return getElementInfo(element) instanceof SessionInfo s ? s.session : null;
	}

	private static IFile fileOf(Object element) throws CoreException {
		if (element instanceof IFileEditorInput input && input.getFile().getLocation() != null) {
			return input.getFile();
		}
		throw new CoreException(Status.error("The Sayso editor opens the articles (documents/<id>.txt) of a Sayso project"
				+ " in the workspace, and " + element + " is not one: open the project folder first (File > Open"
				+ " Projects from File System, or ./sayso workbench <folder>)."));
	}

	@Override
	protected IDocument createDocument(Object element) {
		throw new UnsupportedOperationException("documents are made in createElementInfo");
	}

	@Override
	protected IAnnotationModel createAnnotationModel(Object element) {
		throw new UnsupportedOperationException("annotation models are made in createElementInfo");
	}

	@Override
	protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite) {
		// the text is never changed; the editor saves the annotations through its session
	}

	@Override
	protected IRunnableContext getOperationRunner(IProgressMonitor monitor) {
		return null;
	}

	@Override
	public boolean isReadOnly(Object element) {
		return true;
	}

	@Override
	public boolean isModifiable(Object element) {
		return false;
	}
}
