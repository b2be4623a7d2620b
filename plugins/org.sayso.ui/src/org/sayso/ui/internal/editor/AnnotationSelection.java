package org.sayso.ui.internal.editor;

import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.sayso.model.Annotation;

/**
 * The editor's selection: the text range, and the annotation it selects, so the Properties view and the other
 * views show and edit the annotation at the caret without knowing about editors.
 */
public final class AnnotationSelection extends TextSelection implements IStructuredSelection {

	private final List<Annotation> annotations;

	AnnotationSelection(IDocument document, int offset, int length, List<Annotation> annotations) {
		super(document, offset, length);
		this.annotations = List.copyOf(annotations);
	}

	public List<Annotation> annotations() {
		return annotations;
	}

	@Override
	public Object getFirstElement() {
		return annotations.isEmpty() ? null : annotations.get(0);
	}

	@Override
	public Iterator<Object> iterator() {
		return List.<Object>copyOf(annotations).iterator();
	}

	@Override
	public int size() {
		return annotations.size();
	}

	@Override
	public Object[] toArray() {
		return annotations.toArray();
	}

	@Override
	public List<Object> toList() {
		return List.copyOf(annotations);
	}

	@Override
	public boolean isEmpty() {
		return super.isEmpty();
	}
}
