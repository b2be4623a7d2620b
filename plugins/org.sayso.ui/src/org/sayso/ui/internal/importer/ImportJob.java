package org.sayso.ui.internal.importer;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.sayso.io.importer.ArticleImportException;
import org.sayso.io.importer.ArticleMetadata;
import org.sayso.io.importer.BratMapping;
import org.sayso.io.importer.ArticleImport;
import org.sayso.io.importer.ImportRun;
import org.sayso.core.store.StoreException;
import org.sayso.ui.internal.dialogs.SummaryDialog;
import org.sayso.ui.internal.Ui;

/**
 * Runs an import in the background, with a progress bar per file and cancellation between files, then refreshes the
 * project and shows what became of each file.
 */
public final class ImportJob extends Job {

	/** The family of import jobs, for {@code IJobManager.find} and for tests that wait for an import. */
	public static final Object FAMILY = ImportJob.class;
	public static final String SUMMARY_TITLE = "Sayso Import Summary";

	private final ImportRequest request;

	ImportJob(ImportRequest request) {
		super("Importing into " + request.project().getName());
		this.request = request;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		var report = new StringBuilder();
		var imported = new java.util.LinkedHashSet<String>();
		try {
			var settings = new ArticleImport.Settings(request.annotator(), request.dct(),
					request.metadata() == null ? ArticleMetadata.none() : ArticleMetadata.read(request.metadata()),
					request.mapping() == null ? BratMapping.PARC : BratMapping.read(request.mapping()), request.encoding());
			var summary = ImportRun.run(request.projectFolder(), request.sources(), settings, null,
					new ImportRun.Listener() {
						@Override
						public void note(@NonNull String message) {
							report.append(message).append('\n');
						}

						@Override
						public void imported(int done, int total, ArticleImport.@NonNull Outcome outcome) {
							ImportRun.describe(done, total, outcome).forEach(l -> report.append(l).append('\n'));
							if (outcome.failure() == null && outcome.documentId() != null) {
								imported.add(outcome.documentId());
							}
						}
					}, monitor);
			refresh();
			show(summary.toText() + copies(imported) + "\n\n" + report);
			return summary.ok() || summary.cancelled() ? Status.OK_STATUS
					: Status.warning(summary.failed() + " file(s) could not be imported");
		} catch (ArticleImportException | StoreException e) {
			Ui.error("Sayso Import", e.getMessage());
			// shown to the user already; the log keeps the cause for a bug report
			ILog.of(ImportJob.class).log(Status.warning(e.getMessage(), e));
			return Status.OK_STATUS;
		}
	}

	/** Which of the articles just imported are copies of others in the project, as lines after the summary. */
	private String copies(java.util.Set<String> imported) {
		if (imported.isEmpty()) {
			return "";
		}
		try {
			var lines = org.sayso.core.project.ProjectCopies.ofImported(org.sayso.core.project.ProjectCopies.detect(
					org.sayso.core.ProjectListing.open(request.projectFolder()), message -> {
						// an unreadable article is named by the import lines already
					}), imported);
			return lines.isEmpty() ? "" : "\n" + String.join("\n", lines) + "\n(the Copies view shows what they share)";
		} catch (org.sayso.core.ProjectListingException e) {
			return "\nCould not look for copies: " + e.getMessage();
		}
	}

	private void refresh() {
		try {
			request.project().refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (CoreException e) {
			ILog.of(ImportJob.class).log(Status.warning("Cannot refresh " + request.project().getName(), e));
		}
	}

	private static void show(String text) {
		Ui.onActiveShell(shell -> new SummaryDialog(shell, SUMMARY_TITLE, text).open());
	}
}
