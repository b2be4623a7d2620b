package org.sayso.ui.internal.editor;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.sayso.suggest.SuggestionReport;
import org.sayso.core.project.SpeakerRegistry;
import org.sayso.suggest.Suggester;
import org.sayso.ui.internal.Ui;

/**
 * The suggestions of an editor's article: analysed in a Job, with progress and cancel, while the annotator goes
 * on working; then added on the UI thread as one undoable edit ("Suggest annotations"), checked against what the
 * set holds by then. A 10 MB article no longer freezes the window.
 */
public final class SuggestionJob extends Job {

	private final AnnotationEditor editor;
	private final EditorSession session;
	private final String text;
	private final String dct;
	private final Consumer<SuggestionReport> done;

	private SuggestionJob(AnnotationEditor editor, Consumer<SuggestionReport> done) {
		super("Suggesting annotations for " + editor.session().document().getId());
		this.editor = editor;
		this.session = editor.session();
		this.text = session.text();
		this.dct = session.document().getDct();
		this.done = done;
		setPriority(SHORT);
	}

	/**
	 * Starts the suggestions of the editor's article, unless they are being computed already; {@code done} hears
	 * what was added, on the UI thread.
	 *
	 * @return false when a run for this article is still going
	 */
	public static boolean start(AnnotationEditor editor, Consumer<SuggestionReport> done) {
		var session = editor.session();
		if (Job.getJobManager().find(session).length > 0) {
			return false;
		}
		new SuggestionJob(editor, done).schedule();
		return true;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == session;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Suggester.Analysis analysis;
		try {
			analysis = Suggester.analyze(text, dct, monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
		Ui.later(() -> {
			if (!editor.isShowing() || editor.session() != session) {
				return; // closed meanwhile: nothing to add to
			}
			var report = new SuggestionReport[1];
			session.execute("Suggest annotations", () -> {
				report[0] = Suggester.apply(session.set(), analysis);
				// the speakers found take the ids of the project's speakers of the same name, in the same step
				var registry = SpeakerRegistry.of(session.set());
				if (registry != null) {
					registry.link(session.set(), false, SpeakerRegistry::onlySuggested);
				}
			});
			done.accept(report[0]);
		});
		return Status.OK_STATUS;
	}
}
