package org.sayso.ui.internal;

import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

/**
 * Undo or redo of an editor's history (an annotator's edits or a curator's decisions); Ctrl+Z and Ctrl+Shift+Z
 * reach it through the editor's actions. Its label names the step ("Undo Tag speaker").
 */
public final class HistoryAction extends Action {

	private final Supplier<? extends UndoHistory> session;
	private final boolean undo;

	public HistoryAction(Supplier<? extends UndoHistory> session, boolean undo) {
		this.session = session;
		this.undo = undo;
		setActionDefinitionId(undo ? ITextEditorActionDefinitionIds.UNDO : ITextEditorActionDefinitionIds.REDO);
		update();
	}

	public void update() {
		var s = session.get();
		setEnabled(s != null && (undo ? s.canUndo() : s.canRedo()));
		var label = s == null ? null : undo ? s.undoLabel() : s.redoLabel();
		setText((undo ? "&Undo" : "&Redo") + (label == null ? "" : " " + label));
	}

	@Override
	public void run() {
		var s = session.get();
		if (s != null && (undo ? s.canUndo() : s.canRedo())) {
			if (undo) {
				s.undo();
			} else {
				s.redo();
			}
		}
	}
}
