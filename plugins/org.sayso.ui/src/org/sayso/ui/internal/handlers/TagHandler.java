package org.sayso.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.sayso.core.AnnotationKind;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.core.edit.WordBoundaries;
import org.sayso.model.Annotation;
import org.sayso.ui.internal.editor.AnnotationEditor;
import org.sayso.ui.internal.editor.Labels;

/**
 * Tags the selection as speaker, claim, cue or date (the type comes after the class name in plugin.xml). With
 * nothing selected, the word at the caret is tagged. The new annotation is selected, so the next key (link, value)
 * applies to it.
 */
public class TagHandler extends EditorHandler {

	@Override
	protected void run(AnnotationEditor editor, ExecutionEvent event) {
		var kind = AnnotationKind.byId(option(AnnotationKind.SPEAKER.id()));
		var type = kind.id();
		var session = editor.session();
		var text = session.text();
		var selection = editor.textSelection();
		var span = WordBoundaries.toTag(text, selection.getOffset(), selection.getOffset() + selection.getLength());
		if (span == null) {
			hint(editor, "Select the text to tag as " + type + " first (W selects the word at the caret).");
			return;
		}
		int b = span.begin();
		int e = span.end();
		// a speaker, cue or date never overlaps another of its kind: D inside "March 7" means that date, not "March"
		boolean overlapping = kind != AnnotationKind.CLAIM;
		var existing = session.index().overlapping(b, e).stream()
				.filter(a -> AnnotationKind.of(a) == kind && (overlapping || a.getBegin() == b && a.getEnd() == e))
				.findFirst();
		if (existing.isPresent()) {
			editor.select(existing.get());
			hint(editor, "This text is tagged as " + type + " already" + (kind == AnnotationKind.DATE
					? ": V sets its value, W / Shift+W grow and shrink it." : ": W / Shift+W grow and shrink it."));
			return;
		}
		var created = new Annotation[1];
		session.execute("Tag " + type, () -> created[0] = AnnotationEdits.tag(kind, session.set(), b, e, session.annotator()));
		editor.select(created[0]);
		info(editor, Labels.describe(created[0], text).replace('\n', ' '));
	}
}
