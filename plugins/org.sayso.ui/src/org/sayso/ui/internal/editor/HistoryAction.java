package org.sayso.ui.internal.editor;

import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

/**
 * Undo or redo of an editor's session history; Ctrl+Z and Ctrl+Shift+Z reach it through the editor's action
 * contributor. Its label names the edit ("Undo Tag speaker").
 */
final class HistoryAction extends Action {

	private final Supplier<EditorSession> session;
	private final boolean undo;

	HistoryAction(Supplier<EditorSession> session, boolean undo) {
		this.session = session;
		this.undo = undo;
		setActionDefinitionId(undo ? ITextEditorActionDefinitionIds.UNDO : ITextEditorActionDefinitionIds.REDO);
		update();
	}

	void update() {
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
