package org.sayso.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;

/**
 * Merges the documents of a project and writes their curated sets: {@code sayso merge}. Each document succeeds or
 * fails on its own; a failure names the file and leaves the document's curated set as it was.
 */
public final class ProjectMerge {

	/** What one document's merge gave, for progress reports and further use (agreement). */
	public interface Listener {
		void merged(DocumentMerge merge);
	}

	/**
	 * @param merged the documents merged
	 * @param written the documents whose curated set changed and was written
	 * @param skipped documents no annotator has annotated
	 * @param problems one line per document that failed, naming the file and what to do
	 */
	public record Result(MergeSummary summary, int merged, int written, int skipped, List<String> problems,
			List<String> warnings) {
	}

	private ProjectMerge() {
	}

	/**
	 * @param documentIds the documents to merge; empty for all
	 * @param progress one line per document (for a command line's stderr); may be null
	 * @throws OperationCanceledException when the monitor was cancelled; documents saved before stay saved
	 */
	public static Result run(ProjectStore store, MergeEngine engine, List<String> documentIds,
			IProgressMonitor monitor, Consumer<String> progress, Listener listener) {
		var ids = documentIds.isEmpty() ? store.project().getDocuments().stream().map(d -> d.getId()).sorted().toList()
				: documentIds;
		var sub = SubMonitor.convert(monitor, "Merging " + ids.size() + " documents", ids.size());
		var summary = MergeSummary.empty();
		int merged = 0, written = 0, skipped = 0, done = 0;
		var problems = new ArrayList<String>();
		var warnings = new ArrayList<String>();
		for (var id : ids) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			sub.subTask(id);
			done++;
			try {
				var document = store.document(id);
				if (Curation.annotatorsOf(store, document).isEmpty()) {
					skipped++;
					report(progress, done, ids.size(), id, "no annotator's set, skipped");
					continue;
				}
				var curation = Curation.open(store, document, engine);
				warnings.addAll(curation.warnings());
				if (curation.save(false)) {
					written++;
				}
				var documentSummary = curation.merge().summary();
				summary = summary.plus(documentSummary);
				merged++;
				if (listener != null) {
					listener.merged(curation.merge());
				}
				report(progress, done, ids.size(), id, documentSummary.unanimous() + documentSummary.majority()
						+ " accepted, " + documentSummary.open() + " open conflicts");
			} catch (StoreException | RuntimeException e) {
				problems.add(id + ": " + e.getMessage());
				report(progress, done, ids.size(), id, "failed: " + e.getMessage());
			}
			sub.worked(1);
			// document texts stay cached in the store: drop them, a corpus may not fit in memory twice
			try {
				store.document(id).setText(null);
			} catch (StoreException e) {
				// an unknown id was reported above already
			}
		}
		return new Result(summary, merged, written, skipped, problems, warnings);
	}

	private static void report(Consumer<String> progress, int done, int total, String id, String what) {
		if (progress != null) {
			progress.accept("[" + done + "/" + total + "] " + id + ": " + what);
		}
	}
}
