package org.sayso.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.ui.internal.editor.AnnotationEditor;
import org.sayso.ui.internal.editor.Labels;

/** Deletes the selected annotation with its links (undoable, like every edit). */
public class DeleteAnnotationHandler extends EditorHandler {

	@Override
	protected void run(AnnotationEditor editor, ExecutionEvent event) {
		var annotation = editor.selectedAnnotation();
		if (annotation == null) {
			hint(editor, "No annotation at the caret to delete.");
			return;
		}
		var session = editor.session();
		int caret = annotation.getBegin();
		session.execute("Delete " + Labels.type(annotation).toLowerCase(),
				() -> AnnotationEdits.delete(session.set(), annotation));
		editor.selectRange(caret, caret);
	}
}
