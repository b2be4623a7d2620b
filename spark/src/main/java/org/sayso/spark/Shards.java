package org.sayso.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * Moving files between a Hadoop-compatible file system (local, {@code file://}, {@code hdfs://}, {@code s3a://}) and
 * the local scratch folder where a task runs Sayso's own code, which reads and writes plain files. Each task works in
 * a folder of its own under {@code java.io.tmpdir} and deletes it when done.
 */
final class Shards {

	private Shards() {
	}

	static org.apache.hadoop.fs.Path hadoop(String path) {
		return new org.apache.hadoop.fs.Path(path);
	}

	static FileSystem fs(org.apache.hadoop.fs.Path path, Configuration conf) {
		try {
			return path.getFileSystem(conf);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot reach " + path + ": " + e.getMessage(), e);
		}
	}

	/** A new scratch folder for one task, whose files are not flushed to disk (the output is the durable copy). */
	static Path scratch(String what) {
		try {
			var folder = Files.createTempDirectory("sayso-spark-" + what + "-");
			org.sayso.core.store.AtomicFileWriter.markScratch(folder);
			return folder;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot create a scratch folder in " + System.getProperty("java.io.tmpdir"), e);
		}
	}

	static void delete(Path folder) {
		org.sayso.core.store.AtomicFileWriter.unmarkScratch(folder);
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> all = Files.walk(folder)) {
			for (var p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			// scratch space: what cannot be deleted is left to the system's cleaning of its temporary folder
		}
	}

	/** Copies {@code source} on its file system to the local {@code target}; false when it does not exist. */
	static boolean fetch(FileSystem fs, org.apache.hadoop.fs.Path source, Path target) throws IOException {
		if (!fs.exists(source)) {
			return false;
		}
		Files.createDirectories(target.getParent());
		try (InputStream in = fs.open(source)) {
			Files.copy(in, target);
		}
		return true;
	}

	/** Copies the local folder {@code source} to {@code target} on its file system, file by file. */
	static void publish(Path source, FileSystem fs, org.apache.hadoop.fs.Path target) throws IOException {
		try (Stream<Path> all = Files.walk(source)) {
			fs.setWriteChecksum(false); // no .crc files beside a local copy
			for (var file : all.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".bak"))
					.sorted().toList()) {
				var relative = source.relativize(file).toString().replace('\\', '/');
				try (var out = fs.create(new org.apache.hadoop.fs.Path(target, relative), true)) {
					Files.copy(file, out);
				}
			}
		}
	}

	/** The names of the folders right under {@code folder}, sorted; none when it does not exist. */
	static List<String> folders(FileSystem fs, org.apache.hadoop.fs.Path folder) throws IOException {
		var names = new ArrayList<String>();
		if (fs.exists(folder)) {
			for (FileStatus status : fs.listStatus(folder)) {
				if (status.isDirectory()) {
					names.add(status.getPath().getName());
				}
			}
		}
		names.sort(null);
		return names;
	}

	/** Refuses an output that exists already: a job writes a new folder, whole or not at all. */
	static void checkNew(FileSystem fs, org.apache.hadoop.fs.Path output) throws IOException {
		if (fs.exists(output)) {
			throw new SparkJobException(output + " exists already: give a new output folder (a job never writes into"
					+ " an existing one), or delete it first.");
		}
	}
}
