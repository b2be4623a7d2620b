package org.sayso.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * The {@code uima-xmi} export folder given to DKPro Core's XmiReader, as a DKPro user points it at an export with
 * {@code typeSystemFile} naming the exported TypeSystem.xml. Runs in the pom's dkpro-test execution; no DKPro type may
 * appear in a method signature here (see {@link DkproXmiReaderTest}).
 */
@Tag("dkpro")
class DkproExportedXmiTest {

	@TempDir
	Path root;

	@ParameterizedTest(name = "mergeTypeSystem={0}")
	@ValueSource(booleans = { false, true })
	void xmiReaderReadsTheExportFolder(boolean merge) throws Exception {
		var saved = SavedProject.ferryArticle(root.resolve("project"));
		var exported = ExportedSet.export(saved, root.resolve("project"), root.resolve("export"));

		var jcas = DkproXmiReaderTest.readOne(exported, merge);

		SavedSetAssertions.assertHoldsSavedSet(exported, jcas.getCas());
		assertEquals(FerryArticle.ID, DocumentMetaData.get(jcas).getDocumentId());
		assertEquals(SavedProject.PROJECT, DocumentMetaData.get(jcas).getCollectionId());
	}
}
