package org.sayso.spark;

import java.io.IOException;
import java.util.UUID;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Whole or nothing: each task writes its part under the staging folder in a folder of its own attempt and renames it
 * to {@code part-NNNNN} when complete (a retried or speculative task's second copy is dropped); the driver moves the
 * parts into the output only after the job succeeded. A failed job leaves no output folder.
 */
final class Commit {

	private Commit() {
	}

	/** Beside the output, so that the output appears in one rename: {@code <output>.sayso-staging}. */
	static Path staging(Path output) {
		return new Path(output.getParent(), output.getName() + ".sayso-staging");
	}

	static String attempt(int partition) {
		return "_attempt-" + String.format("%05d", partition) + "-" + UUID.randomUUID();
	}

	static String part(int partition) {
		return String.format("part-%05d", partition);
	}

	/** Called by the task when its attempt folder is complete. */
	static void finishAttempt(FileSystem fs, Path attempt, int partition) throws IOException {
		var part = new Path(attempt.getParent(), part(partition));
		if (fs.exists(part) || !fs.rename(attempt, part)) {
			fs.delete(attempt, true); // another attempt of this partition finished first
		}
	}

	/** Called by the driver after the job: the complete parts become the output folder, the rest is dropped. */
	static void parts(FileSystem fs, Path staging, Path output) throws IOException {
		fs.mkdirs(staging);
		for (var status : fs.listStatus(staging)) {
			if (status.getPath().getName().startsWith("_attempt-")) {
				fs.delete(status.getPath(), true);
			}
		}
		if (!fs.rename(staging, output)) {
			throw new SparkJobException("cannot move " + staging + " to " + output + ": check that " + output
					+ " is still free and its parent writable; the complete result is in " + staging + ".");
		}
	}
}
