package org.sayso.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layers, checked on the sources: the algorithms (merging and agreement in org.sayso.curation; dates, edits, the
 * CAS and XMI mapping in core) work on what they are handed and never reach into storage or the project-wide
 * services, which live in core's {@code store} and {@code project} and in org.sayso.curation's top package. And
 * org.sayso.io and org.sayso.curation stand on core: no source of core imports them.
 */
class PackageStructureTest {

	private static final Path PLUGINS = Path.of("..");
	private static final List<Path> ALGORITHMS = List.of(
			Path.of("org.sayso.curation/src/org/sayso/curation/merge"),
			Path.of("org.sayso.curation/src/org/sayso/curation/agreement"),
			Path.of("org.sayso.core/src/org/sayso/core/dates"), Path.of("org.sayso.core/src/org/sayso/core/edit"),
			Path.of("org.sayso.core/src/org/sayso/core/cas"), Path.of("org.sayso.core/src/org/sayso/core/xmi"));
	private static final List<String> STORAGE = List.of("org.sayso.core.store", "org.sayso.core.project",
			"org.sayso.curation.Project", "org.sayso.curation.Curation");

	@Test
	void noAlgorithmPackageImportsTheStoreOrTheProjectServices() throws IOException {
		var offences = new ArrayList<String>();
		int read = 0;
		for (var algorithm : ALGORITHMS) {
			read += offences(algorithm, line -> STORAGE.stream().anyMatch(line::contains), offences);
		}
		assertTrue(read > 40, "the algorithm packages were read: " + read + " files");
		assertEquals(List.of(), offences, "algorithms must be handed their sets, not open them");
	}

	@Test
	void coreImportsNeitherIoNorCuration() throws IOException {
		var offences = new ArrayList<String>();
		int read = offences(Path.of("org.sayso.core/src"),
				line -> line.contains("org.sayso.io.") || line.contains("org.sayso.curation"), offences);
		assertTrue(read > 50, "core's sources were read: " + read + " files");
		assertEquals(List.of(), offences, "io and curation depend on core, never the reverse");
	}

	/** Adds each import line of the sources under {@code folder} that {@code offends}; returns the files read. */
	private static int offences(Path folder, Predicate<String> offends, List<String> offences) throws IOException {
		var root = PLUGINS.resolve(folder);
		assertTrue(Files.isDirectory(root), "the sources beside the tests: " + root.toAbsolutePath());
		int read = 0;
		try (Stream<Path> files = Files.walk(root)) {
			for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				read++;
				for (var line : Files.readAllLines(file)) {
					if (line.startsWith("import ") && offends.test(line)) {
						offences.add(root.relativize(file) + ": " + line);
					}
				}
			}
		}
		return read;
	}
}
