package org.sayso.ui.internal.handlers;

import org.sayso.core.Counts;
import org.eclipse.core.commands.ExecutionEvent;
import org.sayso.suggest.SuggestionReport;
import org.sayso.ui.internal.editor.AnnotationEditor;
import org.sayso.ui.internal.editor.SuggestionJob;

/**
 * Runs the suggestion engines on the article: suggested speakers, claims, cues and dates appear (drawn faint) beside
 * the annotator's own, which are never changed; rejected suggestions stay away. The analysis runs in the
 * background (the progress view shows it and can cancel it); one undo takes the whole run back.
 */
public class SuggestHandler extends EditorHandler {

	@Override
	protected void run(AnnotationEditor editor, ExecutionEvent event) {
		if (SuggestionJob.start(editor, r -> info(editor, message(r)))) {
			info(editor, "Suggesting annotations...");
		} else {
			hint(editor, "The suggestions for this article are being computed already.");
		}
	}

	static String message(SuggestionReport r) {
		return r.added() == 0 ? "No new suggestions." : "Suggested " + Counts.of(r.speakers(), "speaker") + ", "
				+ Counts.of(r.claims(), "claim") + ", " + Counts.of(r.cues(), "cue") + ", " + Counts.of(r.dates(), "date")
				+ (r.dctFromDateline() ? "; article date " + r.dct() + " from the dateline" : "")
				+ ". A accepts, R rejects, J goes to the next suggestion.";
	}
}
