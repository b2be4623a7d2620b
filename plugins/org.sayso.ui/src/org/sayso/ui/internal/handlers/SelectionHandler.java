package org.sayso.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.sayso.core.edit.WordBoundaries;
import org.sayso.ui.internal.editor.AnnotationEditor;

/** Grows the selection to whole words (then word by word), or gives back its last word. */
public class SelectionHandler extends EditorHandler {

	@Override
	protected void run(AnnotationEditor editor, ExecutionEvent event) {
		boolean extend = !"shrink".equals(option("extend"));
		var s = editor.textSelection();
		var text = editor.session().text();
		var span = extend ? WordBoundaries.extend(text, s.getOffset(), s.getOffset() + s.getLength())
				: WordBoundaries.shrink(text, s.getOffset(), s.getOffset() + s.getLength());
		editor.selectRange(span.begin(), span.end());
	}
}
