package org.sayso.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.core.ProjectListingException;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.project.ProjectValidation;
import org.sayso.core.store.StoreException;

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
			store = Projects.open(Path.of(projectPath));
		} catch (StoreException e) {
			err.println("sayso validate: " + e.getMessage());
			return SaysoCli.FAILED;
		}
		// a name the project does not have checks nothing: that is a wrong command line, not "0 errors"
		for (var id : options.values("--document")) {
			if (store.project().getDocuments().stream().noneMatch(d -> d.getId().equals(id))) {
				throw new CliUsageException("the project has no document '" + id + "'");
			}
		}
		try {
			var annotators = org.sayso.core.ProjectListing.open(store.layout().root()).annotators();
			for (var annotator : options.values("--annotator")) {
				if (!annotators.contains(annotator)) {
					throw new CliUsageException("the project has no annotator '" + annotator + "'" + (annotators.isEmpty()
							? " (nobody has annotated yet)" : "; its annotators are " + String.join(", ", annotators)));
				}
			}
		} catch (ProjectListingException e) {
			err.println("sayso validate: " + e.getMessage());
			return SaysoCli.FAILED;
		}
		ProjectValidation.Result result;
		try {
			result = ProjectValidation.run(store, options.values("--annotator"), options.values("--document"),
					finding -> out.println(finding.line()));
		} catch (ProjectListingException e) {
			err.println("sayso validate: " + e.getMessage());
			return SaysoCli.FAILED;
		}
		out.printf("%d annotation set(s) checked: %d error(s), %d warning(s)%n", result.sets(), result.errors(),
				result.warnings());
		return result.errors() == 0 ? SaysoCli.OK : SaysoCli.FAILED;
	}
}
