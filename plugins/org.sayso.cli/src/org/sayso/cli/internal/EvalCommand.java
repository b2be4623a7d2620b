package org.sayso.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.core.store.StoreException;
import org.sayso.suggest.eval.GoldEvaluation;

/**
 * {@code sayso eval <project> --gold <annotator>}: how good the suggestions are, against a gold annotator.
 */
public final class EvalCommand implements CliCommand {

	@Override
	public String name() {
		return "eval";
	}

	@Override
	public String summary() {
		return "Score suggestions (or another annotator) against a gold annotator";
	}

	@Override
	public String usage() {
		return """
				Usage: sayso eval <project-folder> --gold NAME [--system NAME] [--json] [--errors]

				For every document the gold annotator has a set for, runs the suggester in memory (nothing
				is written) or, with --system, reads that annotator's set, and prints precision, recall and
				F1 per type (speaker, claim, cue, date) for exact spans and for overlapping spans (matched
				one to one), the attribution accuracy (matched claims whose speaker entity is the gold's:
				some mention of one entity overlaps some mention of the other, or the
				gold mention is a name of the suggested entity, for golds that link no entities) and the date value accuracy
				(matched dates with the same ISO value). For dates, the TempEval-3 measures: relaxed F1
				(overlap), strict F1 (exact) and value F1 (relaxed F1 x value accuracy). For claims, the
				recall by the form of the gold content: quoted (holds quotation marks), "that" (reported
				speech starting with "that") and other. A suggested claim inside a gold claim that another
				suggestion matched (a quote that goes on after its cue, which PolNeAR annotates as one
				discontinuous content) counts as correct for overlap precision. --errors lists every gold
				annotation missed, every
				spurious one, and every matched date with the wrong value or claim with the wrong speaker,
				with its context.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var options = Options.parse(args, List.of("--gold", "--system"), List.of("--json", "--errors"));
		var folder = options.single("project-folder");
		var gold = options.value("--gold", null);
		if (gold == null) {
			throw new CliUsageException("missing --gold <annotator>");
		}
		try {
			var store = Projects.open(Path.of(folder), "eval", err);
			var scores = GoldEvaluation.run(store, gold, options.value("--system", null), new NullProgressMonitor());
			out.println(options.flag("--json") ? scores.json(options.flag("--errors"))
					: scores.documents + " documents, gold '" + gold + "', system '"
							+ options.value("--system", "suggestions") + "'\n" + scores.table());
			if (options.flag("--errors") && !options.flag("--json")) {
				out.println(scores.errors().size() + " errors (document:begin-end: what, and the context with the"
						+ " span in brackets):");
				scores.errors().forEach(e -> out.println(e.line()));
			}
			return SaysoCli.OK;
		} catch (StoreException e) {
			err.println("sayso eval: " + e.getMessage());
			return SaysoCli.FAILED;
		}
	}
}
