package org.sayso.ui.internal.views;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.sayso.model.Annotation;
import org.sayso.ui.internal.editor.AnnotationEditor;
import org.sayso.ui.internal.editor.EditorSession;

/**
 * A view of the annotations of the active annotation editor. It follows the editor the annotator works in, and
 * refreshes once per burst of changes (an undo of twenty edits repaints once), after the edit, not inside it.
 */
abstract class AnnotationViewPart extends ViewPart {

	private AnnotationEditor editor;
	private boolean refreshQueued;
	private final Runnable onChange = this::queueRefresh;

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			follow(ref.getPart(false));
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference ref) {
			follow(ref.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				detach();
				refresh();
			}
		}
	};

	@Override
	public final void createPartControl(Composite parent) {
		createContents(parent);
		getSite().getPage().addPartListener(partListener);
		follow(getSite().getPage().getActiveEditor());
		refresh();
	}

	protected abstract void createContents(Composite parent);

	/** Shows the current state of {@link #session()} (null: no annotation editor open). */
	protected abstract void refresh();

	protected EditorSession session() {
		return editor == null || editor.session() == null || editor.session().isDisposed() ? null : editor.session();
	}

	protected AnnotationEditor editor() {
		return editor;
	}

	/** Shows the annotation in its editor, selected, and gives the editor the keyboard. */
	protected void reveal(Annotation annotation) {
		if (editor != null) {
			editor.select(annotation);
			getSite().getPage().activate(editor);
		}
	}

	private void follow(Object part) {
		if (part instanceof AnnotationEditor next && next != editor && next.session() != null) {
			detach();
			editor = next;
			editor.session().addListener(onChange);
			refresh();
		}
	}

	private void detach() {
		if (editor != null && editor.session() != null) {
			editor.session().removeListener(onChange);
		}
		editor = null;
	}

	private void queueRefresh() {
		if (refreshQueued) {
			return;
		}
		refreshQueued = true;
		Display.getCurrent().asyncExec(() -> {
			refreshQueued = false;
			if (!isDisposed()) {
				refresh();
			}
		});
	}

	/** The control that takes the keyboard and whose disposal ends the view. */
	protected abstract Control mainControl();

	private boolean isDisposed() {
		return mainControl().isDisposed();
	}

	@Override
	public void setFocus() {
		mainControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		detach();
		super.dispose();
	}
}
