package org.sayso.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.sayso.core.Counts;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.curation.merge.MergeEngine;
import org.sayso.curation.ProjectMerge;
import org.sayso.core.store.StoreException;

/** {@code sayso merge <project>}: merges the annotators' sets into {@code curation/<docId>.xmi}. */
public final class MergeCommand implements CliCommand {

	@Override
	public String name() {
		return "merge";
	}

	@Override
	public String summary() {
		return "Merge the annotators' sets of each document into its curated set";
	}

	@Override
	public String usage() {
		return """
				Usage: sayso merge <project-folder> [--threshold T] [--majority M] [--documents ID,...]
				                   [--curator NAME]

				Aligns the annotators' sets of each document into units (speaker mentions, claims with
				their speakers and cues, cues, dates with their values), accepts the units every
				annotator has alike, and writes curation/<docId>.xmi with the provenance of every
				unit. The rest are conflicts (span boundary, type, speaker of a claim, cue, date
				value, present/absent) for the curation editor. Decisions already taken in a curated
				set are kept where the annotators did not change the unit since.
				  --threshold T   share of the shorter claim two claims must overlap to be one unit
				                  (default: the project's setting, 0.5 unless changed)
				  --majority M    also accept a version that a share M of the annotators have (0.6: 3 of 5)
				  --documents     only these documents (comma separated, repeatable)
				  --curator NAME  the name written as the curated sets' annotator (default: curator)
				Progress goes to stderr, the summary to stdout. Exit code 1 when a document failed;
				the others are merged all the same.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var options = Options.parse(args, MergeOptions.WITH_VALUE, List.of());
		var folder = options.single("project-folder");
		try {
			var store = MergeOptions.open(folder, "merge", err);
			Projects.warnUnusable(store.layout().root(), "merge", err);
			var engine = new MergeEngine(MergeOptions.settings(options, store));
			var result = ProjectMerge.run(store, engine, MergeOptions.documents(options, store),
					new NullProgressMonitor(), err::println, null);
			result.warnings().forEach(w -> err.println("warning: " + w));
			var s = result.summary();
			out.printf("Merged %d document(s)%s%s; %d curated set(s) written to %s%s%n", result.merged(),
					result.singleAnnotator() == 0 ? ""
							: " (" + Counts.of(result.singleAnnotator(), "document") + " with one annotator's set only:"
									+ " taken as it is, agreed by no one, not in the figures below)",
					result.skipped() == 0 ? "" : " (" + result.skipped() + " without annotations skipped)",
					result.written(), store.layout().curationFolder(),
					result.written() < result.merged() ? " (the others had not changed)" : "");
			out.printf("Units: %d; accepted: %d unanimous, %d by majority; conflicts: %d, open: %d%n", s.units(),
					s.unanimous(), s.majority(), s.conflicts(), s.open());
			if (!s.byKind().isEmpty()) {
				out.println("Conflicts by kind: " + s.byKind().entrySet().stream()
						.map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", ")));
			}
			result.problems().forEach(p -> err.println("sayso merge: " + p));
			return result.problems().isEmpty() ? SaysoCli.OK : SaysoCli.FAILED;
		} catch (StoreException e) {
			err.println("sayso merge: " + e.getMessage());
			return SaysoCli.FAILED;
		}
	}
}
