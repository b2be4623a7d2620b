package org.sayso.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.core.ProjectFolder;
import org.sayso.core.ProjectFolderException;
import org.sayso.core.store.OpenedSet;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.Document;
import org.sayso.model.validation.AnnotationSetValidator;

/**
 * {@code sayso validate <project>}: every annotation set of every document, checked against the model's rules,
 * one line per problem in the {@code file:begin-end: severity: message} form that editors and grep understand.
 */
public final class ValidateCommand implements CliCommand {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return "Check every annotation set of a project and report each problem with its position";
	}

	@Override
	public String usage() {
		return """
				Usage: sayso validate <project-folder> [--annotator NAME] [--document ID]...

				Checks the annotation sets of every annotator and the curated sets: claims without a
				speaker, claims attributed to a deleted speaker, dates without a value (or a note saying
				why), spans outside the text, files that cannot be read. One line per problem:
				  <file>:<begin>-<end>: error|warning: <message>
				Offsets are UTF-16 code units, as in UIMA. Exit code 1 when any error was found.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var options = Options.parse(args, List.of("--annotator", "--document"), List.of());
		var projectPath = options.single("project-folder");
		ProjectStore store;
		try {
			store = ProjectStore.open(Path.of(projectPath));
		} catch (StoreException e) {
			err.println("sayso validate: " + e.getMessage());
			return SaysoCli.FAILED;
		}
		store.warnings().forEach(w -> out.println(store.layout().projectFile() + ": warning: " + w));
		var onlyAnnotators = options.values("--annotator");
		var onlyDocuments = options.values("--document");

		List<String> annotators;
		try {
			annotators = ProjectFolder.open(store.layout().root()).annotators();
		} catch (ProjectFolderException e) {
			err.println("sayso validate: " + e.getMessage());
			return SaysoCli.FAILED;
		}
		if (!onlyAnnotators.isEmpty()) {
			annotators = annotators.stream().filter(onlyAnnotators::contains).toList();
		}

		int errors = 0;
		int warnings = store.warnings().size();
		int sets = 0;
		for (var document : store.project().getDocuments()) {
			if (!onlyDocuments.isEmpty() && !onlyDocuments.contains(document.getId())) {
				continue;
			}
			for (var target : setsOf(store, document, annotators, onlyAnnotators.isEmpty())) {
				sets++;
				try {
					var opened = target.open();
					for (var line : opened.report().describe()) {
						out.println(opened.file() + ": warning: " + line);
						warnings++;
					}
					for (var problem : AnnotationSetValidator.validate(opened.set())) {
						out.println(opened.file() + ":" + problem.begin() + "-" + problem.end() + ": "
								+ (problem.isError() ? "error" : "warning") + ": " + problem.message());
						if (problem.isError()) {
							errors++;
						} else {
							warnings++;
						}
					}
				} catch (StoreException e) {
					out.println(target.file() + ": error: " + e.getMessage());
					errors++;
				}
			}
		}
		out.printf("%d annotation set(s) checked: %d error(s), %d warning(s)%n", sets, errors, warnings);
		return errors == 0 ? SaysoCli.OK : SaysoCli.FAILED;
	}

	private interface SetOpener {
		OpenedSet open() throws StoreException;
	}

	private record Target(Path file, SetOpener opener) {
		OpenedSet open() throws StoreException {
			return opener.open();
		}
	}

	/** The files that exist for this document: each annotator's and the curated one. */
	private static List<Target> setsOf(ProjectStore store, Document document, List<String> annotators,
			boolean withCuration) {
		var layout = store.layout();
		var targets = new ArrayList<Target>();
		for (var annotator : annotators) {
			var file = layout.annotations(annotator, document.getId());
			if (java.nio.file.Files.exists(file)) {
				targets.add(new Target(file, () -> store.openSet(document, annotator)));
			}
		}
		var curated = layout.curated(document.getId());
		if (withCuration && java.nio.file.Files.exists(curated)) {
			targets.add(new Target(curated, () -> store.openCuratedSet(document, null)));
		}
		return targets;
	}
}
