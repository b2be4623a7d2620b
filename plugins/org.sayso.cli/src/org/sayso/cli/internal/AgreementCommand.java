package org.sayso.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.curation.agreement.AgreementJson;
import org.sayso.curation.agreement.AgreementReport;
import org.sayso.curation.ProjectAgreement;
import org.sayso.core.AnnotationKind;
import org.sayso.curation.merge.MergeEngine;
import org.sayso.core.store.StoreException;

/** {@code sayso agreement <project>}: how far the annotators agree, per type, over the corpus and per document. */
public final class AgreementCommand implements CliCommand {

	private static final int WORST_SHOWN = 10;

	@Override
	public String name() {
		return "agreement";
	}

	@Override
	public String summary() {
		return "Measure inter-annotator agreement per type, over the corpus and per document";
	}

	@Override
	public String usage() {
		return """
				Usage: sayso agreement <project-folder> [--json] [--type TYPE]... [--threshold T]
				                       [--documents ID,...]

				Per annotation type (Speaker, Claim, Cue, Date):
				  alphaU                Krippendorff's unitizing alpha on the spans
				  fleissKappa           Fleiss' kappa on the aligned units, all annotators
				  cohenKappa            Cohen's kappa of each pair of annotators
				  attributionAgreement  claims: share of annotator pairs naming the same speaker
				  dateValueAgreement    dates: share of annotator pairs giving the same value
				Kappas use the kind as category (claim kind, speaker kind, date type) and "(absent)"
				for an annotator who lacks a unit the others have. Corpus figures pool the documents
				that every annotator has annotated. Undefined figures (no variation, too few
				annotators) are shown as n/a, null in JSON. Nothing is written.
				  --json         the figures as JSON on stdout (corpus and every document)
				  --type TYPE    only this type (repeatable)
				  --threshold T  claim overlap share for aligning (default: the project's setting)""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var options = Options.parse(args, List.of("--threshold", "--documents", "--type"), List.of("--json"));
		var folder = options.single("project-folder");
		var types = options.values("--type").stream().map(AgreementCommand::type).toList();
		for (var type : types) {
			if (type == null) {
				throw new CliUsageException("--type is one of Speaker, Claim, Cue, Date");
			}
		}
		try {
			var store = MergeOptions.open(folder, "agreement", err);
			Projects.warnUnusable(store.layout().root(), "agreement", err);
			var engine = new MergeEngine(MergeOptions.settings(options, store));
			var result = ProjectAgreement.measure(store, engine, MergeOptions.documents(options, store),
					new NullProgressMonitor(), err::println);
			if (options.flag("--json")) {
				out.print(AgreementJson.write(result.report(), types));
			} else {
				print(result.report(), types, out);
			}
			result.problems().forEach(p -> err.println("sayso agreement: " + p));
			return result.problems().isEmpty() ? SaysoCli.OK : SaysoCli.FAILED;
		} catch (StoreException e) {
			err.println("sayso agreement: " + e.getMessage());
			return SaysoCli.FAILED;
		}
	}

	private static String type(String name) {
		for (var layer : AnnotationKind.values()) {
			if (layer.label().equalsIgnoreCase(name)) {
				return layer.label();
			}
		}
		return null;
	}

	private static void print(AgreementReport report, List<String> types, PrintStream out) {
		out.printf("Annotators: %s; corpus figures over %d document(s)%n%n", String.join(", ", report.annotators()),
				report.corpusDocuments());
		out.printf("%-8s %6s %8s %8s %12s %12s%n", "type", "units", "alphaU", "Fleiss", "attribution", "date values");
		for (var t : report.corpus().values()) {
			if (types.isEmpty() || types.contains(t.type())) {
				out.printf("%-8s %6d %8s %8s %12s %12s%n", t.type(), t.units(), f(t.alphaU()), f(t.fleissKappa()),
						f(t.attributionAgreement()), f(t.dateValueAgreement()));
			}
		}
		out.println();
		out.println("Cohen's kappa per pair:");
		for (var t : report.corpus().values()) {
			if (types.isEmpty() || types.contains(t.type())) {
				var pairs = new StringBuilder();
				t.cohenKappa().forEach((pair, value) -> pairs.append("  ").append(pair).append(' ').append(f(value)));
				out.printf("  %-8s%s%n", t.type(), pairs);
			}
		}
		var worst = report.byWorstAgreement();
		if (!worst.isEmpty()) {
			out.println();
			out.println("Documents with the lowest agreement:");
			worst.stream().limit(WORST_SHOWN).forEach(d -> out.printf("  %-30s %s%n", d.documentId(), f(d.worst())));
		}
	}

	private static String f(Double value) {
		return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
	}
}
