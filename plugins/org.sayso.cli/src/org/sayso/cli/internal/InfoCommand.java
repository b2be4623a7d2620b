package org.sayso.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.core.ProjectFolder;
import org.sayso.core.ProjectFolderException;

/** {@code sayso info <project>}: what a project folder holds, read from file names only. */
public final class InfoCommand implements CliCommand {

	@Override
	public String name() {
		return "info";
	}

	@Override
	public String summary() {
		return "Show the documents, annotators and curation progress of a project";
	}

	@Override
	public String usage() {
		return """
				Usage: sayso info <project-folder>

				Lists how many documents the project has, each annotator with the number of documents
				they have annotated, and how many documents are curated.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var folder = Options.parse(args, List.of(), List.of()).single("project-folder");
		try {
			var project = ProjectFolder.open(Path.of(folder));
			var documents = project.documentIds().size();
			out.println("Project   " + project.layout().root());
			out.println("Documents " + documents);
			var annotators = project.annotators();
			if (annotators.isEmpty()) {
				out.println("Annotators none yet");
			}
			for (var annotator : annotators) {
				out.printf("Annotator %s: %d of %d documents%n", annotator, project.annotatedDocumentIds(annotator).size(),
						documents);
			}
			out.printf("Curated   %d of %d documents%n", project.curatedDocumentIds().size(), documents);
			return SaysoCli.OK;
		} catch (ProjectFolderException e) {
			err.println("sayso info: " + e.getMessage());
			return SaysoCli.FAILED;
		}
	}
}
