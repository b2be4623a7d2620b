package org.sayso.ui.internal.editor;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.part.FileEditorInput;

/**
 * An article opened as one named annotator's set rather than the annotator of the preferences: what opening
 * {@code annotations/<annotator>/<doc>.xmi} from the Project Explorer does. Two annotators' sets of one article are
 * two inputs, so they open side by side.
 */
public final class AnnotatorFileEditorInput extends FileEditorInput {

	private final String annotator;

	public AnnotatorFileEditorInput(IFile article, String annotator) {
		super(article);
		this.annotator = annotator;
	}

	public String annotator() {
		return annotator;
	}

	@Override
	public String getName() {
		return super.getName() + " [" + annotator + "]";
	}

	/** Not kept over a restart as such: it would come back as the preferences' annotator's set. */
	@Override
	public org.eclipse.ui.IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AnnotatorFileEditorInput o && o.annotator.equals(annotator) && super.equals(other);
	}

	@Override
	public int hashCode() {
		return Objects.hash(super.hashCode(), annotator);
	}
}
