package org.sayso.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.sayso.core.copies.ClaimClusters;
import org.sayso.io.export.ExportClusters;
import org.sayso.io.export.ExportFormat;
import org.sayso.io.export.ExportRequest;
import org.sayso.io.export.Exporter;
import org.sayso.io.export.SetSelection;

import scala.Tuple2;

/**
 * {@code export}: a Sayso project (on any Hadoop file system) to {@code uima-xmi}, {@code jsonl} or {@code conll}, in
 * parts: the project's documents are cut, in their order, into runs of neighbours, and each part
 * {@code part-NNNNN/} is what {@code sayso export} writes for its run (XMI files and TypeSystem.xml, or
 * annotations.jsonl, or annotations.conll, with the part's export summary). For {@code jsonl}, the claims reported in
 * several articles are found over the whole project first (candidates grouped by speaker, clustered per speaker,
 * numbered on the driver), so that each claim has the cluster id the command line gives it.
 */
final class ExportJob {

	static final List<String> FORMATS = List.of("uima-xmi", "jsonl", "conll");

	record Settings(String project, String output, String format, String set, boolean allowInvalid, int partitions)
			implements Serializable {
	}

	/** What one part exported: its documents, and the documents it left out or refused, with the reason. */
	record PartResult(int documents, List<String> problems, int passedOver) implements Serializable {
	}

	/** A cluster found among one speaker's claims, with where its speaker and its first claim come in the corpus. */
	record Found(long speakerFirst, long clusterFirst, ClaimClusters.Cluster cluster) implements Serializable {
	}

	private ExportJob() {
	}

	static JobSummary run(JavaSparkContext sc, Settings settings) throws IOException {
		if (!FORMATS.contains(settings.format())) {
			throw new SparkJobException("--format is one of " + String.join(", ", FORMATS) + ", not '" + settings.format() + "'");
		}
		var job = ProjectPart.Job.prepare(sc, settings.project(), settings.output(), settings.partitions());
		var output = job.output();
		var outFs = job.outFs();
		var input = job.input();
		var parts = job.parts();
		var rdd = sc.parallelize(parts, Math.max(1, parts.size()));
		Broadcast<Map<String, String>> clusters = null;
		if (settings.format().equals("jsonl")) {
			clusters = sc.broadcast(clusterIds(rdd.flatMapToPair(part -> candidates(part, settings).iterator())
					.groupByKey().flatMap(speaker -> clustersOf(speaker._2()).iterator()).collect()));
		}
		var given = clusters;
		var staging = Commit.staging(output).toString();
		var results = rdd.map(part -> export(part, settings, given == null ? null : given.value(), staging)).collect();
		Commit.parts(outFs, Commit.staging(output), output);
		var summary = new JobSummary("export", settings.output());
		int passedOver = 0;
		for (var result : results) {
			summary.documents += result.documents();
			summary.failures.addAll(result.problems());
			passedOver += result.passedOver();
		}
		if (passedOver > 0) {
			summary.notes.add(passedOver + " document(s) without the selected set passed over (see each part's "
					+ "export-summary.txt)");
		}
		summary.notes.add(parts.size() + " part(s) of neighbouring documents in the project's order; each part-NNNNN/ is"
				+ " what sayso export --format " + settings.format() + " writes for its documents.");
		summary.write(outFs, output);
		return summary;
	}

	private static ExportRequest request(org.sayso.core.store.ProjectStore store, Settings settings, java.nio.file.Path out) {
		return new ExportRequest(store, ExportFormat.of(settings.format()), SetSelection.parse(settings.set()), out,
				settings.allowInvalid(), false, 1);
	}

	/** The part's claims that may join a cluster, by speaker, each with its place in the corpus. */
	private static List<Tuple2<String, Tuple2<Long, ClaimClusters.Candidate>>> candidates(ProjectPart part, Settings settings)
			throws IOException {
		var scratch = Shards.scratch("clusters");
		try {
			var store = part.fetch(scratch);
			var found = new ArrayList<Tuple2<String, Tuple2<Long, ClaimClusters.Candidate>>>();
			for (var document : ExportClusters.candidates(request(store, settings, scratch.resolve("unused")), part.first())) {
				long seq = 0;
				for (var candidate : document.candidates()) {
					found.add(new Tuple2<>(candidate.speakerKey(), new Tuple2<>(((long) document.index() << 24) | seq++, candidate)));
				}
			}
			return found;
		} finally {
			Shards.delete(scratch);
		}
	}

	/** One speaker's clusters, from its candidates in any order. */
	private static List<Found> clustersOf(Iterable<Tuple2<Long, ClaimClusters.Candidate>> candidates) {
		var sorted = new ArrayList<Tuple2<Long, ClaimClusters.Candidate>>();
		candidates.forEach(sorted::add);
		sorted.sort(Comparator.comparing(Tuple2::_1));
		var orderOf = new HashMap<String, Long>();
		for (var c : sorted) {
			orderOf.putIfAbsent(c._2().documentId() + ":" + c._2().begin() + "-" + c._2().end(), c._1());
		}
		var found = new ArrayList<Found>();
		for (var cluster : ClaimClusters.ofSpeaker(sorted.stream().map(Tuple2::_2).toList())) {
			var first = cluster.members().get(0);
			found.add(new Found(sorted.get(0)._1(), orderOf.get(first.documentId() + ":" + first.begin() + "-" + first.end()),
					cluster));
		}
		return found;
	}

	/** The clusters in the order the command line finds them, numbered as it numbers them: ids by claim. */
	private static Map<String, String> clusterIds(List<Found> found) {
		var ordered = new ArrayList<>(found);
		ordered.sort(Comparator.comparingLong(Found::speakerFirst).thenComparingLong(Found::clusterFirst));
		return new HashMap<>(ClaimClusters.idsBySpan(ClaimClusters.numbered(ordered.stream().map(Found::cluster).toList())));
	}

	private static PartResult export(ProjectPart part, Settings settings, Map<String, String> clusters, String staging)
			throws IOException {
		var scratch = Shards.scratch("export");
		try {
			var store = part.fetch(scratch);
			var out = scratch.resolve("out");
			var request = request(store, settings, out);
			if (clusters != null) {
				request = request.withClusterIds(clusters);
			}
			org.sayso.io.export.ExportSummary summary;
			try {
				summary = Exporter.export(request, null);
			} catch (org.sayso.io.export.ExportException e) {
				throw new SparkJobException("part " + part.index() + " of " + part.root() + ": " + e.getMessage(), e);
			}
			var problems = new ArrayList<String>();
			// as the command line: a set that cannot be read fails the export, a document without one is passed over
			summary.skipped().stream().filter(s -> s.unreadable())
					.forEach(s -> problems.add(s.documentId() + "\t" + s.reason()));
			int passedOver = (int) summary.skipped().stream().filter(s -> !s.unreadable()).count();
			summary.refused().forEach(r -> problems.add(r.documentId() + "\tset " + r.set() + " refused: "
					+ String.join("; ", r.problems())));
			if (java.nio.file.Files.exists(out)) {
				var target = new org.apache.hadoop.fs.Path(staging, Commit.attempt(part.index()));
				var fs = Shards.fs(target, new org.apache.hadoop.conf.Configuration());
				Shards.publish(out, fs, target);
				Commit.finishAttempt(fs, target, part.index());
			}
			return new PartResult(summary.documents(), problems, passedOver);
		} finally {
			Shards.delete(scratch);
		}
	}
}
