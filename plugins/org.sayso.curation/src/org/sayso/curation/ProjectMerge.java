package org.sayso.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.sayso.core.Counts;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.sayso.curation.merge.DocumentMerge;
import org.sayso.curation.merge.MergeEngine;
import org.sayso.curation.merge.MergeSummary;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;

/**
 * Merges the documents of a project and writes their curated sets: {@code sayso merge}. Each document succeeds or
 * fails on its own; a failure names the file and leaves the document's curated set as it was. Documents are merged
 * by a few threads at once: most of a document's time is spent waiting for its files (reading, and flushing the
 * curated set to disk), which other documents can use. Progress is still reported in document order.
 */
public final class ProjectMerge {

	/** What one document's merge gave, for further use (agreement); called from several threads at once. */
	public interface Listener {
		void merged(DocumentMerge merge);
	}

	/**
	 * @param merged the documents merged
	 * @param written the documents whose curated set changed and was written
	 * @param skipped documents no annotator has annotated
	 * @param problems one line per document that failed, naming the file and what to do
	 */
	/**
	 * The run. {@code summary} counts the documents at least two annotators annotated; {@code singleAnnotator} of
	 * the {@code merged} documents had one annotator's set only: it is taken as it is into the curated set, and
	 * nothing in it was agreed by anyone, so it is counted apart.
	 */
	public record Result(MergeSummary summary, int merged, int written, int skipped, int singleAnnotator,
			List<String> problems, List<String> warnings) {
	}

	private record Outcome(String id, @Nullable MergeSummary summary, List<String> annotators, boolean written,
			@Nullable String problem, List<String> warnings) {
	}

	private static final int THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors() * 2));

	private ProjectMerge() {
	}

	/**
	 * @param documentIds the documents to merge; empty for all
	 * @param progress one line per document (for a command line's stderr); may be null
	 * @throws OperationCanceledException when the monitor was cancelled; documents saved before stay saved
	 */
	public static Result run(ProjectStore store, MergeEngine engine, List<String> documentIds,
			@Nullable IProgressMonitor monitor, @Nullable Consumer<String> progress, @Nullable Listener listener) {
		var ids = documentIds.isEmpty() ? store.project().getDocuments().stream().map(d -> d.getId()).sorted().toList()
				: documentIds;
		var sub = SubMonitor.convert(monitor, "Merging " + Counts.of(ids.size(), "document"), ids.size());
		var executor = Executors.newFixedThreadPool(THREADS, r -> {
			var thread = new Thread(r, "sayso-merge");
			thread.setDaemon(true);
			return thread;
		});
		try {
			var futures = new ArrayList<Future<Outcome>>(ids.size());
			for (var id : ids) {
				futures.add(executor.submit(() -> mergeOne(store, engine, id, listener)));
			}
			var summary = MergeSummary.empty();
			int merged = 0, written = 0, skipped = 0, single = 0, done = 0;
			var problems = new ArrayList<String>();
			var warnings = new ArrayList<String>();
			for (var future : futures) {
				if (sub.isCanceled()) {
					futures.forEach(f -> f.cancel(false));
					throw new OperationCanceledException();
				}
				var outcome = join(future);
				done++;
				warnings.addAll(outcome.warnings());
				String line;
				if (outcome.problem() != null) {
					problems.add(outcome.id() + ": " + outcome.problem());
					line = "failed: " + outcome.problem();
				} else if (!(outcome.summary() instanceof MergeSummary one)) {
					skipped++;
					line = "no annotator's set, skipped";
				} else if (outcome.annotators().size() == 1) {
					merged++;
					single++;
					written += outcome.written() ? 1 : 0;
					line = "only " + outcome.annotators().get(0) + "'s set: taken as it is, agreed by no second"
							+ " annotator" + (outcome.written() ? "" : ", unchanged");
				} else {
					merged++;
					written += outcome.written() ? 1 : 0;
					summary = summary.plus(one);
					line = one.unanimous() + one.majority() + " accepted, " + one.open() + " open conflicts"
							+ (outcome.written() ? "" : ", unchanged");
				}
				if (progress != null) {
					progress.accept("[" + done + "/" + ids.size() + "] " + outcome.id() + ": " + line);
				}
				sub.worked(1);
			}
			return new Result(summary, merged, written, skipped, single, problems, warnings);
		} finally {
			executor.shutdownNow();
		}
	}

	private static Outcome mergeOne(ProjectStore store, MergeEngine engine, String id, @Nullable Listener listener) {
		try {
			var document = store.document(id);
			try {
				var annotators = Curation.annotatorsOf(store, document);
				if (annotators.isEmpty()) {
					return new Outcome(id, null, List.of(), false, null, List.of());
				}
				var curation = Curation.open(store, document, engine);
				boolean written = curation.save(false);
				if (listener != null) {
					listener.merged(curation.merge());
				}
				return new Outcome(id, curation.merge().summary(), annotators, written, null, curation.warnings());
			} finally {
				document.setText(null); // texts stay cached in the store: a corpus need not fit in memory
			}
		} catch (StoreException | RuntimeException e) {
			return new Outcome(id, null, List.of(), false, e.getMessage() == null ? e.toString() : e.getMessage(),
					List.of());
		}
	}

	private static Outcome join(Future<Outcome> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException("Interrupted while merging");
		} catch (ExecutionException e) {
			// mergeOne catches what a document can throw; an Error is not a document's problem
			throw new IllegalStateException("Merging failed: " + e.getCause(), e.getCause());
		}
	}
}
