package org.sayso.interop;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sayso's XMI with its {@code TypeSystem.xml}, read the way any uimaj-core program reads a UIMA export: parse the
 * type system file, create a CAS, deserialize strictly. This class runs in a surefire execution whose class path
 * has no DKPro, uimaFIT or JCas cover classes (see the pom), so nothing but uimaj-core interprets the file.
 */
class PlainUimaTest {

	@TempDir
	Path root;

	@Test
	void runsOnUimajCoreAloneWithoutDkproOrUimafit() {
		// if the pom's class path exclusions stop working, the other tests here would prove less than they claim
		assertAll(
				() -> assertThrows(ClassNotFoundException.class, () -> Class.forName(SavedSetAssertions.DOCUMENT_META_DATA)),
				() -> assertThrows(ClassNotFoundException.class, () -> Class.forName("org.dkpro.core.io.xmi.XmiReader")),
				() -> assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.uima.fit.util.JCasUtil")),
				() -> assertThrows(ClassNotFoundException.class,
						() -> Class.forName("org.apache.uima.jcas.tcas.DocumentAnnotation")));
	}

	@Test
	void savedXmiLoadsStrictlyWithTheSameAnnotationsTextAndMetadata() throws Exception {
		var saved = SavedProject.ferryArticle(root);
		assertTrue(saved.xmiText().startsWith("<?xml version=\"1.0\""), "a text without control characters is XMI 1.0");

		var cas = read(saved.xmi(), saved.typeSystem());

		SavedSetAssertions.assertHoldsSavedSet(saved, cas);
		var read = Annotations.of(cas);
		assertAll("the whole ferry story arrived",
				() -> assertEquals(FerryArticle.SPEAKERS, read.speakers().size(), "Speakers"),
				() -> assertEquals(FerryArticle.CUES, read.cues().size(), "Cues"),
				() -> assertEquals(FerryArticle.CLAIMS, read.claims().size(), "Claims"),
				() -> assertEquals(FerryArticle.DATES, read.dates().size(), "DateMentions"));
	}

	@Test
	void offsetsAfterEmojiAndTheJointClaimReadAsTheAnnotatorMadeThem() throws Exception {
		// the same facts as above, spelled out against the text: a reader that counted code points instead of UTF-16
		// units, or dropped the second SourceLink, fails here with a message a person can check by eye
		var saved = SavedProject.ferryArticle(root);
		var read = Annotations.of(read(saved.xmi(), saved.typeSystem()));
		var text = FerryArticle.TEXT;

		var minister = read.speakers().get(0);
		assertEquals("Transport minister Jonas Berg", minister.span().covered());
		assertEquals(text.indexOf("Transport minister"), minister.span().begin());
		assertTrue(text.codePointCount(0, minister.span().begin()) < minister.span().begin(),
				"an emoji outside the BMP precedes the first annotation");

		var joint = read.claims().get(0);
		assertEquals("fares “will not rise before the spring”", joint.span().covered());
		assertEquals("mixed", joint.kind());
		assertEquals(List.of("Transport minister Jonas Berg", "the ferry operators’ association"),
				joint.sources().stream().map(Annotations.Span::covered).toList(), "both speakers of the joint claim");
		assertEquals(List.of("said"), joint.cues().stream().map(Annotations.Span::covered).toList());

		var quote = read.claims().get(1);
		assertEquals("“Nobody on the islands should pay more for the same crossing 🙏,”", quote.span().covered());
		assertEquals(List.of("Berg"), quote.sources().stream().map(Annotations.Span::covered).toList());

		assertEquals(List.of("2025-10-14", "2025-10-14", "2025-11-03/2026-03-29", "P6W", "2026"),
				read.dates().stream().map(Annotations.DateRow::value).toList(), "date values in text order");
	}

	@Test
	void textWithAControlCharacterIsSavedAsXml11AndLoadsWithTheCharacterInPlace() throws Exception {
		var saved = SavedProject.create(root, WireGlitchArticle.ID, WireGlitchArticle.TEXT, WireGlitchArticle::describe,
				WireGlitchArticle::annotate);
		assertTrue(saved.xmiText().startsWith("<?xml version=\"1.1\""), "XML 1.0 cannot hold U+0007: the store writes 1.1");

		var cas = read(saved.xmi(), saved.typeSystem());

		int bel = WireGlitchArticle.TEXT.indexOf(WireGlitchArticle.BEL);
		assertEquals(WireGlitchArticle.BEL, cas.getDocumentText().charAt(bel), "U+0007 at offset " + bel);
		assertEquals(1, cas.getDocumentText().chars().filter(c -> c == WireGlitchArticle.BEL).count());
		SavedSetAssertions.assertHoldsSavedSet(saved, cas);
		var read = Annotations.of(cas);
		assertEquals("the strike “is over as of 6 p.m.”", read.claims().get(0).span().covered(),
				"an annotation after the control character");
		assertTrue(read.claims().get(0).span().begin() > bel);
	}

	/** Reads an XMI as a plain uimaj-core program would: no Sayso code, not lenient. */
	static CAS read(Path xmi, Path typeSystemFile) throws Exception {
		var typeSystem = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(typeSystemFile.toFile()));
		var cas = CasCreationUtils.createCas(typeSystem, null, null);
		try (var in = Files.newInputStream(xmi)) {
			XmiCasDeserializer.deserialize(in, cas, false);
		}
		return cas;
	}
}
