package org.sayso.core.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;
import org.sayso.core.dates.DctValue;
import org.sayso.core.store.OpenedSet;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.Document;
import org.sayso.model.validation.AnnotationSetValidator;

/**
 * Every annotation set of a project checked against the model's rules: each annotator's and the curated sets,
 * with what their files held that Sayso could not, and the files that cannot be read.
 */
public final class ProjectValidation {

	private ProjectValidation() {
	}

	/** One problem: in a whole file ({@code begin} -1), or at a span of its set. */
	public record Finding(Path file, int begin, int end, boolean error, String message) {

		/** {@code file:begin-end: error|warning: message}, the form that editors and grep understand. */
		public String line() {
			return file + (begin < 0 ? "" : ":" + begin + "-" + end) + ": " + (error ? "error" : "warning") + ": " + message;
		}
	}

	/** How many sets were checked, and the errors and warnings found. */
	public record Result(int sets, int errors, int warnings) {
	}

	/**
	 * Checks the sets of {@code documents} (all when empty) of {@code annotators} (all when empty), and the curated
	 * sets when no annotator is named; the project file's own warnings first.
	 *
	 * @throws ProjectListingException when the project's folders cannot be listed
	 */
	public static Result run(ProjectStore store, Collection<String> annotators, Collection<String> documents,
			Consumer<Finding> each) throws ProjectListingException {
		int errors = 0;
		int warnings = 0;
		for (var warning : store.warnings()) {
			each.accept(new Finding(store.layout().projectFile(), -1, -1, false, warning));
			warnings++;
		}
		var all = ProjectListing.open(store.layout().root()).annotators();
		var chosen = annotators.isEmpty() ? all : all.stream().filter(annotators::contains).toList();
		int sets = 0;
		for (var document : store.project().getDocuments()) {
			if (!documents.isEmpty() && !documents.contains(document.getId())) {
				continue;
			}
			var dct = document.getDct();
			if (dct != null && !DctValue.isValid(dct)) {
				each.accept(new Finding(store.layout().projectFile(), -1, -1, true, "document '" + document.getId()
						+ "' has the article date (DCT) '" + dct + "', which is no date as YYYY-MM-DD: its relative dates"
						+ " ('Tuesday', 'last year') get no value. Set it: sayso meta " + store.layout().root()
						+ " --documents " + document.getId() + " --dct YYYY-MM-DD (or M in the editor)."));
				errors++;
			}
			try {
				store.text(document);
			} catch (StoreException e) {
				each.accept(new Finding(store.layout().text(document.getId()), -1, -1, true, e.getMessage()));
				errors++;
				continue;
			}
			for (var target : setsOf(store, document, chosen, annotators.isEmpty())) {
				sets++;
				try {
					var opened = target.opener().open();
					for (var line : opened.report().describe()) {
						each.accept(new Finding(opened.file(), -1, -1, false, line));
						warnings++;
					}
					for (var problem : AnnotationSetValidator.validate(opened.set())) {
						each.accept(new Finding(opened.file(), problem.begin(), problem.end(), problem.isError(),
								problem.message()));
						if (problem.isError()) {
							errors++;
						} else {
							warnings++;
						}
					}
				} catch (StoreException e) {
					each.accept(new Finding(target.file(), -1, -1, true, e.getMessage()));
					errors++;
				}
			}
		}
		return new Result(sets, errors, warnings);
	}

	private interface SetOpener {
		OpenedSet open() throws StoreException;
	}

	private record Target(Path file, SetOpener opener) {
	}

	/** The files that exist for this document: each annotator's and the curated one. */
	private static List<Target> setsOf(ProjectStore store, Document document, List<String> annotators,
			boolean withCuration) {
		var layout = store.layout();
		var targets = new ArrayList<Target>();
		for (var annotator : annotators) {
			var file = layout.annotations(annotator, document.getId());
			if (Files.exists(file)) {
				targets.add(new Target(file, () -> store.openSet(document, annotator)));
			}
		}
		var curated = layout.curated(document.getId());
		if (withCuration && Files.exists(curated)) {
			targets.add(new Target(curated, () -> store.openCuratedSet(document, null)));
		}
		return targets;
	}
}
