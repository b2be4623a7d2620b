package org.sayso.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark application: the {@code suggest}, {@code export} and {@code agreement} jobs. Runs under {@code spark-submit}
 * on a cluster, or in local mode with {@code --master local[N]} (spark/run, ./sayso spark).
 */
public final class SaysoSpark {

	static final String USAGE = """
			Usage: sayso spark suggest <input>... --output FOLDER [--format jsonl|xmi] [--metadata FILE]
			                       [--annotator NAME] [--name PROJECT] [--partitions N] [--master URL]
			       sayso spark export <project> --output FOLDER --format uima-xmi|jsonl|conll
			                       [--set curated|all|ANNOTATOR] [--allow-invalid] [--partitions N] [--master URL]
			       sayso spark agreement <project> --output FOLDER [--type TYPE]... [--partitions N] [--master URL]

			suggest    articles (.txt, .html: folders, files or globs on any Hadoop file system, or Sayso
			           project folders, whose documents/ are taken with their dates and titles) to one
			           suggested set per article, as sayso import + sayso suggest make it:
			             --format jsonl  JSON lines as sayso export --format jsonl writes them (default)
			             --format xmi    a Sayso project per partition: part-NNNNN/sayso.project,
			                             documents/, annotations/<annotator>/<id>.xmi
			           --metadata  the articles' dates and titles (as sayso import --metadata)
			           --annotator the set's name (default: suggestions)
			export     a project's sets (--set, default curated) as sayso export writes them, in parts:
			           part-NNNNN/ holds the export of a run of neighbouring documents
			agreement  the figures of sayso agreement --json, measured in parallel: <output>/agreement.json
			--output     a new folder (local path, file://, hdfs://, s3a://); it appears only when the job
			             succeeded. What could not be read is listed in <output>/_sayso-summary.txt.
			--partitions how many parts the work is cut into (default: 2 per core of the master)
			--master     local[N] to run here; left out under spark-submit, which sets it

			bench [ARTICLES [DOCUMENTS]]  the benchmark of ./sayso bench (default 1000 articles, 5000 documents)""";

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
		if (args[0].equals("bench")) {
			try {
				return SparkBench.run(out, args.length > 1 ? Integer.parseInt(args[1]) : 1_000,
						args.length > 2 ? Integer.parseInt(args[2]) : 5_000);
			} catch (Exception e) {
				err.println("sayso spark bench: " + e.getMessage());
				return 1;
			}
		}
		var positional = new ArrayList<String>();
		var options = new java.util.HashMap<String, String>();
		var types = new ArrayList<String>();
		var flags = List.of("--allow-invalid");
		var known = List.of("--output", "--format", "--metadata", "--annotator", "--name", "--partitions", "--master",
				"--set", "--type", "--allow-invalid");
		for (int i = 1; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				positional.add(args[i]);
			} else if (!known.contains(args[i])) {
				err.println("sayso spark: unknown option " + args[i] + "\n\n" + USAGE);
				return 2;
			} else if (flags.contains(args[i])) {
				options.put(args[i], "true");
			} else if (i + 1 >= args.length) {
				err.println("sayso spark: " + args[i] + " needs a value\n\n" + USAGE);
				return 2;
			} else if (args[i].equals("--type")) {
				types.add(args[++i]);
			} else {
				options.put(args[i], args[++i]);
			}
		}
		var job = args[0];
		if (!List.of("suggest", "export", "agreement").contains(job)) {
			err.println("sayso spark: unknown job '" + job + "'\n\n" + USAGE);
			return 2;
		}
		if (positional.isEmpty() || options.get("--output") == null) {
			err.println("sayso spark: " + job + " needs its input and --output\n\n" + USAGE);
			return 2;
		}
		if (!job.equals("suggest") && positional.size() != 1) {
			err.println("sayso spark: " + job + " takes one project folder, not " + positional.size() + "\n\n" + USAGE);
			return 2;
		}
		if (job.equals("export") && options.get("--format") == null) {
			err.println("sayso spark: export needs --format (" + String.join(", ", ExportJob.FORMATS) + ")");
			return 2;
		}
		var conf = new SparkConf().setAppName("sayso " + args[0]);
		if (options.containsKey("--master")) {
			conf.setMaster(options.get("--master"));
		} else if (!conf.contains("spark.master")) {
			conf.setMaster("local[*]");
		}
		if (conf.get("spark.master").startsWith("local")) {
			// a run on this machine needs no web UI, and two runs at once would compete for its port
			conf.setIfMissing("spark.ui.enabled", "false");
		}
		try (var sc = new JavaSparkContext(conf)) {
			sc.setLogLevel("WARN");
			int partitions = options.containsKey("--partitions") ? Integer.parseInt(options.get("--partitions"))
					: 2 * sc.defaultParallelism();
			var output = options.get("--output");
			var summary = switch (job) {
			case "suggest" -> SuggestJob.run(sc, new SuggestJob.Settings(positional, output,
					options.getOrDefault("--format", "jsonl"), options.get("--metadata"),
					options.getOrDefault("--annotator", "suggestions"), options.getOrDefault("--name", "articles"),
					partitions));
			case "export" -> ExportJob.run(sc, new ExportJob.Settings(positional.get(0), output, options.get("--format"),
					options.getOrDefault("--set", "curated"), options.containsKey("--allow-invalid"), partitions));
			default -> AgreementJob.run(sc, new AgreementJob.Settings(positional.get(0), output, types, partitions));
			};
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
