package org.sayso.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.io.export.ExportFormat;
import org.sayso.io.export.ExportRequest;
import org.sayso.io.export.Exporter;
import org.sayso.io.export.SetSelection;
import org.sayso.io.importer.ArticleImport;
import org.sayso.io.importer.ArticleMetadata;
import org.sayso.io.importer.BratMapping;
import org.sayso.model.Document;
import org.sayso.suggest.ProjectSuggestions;


/**
 * {@code suggest}: articles ({@code .txt}, {@code .html}, {@code .htm}; folders, files or globs on any Hadoop file
 * system, and the {@code documents/} of Sayso projects) to one suggested set per article, as {@code sayso import}
 * and {@code sayso suggest} make it. Each partition imports its articles into a scratch project, suggests, and
 * gives either JSON lines ({@code sayso export --format jsonl} of that set) or a Sayso project of its own
 * ({@code part-NNNNN/}: {@code sayso.project}, {@code documents/}, {@code annotations/<annotator>/}). The suggestion
 * models load once per executor JVM and serve all its tasks.
 */
final class SuggestJob {

	/** What one article became: its document id and JSON line, or why it failed. */
	record Outcome(String file, String documentId, String line, String failure) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	record Settings(List<String> inputs, String output, String format, String metadata, String annotator, String name,
			int partitions) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	private SuggestJob() {
	}

	static JobSummary run(JavaSparkContext sc, Settings settings) throws IOException {
		if (!settings.format().equals("jsonl") && !settings.format().equals("xmi")) {
			throw new SparkJobException("--format is jsonl or xmi, not '" + settings.format() + "'");
		}
		var conf = sc.hadoopConfiguration();
		var output = Shards.hadoop(settings.output());
		var outFs = Shards.fs(output, conf);
		Shards.checkNew(outFs, output);
		var inputs = new ArrayList<String>();
		var metadata = new StringBuilder();
		if (settings.metadata() != null) {
			var path = Shards.hadoop(settings.metadata());
			var fs = Shards.fs(path, conf);
			if (!fs.exists(path)) {
				throw new SparkJobException("the metadata file " + path + " does not exist: give the table of the articles'"
						+ " dates and titles (see sayso import --help), or leave --metadata out.");
			}
			try (var in = fs.open(path)) {
				metadata.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		String metadataName = settings.metadata() == null ? "metadata.tsv" : Shards.hadoop(settings.metadata()).getName();
		for (var input : settings.inputs()) {
			var path = Shards.hadoop(input);
			var fs = Shards.fs(path, conf);
			if (fs.exists(new org.apache.hadoop.fs.Path(path, "sayso.project"))) {
				// a Sayso project: its documents, with the titles and dates its project file gives them
				if (settings.metadata() != null) {
					throw new SparkJobException(input + " is a Sayso project, whose documents have their dates already:"
							+ " --metadata is for folders of articles.");
				}
				metadata.append(ProjectInput.metadataOf(fs, path));
				metadataName = "metadata.jsonl";
				inputs.add(new org.apache.hadoop.fs.Path(path, "documents").toString());
			} else {
				inputs.add(input);
			}
		}
		if (!metadata.isEmpty()) {
			checkMetadata(metadata.toString(), metadataName, settings.metadata());
		}
		Broadcast<byte[]> table = sc.broadcast(metadata.toString().getBytes(StandardCharsets.UTF_8));
		String tableName = metadataName;
		// the driver lists the files (as Spark lists a folder's), the tasks read them: many small files are cheaper
		// cut into even runs than combined into splits
		var files = list(inputs, conf);
		if (files.isEmpty()) {
			throw new SparkJobException("no article (.txt, .html, .htm) in " + String.join(", ", settings.inputs())
					+ ": give the folders, files or globs of the articles.");
		}
		String staging = Commit.staging(output).toString();
		JavaRDD<Outcome> outcomes = sc.parallelize(files, Math.max(1, Math.min(settings.partitions(), files.size())))
				.mapPartitionsWithIndex((partition, articles) -> suggest(partition, articles, settings, table.value(),
						tableName, staging), false);
		var summary = new JobSummary("suggest", settings.output());
		if (settings.format().equals("jsonl")) {
			outcomes = outcomes.cache();
			// only the outcomes come to the driver; the lines go from the executors to the output
			var counted = outcomes.map(o -> new Outcome(o.file(), o.documentId(), null, o.failure())).collect();
			var duplicates = summary.addOutcomes(counted);
			outcomes.filter(o -> o.line() != null && !duplicates.contains(o.file())).map(Outcome::line)
					.saveAsTextFile(settings.output());
			outcomes.unpersist();
		} else {
			var counted = outcomes.collect();
			var duplicates = summary.addOutcomes(counted);
			if (!duplicates.isEmpty()) {
				outFs.delete(new org.apache.hadoop.fs.Path(staging), true);
				throw new SparkJobException("several input files give the document ids of " + duplicates + ": in the"
						+ " project layout each id is one file. Rename them, or use --format jsonl. Nothing was written.");
			}
			Commit.parts(outFs, new org.apache.hadoop.fs.Path(staging), output);
		}
		summary.write(outFs, output);
		return summary;
	}

	/** Reads the metadata table once on the driver, so that a table no task could read stops the job before it starts. */
	private static void checkMetadata(String table, String name, String given) throws IOException {
		var scratch = Shards.scratch("metadata");
		try {
			var file = scratch.resolve(name);
			Files.writeString(file, table, StandardCharsets.UTF_8);
			ArticleMetadata.read(file);
		} catch (org.sayso.io.importer.ArticleImportException e) {
			var message = e.getMessage();
			int at = message.indexOf(name);
			throw new SparkJobException((given == null ? "the metadata of the projects given" : given)
					+ (at < 0 ? ": " + message : message.substring(at + name.length())), e);
		} finally {
			Shards.delete(scratch);
		}
	}

	/** The articles among the inputs (folders with their subfolders, files and globs), sorted. */
	static List<String> list(List<String> inputs, org.apache.hadoop.conf.Configuration conf) throws IOException {
		var found = new java.util.TreeSet<String>();
		for (var input : inputs) {
			var path = Shards.hadoop(input);
			var fs = Shards.fs(path, conf);
			var matches = fs.globStatus(path);
			if (matches == null || matches.length == 0) {
				throw new SparkJobException(input + " does not exist (or the glob matches nothing): give the folders, files"
						+ " or globs of the articles.");
			}
			for (var status : matches) {
				if (status.isDirectory()) {
					var all = fs.listFiles(status.getPath(), true);
					while (all.hasNext()) {
						var file = all.next().getPath().toString();
						if (isArticle(file)) {
							found.add(file);
						}
					}
				} else if (isArticle(status.getPath().toString())) {
					found.add(status.getPath().toString());
				}
			}
		}
		return new ArrayList<>(found);
	}

	static boolean isArticle(String path) {
		var name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		return (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm")) && !name.startsWith(".")
				&& !name.startsWith("_");
	}

	/** One partition: its articles imported into a scratch project, suggested, and turned into outcomes. */
	private static Iterator<Outcome> suggest(int partition, Iterator<String> articles,
			Settings settings, byte[] table, String tableName, String staging)
			throws IOException, StoreException, org.sayso.io.importer.ArticleImportException {
		var scratch = Shards.scratch("suggest");
		try {
			var in = Files.createDirectories(scratch.resolve("in"));
			var root = scratch.resolve("project");
			var store = ProjectStore.create(root, settings.name());
			var metadata = ArticleMetadata.none();
			if (table.length > 0) {
				var file = scratch.resolve(tableName);
				Files.write(file, table);
				metadata = ArticleMetadata.read(file);
			}
			var importer = new ArticleImport(store, new ArticleImport.Settings(null, null, metadata, BratMapping.PARC, null));
			var outcomes = new ArrayList<Outcome>();
			var fileOf = new LinkedHashMap<String, String>();
			int n = 0;
			var conf = new org.apache.hadoop.conf.Configuration();
			while (articles.hasNext()) {
				var file = articles.next();
				var name = file.substring(file.lastIndexOf('/') + 1);
				Path local;
				try {
					var path = Shards.hadoop(file);
					if ("file".equals(path.toUri().getScheme())) {
						local = Path.of(path.toUri()); // a local file is read where it is
					} else {
						// one folder per file: two inputs of one name never meet here
						local = in.resolve(String.valueOf(n++)).resolve(name);
						Files.createDirectories(local.getParent());
						try (var stream = Shards.fs(path, conf).open(path)) {
							Files.copy(stream, local);
						}
					}
				} catch (IOException | RuntimeException e) {
					outcomes.add(new Outcome(file, null, null, "cannot be read: " + e.getMessage()));
					continue;
				}
				var outcome = importer.importFile(local);
				if (outcome.failed()) {
					outcomes.add(new Outcome(file, null, null, outcome.failure()));
				} else {
					fileOf.put(outcome.documentId(), file);
					var document = store.document(outcome.documentId());
					if (document.getSourceUri() != null && document.getSourceUri().equals(local.toUri().toString())) {
						document.setSourceUri(sourceUri(file)); // where the article is, not the scratch copy
					}
				}
			}
			store.saveProject(false);
			var documents = new ArrayList<Document>();
			for (var id : fileOf.keySet()) {
				documents.add(store.document(id));
			}
			var failed = new LinkedHashMap<String, String>();
			ProjectSuggestions.run(store, documents, settings.annotator(), null, each -> {
				if (each.error() != null) {
					failed.put(each.document().getId(), each.error());
				}
			});
			Map<String, String> lines = Map.of();
			if (settings.format().equals("jsonl")) {
				lines = jsonl(store, settings.annotator(), scratch.resolve("export"));
			} else {
				var target = new org.apache.hadoop.fs.Path(staging, Commit.attempt(partition));
				var fs = Shards.fs(target, new org.apache.hadoop.conf.Configuration());
				Shards.publish(root, fs, target);
				Commit.finishAttempt(fs, target, partition);
			}
			for (var entry : fileOf.entrySet()) {
				var id = entry.getKey();
				outcomes.add(failed.containsKey(id) ? new Outcome(entry.getValue(), id, null, failed.get(id))
						: new Outcome(entry.getValue(), id, lines.get(id), null));
			}
			return outcomes.iterator();
		} finally {
			Shards.delete(scratch);
		}
	}

	/** The input's address as {@code sayso import} writes a file's: {@code file:///...} for a local file. */
	static String sourceUri(String input) {
		var uri = java.net.URI.create(input);
		return "file".equals(uri.getScheme()) ? Path.of(uri).toUri().toString() : input;
	}

	/** The scratch project's set of {@code annotator} as {@code sayso export --format jsonl} writes it, by document. */
	static Map<String, String> jsonl(ProjectStore store, String annotator, Path folder) {
		try {
			var summary = Exporter.export(new ExportRequest(store, ExportFormat.JSONL, new SetSelection.Annotator(annotator),
					folder, false, false, 1), null);
			var lines = new LinkedHashMap<String, String>();
			for (var line : Files.readAllLines(folder.resolve("annotations.jsonl"), StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					lines.put(JobSummary.documentIdOf(line), line);
				}
			}
			if (summary.failed()) {
				throw new SparkJobException("the export of a partition failed: " + summary.toText());
			}
			return lines;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (org.sayso.io.export.ExportException e) {
			throw new SparkJobException(e.getMessage(), e);
		}
	}
}
