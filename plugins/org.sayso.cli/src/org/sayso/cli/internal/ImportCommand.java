package org.sayso.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.io.importer.CorpusImport;
import org.sayso.io.importer.ArticleImportException;
import org.sayso.io.importer.ArticleMetadata;
import org.sayso.io.importer.BratMapping;
import org.sayso.io.importer.ArticleImport;
import org.sayso.io.importer.ImportRun;
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
		return "Import articles (text, HTML), INCEpTION XMI exports, brat and TimeML corpora; creates the project if needed";
	}

	@Override
	public String usage() {
		return """
				Usage: sayso import <project-folder> <file or folder>... [--name NAME] [--annotator NAME]
				                    [--dct YYYY-MM-DD] [--metadata FILE] [--mapping FILE] [--encoding NAME]

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
				documents are never replaced: a repeated name gets a suffix, and an article imported before
				(same name, same text) is recognised and not imported again, so a stopped import can
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
				--encoding   read every text and HTML file in this encoding (UTF-8, windows-1252,
				             ISO-8859-1, UTF-16LE, UTF-16BE, ...) instead of detecting it: for a file
				             whose encoding was guessed wrong, or UTF-16 without a byte order mark
				--dct        the date of every imported article that its metadata or file lacks
				--metadata   a table (.tsv or .csv with a header) or JSON lines (.jsonl, one object a
				             line) naming each article by 'file' (or 'filename', 'id': its file name,
				             with or without extension), with 'dct' (or 'publication_date', 'date',
				             'datePublished'), 'title' and 'url'. A metadata.tsv, .csv or .jsonl among
				             the imported files is read the same way.
				The article's date comes from its metadata, else from the page (published time), else
				--dct, else its dateline, else a date in its address or file name (marked estimated:
				confirm it with M in the editor or 'sayso meta --confirm').
				Exit code 1 when any file could not be imported; the others are imported all the same.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var options = Options.parse(args, List.of("--name", "--annotator", "--dct", "--metadata", "--mapping", "--encoding"), List.of());
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
		var imported = new java.util.LinkedHashSet<String>();
		try {
			var listener = new ImportRun.Listener() {
				@Override
				public void note(@NonNull String message) {
					out.println(message);
				}

				@Override
				public void waiting(@NonNull String message) {
					err.println("sayso import: " + message);
				}

				@Override
				public void imported(int done, int total, ArticleImport.@NonNull Outcome outcome) {
					ImportRun.describe(done, total, outcome).forEach(out::println);
					if (outcome.failure() == null && outcome.documentId() != null) {
						imported.add(outcome.documentId());
					}
				}
			};
			var summary = ImportRun.run(root, sources, settings(options), options.value("--name", null), listener,
					new NullProgressMonitor());
			if (summary.total() == 0) {
				out.println("No article files to import.");
			}
			if (summary.failure() != null) {
				err.println("sayso import: " + summary.failure());
			}
			out.println(summary.toText());
			copies(root, imported, out, err);
			return summary.ok() ? SaysoCli.OK : SaysoCli.FAILED;
		} catch (ArticleImportException | StoreException e) {
			err.println("sayso import: " + e.getMessage());
			return SaysoCli.FAILED;
		}
	}

	/** Says which of the articles just imported are copies of others in the project (syndicated stories). */
	private static void copies(Path root, java.util.Set<String> imported, PrintStream out, PrintStream err) {
		if (imported.isEmpty()) {
			return;
		}
		try {
			var project = org.sayso.core.ProjectListing.open(root);
			var lines = org.sayso.core.project.ProjectCopies.ofImported(
					org.sayso.core.project.ProjectCopies.detect(project, message -> err.println("sayso import: " + message)),
					imported);
			lines.forEach(out::println);
			if (!lines.isEmpty()) {
				out.println("(sayso copies " + root + " lists the groups and the shared passages)");
			}
		} catch (org.sayso.core.ProjectListingException e) {
			err.println("sayso import: could not look for copies: " + e.getMessage());
		}
	}

	/** The annotator, DCT, metadata table and mapping given for the import. */
	private static ArticleImport.Settings settings(Options options) throws CliUsageException, ArticleImportException {
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
		var metadata = metadataFile == null ? ArticleMetadata.none() : ArticleMetadata.read(Path.of(metadataFile));
		var mappingFile = options.value("--mapping", null);
		var mapping = mappingFile == null ? BratMapping.PARC : BratMapping.read(Path.of(mappingFile));
		var encodingName = options.value("--encoding", null);
		java.nio.charset.Charset encoding = null;
		if (encodingName != null) {
			try {
				encoding = java.nio.charset.Charset.forName(encodingName);
			} catch (IllegalArgumentException e) {
				throw new CliUsageException("--encoding '" + encodingName + "' is no encoding Java knows; common ones: "
						+ String.join(", ", ArticleImport.Settings.ENCODINGS));
			}
		}
		return new ArticleImport.Settings(annotator, dct, metadata, mapping, encoding);
	}
}
