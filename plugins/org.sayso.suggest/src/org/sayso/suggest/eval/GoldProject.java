package org.sayso.suggest.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.ProjectLayout;

/**
 * Writes a project from a folder of {@link GoldMarkup} files: each {@code <id>.txt} becomes document {@code <id>}
 * (its DCT from the {@code #dct} line) and the annotator's set. Articles and sets already in the project are left
 * as they are, so that a hand-corrected set is never overwritten.
 */
public final class GoldProject {

	private GoldProject() {
	}

	/** The markup files of a folder, sorted by name. */
	public static List<Path> markupFiles(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			return files.filter(f -> f.toString().endsWith(ProjectLayout.TEXT_EXTENSION)).sorted().toList();
		}
	}

	/** Adds what is missing; returns the ids of the sets written. */
	public static List<String> write(Path markup, Path project, String annotator) throws IOException, StoreException {
		var store = Files.exists(project.resolve(ProjectLayout.PROJECT_FILE)) ? ProjectStore.open(project)
				: ProjectStore.create(project, project.getFileName().toString());
		var written = new ArrayList<String>();
		for (var file : markupFiles(markup)) {
			var id = ProjectLayout.docIdOf(file.getFileName().toString());
			GoldMarkup.Parsed parsed;
			try {
				parsed = GoldMarkup.parse(Files.readString(file, StandardCharsets.UTF_8), annotator);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(file + ": " + e.getMessage() + "; correct the markup", e);
			}
			var document = store.project().getDocuments().stream().filter(d -> d.getId().equals(id)).findFirst()
					.orElse(null);
			if (document == null) {
				document = store.addDocument(id, parsed.text());
				document.setDct(parsed.dct());
				document.setDctOrigin("manual");
				store.saveProject(false);
			}
			if (Files.exists(store.layout().annotations(annotator, id))) {
				continue;
			}
			var opened = store.openSet(document, annotator);
			var set = opened.set();
			set.getEntities().addAll(parsed.set().getEntities());
			set.getAnnotations().addAll(parsed.set().getAnnotations());
			store.save(opened, false);
			written.add(id);
		}
		return written;
	}
}
