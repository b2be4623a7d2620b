package org.sayso.core.tests.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.store.Folders;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.project.ProjectValidation;

/** The project-wide check behind {@code sayso validate}: every set, each problem with its file and span. */
class ProjectValidationTest {

	@TempDir
	Path temp;

	private Path copyOfGoldSet() throws IOException {
		var copy = temp.resolve("gold");
		Folders.copyTree(Path.of("../../sample/gold"), copy);
		return copy;
	}

	@Test
	void everySetIsCheckedAndAnUnreadableFileIsAnErrorNamingIt() throws Exception {
		var root = copyOfGoldSet();
		var store = ProjectStore.open(root);
		var findings = new ArrayList<ProjectValidation.Finding>();
		var clean = ProjectValidation.run(store, Set.of(), Set.of(), findings::add);
		assertEquals(25, clean.sets(), "the gold annotator's set of each of the 25 articles");
		assertEquals(0, clean.errors(), findings.toString());

		var broken = root.resolve("annotations/gold/hospital-strike.xmi");
		Files.writeString(broken, "<xmi:XMI broken");
		findings.clear();
		var result = ProjectValidation.run(ProjectStore.open(root), Set.of(), List.of("hospital-strike"), findings::add);
		assertEquals(1, result.sets());
		assertEquals(1, result.errors());
		var line = findings.get(findings.size() - 1).line();
		assertTrue(line.startsWith(broken.toString()) && line.contains(": error: "), line);
	}

	@Test
	void onlyTheNamedAnnotatorsAndDocuments() throws Exception {
		var store = ProjectStore.open(copyOfGoldSet());
		var result = ProjectValidation.run(store, Set.of("nobody"), Set.of(), f -> {
		});
		assertEquals(0, result.sets());
	}
}
