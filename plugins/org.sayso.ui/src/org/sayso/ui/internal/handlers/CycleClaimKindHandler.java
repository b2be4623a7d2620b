package org.sayso.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.model.Claim;
import org.sayso.ui.internal.editor.AnnotationEditor;

/** Cycles the claim at the caret through direct, indirect and mixed. */
public class CycleClaimKindHandler extends EditorHandler {

	@Override
	protected void run(AnnotationEditor editor, ExecutionEvent event) {
		var claim = at(editor, Claim.class);
		if (claim == null) {
			hint(editor, "Put the caret in a claim to change its kind.");
			return;
		}
		editor.session().execute("Change claim kind", () -> AnnotationEdits.cycleKind(claim));
		info(editor, "Claim kind: " + claim.getKind().getLiteral());
	}
}
