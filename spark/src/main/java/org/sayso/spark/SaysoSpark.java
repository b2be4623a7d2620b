package org.sayso.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark application: {@code suggest} (more jobs are listed by {@code --help}). Runs under {@code spark-submit}
 * on a cluster, or in local mode with {@code --master local[N]} (spark/run, ./sayso spark).
 */
public final class SaysoSpark {

	static final String USAGE = """
			Usage: sayso spark suggest <input>... --output FOLDER [--format jsonl|xmi] [--metadata FILE]
			                       [--annotator NAME] [--name PROJECT] [--partitions N] [--master URL]

			suggest    articles (.txt, .html: folders, files or globs on any Hadoop file system, or Sayso
			           project folders, whose documents/ are taken with their dates and titles) to one
			           suggested set per article, as sayso import + sayso suggest make it:
			             --format jsonl  JSON lines as sayso export --format jsonl writes them (default)
			             --format xmi    a Sayso project per partition: part-NNNNN/sayso.project,
			                             documents/, annotations/<annotator>/<id>.xmi
			           --metadata  the articles' dates and titles (as sayso import --metadata)
			           --annotator the set's name (default: suggestions)
			--output     a new folder (local path, file://, hdfs://, s3a://); it appears only when the job
			             succeeded. Inputs that cannot be read are listed in <output>/_sayso-summary.txt.
			--partitions how many parts the input is cut into (default: 2 per core of the master)
			--master     local[N] to run here; left out under spark-submit, which sets it""";

	private SaysoSpark() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || List.of("--help", "-h", "help").contains(args[0])) {
			out.println(USAGE);
			return args.length == 0 ? 2 : 0;
		}
		var positional = new ArrayList<String>();
		var options = new java.util.HashMap<String, String>();
		for (int i = 1; i < args.length; i++) {
			if (args[i].startsWith("--")) {
				if (i + 1 >= args.length) {
					err.println("sayso spark: " + args[i] + " needs a value\n\n" + USAGE);
					return 2;
				}
				options.put(args[i], args[++i]);
			} else {
				positional.add(args[i]);
			}
		}
		var known = List.of("--output", "--format", "--metadata", "--annotator", "--name", "--partitions", "--master");
		for (var name : options.keySet()) {
			if (!known.contains(name)) {
				err.println("sayso spark: unknown option " + name + "\n\n" + USAGE);
				return 2;
			}
		}
		if (!args[0].equals("suggest")) {
			err.println("sayso spark: unknown job '" + args[0] + "'\n\n" + USAGE);
			return 2;
		}
		if (positional.isEmpty() || options.get("--output") == null) {
			err.println("sayso spark: " + args[0] + " needs its input and --output\n\n" + USAGE);
			return 2;
		}
		var conf = new SparkConf().setAppName("sayso " + args[0]);
		if (options.containsKey("--master")) {
			conf.setMaster(options.get("--master"));
		} else if (!conf.contains("spark.master")) {
			conf.setMaster("local[*]");
		}
		try (var sc = new JavaSparkContext(conf)) {
			sc.setLogLevel("WARN");
			int partitions = options.containsKey("--partitions") ? Integer.parseInt(options.get("--partitions"))
					: 2 * sc.defaultParallelism();
			var summary = SuggestJob.run(sc, new SuggestJob.Settings(positional, options.get("--output"),
					options.getOrDefault("--format", "jsonl"), options.get("--metadata"),
					options.getOrDefault("--annotator", "suggestions"), options.getOrDefault("--name", "articles"),
					partitions));
			out.print(summary.toText());
			return summary.failed() ? 1 : 0;
		} catch (SparkJobException e) {
			err.println("sayso spark: " + e.getMessage());
			return 1;
		} catch (NumberFormatException e) {
			err.println("sayso spark: --partitions is a whole number: " + e.getMessage());
			return 2;
		} catch (java.io.IOException | java.io.UncheckedIOException e) {
			err.println("sayso spark: " + e.getMessage());
			return 1;
		}
	}
}
