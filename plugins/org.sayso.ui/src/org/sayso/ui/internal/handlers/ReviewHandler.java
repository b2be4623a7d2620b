package org.sayso.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.sayso.model.Annotation;
import org.sayso.suggest.SuggestionReview;
import org.sayso.ui.internal.editor.AnnotationEditor;
import org.sayso.ui.internal.editor.Labels;

/**
 * Reviews suggestions: accept the one at the caret (it becomes the annotator's own), reject it (it goes, and stays
 * away when suggesting again), or accept every suggestion of the sentence. After accepting or rejecting one, the
 * caret moves to the next suggestion, so a review is a run of A and R.
 */
public class ReviewHandler extends EditorHandler {

	@Override
	protected void run(AnnotationEditor editor, ExecutionEvent event) {
		var action = option("accept");
		var session = editor.session();
		if (action.equals("sentence")) {
			int caret = editor.textSelection().getOffset();
			int[] count = { 0 };
			session.execute("Accept suggestions of the sentence",
					() -> count[0] = SuggestionReview.acceptSentence(session.set(), caret).size());
			info(editor, count[0] == 0 ? "No suggestions in this sentence." : "Accepted " + count[0] + " suggestions.");
			return;
		}
		var suggestion = editor.selectedAnnotations().stream().filter(a -> org.sayso.suggest.SuggestionReview.isSuggestion(a))
				.findFirst().orElse(null);
		if (suggestion == null) {
			hint(editor, "No suggestion at the caret (J goes to the next one).");
			return;
		}
		int from = suggestion.getBegin();
		var type = Labels.type(suggestion).toLowerCase();
		if (action.equals("reject")) {
			session.execute("Reject suggested " + type, () -> SuggestionReview.reject(suggestion));
		} else {
			session.execute("Accept suggested " + type, () -> SuggestionReview.accept(suggestion));
		}
		var next = nextSuggestion(editor, from);
		if (next != null) {
			editor.select(next);
		}
	}

	static Annotation nextSuggestion(AnnotationEditor editor, int after) {
		for (var a : editor.session().index().all()) {
			if (a.getBegin() > after && org.sayso.suggest.SuggestionReview.isSuggestion(a)) {
				return a;
			}
		}
		return null;
	}
}
