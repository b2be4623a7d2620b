package org.sayso.interop;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;

import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.dkpro.core.io.xmi.XmiReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;

/**
 * Sayso's XMI read by DKPro Core's XmiReader in a uimaFIT pipeline, as a DKPro user points it at an export folder
 * with {@code typeSystemFile} naming the {@code TypeSystem.xml} beside the XMI.
 * <p>
 * Runs in the pom's dkpro-test execution, the one with DKPro on the class path. With {@code -Dtest=...} the plain
 * execution loads this class too, to read its tag: so no DKPro or uimaFIT type may appear in a method signature here
 * (lambdas included), or that class loading fails.
 */
@Tag("dkpro")
class DkproXmiReaderTest {

	@TempDir
	Path root;

	/**
	 * {@code mergeTypeSystem=false} (DKPro's default) replaces the pipeline's type system with ours;
	 * {@code true} merges ours into DKPro's types found on the class path (Token, Sentence, POS, ... and its own
	 * DocumentMetaData), which is what a pipeline with DKPro components downstream needs.
	 */
	@ParameterizedTest(name = "mergeTypeSystem={0}")
	@ValueSource(booleans = { false, true })
	void xmiReaderReadsTheSameAnnotationsAndDocumentMetaData(boolean merge) throws Exception {
		var saved = SavedProject.ferryArticle(root);

		var jcas = readOne(saved, merge);

		SavedSetAssertions.assertHoldsSavedSet(saved, jcas.getCas());
		var read = Annotations.of(jcas.getCas());
		assertAll("the whole ferry story arrived",
				() -> assertEquals(FerryArticle.SPEAKERS, read.speakers().size(), "Speakers"),
				() -> assertEquals(FerryArticle.CUES, read.cues().size(), "Cues"),
				() -> assertEquals(FerryArticle.CLAIMS, read.claims().size(), "Claims"),
				() -> assertEquals(FerryArticle.DATES, read.dates().size(), "DateMentions"));
		// DKPro's own API on DKPro's JCas class: what writers and other DKPro components downstream call
		var metaData = DocumentMetaData.get(jcas);
		assertEquals(FerryArticle.ID, metaData.getDocumentId(), "DocumentMetaData.get(jcas).getDocumentId()");
		assertEquals(FerryArticle.TITLE, metaData.getDocumentTitle(), "DocumentMetaData.get(jcas).getDocumentTitle()");
		assertEquals(SavedProject.PROJECT, metaData.getCollectionId(), "DocumentMetaData.get(jcas).getCollectionId()");
		assertEquals("en", jcas.getDocumentLanguage());
		if (merge) {
			assertTrue(jcas.getTypeSystem().getType("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token") != null,
					"merged: DKPro's types are still there for the components downstream");
		}
	}

	@Test
	void xmiReaderReadsAnXml11FileWithTheControlCharacterInPlace() throws Exception {
		var saved = SavedProject.create(root, WireGlitchArticle.ID, WireGlitchArticle.TEXT, WireGlitchArticle::describe,
				WireGlitchArticle::annotate);
		assertTrue(saved.xmiText().startsWith("<?xml version=\"1.1\""), "the store writes XMI 1.1 for this text");

		var jcas = readOne(saved, false);

		int bel = WireGlitchArticle.TEXT.indexOf(WireGlitchArticle.BEL);
		assertEquals(WireGlitchArticle.BEL, jcas.getDocumentText().charAt(bel), "U+0007 at offset " + bel);
		SavedSetAssertions.assertHoldsSavedSet(saved, jcas.getCas());
		assertEquals(WireGlitchArticle.ID, DocumentMetaData.get(jcas).getDocumentId());
	}

	/** Runs the reader over the XMI's folder and returns the one document it must find. */
	static JCas readOne(SavedProject saved, boolean merge) throws Exception {
		var reader = CollectionReaderFactory.createReaderDescription(XmiReader.class,
				XmiReader.PARAM_SOURCE_LOCATION, saved.xmi().getParent().toString(),
				XmiReader.PARAM_PATTERNS, "*.xmi",
				XmiReader.PARAM_TYPE_SYSTEM_FILE, saved.typeSystem().toString(),
				XmiReader.PARAM_MERGE_TYPE_SYSTEM, merge,
				// strict, as in the plain uimaj-core test: an unknown type must fail, not vanish
				XmiReader.PARAM_LENIENT, false);
		var read = new ArrayList<JCas>();
		for (JCas jcas : SimplePipeline.iteratePipeline(reader)) {
			// the iterator reuses one CAS per document; there is only one document, so keeping it is safe
			read.add(jcas);
		}
		assertEquals(1, read.size(), "documents read: exactly the saved XMI, not TypeSystem.xml");
		return read.get(0);
	}
}
