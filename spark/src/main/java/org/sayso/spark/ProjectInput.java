package org.sayso.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sayso.core.Json;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.Document;

/**
 * A Sayso project on a Hadoop file system as the driver sees it: its project file (documents, titles, dates,
 * registered speakers) read through a scratch copy, and its annotators from the folders under {@code annotations/}.
 */
final class ProjectInput {

	final String root;
	final List<String> documentIds;
	final List<String> annotators;
	final String name;

	private ProjectInput(String root, List<String> documentIds, List<String> annotators, String name) {
		this.root = root;
		this.documentIds = documentIds;
		this.annotators = annotators;
		this.name = name;
	}

	static ProjectInput read(FileSystem fs, Path root) throws IOException {
		var scratch = Shards.scratch("project");
		try {
			var store = open(fs, root, scratch);
			var ids = store.project().getDocuments().stream().map(Document::getId).toList();
			return new ProjectInput(root.toString(), ids, Shards.folders(fs, new Path(root, "annotations")).stream()
					.filter(org.sayso.model.ProjectLayout::isSafeName).toList(),
					store.project().getName());
		} finally {
			Shards.delete(scratch);
		}
	}

	/** The project file alone in a scratch folder, opened: its documents listed, their texts not there. */
	static ProjectStore open(FileSystem fs, Path root, java.nio.file.Path scratch) throws IOException {
		var local = scratch.resolve("project");
		if (!Shards.fetch(fs, new Path(root, "sayso.project"), local.resolve("sayso.project"))) {
			throw new SparkJobException(root + " is no Sayso project (it has no sayso.project): give the project's folder.");
		}
		try {
			java.nio.file.Files.createDirectories(local.resolve(org.sayso.model.ProjectLayout.DOCUMENTS));
			return ProjectStore.open(local);
		} catch (StoreException e) {
			throw new SparkJobException(root + "/sayso.project: " + e.getMessage(), e);
		}
	}

	/** The project's documents as a metadata table in JSON lines, as {@code sayso import --metadata} reads one. */
	static String metadataOf(FileSystem fs, Path root) throws IOException {
		var scratch = Shards.scratch("project");
		try {
			var lines = new StringBuilder();
			for (var d : open(fs, root, scratch).project().getDocuments()) {
				new Json(lines).beginObject().name("file").value(d.getId() + ".txt").name("dct").value(d.getDct())
						.name("title").value(d.getTitle()).name("url").value(d.getSourceUri()).endObject();
				lines.append('\n');
			}
			return lines.toString();
		} finally {
			Shards.delete(scratch);
		}
	}

	/** The documents in {@code count} groups of neighbours, in the project's order. */
	List<List<String>> slices(int count) {
		var slices = new ArrayList<List<String>>();
		int size = Math.max(1, (documentIds.size() + count - 1) / Math.max(1, count));
		for (int i = 0; i < documentIds.size(); i += size) {
			slices.add(List.copyOf(documentIds.subList(i, Math.min(documentIds.size(), i + size))));
		}
		return slices;
	}
}
