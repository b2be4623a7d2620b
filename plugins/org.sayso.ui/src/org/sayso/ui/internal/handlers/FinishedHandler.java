package org.sayso.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.sayso.model.SetState;
import org.sayso.ui.internal.editor.AnnotationEditor;

/**
 * Marks the annotator's set of the article finished, or takes the mark back: one undoable step, saved with the set.
 * The Project Explorer then counts the article's finished sets, and the lead sees which are still open.
 */
public class FinishedHandler extends EditorHandler {

	@Override
	protected void run(AnnotationEditor editor, ExecutionEvent event) {
		var session = editor.session();
		var set = session.set();
		boolean finish = set.getState() != SetState.FINISHED;
		session.execute(finish ? "Mark Finished" : "Mark In Progress",
				() -> set.setState(finish ? SetState.FINISHED : SetState.IN_PROGRESS));
		info(editor, finish
				? session.annotator() + "'s set of " + session.document().getId() + " is finished: Ctrl+S saves the mark, F takes it back."
				: session.annotator() + "'s set of " + session.document().getId() + " is in progress again.");
	}
}
