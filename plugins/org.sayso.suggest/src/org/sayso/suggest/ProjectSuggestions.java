package org.sayso.suggest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.core.project.SpeakerRegistry;
import org.sayso.model.Document;

/**
 * Suggestions over a project: every listed document's set of one annotator, one document at a time, each set saved
 * atomically as soon as its document is done (so an interrupted run keeps what it finished), and a set that gains
 * nothing not rewritten. DCTs taken from datelines are saved with the project at the end.
 */
public final class ProjectSuggestions {

	private ProjectSuggestions() {
	}

	/**
	 * What happened to one document: its report, or the error that stopped it; and, when its set file held what
	 * Sayso cannot hold, where the file as it was is kept.
	 */
	public record DocumentResult(Document document, @Nullable SuggestionReport report, @Nullable Path file,
			@Nullable Path foreignCopy, List<String> foreignReport, @Nullable String error) {
	}

	/** The run: suggestions added, documents done and failed; {@code projectError} when the DCTs were not saved. */
	public record Result(int added, int documents, int failed, @Nullable String projectError) {
	}

	/**
	 * Suggests into {@code annotator}'s sets of {@code documents}, telling {@code each} about every document in turn.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled between or inside documents; what
	 *                                                             was saved stays saved
	 */
	public static Result run(ProjectStore store, List<Document> documents, String annotator, @Nullable IProgressMonitor monitor,
			Consumer<DocumentResult> each) {
		var progress = SubMonitor.convert(monitor, "suggesting for " + annotator + " in " + documents.size()
				+ (documents.size() == 1 ? " document" : " documents"), documents.size() * 100);
		int failed = 0;
		int added = 0;
		boolean dctsSet = false;
		for (var document : documents) {
			progress.subTask(document.getId());
			var work = progress.split(100);
			try {
				var opened = store.openSet(document, annotator);
				var report = Suggester.suggest(opened.set(), work);
				// the speakers found are linked to the project's registry by name and alias (what the annotator
				// linked or made stays as it is)
				var linked = new SpeakerRegistry(store.project()).link(opened.set(), false, SpeakerRegistry::onlySuggested);
				if (report.added() > 0 || linked.changed()) {
					store.save(opened, false);
				}
				dctsSet |= report.dctFromDateline();
				added += report.added();
				each.accept(new DocumentResult(document, report, opened.file(), opened.foreignCopy(),
						opened.report().describe(), null));
			} catch (StoreException | RuntimeException e) {
				if (e instanceof org.eclipse.core.runtime.OperationCanceledException cancelled) {
					throw cancelled;
				}
				failed++;
				each.accept(new DocumentResult(document, null, null, null, List.of(), e.getMessage()));
			}
		}
		String projectError = null;
		if (dctsSet) {
			try {
				store.saveProject(false);
			} catch (StoreException e) {
				projectError = "the DCTs taken from datelines were not saved: " + e.getMessage();
			}
		}
		return new Result(added, documents.size(), failed, projectError);
	}
}
