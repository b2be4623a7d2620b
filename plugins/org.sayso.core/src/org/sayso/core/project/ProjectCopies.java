package org.sayso.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;
import org.sayso.core.copies.CopyDetector;

/** The copies among a project's articles: their texts read from the project folder, and what an import adds. */
public final class ProjectCopies {

	private ProjectCopies() {
	}

	/** The texts of the project's articles; an article whose text cannot be read is told to {@code unreadable}. */
	public static List<CopyDetector.Text> texts(ProjectListing project, Consumer<String> unreadable)
			throws ProjectListingException {
		var texts = new ArrayList<CopyDetector.Text>();
		for (var id : project.documentIds()) {
			var file = project.layout().text(id);
			try {
				texts.add(new CopyDetector.Text(id, Files.readString(file)));
			} catch (IOException e) {
				unreadable.accept("cannot read " + file + " (" + org.sayso.core.IoProblems.reason(e) + "); it is left out");
			}
		}
		return texts;
	}

	/** The copies among the project's articles, at the default share. */
	public static CopyDetector.Result detect(ProjectListing project, Consumer<String> unreadable)
			throws ProjectListingException {
		return new CopyDetector(CopyDetector.DEFAULT_THRESHOLD).detect(texts(project, unreadable));
	}

	/** One line per pair with an article just imported: "Copy: a ~ b, 92% shared". */
	public static List<String> ofImported(CopyDetector.Result result, Set<String> imported) {
		var lines = new ArrayList<String>();
		for (var pair : result.pairs()) {
			if (imported.contains(pair.a()) || imported.contains(pair.b())) {
				lines.add(String.format(Locale.ROOT, "Copy: %s ~ %s, %.0f%% shared", pair.a(), pair.b(), pair.share() * 100));
			}
		}
		return lines;
	}
}
