package org.sayso.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.sayso.curation.ProjectAgreement;
import org.sayso.curation.agreement.AgreementCalculator;
import org.sayso.curation.agreement.AgreementJson;
import org.sayso.curation.merge.MergeEngine;
import org.sayso.curation.merge.MergeSettings;

/**
 * {@code agreement}: the figures of {@code sayso agreement --json}, measured in parallel. Each part of the project's
 * documents is merged and measured on its own into a calculator for all the project's annotators; the calculators
 * are reduced (their kappas' category counts, alpha-U's spans and the attribution and date value pairs add up), and
 * the driver writes {@value #FILE}.
 */
final class AgreementJob {

	static final String FILE = "agreement.json";

	record Settings(String project, String output, List<String> types, int partitions) implements Serializable {
	}

	record Measured(AgreementCalculator calculator, List<String> problems) implements Serializable {
	}

	private AgreementJob() {
	}

	static JobSummary run(JavaSparkContext sc, Settings settings) throws IOException {
		var job = ProjectPart.Job.prepare(sc, settings.project(), settings.output(), settings.partitions());
		var output = job.output();
		var outFs = job.outFs();
		var input = job.input();
		var parts = job.parts();
		var measured = sc.parallelize(parts, Math.max(1, parts.size())).map(AgreementJob::measure)
				.reduce(AgreementJob::merge);
		var staging = Commit.staging(output);
		try (var out = outFs.create(new org.apache.hadoop.fs.Path(staging, FILE), false)) {
			out.write(AgreementJson.write(measured.calculator().report(), settings.types()).getBytes(StandardCharsets.UTF_8));
		}
		Commit.parts(outFs, staging, output);
		var summary = new JobSummary("agreement", settings.output());
		summary.documents = input.documentIds.size() - measured.problems().size();
		summary.failures.addAll(measured.problems());
		summary.notes.add("figures in " + FILE + ", as sayso agreement --json prints them");
		summary.write(outFs, output);
		return summary;
	}

	private static Measured measure(ProjectPart part) throws IOException {
		var scratch = Shards.scratch("agreement");
		try {
			var store = part.fetch(scratch);
			var calculator = new AgreementCalculator(part.annotators());
			var engine = new MergeEngine(MergeSettings.of(store.project().getSettings(), "curator"));
			var problems = ProjectAgreement.measureInto(calculator, store, engine, part.documentIds(), null, null);
			return new Measured(calculator, problems);
		} finally {
			Shards.delete(scratch);
		}
	}

	private static Measured merge(Measured a, Measured b) {
		a.calculator().merge(b.calculator());
		var problems = new ArrayList<>(a.problems());
		problems.addAll(b.problems());
		return new Measured(a.calculator(), problems);
	}
}
