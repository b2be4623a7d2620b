package org.sayso.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code uima-xmi} export read the way any uimaj-core program reads it: the exported TypeSystem.xml parsed, the
 * XMI deserialized strictly, with nothing of Sayso or DKPro on the class path (the pom's default execution).
 */
class ExportedXmiTest {

	@TempDir
	Path root;

	@Test
	void exportedXmiLoadsStrictlyWithTheSameAnnotationsTextAndMetadata() throws Exception {
		var saved = SavedProject.ferryArticle(root.resolve("project"));
		var exported = ExportedSet.export(saved, root.resolve("project"), root.resolve("export"));

		try (Stream<Path> files = Files.list(root.resolve("export"))) {
			assertEquals(4, files.count(), "the XMI, TypeSystem.xml and the two summary files");
		}
		var cas = PlainUimaTest.read(exported.xmi(), exported.typeSystem());

		SavedSetAssertions.assertHoldsSavedSet(exported, cas);
		var read = Annotations.of(cas);
		assertEquals(FerryArticle.CLAIMS, read.claims().size());
		assertEquals(FerryArticle.DATES, read.dates().size());
	}

	@Test
	void anXml11TextIsExportedAsXml11AndLoadsWithTheCharacterInPlace() throws Exception {
		var saved = SavedProject.create(root.resolve("project"), WireGlitchArticle.ID, WireGlitchArticle.TEXT,
				WireGlitchArticle::describe, WireGlitchArticle::annotate);
		var exported = ExportedSet.export(saved, root.resolve("project"), root.resolve("export"));
		assertTrue(exported.xmiText().startsWith("<?xml version=\"1.1\""));

		var cas = PlainUimaTest.read(exported.xmi(), exported.typeSystem());

		int bel = WireGlitchArticle.TEXT.indexOf(WireGlitchArticle.BEL);
		assertEquals(WireGlitchArticle.BEL, cas.getDocumentText().charAt(bel));
		SavedSetAssertions.assertHoldsSavedSet(exported, cas);
	}
}
