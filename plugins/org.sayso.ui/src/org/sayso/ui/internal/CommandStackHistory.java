package org.sayso.ui.internal;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An {@link UndoHistory} over an EMF command stack, with its save point: what an annotator's and a curator's
 * sessions share.
 */
public abstract class CommandStackHistory implements UndoHistory {

	protected final BasicCommandStack stack = new BasicCommandStack();

	@Override
	public boolean canUndo() {
		return stack.canUndo();
	}

	@Override
	public boolean canRedo() {
		return stack.canRedo();
	}

	@Override
	public void undo() {
		stack.undo();
	}

	@Override
	public void redo() {
		stack.redo();
	}

	@Override
	public @Nullable String undoLabel() {
		return stack.canUndo() ? stack.getUndoCommand().getLabel() : null;
	}

	@Override
	public @Nullable String redoLabel() {
		return stack.canRedo() ? stack.getRedoCommand().getLabel() : null;
	}

	/** Whether anything changed since the last save: an undo back to the save point makes it clean again. */
	public boolean isDirty() {
		return stack.isSaveNeeded();
	}
}
