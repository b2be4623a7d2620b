package org.sayso.ui.internal.export;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.sayso.io.export.ExportException;
import org.sayso.io.export.ExportRequest;
import org.sayso.io.export.ExportSummary;
import org.sayso.io.export.Exporter;
import org.sayso.core.store.StoreException;
import org.sayso.ui.internal.Ui;
import org.sayso.ui.internal.dialogs.ExportSummaryDialog;

/**
 * Runs an export in the background with progress in the Progress view, and shows the summary (or what went wrong)
 * when it ends. The export reads the project from disk: what the annotators saved is what is exported.
 */
public final class ExportJob extends Job {

	/** The family of export jobs, for {@code IJobManager.find} and for tests that wait for an export. */
	public static final Object FAMILY = ExportJob.class;

	private final ExportSettings settings;

	ExportJob(ExportSettings settings) {
		super("Exporting " + settings.project().getName() + " as " + settings.format().id());
		this.settings = settings;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			var store = Ui.projects().open(settings.projectFolder());
			var summary = Exporter.export(new ExportRequest(store, settings.format(), settings.selection(),
					settings.output(), settings.allowInvalid(), settings.replace()), monitor);
			refreshIfInWorkspace();
			show(summary);
			return !summary.failed() ? Status.OK_STATUS
					: Status.warning(summary.refused().size() + " annotation set(s) refused for validation"
							+ (summary.written() ? "" : "; the previous export was kept"));
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (StoreException | ExportException e) {
			showError(e.getMessage());
			// shown to the user already; the log keeps the cause for a bug report
			ILog.of(ExportJob.class).log(Status.warning(e.getMessage(), e));
			return Status.OK_STATUS;
		}
	}

	/** An export into the project's own folder shows up in the Project Explorer at once. */
	private void refreshIfInWorkspace() {
		var location = settings.project().getLocation();
		if (location != null && settings.output().startsWith(location.toPath())) {
			try {
				settings.project().refreshLocal(IResource.DEPTH_INFINITE, null);
			} catch (CoreException e) {
				ILog.of(ExportJob.class).log(Status.warning("Cannot refresh " + settings.project().getName(), e));
			}
		}
	}

	private static void show(ExportSummary summary) {
		Ui.onActiveShell(shell -> new ExportSummaryDialog(shell, summary).open());
	}

	private static void showError(String message) {
		Ui.error("Sayso Export", message);
	}
}
