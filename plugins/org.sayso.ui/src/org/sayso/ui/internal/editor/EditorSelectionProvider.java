package org.sayso.ui.internal.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * The editor's selection as the workbench sees it: the text selection with the annotations it selects
 * ({@link AnnotationSelection}), re-announced when the model changes under an unchanged caret.
 */
final class EditorSelectionProvider implements IPostSelectionProvider {

	private final AnnotationEditor editor;
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();

	EditorSelectionProvider(AnnotationEditor editor) {
		this.editor = editor;
		var viewer = editor.viewer();
		viewer.getSelectionProvider().addSelectionChangedListener(e -> fire(listeners));
		if (viewer.getSelectionProvider() instanceof IPostSelectionProvider post) {
			post.addPostSelectionChangedListener(e -> fire(postListeners));
		}
	}

	@Override
	public ISelection getSelection() {
		var text = (ITextSelection) editor.viewer().getSelectionProvider().getSelection();
		return new AnnotationSelection(editor.viewer().getDocument(), text.getOffset(), text.getLength(),
				editor.selectedAnnotations());
	}

	@Override
	public void setSelection(ISelection selection) {
		editor.viewer().getSelectionProvider().setSelection(selection);
	}

	/** Announces the selection again, after the annotations under it changed. */
	void refresh() {
		fire(listeners);
		fire(postListeners);
	}

	private void fire(ListenerList<ISelectionChangedListener> to) {
		var event = new SelectionChangedEvent(this, getSelection());
		for (var l : to) {
			l.selectionChanged(event);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.add(listener);
	}

	@Override
	public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.remove(listener);
	}
}
