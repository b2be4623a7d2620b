package org.sayso.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layers of core, checked on its sources: the algorithms (merging, agreement, dates, edits, the CAS and XMI
 * mapping) work on what they are handed and never reach into storage or the project-wide services; those live in
 * {@code store} and {@code project}, which may use the algorithms.
 */
class PackageStructureTest {

	private static final Path CORE = Path.of("../org.sayso.core/src/org/sayso/core");
	private static final List<String> ALGORITHMS = List.of("merge", "agreement", "dates", "edit", "cas", "xmi");
	private static final List<String> STORAGE = List.of("org.sayso.core.store", "org.sayso.core.project");

	@Test
	void noAlgorithmPackageImportsTheStoreOrTheProjectServices() throws IOException {
		assertTrue(Files.isDirectory(CORE), "the core sources beside the tests: " + CORE.toAbsolutePath());
		var offences = new ArrayList<String>();
		int read = 0;
		for (var algorithm : ALGORITHMS) {
			try (Stream<Path> files = Files.list(CORE.resolve(algorithm))) {
				for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					read++;
					for (var line : Files.readAllLines(file)) {
						if (line.startsWith("import ") && STORAGE.stream().anyMatch(line::contains)) {
							offences.add(algorithm + "/" + file.getFileName() + ": " + line);
						}
					}
				}
			}
		}
		assertTrue(read > 40, "the algorithm packages were read: " + read + " files");
		assertEquals(List.of(), offences, "algorithms must be handed their sets, not open them");
	}
}
