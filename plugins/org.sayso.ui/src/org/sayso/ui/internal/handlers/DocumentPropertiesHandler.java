package org.sayso.ui.internal.handlers;

import java.util.Objects;

import org.sayso.core.edit.Headline;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.sayso.core.dates.DctDetector;
import org.sayso.io.importer.ArticleImport;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.model.DateMention;
import org.sayso.ui.internal.dialogs.DocumentPropertiesDialog;
import org.sayso.ui.internal.editor.AnnotationEditor;

/**
 * Sets the article's title and date (DCT). Without a DCT the field is pre-filled from the dateline. When the DCT
 * changes, the values of the dates that depended on it are computed again, in the same undoable step.
 */
public class DocumentPropertiesHandler extends EditorHandler {

	@Override
	protected void run(AnnotationEditor editor, ExecutionEvent event) {
		var session = editor.session();
		var document = session.document();
		var dct = document.getDct();
		String note = "The date (DCT) is when the article was written: \u201cTuesday\u201d and \u201clast month\u201d"
				+ " are resolved against it.";
		if (ArticleImport.ESTIMATED.equals(document.getDctOrigin())) {
			note = "Date estimated from the latest date the text names: check it and press Enter to confirm it.";
		} else if (dct == null) {
			var found = DctDetector.detect(session.text());
			if (found.isPresent()) {
				dct = found.get().date().toString();
				note = "Date taken from the dateline \u201c" + session.text().substring(found.get().begin(),
						found.get().end()) + "\u201d: check it and press Enter.";
			}
		}
		// an article without a title is offered its headline, for the annotator to confirm
		var title = document.getTitle() != null ? document.getTitle() : Headline.of(session.text());
		var dialog = new DocumentPropertiesDialog(editor.getSite().getShell(), title, dct, note);
		if (dialog.open() != Window.OK) {
			return;
		}
		var newTitle = dialog.chosenTitle();
		var newDct = dialog.chosenDct();
		boolean dctChanged = !Objects.equals(newDct, document.getDct());
		// pressing Enter on a date the import estimated confirms it
		boolean confirmed = newDct != null && ArticleImport.ESTIMATED.equals(document.getDctOrigin());
		if (!dctChanged && !confirmed && Objects.equals(newTitle, document.getTitle())) {
			return;
		}
		int[] recomputed = { 0 };
		session.execute(confirmed && !dctChanged ? "Confirm article date" : "Set article title and date", () -> {
			document.setTitle(newTitle);
			if (dctChanged || confirmed) {
				document.setDct(newDct);
				document.setDctOrigin(newDct == null ? null : "manual");
			}
			if (dctChanged) {
				recomputed[0] = recomputeDates(editor);
			}
		});
		if (recomputed[0] > 0) {
			info(editor, recomputed[0] + " date value(s) that depend on the article's date were computed again.");
		}
	}

	private static int recomputeDates(AnnotationEditor editor) {
		var set = editor.session().set();
		int changed = 0;
		for (var a : set.getAnnotations()) {
			if (a instanceof DateMention d && (d.isDctDependent() || d.getValue() == null)) {
				var found = AnnotationEdits.recognizedDate(set, d.getBegin(), d.getEnd());
				if (found.isPresent() && found.get().value() != null
						&& !found.get().value().equals(d.getValue())) {
					d.setValue(found.get().value());
					d.setDctDependent(found.get().dctDependent());
					changed++;
				}
			}
		}
		return changed;
	}
}
