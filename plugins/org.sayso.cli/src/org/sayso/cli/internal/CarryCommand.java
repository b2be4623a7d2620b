package org.sayso.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.core.Counts;
import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;
import org.sayso.core.copies.AnnotationCarrier;
import org.sayso.core.copies.CopyDetector;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.ProjectLayout;

/**
 * {@code sayso project-annotations <project> --from DOC[/SET]}: carries one article's annotations to its copies, as
 * suggestions of origin "projected" in an annotator's set of each copy, saved through the store.
 */
public final class CarryCommand implements CliCommand {

	@Override
	public String name() {
		return "project-annotations";
	}

	@Override
	public String summary() {
		return "Carry an article's annotations to its copies, as suggestions to review";
	}

	@Override
	public String usage() {
		return """
				Usage: sayso project-annotations <project-folder> --from DOC[/SET] [--to DOC,...] [--annotator NAME]

				Carries the annotations of DOC to each copy of it (the articles 'sayso copies' groups
				with it, or those given with --to): every annotation whose whole span the copy has
				unchanged goes to the same words there, as a suggestion (origin "projected") that the
				annotator reviews like any other (A accepts, R rejects). A claim keeps its links to the
				speakers and cues carried with it. What stays behind is listed with the reason.

				  SET          whose annotations of DOC: an annotator, or "curated" (the default when
				               DOC has a curated set; else DOC's only annotator)
				  --to         the articles to carry to, instead of DOC's copies
				  --annotator  whose sets of the copies receive them (default: the system user name)""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var options = Options.parse(args, List.of("--from", "--to", "--annotator"), List.of());
		var folder = Path.of(options.single("project-folder"));
		var from = options.value("--from", null);
		if (from == null) {
			throw new CliUsageException("--from DOC[/SET] names the annotated article to carry from");
		}
		var annotator = options.value("--annotator", SuggestCommand.systemUser());
		if (!ProjectLayout.isSafeName(annotator)) {
			throw new CliUsageException("'" + annotator + "' cannot be an annotator name: use letters, digits, '.', '_' and '-'");
		}
		var sourceId = from.contains("/") ? from.substring(0, from.indexOf('/')) : from;
		var sourceSet = from.contains("/") ? from.substring(from.indexOf('/') + 1) : null;
		try {
			var store = Projects.open(folder, "project-annotations", err);
			var source = store.document(sourceId);
			var sourceText = store.text(source);
			var set = sourceSet(store, folder, sourceId, sourceSet);
			var opened = "curated".equals(set) ? store.openCuratedSet(source, null) : store.openSet(source, set);
			var targets = new ArrayList<String>();
			options.values("--to").forEach(v -> List.of(v.split(",")).forEach(id -> targets.add(id.trim())));
			if (targets.isEmpty()) {
				var copies = new CopyDetector(CopyDetector.DEFAULT_THRESHOLD)
						.detect(CopiesCommand.texts(ProjectListing.open(folder), err));
				copies.pairsOf(sourceId).forEach(p -> targets.add(p.a().equals(sourceId) ? p.b() : p.a()));
				if (targets.isEmpty()) {
					out.println(sourceId + " has no copy in the project: nothing to carry ('sayso copies' lists the copies).");
					return SaysoCli.OK;
				}
			}
			out.printf(Locale.ROOT, "Carrying %s of %s's %s set to %s, into %s's sets%n",
					Counts.of(opened.set().getAnnotations().size(), "annotation"), sourceId, set, String.join(", ", targets),
					annotator);
			int total = 0;
			for (var id : targets) {
				var target = store.document(id);
				var receiving = store.openSet(target, annotator);
				var report = AnnotationCarrier.carry(sourceText, opened.set(), store.text(target), receiving.set(),
						annotator);
				if (report.carried() > 0) {
					store.save(receiving, false);
				}
				total += report.carried();
				out.printf(Locale.ROOT, "%s: carried %s, %d left behind%n", id, Counts.of(report.carried(), "annotation"),
						report.left().size());
				for (var left : report.left()) {
					var a = left.annotation();
					out.printf(Locale.ROOT, "  %s %d-%d \"%s\": %s%n", org.sayso.core.AnnotationKind.of(a).id(), a.getBegin(),
							a.getEnd(), excerpt(sourceText, a.getBegin(), a.getEnd()), left.reason());
				}
			}
			out.println("Carried " + Counts.of(total, "annotation") + " in all, as suggestions to review (origin projected).");
			return SaysoCli.OK;
		} catch (StoreException | ProjectListingException e) {
			err.println("sayso project-annotations: " + e.getMessage());
			return SaysoCli.FAILED;
		}
	}

	/** The set to carry from: the one named, else the curated set, else the document's only annotator's. */
	private static String sourceSet(ProjectStore store, Path folder, String id, String named) throws StoreException {
		if (named != null) {
			return named;
		}
		var layout = store.layout();
		if (Files.isRegularFile(layout.curationFolder().resolve(id + ProjectLayout.XMI_EXTENSION))) {
			return "curated";
		}
		var annotators = new ArrayList<String>();
		try {
			for (var annotator : ProjectListing.open(folder).annotators()) {
				if (Files.isRegularFile(layout.annotations(annotator, id))) {
					annotators.add(annotator);
				}
			}
		} catch (ProjectListingException e) {
			throw new StoreException(e.getMessage());
		}
		if (annotators.size() == 1) {
			return annotators.get(0);
		}
		throw new StoreException(annotators.isEmpty() ? id + " has no annotations to carry: annotate it first"
				: id + " has several annotators' sets (" + String.join(", ", annotators) + ") and no curated set: say"
						+ " whose with --from " + id + "/NAME");
	}

	private static String excerpt(String text, int begin, int end) {
		var s = text.substring(Math.max(0, begin), Math.min(text.length(), end)).replaceAll("\\s+", " ");
		return s.length() <= 50 ? s : s.substring(0, 49) + "\u2026";
	}
}
