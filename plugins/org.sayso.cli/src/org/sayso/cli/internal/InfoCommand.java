package org.sayso.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.util.ArrayList;
import org.sayso.core.Counts;
import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;
import org.sayso.io.importer.ArticleImport;
import org.sayso.core.store.SetStates;
import org.sayso.core.store.StoreException;
import org.sayso.model.Document;
import org.sayso.model.ProjectLayout;
import org.sayso.model.SetState;

/**
 * {@code sayso info <project>}: what a project folder holds, from the file names, and for each set only the state it
 * was saved with (finished or still open), read by a scan of its file.
 */
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
				they have annotated and how many of those they marked finished (F in the editor), how
				many documents are curated, and the documents that have no date (DCT) or only one the
				import estimated.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var folder = Options.parse(args, List.of(), List.of()).single("project-folder");
		try {
			var project = ProjectListing.open(Path.of(folder));
			var documentIds = new java.util.HashSet<>(project.documentIds());
			var documents = documentIds.size();
			var orphans = new ArrayList<String>();
			out.println("Project   " + project.layout().root());
			out.println("Documents " + documents);
			var annotators = project.annotators();
			if (annotators.isEmpty()) {
				out.println("Annotators none yet");
			}
			var sets = new ArrayList<java.util.Set<String>>();
			var unreadable = new ArrayList<String>();
			for (var annotator : annotators) {
				var annotated = new ArrayList<String>();
				for (var id : project.annotatedDocumentIds(annotator)) {
					if (documentIds.contains(id)) {
						annotated.add(id);
					} else {
						orphans.add(ProjectLayout.ANNOTATIONS + "/" + annotator + "/" + id + ProjectLayout.XMI_EXTENSION);
					}
				}
				sets.add(new java.util.HashSet<>(annotated));
				int finished = 0;
				for (var id : annotated) {
					var file = project.layout().annotations(annotator, id);
					try {
						finished += SetStates.of(file) == SetState.FINISHED ? 1 : 0;
					} catch (IOException e) {
						unreadable.add(annotator + "/" + id);
					}
				}
				out.printf("Annotator %s: %d of %d documents, %d finished%s%n", annotator, annotated.size(), documents,
						finished, finished < annotated.size() ? " (" + (annotated.size() - finished) + " still open)" : "");
			}
			if (!unreadable.isEmpty()) {
				out.println("Unreadable " + Counts.of(unreadable.size(), "set") + ": " + list(unreadable)
						+ " (sayso validate <project> says what is wrong)");
			}
			var curated = new ArrayList<String>();
			for (var id : project.curatedDocumentIds()) {
				if (documentIds.contains(id)) {
					curated.add(id);
				} else {
					orphans.add(ProjectLayout.CURATION + "/" + id + ProjectLayout.XMI_EXTENSION);
				}
			}
			out.printf("Curated   %d of %d documents%n", curated.size(), documents);
			// a curated set made from one annotator's set is that annotator's work, not an agreement: counted apart
			var single = new ArrayList<String>();
			for (var id : curated) {
				if (sets.stream().filter(set -> set.contains(id)).count() < 2) {
					single.add(id);
				}
			}
			if (!single.isEmpty()) {
				out.println("          " + Counts.of(single.size(), "of them is", "of them are")
						+ " one annotator's set only, agreed by no one: " + list(single));
			}
			var unusable = project.unusableEntries();
			if (!unusable.isEmpty()) {
				out.println("Ignored   " + Counts.of(unusable.size(), "entry", "entries") + " Sayso cannot use by name: "
						+ String.join(", ", unusable) + " (names take letters, digits, '.', '_' and '-'; rename or move them)");
			}
			if (!orphans.isEmpty()) {
				out.println("Orphaned  " + Counts.of(orphans.size(), "set") + " of no document in " + ProjectLayout.DOCUMENTS
						+ "/: " + String.join(", ", orphans) + " (not counted above; restore the article's text, or remove"
						+ " the set)");
			}
			var linksOut = project.linksOut();
			if (!linksOut.isEmpty()) {
				out.println("Links out " + String.join(", ", linksOut) + " (Sayso neither reads nor writes through a link"
						+ " out of the project: put the files themselves in the project)");
			}
			if (Files.exists(project.layout().projectFile())) {
				dates(project.layout().root(), out);
			}
			return SaysoCli.OK;
		} catch (ProjectListingException e) {
			err.println("sayso info: " + e.getMessage());
			return SaysoCli.FAILED;
		}
	}

	/** The documents without a DCT, and those whose DCT the import estimated and nobody confirmed yet. */
	private static void dates(Path root, PrintStream out) {
		List<Document> documents;
		try {
			documents = Projects.open(root).project().getDocuments();
		} catch (StoreException | RuntimeException e) {
			// info reports what the file names tell even when the project file cannot be read
			out.println("Dates     unknown: " + e.getMessage());
			return;
		}
		var missing = documents.stream().filter(d -> d.getDct() == null).map(Document::getId).toList();
		var unconfirmed = documents.stream().filter(InfoCommand::isUnconfirmed).map(Document::getId).toList();
		if (!missing.isEmpty()) {
			out.println("No date   " + Counts.of(missing.size(), "document") + ": " + list(missing)
					+ " (set it: sayso meta <project> --documents ID,... --dct YYYY-MM-DD)");
		}
		if (!unconfirmed.isEmpty()) {
			out.println("Estimated " + Counts.of(unconfirmed.size(), "document") + ", date not confirmed: " + list(unconfirmed)
					+ " (confirm with M in the editor, or sayso meta --confirm)");
		}
	}

	/** Whether the document's DCT was estimated by an import and not confirmed since. */
	static boolean isUnconfirmed(Document document) {
		return ArticleImport.ESTIMATED.equals(document.getDctOrigin());
	}

	private static String list(List<String> ids) {
		return ids.size() <= 10 ? String.join(", ", ids)
				: String.join(", ", ids.subList(0, 10)) + " and " + (ids.size() - 10) + " more";
	}
}
