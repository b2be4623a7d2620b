package org.sayso.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.sayso.cli.SaysoCli;
import org.sayso.io.importer.CorpusImport;
import org.sayso.core.store.StoreException;

/** {@code sayso import <new-project> <emf export>}: an exported corpus made a project again. */
final class CorpusImportCommand {

	private CorpusImportCommand() {
	}

	static int run(Path corpusFile, Path root, PrintStream out, PrintStream err) {
		try {
			var store = CorpusImport.importInto(corpusFile, root, new ProgressLines(err, "import"));
			out.printf("Imported the corpus %s into the new project '%s' in %s: %d document(s)%n", corpusFile,
					store.project().getName(), store.layout().root(), store.project().getDocuments().size());
			return SaysoCli.OK;
		} catch (StoreException e) {
			err.println("sayso import: " + e.getMessage());
			return SaysoCli.FAILED;
		}
	}
}
