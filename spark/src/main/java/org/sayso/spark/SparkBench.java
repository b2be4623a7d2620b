package org.sayso.spark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import org.sayso.cli.SaysoCli;

/**
 * {@code spark/run bench} (and {@code ./sayso bench}): articles per second for the suggest and export jobs in Spark
 * at {@code local[1]} and {@code local[2]}, against the command line on the same generated corpus in the same run,
 * and the scaling from one core to two. Targets: two cores at least 1.2x one core (on a machine of two cores,
 * local[1] has the second core for the garbage collector and the compiler, and the tagger waits on memory more than
 * on the processor), and Spark at two cores at least 0.8x the command line (which also uses both cores).
 */
final class SparkBench {

	private SparkBench() {
	}

	static int run(PrintStream out, int articles, int documents) throws Exception {
		var scratch = Shards.scratch("bench");
		try {
			out.printf(Locale.ROOT, "Sayso on Spark: %d generated articles (suggest), a project of %d (export), %d cores, Java %s%n",
					articles, documents, Runtime.getRuntime().availableProcessors(), Runtime.version());
			var corpus = scratch.resolve("articles");
			GeneratedArticles.write(corpus, articles, 7);
			var project = scratch.resolve("project");
			GeneratedProject.write(project, documents, 11);
			var metadata = corpus.resolve("metadata.tsv").toString();
			// warm-up: the models and the code paths, once each way, on a few articles
			var few = scratch.resolve("few");
			GeneratedArticles.write(few, 200, 3);
			cliSuggest(scratch.resolve("warm"), few, few.resolve("metadata.tsv").toString());
			spark("suggest", few.toString(), "--output", scratch.resolve("warm-spark").toString(), "--metadata",
					few.resolve("metadata.tsv").toString(), "--master", "local[2]");
			spark("export", scratch.resolve("warm").toString(), "--output", scratch.resolve("warm-export").toString(),
					"--format", "jsonl", "--set", "all", "--master", "local[2]");

			double cli = time(() -> cliSuggest(scratch.resolve("cli"), corpus, metadata));
			int[] run = { 0 };
			Function<String, Work> suggest = master -> () -> spark("suggest", corpus.toString(), "--output",
					scratch.resolve("s" + run[0]++).toString(), "--metadata", metadata, "--master", master, "--partitions", "4");
			// turn about, the better of two each: the JIT and the disk treat the first and the second alike
			double[] spark = interleaved(suggest);
			boolean ok = report(out, "suggest (import, suggest, JSON lines)", articles, cli, spark[0], spark[1]);

			double cliExport = time(() -> cli("export", project.toString(), "--out", scratch.resolve("e").toString(),
					"--format", "jsonl", "--set", "all"));
			Function<String, Work> export = master -> () -> spark("export", project.toString(), "--output",
					scratch.resolve("e" + run[0]++).toString(), "--format", "jsonl", "--set", "all", "--master", master,
					"--partitions", "4");
			var exported = interleaved(export);
			ok &= report(out, "export --set all to jsonl (clusters over the project)", documents, cliExport, exported[0],
					exported[1]);
			out.println(ok ? "All targets met." : "A target was missed.");
			return ok ? 0 : 1;
		} finally {
			Shards.delete(scratch);
		}
	}

	private static boolean report(PrintStream out, String what, int count, double cli, double one, double two) {
		double scaling = one / two;
		double againstCli = cli / two;
		out.printf(Locale.ROOT, "== %s%n", what);
		out.printf(Locale.ROOT, "   command line (2 workers)   %7.1f s  %7.1f articles/s%n", cli, count / cli);
		out.printf(Locale.ROOT, "   Spark local[1]             %7.1f s  %7.1f articles/s%n", one, count / one);
		out.printf(Locale.ROOT, "   Spark local[2]             %7.1f s  %7.1f articles/s%n", two, count / two);
		boolean ok = scaling >= 1.2 && againstCli >= 0.8;
		out.printf(Locale.ROOT, "   -> one core to two: %.2fx (target >= 1.20x); local[2] against the command line: %.2fx"
				+ " (target >= 0.80x)  %s%n", scaling, againstCli, ok ? "OK" : "MISSED");
		return ok;
	}

	/** The better of two runs at local[1] and at local[2], measured turn about. */
	private static double[] interleaved(Function<String, Work> job) throws Exception {
		double one = Double.MAX_VALUE;
		double two = Double.MAX_VALUE;
		for (int i = 0; i < 2; i++) {
			one = Math.min(one, time(job.apply("local[1]")));
			two = Math.min(two, time(job.apply("local[2]")));
		}
		return new double[] { one, two };
	}

	private interface Work {
		void run() throws Exception;
	}

	private static double time(Work work) throws Exception {
		long begin = System.nanoTime();
		work.run();
		return (System.nanoTime() - begin) / 1e9;
	}

	private static void cliSuggest(Path project, Path corpus, String metadata) {
		cli("import", project.toString(), corpus.toString(), "--name", "articles", "--metadata", metadata);
		cli("suggest", project.toString(), "--annotator", "suggestions");
		cli("export", project.toString(), "--out", project.resolveSibling(project.getFileName() + "-jsonl").toString(),
				"--format", "jsonl", "--set", "suggestions");
	}

	private static void cli(String... args) {
		var err = new ByteArrayOutputStream();
		int code = new SaysoCli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		if (code != 0) {
			throw new IllegalStateException("sayso " + String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
		}
	}

	private static void spark(String... args) {
		var err = new ByteArrayOutputStream();
		int code = SaysoSpark.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		if (code != 0) {
			throw new IllegalStateException("sayso spark " + String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
		}
	}
}
