package org.sayso.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.core.export.CorpusImport;
import org.sayso.core.importer.ArticleImportException;
import org.sayso.core.store.ArticleImport;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.ProjectLayout;

/** {@code sayso import <project> <files or folders...>}: articles and INCEpTION exports into a project. */
public final class ImportCommand implements CliCommand {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "Import articles (text, HTML) and INCEpTION XMI exports; creates the project if needed";
	}

	@Override
	public String usage() {
		return """
				Usage: sayso import <project-folder> <file or folder>... [--name NAME]

				Imports every article file in the given files and folders (searched through):
				  .txt     plain text: UTF-8, UTF-16 with BOM; windows-1252 and ISO-8859-1 are
				           detected and reported; other encodings are refused with a message
				  .html    web pages: the article text is extracted, menus and boilerplate dropped
				  .zip     INCEpTION document exports: <annotator>.xmi + TypeSystem.xml, imported as
				           one annotation set per annotator (CURATION_USER as the curated set);
				           whatever Sayso's types cannot hold is listed, never dropped silently
				  sayso-corpus.xmi (or the folder of an 'sayso export --format emf'): the whole
				           corpus becomes a new project, with every set and its provenance
				The project folder is created when it does not exist (--name sets its name). Existing
				documents are never replaced: a repeated name gets a suffix. Exit code 1 when any
				file could not be imported; the others are imported all the same.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var options = Options.parse(args, List.of("--name"), List.of());
		var positional = options.positional();
		if (positional.size() < 2) {
			throw new CliUsageException(positional.isEmpty() ? "missing <project-folder> and the files to import"
					: "missing the files or folders to import");
		}
		var root = Path.of(positional.get(0));
		var sources = positional.subList(1, positional.size()).stream().map(Path::of).toList();
		if (sources.size() == 1 && CorpusImport.corpusFile(sources.get(0)) != null) {
			return CorpusImportCommand.run(CorpusImport.corpusFile(sources.get(0)), root, out, err);
		}
		try {
			var scan = ArticleImport.scan(sources);
			scan.warnings().forEach(w -> out.println("warning: " + w.message()));
			var store = openOrCreate(root, options.value("--name", null), out);
			var importer = new ArticleImport(store);
			int total = scan.files().size();
			int failed = 0;
			int done = 0;
			for (var file : scan.files()) {
				var outcome = importer.importFile(file);
				done++;
				if (outcome.failed()) {
					failed++;
					out.printf("[%d/%d] FAILED %s: %s%n", done, total, file, outcome.failure());
				} else {
					out.printf("[%d/%d] %s -> %s%n", done, total, file, outcome.documentId());
				}
				outcome.messages().forEach(m -> out.println("    " + m));
				if (done % 200 == 0) {
					store.saveProject(false); // a long import keeps what it has done if it is stopped
				}
			}
			store.saveProject(false);
			out.printf("%d of %d file(s) imported into %s%s%n", total - failed, total, store.layout().root(),
					failed == 0 ? "" : "; " + failed + " failed");
			return failed == 0 ? SaysoCli.OK : SaysoCli.FAILED;
		} catch (ArticleImportException | StoreException e) {
			err.println("sayso import: " + e.getMessage());
			return SaysoCli.FAILED;
		}
	}

	private static ProjectStore openOrCreate(Path root, String name, PrintStream out) throws StoreException {
		var layout = new ProjectLayout(root);
		if (Files.exists(layout.projectFile()) || Files.isDirectory(layout.documentsFolder())) {
			return ProjectStore.open(root);
		}
		var projectName = name != null ? name : layout.root().getFileName().toString();
		out.println("Creating project '" + projectName + "' in " + layout.root());
		return ProjectStore.create(root, projectName);
	}
}
