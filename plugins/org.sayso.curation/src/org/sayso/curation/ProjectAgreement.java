package org.sayso.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.sayso.core.Counts;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;
import org.sayso.curation.agreement.AgreementCalculator;
import org.sayso.curation.agreement.AgreementReport;
import org.sayso.curation.merge.MergeEngine;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;

/**
 * Measures the agreement of a project's annotators: {@code sayso agreement} and the Agreement view. Each document is
 * merged in memory (nothing is written) to align its units; a document that cannot be read is reported and left
 * out of the figures.
 */
public final class ProjectAgreement {

	/** The figures, and one line per document that could not be measured. */
	public record Result(AgreementReport report, List<String> problems) {
	}

	private ProjectAgreement() {
	}

	/**
	 * @param documentIds the documents to measure; empty for all
	 * @param progress one line per document, or null
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	public static Result measure(ProjectStore store, MergeEngine engine, List<String> documentIds,
			@Nullable IProgressMonitor monitor, @Nullable Consumer<String> progress) throws StoreException {
		List<String> annotators;
		try {
			annotators = ProjectListing.open(store.layout().root()).annotators();
		} catch (ProjectListingException e) {
			throw new StoreException(e.getMessage(), e);
		}
		var calculator = new AgreementCalculator(annotators);
		var problems = measureInto(calculator, store, engine, documentIds, monitor, progress);
		return new Result(calculator.report(), problems);
	}

	/**
	 * Measures the documents into {@code calculator}, whose corpus annotators are those of the whole project (a part
	 * of a project measured on its own, as on Spark, is merged into the rest with
	 * {@link AgreementCalculator#merge}); returns one line per document that could not be measured.
	 *
	 * @param documentIds the documents to measure; empty for all
	 */
	public static List<String> measureInto(AgreementCalculator calculator, ProjectStore store, MergeEngine engine,
			List<String> documentIds, @Nullable IProgressMonitor monitor, @Nullable Consumer<String> progress) {
		var ids = documentIds.isEmpty() ? store.project().getDocuments().stream().map(d -> d.getId()).sorted().toList()
				: documentIds;
		var sub = SubMonitor.convert(monitor, "Measuring agreement on " + Counts.of(ids.size(), "document"), ids.size());
		var problems = new ArrayList<String>();
		int done = 0;
		for (var id : ids) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			done++;
			try {
				var document = store.document(id);
				if (Curation.annotatorsOf(store, document).size() < 2) {
					report(progress, done, ids.size(), id, "fewer than two annotators, left out");
				} else {
					var warnings = new ArrayList<String>();
					calculator.add(engine.merge(Curation.annotatorSets(store, document, warnings), null));
					report(progress, done, ids.size(), id, "measured");
				}
				document.setText(null); // the corpus need not stay in memory
			} catch (StoreException | RuntimeException e) {
				problems.add(id + ": " + e.getMessage());
				report(progress, done, ids.size(), id, "failed: " + e.getMessage());
			}
			sub.worked(1);
		}
		return problems;
	}

	private static void report(@Nullable Consumer<String> progress, int done, int total, String id, String what) {
		if (progress != null) {
			progress.accept("[" + done + "/" + total + "] " + id + ": " + what);
		}
	}
}
