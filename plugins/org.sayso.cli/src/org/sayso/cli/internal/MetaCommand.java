package org.sayso.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.core.store.FolderLock;
import org.sayso.core.store.StoreException;
import org.sayso.model.Document;

/**
 * {@code sayso meta <project> --documents ID,... [--dct DATE] [--title TITLE]}: sets the article metadata that an
 * import could not find, or confirms a DCT that it estimated.
 */
public final class MetaCommand implements CliCommand {

	@Override
	public String name() {
		return "meta";
	}

	@Override
	public String summary() {
		return "Set or confirm the date (DCT) and title of articles";
	}

	@Override
	public String usage() {
		return """
				Usage: sayso meta <project-folder> --documents ID,...|--all [--dct YYYY-MM-DD|--confirm] [--title TITLE]

				Sets the article's date (DCT), against which relative dates are resolved, and its title, for
				the documents named (or --all of them). --confirm keeps the DCTs the import estimated from
				the text and marks them confirmed. Without --dct, --confirm or --title, lists the documents'
				dates and titles. Date values already annotated are not changed: the editor recomputes them
				when the DCT changes there (M).""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var options = Options.parse(args, List.of("--documents", "--dct", "--title"), List.of("--all", "--confirm"));
		var folder = options.single("project-folder");
		var ids = options.values("--documents").stream().flatMap(v -> List.of(v.split(",")).stream())
				.map(String::strip).filter(id -> !id.isEmpty()).toList();
		if (ids.isEmpty() == !options.flag("--all")) {
			throw new CliUsageException("name the documents with --documents ID,... or give --all");
		}
		var dct = options.value("--dct", null);
		if (dct != null) {
			try {
				LocalDate.parse(dct);
			} catch (DateTimeParseException e) {
				throw new CliUsageException("--dct '" + dct + "' is not a date as YYYY-MM-DD");
			}
			if (options.flag("--confirm")) {
				throw new CliUsageException("--dct sets a date, --confirm keeps the estimated one: give one of them");
			}
		}
		var title = options.value("--title", null);
		try (var lock = FolderLock.acquire(Path.of(folder), "meta", waiting -> err.println("sayso meta: " + waiting))) {
			var store = Projects.open(Path.of(folder), "meta", err);
			var documents = new ArrayList<Document>();
			if (options.flag("--all")) {
				documents.addAll(store.project().getDocuments());
			} else {
				for (var id : ids) {
					documents.add(store.document(id));
				}
			}
			if (dct == null && title == null && !options.flag("--confirm")) {
				documents.forEach(d -> out.printf("%s\t%s\t%s\t%s%n", d.getId(), d.getDct() == null ? "-" : d.getDct(),
						d.getDctOrigin() == null ? "-" : d.getDctOrigin(), d.getTitle() == null ? "" : d.getTitle()));
				return SaysoCli.OK;
			}
			int changed = 0;
			for (var document : documents) {
				changed += changed(document, dct, title, options.flag("--confirm")) ? 1 : 0;
			}
			if (changed > 0) {
				store.saveProject(false);
			}
			out.printf("%d of %d document(s) changed%n", changed, documents.size());
			return SaysoCli.OK;
		} catch (StoreException e) {
			err.println("sayso meta: " + e.getMessage());
			return SaysoCli.FAILED;
		}
	}

	/** Applies the options to one document; whether anything changed. */
	private static boolean changed(Document document, String dct, String title, boolean confirm) {
		boolean changed = false;
		if (dct != null && (!dct.equals(document.getDct()) || !"manual".equals(document.getDctOrigin()))) {
			document.setDct(dct);
			document.setDctOrigin("manual");
			changed = true;
		}
		if (confirm && document.getDct() != null && InfoCommand.isUnconfirmed(document)) {
			document.setDctOrigin("manual");
			changed = true;
		}
		if (title != null && !title.equals(document.getTitle())) {
			document.setTitle(title);
			changed = true;
		}
		return changed;
	}
}
