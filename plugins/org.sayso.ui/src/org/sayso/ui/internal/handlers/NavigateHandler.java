package org.sayso.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.ui.internal.editor.AnnotationEditor;

/**
 * Moves to the next or previous annotation, to the next claim that has no speaker yet, or to the next suggestion
 * (the last two wrap around).
 */
public class NavigateHandler extends EditorHandler {

	@Override
	protected void run(AnnotationEditor editor, ExecutionEvent event) {
		var where = option("next");
		var session = editor.session();
		int from = editor.textSelection().getOffset();
		var index = session.index();
		var target = switch (where) {
		case "previous" -> index.previous(from);
		case "suggestion" -> {
			var next = ReviewHandler.nextSuggestion(editor, from);
			yield next != null ? next : ReviewHandler.nextSuggestion(editor, -1);
		}
		case "unlinked" -> {
			var unlinked = AnnotationEdits.unlinkedClaims(session.set());
			yield unlinked.stream().filter(c -> c.getBegin() > from).findFirst()
					.orElse(unlinked.isEmpty() ? null : unlinked.get(0));
		}
		default -> index.next(from);
		};
		if (target == null) {
			switch (where) {
			// good news reads as news, not as an error
			case "unlinked" -> info(editor, "Every claim has a speaker.");
			case "suggestion" -> info(editor, "No suggestions left to review (G suggests).");
			case "previous" -> hint(editor, "No annotation before the caret.");
			default -> hint(editor, "No annotation after the caret.");
			}
			return;
		}
		editor.select(target);
	}
}
