package org.sayso.ui.internal.editor;

import java.util.HashMap;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.sayso.model.validation.AnnotationSetValidator;
import org.sayso.model.validation.ValidationProblem;

/**
 * Keeps the Problems view in step with the model's validation of the open set (a claim without speaker, a date
 * without value, ...): markers on the article file, one per problem, replaced after each change. Markers are
 * not persistent: they describe the set in the editor, which may not be saved yet.
 */
final class ProblemMarkers {

	static final String TYPE = "org.sayso.ui.problem";
	static final String ANNOTATOR = "annotator";

	private final IFile file;
	private final EditorSession session;
	private final Runnable validate = this::validate;
	private volatile List<ValidationProblem> problems = List.of();
	private final Job job;

	ProblemMarkers(IFile file, EditorSession session) {
		this.file = file;
		this.session = session;
		this.job = Job.create("Showing annotation problems of " + file.getName(), monitor -> {
			write(problems);
			return Status.OK_STATUS;
		});
		job.setSystem(true);
	}

	/**
	 * Validates again shortly, in the UI thread that owns the model (edits in quick succession are checked once);
	 * the markers are written in the background.
	 */
	void schedule() {
		var display = Display.getCurrent();
		display.timerExec(-1, validate);
		display.timerExec(150, validate);
	}

	Job job() {
		return job;
	}

	private void validate() {
		if (session.isDisposed()) {
			return;
		}
		problems = AnnotationSetValidator.validate(session.set());
		job.schedule();
	}

	private void write(List<ValidationProblem> problems) {
		try {
			file.getWorkspace().run(monitor -> {
				clear();
				for (var problem : problems) {
					var attributes = new HashMap<String, Object>();
					attributes.put(IMarker.MESSAGE, problem.message());
					attributes.put(IMarker.SEVERITY, problem.severity() == ValidationProblem.Severity.ERROR
							? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
					attributes.put(IMarker.CHAR_START, problem.begin());
					attributes.put(IMarker.CHAR_END, problem.end());
					attributes.put(IMarker.LOCATION, "annotations/" + session.annotator() + ", offset " + problem.begin());
					attributes.put(ANNOTATOR, session.annotator());
					file.createMarker(TYPE, attributes);
				}
			}, null, 0, null);
		} catch (CoreException e) {
			org.eclipse.core.runtime.ILog.of(getClass()).log(new Status(IStatus.WARNING, "org.sayso.ui",
					"Could not show the problems of " + file.getFullPath() + " in the Problems view", e));
		}
	}

	void clear() throws CoreException {
		if (!file.exists()) {
			return;
		}
		for (var marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
			if (session.annotator().equals(marker.getAttribute(ANNOTATOR, ""))) {
				marker.delete();
			}
		}
	}

	void dispose() {
		Display.getCurrent().timerExec(-1, validate);
		job.cancel();
		Job.create("Clearing annotation problems of " + file.getName(), monitor -> {
			clear();
		}).schedule();
	}
}
