package org.sayso.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.core.Counts;
import org.sayso.core.Json;
import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;
import org.sayso.core.copies.ClaimClusters;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.ProjectLayout;

/**
 * {@code sayso claims <project> --across}: who said what, and where it was reported: the claims that say the same
 * thing by the same speaker in several articles.
 */
public final class ClaimsCommand implements CliCommand {

	@Override
	public String name() {
		return "claims";
	}

	@Override
	public String summary() {
		return "List the claims reported in several articles (one quote, many outlets)";
	}

	@Override
	public String usage() {
		return """
				Usage: sayso claims <project-folder> --across [--json]

				Lists each claim reported in two articles or more: the speaker, what was said and the
				articles with their dates. Claims are the same when their speaker has the same name and
				their words nearly match (a quote trimmed or its punctuation changed is the same claim).
				An article's curated set is read when it has one, else every annotator's set; suggestions
				not reviewed yet are left out.

				  --json   the clusters as JSON on stdout""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var options = Options.parse(args, List.of(), List.of("--across", "--json"));
		var folder = Path.of(options.single("project-folder"));
		if (!options.flag("--across")) {
			throw new CliUsageException("say --across: sayso claims lists the claims reported across articles");
		}
		List<ClaimClusters.Cluster> clusters;
		try {
			clusters = ClaimClusters.of(articles(folder, err));
		} catch (StoreException | ProjectListingException e) {
			err.println("sayso claims: " + e.getMessage());
			return SaysoCli.FAILED;
		}
		if (options.flag("--json")) {
			out.println(json(clusters));
			return SaysoCli.OK;
		}
		out.println(Counts.of(clusters.size(), "claim") + " reported in several articles");
		for (var cluster : clusters) {
			out.println(cluster.id() + " " + cluster.speaker() + ": \u201c" + cluster.content() + "\u201d");
			for (var r : cluster.reports()) {
				out.println("    " + r.documentId() + (r.dct() == null ? "" : " (" + r.dct() + ")") + " " + r.begin() + "-"
						+ r.end());
			}
		}
		return SaysoCli.OK;
	}

	/** The project's articles with the set to read of each: the curated one, else each annotator's. */
	static List<ClaimClusters.Article> articles(Path folder, PrintStream err) throws StoreException, ProjectListingException {
		var store = ProjectStore.open(folder);
		var listing = ProjectListing.open(folder);
		var annotators = listing.annotators();
		var articles = new ArrayList<ClaimClusters.Article>();
		for (var document : store.project().getDocuments()) {
			var id = document.getId();
			var text = store.text(document);
			var layout = store.layout();
			try {
				if (Files.isRegularFile(layout.curationFolder().resolve(id + ProjectLayout.XMI_EXTENSION))) {
					articles.add(new ClaimClusters.Article(id, document.getDct(), text,
							store.openCuratedSet(document, null).set()));
					continue;
				}
				for (var annotator : annotators) {
					if (Files.isRegularFile(layout.annotations(annotator, id))) {
						articles.add(new ClaimClusters.Article(id, document.getDct(), text,
								store.openSet(document, annotator).set()));
					}
				}
			} catch (StoreException e) {
				err.println("sayso claims: " + e.getMessage() + " (left out)");
			}
		}
		return articles;
	}

	private static String json(List<ClaimClusters.Cluster> clusters) {
		var json = new Json().beginArray();
		for (var c : clusters) {
			json.beginObject().name("id").value(c.id()).name("speaker").value(c.speaker()).name("content")
					.value(c.content()).name("reports").beginArray();
			for (var r : c.reports()) {
				json.beginObject().name("document").value(r.documentId()).name("dct").value(r.dct()).name("begin")
						.value(r.begin()).name("end").value(r.end()).endObject();
			}
			json.endArray().endObject();
		}
		return json.endArray().toString();
	}
}
