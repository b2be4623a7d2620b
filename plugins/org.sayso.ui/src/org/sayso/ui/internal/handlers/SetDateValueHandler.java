package org.sayso.ui.internal.handlers;

import java.util.Objects;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.model.validation.DateValues;
import org.sayso.model.DateMention;
import org.sayso.ui.internal.editor.AnnotationEditor;

/**
 * Sets the normalized value of the date at the caret. The field is pre-filled with its value, or with what the date
 * recognizer reads against the article's DCT, so most dates take one key and Enter.
 */
public class SetDateValueHandler extends EditorHandler {

	@Override
	protected void run(AnnotationEditor editor, ExecutionEvent event) {
		var date = at(editor, DateMention.class);
		if (date == null) {
			hint(editor, "Put the caret in a date (D tags one) to set its value.");
			return;
		}
		var session = editor.session();
		var recognized = AnnotationEdits.recognizedDate(session.set(), date.getBegin(), date.getEnd());
		var proposal = date.getValue() != null ? date.getValue()
				: recognized.map(r -> r.value()).orElse("");
		var dct = session.document().getDct();
		var message = "Value of \u201c" + session.text().substring(date.getBegin(), date.getEnd()) + "\u201d (ISO 8601)"
				+ (dct == null ? "\nThe article has no date (DCT) yet: M sets it." : "\nArticle date (DCT): " + dct)
				+ recognized.filter(r -> r.value() == null && r.note() != null).map(r -> "\n" + r.note()).orElse("");
		var dialog = new InputDialog(editor.getSite().getShell(), "Date value", message,
				proposal == null ? "" : proposal, DateValues::check);
		if (dialog.open() != Window.OK) {
			return;
		}
		var value = dialog.getValue().strip();
		var newValue = value.isEmpty() ? null : value;
		if (Objects.equals(newValue, date.getValue())) {
			return;
		}
		boolean dctDependent = recognized.isPresent() && Objects.equals(recognized.get().value(), newValue)
				&& recognized.get().dctDependent();
		session.execute("Set date value", () -> {
			date.setValue(newValue);
			date.setDctDependent(dctDependent);
		});
		editor.select(date);
	}
}
