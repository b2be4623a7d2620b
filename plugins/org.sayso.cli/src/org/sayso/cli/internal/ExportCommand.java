package org.sayso.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;
import org.sayso.io.export.ExportException;
import org.sayso.io.export.ExportFormat;
import org.sayso.io.export.ExportRequest;
import org.sayso.io.export.Exporter;
import org.sayso.io.export.SetSelection;
import org.sayso.core.store.StoreException;

/**
 * {@code sayso export <project> --format F --out DIR}: the project's annotations in a format for ML pipelines or
 * other tools. Progress on stderr, the summary on stdout; exit code 1 when documents were refused for validation.
 */
public final class ExportCommand implements CliCommand {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "Export annotations as UIMA XMI, INCEpTION zips, an EMF corpus, JSON lines, CoNLL BIO columns or brat";
	}

	@Override
	public String usage() {
		return """
				Usage: sayso export <project-folder> --format FORMAT --out FOLDER
				                    [--set curated|all|ANNOTATOR] [--allow-invalid] [--replace]

				Formats:
				  uima-xmi   <docId>.xmi per document and TypeSystem.xml (with --set all:
				             annotations/<annotator>/<docId>.xmi and curation/<docId>.xmi)
				  inception  per document <docId>.zip of <annotator>.xmi (CURATION_USER.xmi for the
				             curated set) and TypeSystem.xml, as INCEpTION imports it
				  emf        sayso-corpus.xmi: project, documents with texts, sets, entities and
				             provenance, with sayso.ecore; 'sayso import' makes a project of it again
				  jsonl      annotations.jsonl: per document and set one JSON object with text, DCT
				             and spans (offsets in UTF-16 code units), speaker links and date values
				  conll      annotations.conll: token, begin, end and BIO columns for speaker, claim,
				             cue and date
				  brat       <docId>.txt and <docId>.ann (with --set all: <docId>_<set>.ann) with
				             annotation.conf and visual.conf: opens in brat; 'sayso import' reads it
				             back (Source, Cue, Content, Date spans, Attribution events, Kind)
				--set       curated (default): the curated sets; ANNOTATOR: that annotator's sets;
				            all: every annotator's set and the curated one
				Documents whose annotations fail validation are refused and listed (exit code 1);
				--allow-invalid exports them anyway and lists their problems in the summary. Sets that
				cannot be read are listed and fail the export too (exit code 1).
				The export is written to a temporary folder beside FOLDER and moved into place when
				complete. FOLDER must be new or empty; --replace replaces a folder that an earlier
				Sayso export wrote (it holds export-summary.json), once the new export is complete
				and only when it did not fail: any other folder is refused. One export at a time
				writes a folder; a second one is refused until the first has finished.
				The summary is printed and kept in FOLDER/export-summary.txt and .json.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var options = Options.parse(args, List.of("--format", "--out", "--set"), List.of("--allow-invalid", "--replace"));
		var projectPath = options.single("project-folder");
		var formatName = options.value("--format", null);
		if (formatName == null) {
			throw new CliUsageException("missing --format (" + ExportFormat.ids() + ")");
		}
		var outPath = options.value("--out", null);
		if (outPath == null) {
			throw new CliUsageException("missing --out FOLDER");
		}
		if (outPath.isBlank()) {
			throw new CliUsageException("--out needs a folder name; an empty one would mean the current folder");
		}
		ExportFormat format;
		SetSelection selection;
		try {
			format = ExportFormat.of(formatName);
			selection = SetSelection.parse(options.value("--set", "curated"));
		} catch (IllegalArgumentException e) {
			throw new CliUsageException(e.getMessage());
		}
		try {
			var store = Projects.open(Path.of(projectPath));
			store.warnings().forEach(w -> err.println("warning: " + w));
			if (selection instanceof SetSelection.Annotator a) {
				var annotators = ProjectListing.open(store.layout().root()).annotators();
				if (!annotators.contains(a.annotator())) {
					err.println("sayso export: " + store.layout().root() + " has no annotator '" + a.annotator()
							+ "'; its annotators are " + (annotators.isEmpty() ? "none yet" : String.join(", ", annotators))
							+ ". Use one of them, curated or all.");
					return SaysoCli.FAILED;
				}
			}
			var request = new ExportRequest(store, format, selection, Path.of(outPath), options.flag("--allow-invalid"),
					options.flag("--replace"));
			var summary = Exporter.export(request, new ProgressLines(err, "export"));
			out.print(summary.toText());
			return summary.failed() ? SaysoCli.FAILED : SaysoCli.OK;
		} catch (StoreException | ExportException | ProjectListingException e) {
			err.println("sayso export: " + e.getMessage());
			return SaysoCli.FAILED;
		} catch (OperationCanceledException e) {
			err.println("sayso export: cancelled; the output folder is unchanged");
			return SaysoCli.FAILED;
		}
	}
}
