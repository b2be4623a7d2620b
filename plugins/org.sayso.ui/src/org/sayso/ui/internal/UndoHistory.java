package org.sayso.ui.internal;

import org.eclipse.jdt.annotation.Nullable;

/**
 * An editor's history of undoable steps, as Ctrl+Z and Ctrl+Shift+Z reach it: an annotator's edits of a set
 * ({@code EditorSession}) or a curator's decisions on a document ({@code CurationSession}).
 */
public interface UndoHistory {

	boolean canUndo();

	boolean canRedo();

	void undo();

	void redo();

	/** The name of the step an undo takes back ("Tag speaker", "Choose ana's version"), or null. */
	@Nullable
	String undoLabel();

	/** The name of the step a redo does again, or null. */
	@Nullable
	String redoLabel();
}
