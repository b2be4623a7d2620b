package org.sayso.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.ProjectLayout;

/**
 * A run of neighbouring documents of a project (in the project's order, {@code first} being the index of the first),
 * and how a task gets them: the project file, and each document's text, annotators' sets and curated set, copied
 * from the project's file system into a scratch project that lists these documents only. Every annotator's folder is
 * made, so that the part has the project's annotators.
 */
record ProjectPart(String root, int index, int first, List<String> documentIds, List<String> annotators)
		implements Serializable {

	/** A job over a project: its new output folder (checked free), the project as the driver read it, and the parts. */
	record Job(FileSystem outFs, Path output, ProjectInput input, List<ProjectPart> parts) {

		static Job prepare(org.apache.spark.api.java.JavaSparkContext sc, String project, String output, int partitions)
				throws IOException {
			var conf = sc.hadoopConfiguration();
			var out = Shards.hadoop(output);
			var outFs = Shards.fs(out, conf);
			Shards.checkNew(outFs, out);
			var root = Shards.hadoop(project);
			var input = ProjectInput.read(Shards.fs(root, conf), root);
			return new Job(outFs, out, input, of(input, partitions));
		}
	}

	static List<ProjectPart> of(ProjectInput input, int count) {
		var parts = new java.util.ArrayList<ProjectPart>();
		int first = 0;
		for (var slice : input.slices(count)) {
			parts.add(new ProjectPart(input.root, parts.size(), first, slice, input.annotators));
			first += slice.size();
		}
		return parts;
	}

	ProjectStore fetch(java.nio.file.Path scratch) throws IOException {
		var root = new Path(this.root);
		var fs = Shards.fs(root, new org.apache.hadoop.conf.Configuration());
		var local = scratch.resolve("project");
		var layout = new ProjectLayout(local);
		Shards.fetch(fs, new Path(root, ProjectLayout.PROJECT_FILE), layout.projectFile());
		Files.createDirectories(layout.documentsFolder());
		for (var annotator : annotators) {
			Files.createDirectories(layout.annotatorFolder(annotator));
		}
		for (var id : documentIds) {
			Shards.fetch(fs, new Path(root, ProjectLayout.DOCUMENTS + "/" + layout.text(id).getFileName()), layout.text(id));
			for (var annotator : annotators) {
				var file = layout.annotatorFolder(annotator).resolve(id + ProjectLayout.XMI_EXTENSION);
				Shards.fetch(fs, new Path(root, ProjectLayout.ANNOTATIONS + "/" + annotator + "/" + file.getFileName()), file);
			}
			var curated = layout.curationFolder().resolve(id + ProjectLayout.XMI_EXTENSION);
			Shards.fetch(fs, new Path(root, ProjectLayout.CURATION + "/" + curated.getFileName()), curated);
		}
		try {
			var store = ProjectStore.open(local);
			var wanted = new HashSet<>(documentIds);
			store.project().getDocuments().removeIf(d -> !wanted.contains(d.getId()));
			return store;
		} catch (StoreException e) {
			throw new SparkJobException(this.root + ": " + e.getMessage(), e);
		}
	}
}
