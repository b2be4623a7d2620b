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
import org.sayso.core.importer.ArticleMetadata;
import org.sayso.core.importer.BratMapping;
import org.sayso.core.store.ArticleImport;
import org.sayso.core.store.FolderLock;
import org.sayso.core.store.ImportPlan;
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
				Usage: sayso import <project-folder> <file or folder>... [--name NAME] [--annotator NAME]
				                    [--dct YYYY-MM-DD] [--metadata FILE] [--mapping FILE]

				Imports every article file in the given files and folders (searched through):
				  .txt     plain text: UTF-8, UTF-16 with BOM; windows-1252 and ISO-8859-1 are
				           detected and reported; other encodings are refused with a message
				  .html    web pages: the article text is extracted, menus and boilerplate dropped
				  .zip     INCEpTION document exports: <annotator>.xmi + TypeSystem.xml, imported as
				           one annotation set per annotator (CURATION_USER as the curated set);
				           whatever Sayso's types cannot hold is listed, never dropped silently
				  .ann     brat standoff, imported with the .txt it annotates (<doc>.ann or
				           <doc>_<annotator>.ann, beside the text or in a folder imported with it):
				           one annotation set per .ann. PARC/PolNeAR types: Source -> speaker,
				           Cue -> cue, Content -> claim, Attribution events -> the claim's links.
				           Discontinuous spans become their covering span, with the pieces in the
				           note; whatever has no mapping is counted. A malformed line, a span past
				           the text or a span whose text differs refuses the file (file:line).
				  .tml     TimeML: the text of <TEXT>, each TIMEX3 in it a date with its value and
				           type, the <DCT> the article's date; events and links are counted
				  sayso-corpus.xmi (or the folder of an 'sayso export --format emf'): the whole
				           corpus becomes a new project, with every set and its provenance
				The project folder is created when it does not exist (--name sets its name). Existing
				documents are never replaced: a repeated name gets a suffix, and a file imported before
				(same text, same file) is recognised and not imported again, so a stopped import can
				simply be run again. One import at a time writes a project; a second one waits.
				--annotator  the annotator of the imported sets (brat, TimeML); default: from the
				             .ann file's name, else 'brat' or 'timeml'. With several .ann files of
				             one article, --annotator takes the first and lists the others.
				--mapping    how another brat schema becomes Sayso's annotations, one rule a line:
				               span Quote = claim         (or speaker, cue, date)
				               relation Said-by = speaker (links the claim among its arguments
				                                           to the speaker; or: cue)
				               event Attribution Content=claim Source=speaker Cue=cue
				               attribute Value = value    (a date's value; or: kind, date-type)
				               note Date = value          (notes on Date spans are their values)
				             Without it: PARC/PolNeAR and Sayso's own brat export.
				--dct        the date of every imported article that its metadata or file lacks
				--metadata   a table (.tsv or .csv with a header) with a column 'file' (or 'id',
				             'filename': the article's file name, with or without extension) and
				             'dct' (or 'publication_date', 'date'), 'title'. A metadata.tsv or
				             metadata.csv among the imported files is read the same way.
				Without a date from these, the article's dateline gives it, when it has one.
				Exit code 1 when any file could not be imported; the others are imported all the same.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var options = Options.parse(args, List.of("--name", "--annotator", "--dct", "--metadata", "--mapping"), List.of());
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
			var settings = settings(options, scan.files(), out);
			// one import at a time into a project: a second one waits for the first
			try (var lock = FolderLock.acquire(root, "import", waiting -> err.println("sayso import: " + waiting))) {
				var store = openOrCreate(root, options.value("--name", null), out);
				var importer = new ArticleImport(store, settings);
				return importFiles(importer.plan(scan.files()), importer, store, out, err);
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
	private static int importFiles(List<ImportPlan.Unit> files, ArticleImport importer, ProjectStore store,
			PrintStream out, PrintStream err) {
		store.warnings().forEach(w -> err.println("warning: " + w));
		int total = files.size();
		int failed = 0;
		int again = 0;
		int done = 0;
		var batch = new LinkedHashMap<String, List<Path>>();
		for (var unit : files) {
			var file = unit.file();
			var outcome = importer.importUnit(unit);
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

	/** The annotator, DCT and metadata given for the import; a metadata table among the files is read too. */
	private static ArticleImport.Settings settings(Options options, List<Path> files, PrintStream out)
			throws CliUsageException, ArticleImportException {
		var annotator = options.value("--annotator", null);
		if (annotator != null && !ProjectLayout.isSafeName(annotator)) {
			throw new CliUsageException("--annotator '" + annotator + "' is not a usable annotator name: letters,"
					+ " digits, '.', '_' and '-', starting with a letter or digit");
		}
		var dct = options.value("--dct", null);
		if (dct != null) {
			try {
				java.time.LocalDate.parse(dct);
			} catch (java.time.format.DateTimeParseException e) {
				throw new CliUsageException("--dct '" + dct + "' is not a date as YYYY-MM-DD");
			}
		}
		var metadataFile = options.value("--metadata", null);
		var table = metadataFile != null ? Path.of(metadataFile)
				: files.stream().filter(ArticleMetadata::isMetadataFile).findFirst().orElse(null);
		var metadata = table == null ? ArticleMetadata.none() : ArticleMetadata.read(table);
		if (table != null) {
			out.println("Metadata of " + metadata.size() + " article(s) from " + table);
		}
		var mappingFile = options.value("--mapping", null);
		var mapping = mappingFile == null ? BratMapping.PARC : BratMapping.read(Path.of(mappingFile));
		return new ArticleImport.Settings(annotator, dct, metadata, mapping);
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
