package org.sayso.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;
import org.sayso.io.export.ExportSummary.Invalid;
import org.sayso.io.export.ExportSummary.Skipped;
import org.sayso.model.Document;
import org.sayso.model.ProjectLayout;

/**
 * Exports a project's annotation sets in one format. Documents are opened, validated and written by a small pool of
 * workers (both cores of a small machine); what all documents share (a JSON lines file, the corpus resource) is
 * appended in document order on the calling thread. Everything goes to a temporary folder that replaces the output
 * folder only when complete, with {@link ExportSummary#TEXT_FILE} and {@link ExportSummary#JSON_FILE} in it.
 * <p>
 * Documents whose sets fail validation are refused (listed in the summary) unless the request allows invalid sets;
 * the other documents are exported all the same into a new folder. An export that failed so (refused or unreadable
 * documents) never replaces a previous export: that stays as it was, and the summary says nothing was written.
 */
public final class Exporter {

	private Exporter() {
	}

	/**
	 * What is wrong with exporting {@code project}'s annotations to {@code output}, checked as the export itself will
	 * check it, or null when nothing is: the wizard asks before it lets the user finish.
	 *
	 * @param howToReplace how the user asks to replace an earlier export, for the message ("tick Replace")
	 */
	public static @Nullable String outputProblem(Path output, boolean replace, ProjectLayout project,
			String howToReplace) {
		try {
			ExportFolder.check(output, replace, project, howToReplace);
			return null;
		} catch (ExportException e) {
			return e.getMessage();
		}
	}

	/**
	 * Runs the export.
	 *
	 * @throws ExportException            when the output cannot be written; the output folder is then unchanged
	 * @throws OperationCanceledException when the monitor was cancelled; the output folder is then unchanged
	 */
	public static ExportSummary export(ExportRequest request, @Nullable IProgressMonitor monitor) throws ExportException {
		var store = request.store();
		var documents = List.copyOf(store.project().getDocuments());
		var progress = SubMonitor.convert(monitor, "Exporting " + documents.size() + " document(s) as "
				+ request.format().id(), documents.size() + 2);
		var loader = new SetLoader(store, request.selection(), annotators(request), request.allowInvalid());
		var writer = request.format().newWriter(request);
		// last before the try: from here on, a failure must delete the temporary folder
		var folder = ExportFolder.prepare(request.output(), request.replace(), store.layout());
		var tally = new Tally();
		ExecutorService pool = Executors.newFixedThreadPool(request.workers(), Exporter::worker);
		try {
			writer.start(folder.temp());
			var pending = new ArrayDeque<Future<Result>>();
			// a bounded window: documents are written in parallel, but only a few are held in memory at a time
			int window = request.workers() * 4;
			for (var document : documents) {
				pending.add(pool.submit(() -> process(document, loader, writer, folder)));
				if (pending.size() >= window) {
					consume(pending.poll(), writer, tally, progress);
				}
			}
			while (!pending.isEmpty()) {
				consume(pending.poll(), writer, tally, progress);
			}
			progress.subTask("Finishing " + request.format().id());
			var summary = tally.summary(request, true);
			if (summary.failed() && folder.replacesPrevious()) {
				// a failed export replaces nothing: the previous, complete export stays as it was
				writer.abort();
				folder.discard();
				progress.worked(2);
				return tally.summary(request, false);
			}
			writer.finish(folder.temp());
			Files.writeString(folder.temp().resolve(ExportSummary.TEXT_FILE), summary.toText(), StandardCharsets.UTF_8);
			Files.writeString(folder.temp().resolve(ExportSummary.JSON_FILE), summary.toJson() + "\n",
					StandardCharsets.UTF_8);
			progress.worked(1);
			folder.commit();
			progress.worked(1);
			return summary;
		} catch (IOException e) {
			var failure = new ExportException("The export to " + request.output() + " failed: " + e.getMessage()
					+ ". The output folder is unchanged; free disk space or check permissions, then export again.", e);
			stop(pool, failure);
			writer.abort();
			folder.abandon(failure);
			throw failure;
		} catch (ExportException | RuntimeException e) {
			stop(pool, e);
			writer.abort();
			folder.abandon(e);
			throw e;
		} finally {
			pool.shutdownNow();
		}
	}

	/** Workers still writing would put files into the temporary folder while it is deleted. */
	private static void stop(ExecutorService pool, Throwable failure) {
		pool.shutdownNow();
		try {
			if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
				failure.addSuppressed(new IllegalStateException("export workers did not stop within 30 s"));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			failure.addSuppressed(e);
		}
	}

	private static Thread worker(Runnable work) {
		var thread = new Thread(work, "sayso-export-" + WORKERS.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	}

	private static final AtomicInteger WORKERS = new AtomicInteger();

	static List<String> annotators(ExportRequest request) throws ExportException {
		if (!(request.selection() instanceof SetSelection.All)) {
			return List.of();
		}
		try {
			return ProjectListing.open(request.store().layout().root()).annotators();
		} catch (ProjectListingException e) {
			throw new ExportException(e.getMessage(), e);
		}
	}

	/** One document's outcome, from a worker. */
	private record Result(Document document, boolean textWasLoaded, SetLoader.Loaded loaded,
			ExportWriter.Written written) {
	}

	private static Result process(Document document, SetLoader loader, ExportWriter writer, ExportFolder folder)
			throws IOException {
		boolean textWasLoaded = document.getText() != null;
		var loaded = loader.load(document);
		var written = loaded.sets() instanceof DocumentSets sets ? writer.writeDocument(sets, folder.temp())
				: ExportWriter.Written.NOTHING;
		return new Result(document, textWasLoaded, loaded, written);
	}

	private static void consume(Future<Result> future, ExportWriter writer, Tally tally, SubMonitor progress)
			throws IOException {
		if (progress.isCanceled()) {
			future.cancel(true);
			throw new OperationCanceledException();
		}
		Result result;
		try {
			result = future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
		var loaded = result.loaded();
		if (loaded.sets() instanceof DocumentSets sets) {
			writer.append(sets, result.written());
		}
		tally.add(loaded, result.written());
		if (!result.textWasLoaded()) {
			// the store keeps texts it has read; an export of thousands of documents need not keep them all
			result.document().setText(null);
		}
		progress.subTask(result.document().getId());
		progress.worked(1);
	}

	/** The summary's figures, gathered on the exporting thread. */
	private static final class Tally {
		private int documents;
		private int sets;
		private final ExportCounts counts = new ExportCounts();
		private final List<Skipped> skipped = new ArrayList<>();
		private final List<Invalid> refused = new ArrayList<>();
		private final List<Invalid> exportedInvalid = new ArrayList<>();
		private final List<String> notes = new ArrayList<>();

		void add(SetLoader.Loaded loaded, ExportWriter.Written written) {
			notes.addAll(loaded.notes());
			notes.addAll(written.notes());
			if (loaded.skipped() != null) {
				skipped.add(loaded.skipped());
				return;
			}
			if (loaded.sets() == null) {
				refused.addAll(loaded.invalid());
				return;
			}
			exportedInvalid.addAll(loaded.invalid());
			documents++;
			for (var named : loaded.sets().sets()) {
				sets++;
				counts.add(named.set().getAnnotations());
			}
		}

		ExportSummary summary(ExportRequest request, boolean written) {
			return new ExportSummary(request.format().id(), request.selection().name(), request.output(), documents,
					sets, counts.counts(), skipped, refused, exportedInvalid, notes, written);
		}
	}
}
