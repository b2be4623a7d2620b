package org.sayso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.sayso.core.ProjectListing;
import org.sayso.core.store.ProjectStore;

/**
 * Listing a project of 10,000 documents with three annotators, against a bare directory listing of the same
 * folders. Target: the list of documents is ready in under 2 s.
 */
final class ProjectListingBench {

	static final int DOCUMENTS = 10_000;

	static void run(Report report, Path scratch) throws Exception {
		report.section("Project of " + DOCUMENTS + " documents: open it, list documents and annotators");
		var root = scratch.resolve("listing");
		createProject(root);

		var store = ProjectStore.open(root);
		for (var document : store.project().getDocuments()) {
			document.setTitle("Story " + document.getId());
			document.setDct("2024-05-02");
			document.setSourceUri("https://news.example/" + document.getId());
		}
		store.saveProject(true);

		var opened = Measurement.of("ProjectStore.open: sayso.project + documents/ listing", 2, 5, () -> {
			check(ProjectStore.open(root).project().getDocuments().size() == DOCUMENTS);
		});
		var measured = Measurement.of("ProjectListing: documents, annotators, their files", 3, 10, () -> {
			var project = ProjectListing.open(root);
			int total = project.documentIds().size();
			for (var annotator : project.annotators()) {
				total += project.annotatedDocumentIds(annotator).size();
			}
			check(total == DOCUMENTS * 4);
		});
		var baseline = Measurement.of("baseline: Files.list of the same four folders", 3, 10, () -> {
			long total = count(root.resolve("documents"));
			for (var annotator : new String[] { "ana", "ben", "chen" }) {
				total += count(root.resolve("annotations").resolve(annotator));
			}
			check(total == DOCUMENTS * 4);
		});
		report.absolute(opened, baseline, 2000);
		report.absolute(measured, baseline, 2000);
	}

	private static long count(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}

	private static void createProject(Path root) throws IOException {
		var documents = Files.createDirectories(root.resolve("documents"));
		var annotators = new String[] { "ana", "ben", "chen" };
		for (var annotator : annotators) {
			Files.createDirectories(root.resolve("annotations").resolve(annotator));
		}
		for (int i = 0; i < DOCUMENTS; i++) {
			var id = String.format("story-%05d", i);
			Files.writeString(documents.resolve(id + ".txt"), "BERLIN (Sayso Wire) May 2, 2024 - Story " + i + ".");
			for (var annotator : annotators) {
				Files.writeString(root.resolve("annotations").resolve(annotator).resolve(id + ".xmi"), "<xmi/>");
			}
		}
	}

	private static void check(boolean condition) {
		if (!condition) {
			throw new IllegalStateException("benchmark produced a wrong result");
		}
	}

	private ProjectListingBench() {
	}
}
