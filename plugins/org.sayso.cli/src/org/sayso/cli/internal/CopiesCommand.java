package org.sayso.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.core.Counts;
import org.sayso.core.Json;
import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;
import org.sayso.core.copies.CopyDetector;
import org.sayso.core.project.ProjectCopies;

/** {@code sayso copies <project>}: the articles that are copies of one another, and the passages they share. */
public final class CopiesCommand implements CliCommand {

	/** Characters of a passage shown in the listing; the offsets give the whole. */
	private static final int EXCERPT = 70;

	@Override
	public String name() {
		return "copies";
	}

	@Override
	public String summary() {
		return "List the articles that are copies of one another (syndicated stories), with what they share";
	}

	@Override
	public String usage() {
		return """
				Usage: sayso copies <project-folder> [--threshold SHARE] [--json]

				Groups the project's articles that are copies of one another: a wire story and its
				republications, with a new headline, paragraphs moved, the ending cut or a caption
				added. For each pair: the share of the shorter article's text found in the other
				(word for word, case and punctuation aside) and the passages they share, as
				character offsets and an excerpt.

				  --threshold SHARE   the share from which two articles are copies (default 0.5)
				  --json              the groups and pairs as JSON on stdout""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var options = Options.parse(args, List.of("--threshold"), List.of("--json"));
		var folder = options.single("project-folder");
		double threshold;
		try {
			threshold = Double.parseDouble(options.value("--threshold", String.valueOf(CopyDetector.DEFAULT_THRESHOLD)));
		} catch (NumberFormatException e) {
			throw new CliUsageException("--threshold takes a share between 0 and 1, such as 0.5");
		}
		if (!(threshold > 0 && threshold <= 1)) {
			throw new CliUsageException("--threshold takes a share above 0 and at most 1, not " + threshold);
		}
		List<CopyDetector.Text> texts;
		try {
			texts = texts(ProjectListing.open(Path.of(folder)), err);
		} catch (ProjectListingException e) {
			err.println("sayso copies: " + e.getMessage());
			return SaysoCli.FAILED;
		}
		var result = new CopyDetector(threshold).detect(texts);
		if (options.flag("--json")) {
			out.println(json(result));
			return SaysoCli.OK;
		}
		out.printf(Locale.ROOT, "%s of copies among %s (copies share at least %.0f%% of the shorter text)%n",
				Counts.of(result.groups().size(), "group"), Counts.of(result.texts(), "article"), threshold * 100);
		int number = 1;
		for (var group : result.groups()) {
			out.println("Group " + number++ + ": " + String.join(", ", group.ids()));
			for (var pair : result.pairs()) {
				if (!group.ids().contains(pair.a())) {
					continue;
				}
				out.printf(Locale.ROOT, "  %s ~ %s: %.0f%% shared, %s%n", pair.a(), pair.b(), pair.share() * 100,
						Counts.of(pair.passages().size(), "passage"));
				var a = text(texts, pair.a());
				for (var passage : pair.passages()) {
					out.printf(Locale.ROOT, "    %d-%d / %d-%d  \"%s\"%n", passage.beginA(), passage.endA(), passage.beginB(),
							passage.endB(), excerpt(a.substring(passage.beginA(), passage.endA())));
				}
			}
		}
		return SaysoCli.OK;
	}

	/** The texts of the project's articles; an article whose text cannot be read is named and left out. */
	static List<CopyDetector.Text> texts(ProjectListing project, PrintStream err) throws ProjectListingException {
		return ProjectCopies.texts(project, message -> err.println("sayso copies: " + message));
	}

	private static String text(List<CopyDetector.Text> texts, String id) {
		return texts.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().text();
	}

	private static String excerpt(String passage) {
		var flat = passage.replaceAll("\\s+", " ");
		return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "\u2026";
	}

	private static String json(CopyDetector.Result result) {
		var json = new Json().beginObject().name("articles").value(result.texts()).name("groups").beginArray();
		for (var group : result.groups()) {
			json.beginArray();
			group.ids().forEach(json::value);
			json.endArray();
		}
		json.endArray().name("pairs").beginArray();
		for (var pair : result.pairs()) {
			json.beginObject().name("a").value(pair.a()).name("b").value(pair.b()).name("share").value(pair.share())
					.name("passages").beginArray();
			for (var p : pair.passages()) {
				json.beginObject().name("beginA").value(p.beginA()).name("endA").value(p.endA()).name("beginB")
						.value(p.beginB()).name("endB").value(p.endB()).endObject();
			}
			json.endArray().endObject();
		}
		return json.endArray().endObject().toString();
	}
}
