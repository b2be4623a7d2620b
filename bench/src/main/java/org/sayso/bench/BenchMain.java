package org.sayso.bench;

import java.nio.file.Files;
import java.util.Set;

import org.sayso.core.store.Folders;

/**
 * Runs Sayso's benchmarks: {@code ./sayso bench}. Exit code 1 when a target was missed, so the figures can be
 * watched in scripts too.
 */
public final class BenchMain {

	public static void main(String[] args) throws Exception {
		var report = new Report(System.out);
		var scratch = Files.createTempDirectory("sayso-bench");
		System.out.printf("Sayso benchmarks on %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
		try {
			var only = Set.of(args); // names to run only some benchmarks: bench/run merge
			if (only.isEmpty() || only.contains("listing")) {
				ProjectListingBench.run(report, scratch);
			}
			if (only.isEmpty() || only.contains("store")) {
				StoreBench.run(report, scratch);
			}
			if (only.isEmpty() || only.contains("suggest")) {
				SuggestBench.run(report);
			}
			if (only.isEmpty() || only.contains("html")) {
				HtmlImportBench.run(report, scratch);
			}
			if (only.isEmpty() || only.contains("export")) {
				ExportBench.run(report, scratch);
			}
			if (only.isEmpty() || only.contains("copies")) {
				CopiesBench.run(report, scratch);
				CopiesBench.carry(report);
			}
			if (only.isEmpty() || only.contains("speakers")) {
				SpeakersBench.run(report, scratch);
			}
			if (only.isEmpty() || only.contains("merge")) {
				MergeBench.run(report, scratch);
			}
		} finally {
			Folders.deleteTree(scratch);
		}
		System.out.println();
		System.out.println(report.missedTargets() == 0 ? "All targets met." : report.missedTargets() + " target(s) missed.");
		System.exit(report.missedTargets() == 0 ? 0 : 1);
	}

	private BenchMain() {
	}
}
