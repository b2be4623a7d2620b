package org.sayso.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a job did: how many documents it wrote and every input that failed, with the reason. Printed by the driver
 * and written beside the output as {@value #FILE} ({@code _} keeps Hadoop and Spark readers from taking it for data).
 */
final class JobSummary {

	static final String FILE = "_sayso-summary.txt";

	final String job;
	final String output;
	int documents;
	final List<String> failures = new ArrayList<>();
	final List<String> notes = new ArrayList<>();

	JobSummary(String job, String output) {
		this.job = job;
		this.output = output;
	}

	/**
	 * Counts the outcomes and lists the failures; returns the input files whose document id an earlier file (in path
	 * order) has already, which are listed as failed too.
	 */
	Set<String> addOutcomes(Collection<SuggestJob.Outcome> outcomes) {
		var sorted = new ArrayList<>(outcomes);
		sorted.sort(java.util.Comparator.comparing(SuggestJob.Outcome::file));
		var firstOf = new HashMap<String, String>();
		var duplicates = new TreeSet<String>();
		for (var o : sorted) {
			if (o.failure() != null) {
				failures.add(o.file() + "\t" + o.failure());
			} else if (firstOf.putIfAbsent(o.documentId(), o.file()) != null) {
				duplicates.add(o.file());
				failures.add(o.file() + "\tthe same document id '" + o.documentId() + "' as " + firstOf.get(o.documentId())
						+ ": left out; rename one of them");
			} else {
				documents++;
			}
		}
		return duplicates;
	}

	boolean failed() {
		return !failures.isEmpty();
	}

	String toText() {
		var text = new StringBuilder();
		text.append("sayso spark ").append(job).append(": ").append(documents)
				.append(job.equals("agreement") ? " document(s) measured, figures in " : " document(s) written to ")
				.append(output);
		if (!failures.isEmpty()) {
			text.append("; ").append(failures.size()).append(" failed (file, reason):");
		}
		text.append('\n');
		failures.forEach(f -> text.append("  ").append(f).append('\n'));
		notes.forEach(n -> text.append(n).append('\n'));
		return text.toString();
	}

	void write(FileSystem fs, Path folder) throws IOException {
		try (var out = fs.create(new Path(folder, FILE), true)) {
			out.write(toText().getBytes(StandardCharsets.UTF_8));
		}
	}

	/** The {@code id} of a JSON line of {@code sayso export --format jsonl} (ids are safe file names). */
	static String documentIdOf(String line) {
		var prefix = "{\"id\":\"";
		if (!line.startsWith(prefix)) {
			throw new IllegalArgumentException("not a Sayso JSON line: " + line.substring(0, Math.min(40, line.length())));
		}
		return line.substring(prefix.length(), line.indexOf('"', prefix.length()));
	}
}
