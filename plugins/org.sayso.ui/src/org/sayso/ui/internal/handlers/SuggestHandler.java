package org.sayso.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.custom.BusyIndicator;
import org.sayso.suggest.SuggestionReport;
import org.sayso.suggest.Suggester;
import org.sayso.ui.internal.editor.AnnotationEditor;

/**
 * Runs the suggestion engines on the article: suggested speakers, claims, cues and dates appear (drawn faint) beside
 * the annotator's own, which are never changed; rejected suggestions stay away. One undo takes the whole run back.
 */
public class SuggestHandler extends EditorHandler {

	@Override
	protected void run(AnnotationEditor editor, ExecutionEvent event) {
		var session = editor.session();
		var report = new SuggestionReport[1];
		BusyIndicator.showWhile(editor.textWidget().getDisplay(), () -> session.execute("Suggest annotations",
				() -> report[0] = Suggester.suggest(session.set(), new NullProgressMonitor())));
		var r = report[0];
		info(editor, r.added() == 0 ? "No new suggestions." : "Suggested " + r.speakers() + " speakers, " + r.claims()
				+ " claims, " + r.cues() + " cues, " + r.dates() + " dates"
				+ (r.dctFromDateline() ? "; article date " + r.dct() + " from the dateline" : "")
				+ ". A accepts, R rejects, J goes to the next suggestion.");
	}
}
