package org.sayso.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.sayso.core.Counts;
import org.sayso.core.copies.AnnotationCarrier;
import org.sayso.ui.internal.editor.AnnotatedCopies;
import org.sayso.ui.internal.editor.AnnotationEditor;

/**
 * Shift+G: the annotations of an annotated copy of this article (a wire story annotated before its republication)
 * come here as suggestions to review, as one undoable edit: each whose span this article has unchanged.
 */
public class CarryFromCopyHandler extends EditorHandler {

	@Override
	protected void run(AnnotationEditor editor, ExecutionEvent event) {
		var session = editor.session();
		AnnotatedCopies.Source source;
		try {
			var sources = AnnotatedCopies.of(session);
			if (sources.isEmpty()) {
				hint(editor, "No copy of this article is annotated (the Copies view lists its copies).");
				return;
			}
			source = sources.get(0);
		} catch (Exception e) {
			hint(editor, "Could not look for annotated copies: " + e.getMessage());
			return;
		}
		var report = new AnnotationCarrier.Report[1];
		session.execute("Carry Annotations from " + source.documentId(), () -> report[0] = AnnotationCarrier
				.carry(source.text(), source.set(), session.text(), session.set(), session.annotator()));
		info(editor, "Carried " + Counts.of(report[0].carried(), "annotation") + " from " + source.documentId() + " ("
				+ source.setName() + ") as suggestions: J goes to the next, A accepts, R rejects; "
				+ report[0].left().size() + " stayed behind where this article's text differs.");
	}
}
