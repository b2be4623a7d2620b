package org.sayso.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.core.export.CorpusImport;
import org.sayso.core.importer.ArticleImportException;
import org.sayso.core.store.ArticleImport;
import org.sayso.core.store.FolderLock;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.ProjectLayout;

/** {@code sayso import <project> <files or folders...>}: articles and INCEpTION exports into a project. */
public final class ImportCommand implements CliCommand {

	/** Files imported between two writes of the project file: a stopped import loses at most this many listings. */
	private static final int BATCH = 200;

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
				documents are never replaced: a repeated name gets a suffix, and a file imported before
				(same text, same file) is recognised and not imported again, so a stopped import can
				simply be run again. One import at a time writes a project; a second one waits.
				Exit code 1 when any file could not be imported; the others are imported all the same.""";
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
			// one import at a time into a project: a second one waits for the first
			try (var lock = FolderLock.acquire(root, "import", waiting -> err.println("sayso import: " + waiting))) {
				return importFiles(scan.files(), openOrCreate(root, options.value("--name", null), out), out, err);
			}
		} catch (ArticleImportException | StoreException e) {
			err.println("sayso import: " + e.getMessage());
			return SaysoCli.FAILED;
		}
	}

	/**
	 * Imports the files, writing the project file after every batch. When that write fails, the batch's documents are
	 * taken back (their texts deleted), so the project never holds a text it does not list.
	 */
	private static int importFiles(List<Path> files, ProjectStore store, PrintStream out, PrintStream err) {
		store.warnings().forEach(w -> err.println("warning: " + w));
		var importer = new ArticleImport(store);
		int total = files.size();
		int failed = 0;
		int again = 0;
		int done = 0;
		var batch = new LinkedHashMap<String, List<Path>>();
		for (var file : files) {
			var outcome = importer.importFile(file);
			done++;
			if (outcome.failed()) {
				failed++;
				out.printf("[%d/%d] FAILED %s: %s%n", done, total, file, outcome.failure());
			} else {
				out.printf("[%d/%d] %s -> %s%n", done, total, file, outcome.documentId());
				if (!outcome.alreadyThere()) {
					batch.put(outcome.documentId(), outcome.written());
				}
				again += outcome.alreadyThere() ? 1 : 0;
			}
			outcome.messages().forEach(m -> out.println("    " + m));
			if (batch.size() >= BATCH || done == total) {
				int taken = saveOrTakeBack(store, batch, err);
				if (taken < 0) {
					return SaysoCli.FAILED;
				}
				batch.clear();
			}
		}
		if (total == 0) {
			out.println("No article files to import.");
		}
		out.printf("%d of %d file(s) imported into %s%s%s%n", total - failed - again, total, store.layout().root(),
				again == 0 ? "" : "; " + again + " already there", failed == 0 ? "" : "; " + failed + " failed");
		return failed == 0 ? SaysoCli.OK : SaysoCli.FAILED;
	}

	/** Writes the project file; returns -1 when it could not and the batch was taken back. */
	private static int saveOrTakeBack(ProjectStore store, Map<String, List<Path>> batch, PrintStream err) {
		try {
			store.saveProject(false);
			return batch.size();
		} catch (StoreException e) {
			var left = store.removeUnsaved(batch);
			err.println("sayso import: " + e.getMessage());
			err.println("sayso import: the last " + batch.size() + " document(s) were taken back out of the project, so"
					+ " it lists every text it holds" + (left.isEmpty() ? "" : "; delete these by hand: " + left)
					+ ". Fix the cause and import again: what was imported before is recognised.");
			return -1;
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
