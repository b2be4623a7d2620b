package org.sayso.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sayso.core.Counts;
import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.Document;
import org.sayso.model.ProjectLayout;
import org.sayso.suggest.ProjectSuggestions;

/**
 * {@code sayso suggest <project>}: adds suggested speakers, claims, cues and dates to an annotator's sets, one
 * document at a time (progress on stderr, a summary on stdout). Each set is saved atomically as soon as its
 * document is done, so an interrupted run keeps what it finished.
 */
public final class SuggestCommand implements CliCommand {

	@Override
	public String name() {
		return "suggest";
	}

	@Override
	public String summary() {
		return "Suggest speakers, claims, cues and dates in an annotator's sets";
	}

	@Override
	public String usage() {
		return """
				Usage: sayso suggest <project-folder> [--documents ID,...] [--annotator NAME]

				Adds suggestions (origin "suggested") to the annotator's set of every document, or of
				the documents listed: speakers grouped into entities, claims (direct, indirect, mixed)
				with their cue and speaker, and dates normalized against the article's date (DCT). A
				document without a DCT gets the one its dateline gives. Nothing the annotator made is
				changed or duplicated, and suggestions they rejected are not made again.
				--annotator defaults to the system user name.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var options = Options.parse(args, List.of("--documents", "--annotator"), List.of());
		var folder = options.single("project-folder");
		var annotator = options.value("--annotator", systemUser());
		if (!ProjectLayout.isSafeName(annotator)) {
			throw new CliUsageException("'" + annotator + "' cannot be an annotator name: use letters, digits, '.', '_' and '-'");
		}
		var wanted = new ArrayList<String>();
		options.values("--documents").forEach(v -> wanted.addAll(List.of(v.split(","))));
		ProjectStore store;
		try {
			store = Projects.open(Path.of(folder), "suggest", err);
		} catch (StoreException e) {
			err.println("sayso suggest: " + e.getMessage());
			return SaysoCli.FAILED;
		}
		var documents = new ArrayList<Document>();
		for (var id : wanted) {
			try {
				documents.add(store.document(id.trim()));
			} catch (StoreException e) {
				err.println("sayso suggest: " + e.getMessage());
				return SaysoCli.FAILED;
			}
		}
		if (wanted.isEmpty()) {
			documents.addAll(store.project().getDocuments());
		}
		for (var document : documents) {
			if (document.getDct() != null && !org.sayso.core.dates.DctValue.isValid(document.getDct())) {
				err.println("sayso suggest: document '" + document.getId() + "' has the article date '" + document.getDct()
						+ "', which is no date as YYYY-MM-DD: it is kept, and its relative dates get no value. Set it: sayso"
						+ " meta " + folder + " --documents " + document.getId() + " --dct YYYY-MM-DD");
			}
		}
		int total = documents.size();
		int[] done = { 0 };
		// a percentage on stderr at most once a second, so that a long document shows progress too
		var result = ProjectSuggestions.run(store, documents, annotator, new ProgressLines(err, "suggest"), each -> {
			var where = "[" + ++done[0] + "/" + total + "] " + each.document().getId() + ": ";
			if (each.error() != null) {
				err.println(where + each.error());
				return;
			}
			if (each.foreignCopy() != null) {
				err.println(where + each.file() + " held data Sayso cannot hold (" + String.join("; ", each.foreignReport())
						+ "); the file as it was is kept as " + each.foreignCopy());
			}
			var report = each.report();
			err.printf("%s%s, %s, %s, %s suggested%s%s%n", where, Counts.of(report.speakers(), "speaker"),
					Counts.of(report.claims(), "claim"), Counts.of(report.cues(), "cue"), Counts.of(report.dates(), "date"),
					report.skipped() > 0 ? ", " + report.skipped() + " left out" : "",
					report.dctFromDateline() ? ", DCT " + report.dct() + " from the dateline" : "");
		});
		int failed = result.failed();
		if (result.projectError() != null) {
			err.println("sayso suggest: " + result.projectError());
			failed++;
		}
		out.printf("%d suggestions added to %d of %d documents for %s%s%n", result.added(), total - result.failed(),
				total, annotator, failed > 0 ? "; " + failed + " failed (see above)" : "");
		return failed > 0 ? SaysoCli.FAILED : SaysoCli.OK;
	}

	/** The system user as an annotator name, as the editor names a new annotator. */
	static String systemUser() {
		var name = System.getProperty("user.name", "annotator").replaceAll("[^\\p{L}\\p{N}._-]", "-");
		return ProjectLayout.isSafeName(name) ? name : "annotator";
	}
}
