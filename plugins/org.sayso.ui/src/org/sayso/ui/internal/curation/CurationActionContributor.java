package org.sayso.ui.internal.curation;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Hands Edit > Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) to the active curation editor's history of decisions: the
 * curation editors share one set of action bars, so the handlers follow whichever is active.
 */
public final class CurationActionContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		var bars = getActionBars();
		if (bars == null) {
			return;
		}
		var editor = part instanceof CurationEditor c ? c : null;
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor == null ? null : editor.historyAction(true));
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor == null ? null : editor.historyAction(false));
		bars.updateActionBars();
	}
}
