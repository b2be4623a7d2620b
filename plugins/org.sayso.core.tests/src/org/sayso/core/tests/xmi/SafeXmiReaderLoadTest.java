package org.sayso.core.tests.xmi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.SaysoTypes;
import org.sayso.core.tests.xmi.NewsXmi.FileState;
import org.sayso.core.xmi.SafeXmiReader;

/** XMI that should load: Sayso's own, other tools' with foreign types, XML 1.1, a zip entry. */
class SafeXmiReaderLoadTest {

	private static final String TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";
	private static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";

	@TempDir
	Path dir;

	private final SafeXmiReader reader = new SafeXmiReader();

	@Test
	void saysoXmiComesBackWithEveryAnnotationAndLink() throws Exception {
		var original = NewsXmi.story(NewsXmi.TEXT);
		var file = NewsXmi.write(original, dir.resolve("lopez-talks.xmi"), false);
		var before = FileState.of(file);

		var cas = SaysoTypeSystem.createCas();
		var result = reader.read(file, cas);

		assertTrue(result.report().isLossless(), result.report().describe().toString());
		assertEquals("1.0", result.xmlVersion());
		assertEquals(NewsXmi.TEXT, cas.getDocumentText());
		assertEquals(NewsXmi.describe(original), NewsXmi.describe(cas));
		var claim = NewsXmi.only(cas, SaysoTypes.CLAIM);
		assertEquals("The talks 🤝 will resume next week,", claim.getCoveredText());
		assertEquals("Maria Lopez", NewsXmi.linkTargets(claim, SaysoTypes.F_SOURCES).get(0).getCoveredText());
		assertEquals("said", NewsXmi.linkTargets(claim, SaysoTypes.F_CUES).get(0).getCoveredText());
		assertEquals("2024-03-07", NewsXmi.string(NewsXmi.only(cas, SaysoTypes.DATE_MENTION), SaysoTypes.F_VALUE));
		before.assertUnchanged();
	}

	@Test
	void foreignTypesAndFeaturesAreDroppedAndEveryLossIsReported() throws Exception {
		var file = NewsXmi.fixture("inception-foreign-types.xmi", dir);
		var before = FileState.of(file);
		var cas = SaysoTypeSystem.createCas();

		var report = reader.read(file, cas).report();

		assertEquals(Map.of(TOKEN, 3, NAMED_ENTITY, 2), report.droppedTypes());
		assertEquals(Map.of(SaysoTypes.SPEAKER + ":confidence", 1, SaysoTypes.CLAIM + ":tags", 1),
				report.droppedFeatures());
		assertEquals(Map.of(SaysoTypes.SOURCE_LINK + ":" + SaysoTypes.F_TARGET, 1), report.droppedLinks());
		assertFalse(report.isLossless());
		assertEquals(5, report.droppedFeatureStructures());
		assertEquals(file.toString(), report.source());
		assertEquals(5, report.describe().size(), report.describe().toString());
		assertTrue(report.describe().contains("dropped 3 × " + TOKEN + ": the type is not in the type system"),
				report.describe().toString());

		// everything of Sayso's came in, linked as in the file
		var speaker = NewsXmi.only(cas, SaysoTypes.SPEAKER);
		assertEquals("Maria Lopez", speaker.getCoveredText());
		assertEquals("maria-lopez", NewsXmi.string(speaker, SaysoTypes.F_ENTITY));
		var claim = NewsXmi.only(cas, SaysoTypes.CLAIM);
		assertEquals("the talks would resume next week", claim.getCoveredText());
		var speakers = NewsXmi.linkTargets(claim, SaysoTypes.F_SOURCES);
		assertEquals(2, speakers.size());
		assertEquals(speaker, speakers.get(0));
		assertNull(speakers.get(1), "the link to the dropped NamedEntity is empty (and reported)");
		assertEquals(List.of(NewsXmi.only(cas, SaysoTypes.CUE)), NewsXmi.linkTargets(claim, SaysoTypes.F_CUES));
		var date = NewsXmi.only(cas, SaysoTypes.DATE_MENTION);
		assertEquals("next week", date.getCoveredText());
		assertEquals("2024-W11", NewsXmi.string(date, SaysoTypes.F_VALUE));
		var dct = cas.getIndexRepository()
				.getAllIndexedFS(cas.getTypeSystem().getType(SaysoTypes.DOCUMENT_CREATION_TIME)).next();
		assertEquals("2024-03-07", NewsXmi.string(dct, SaysoTypes.F_VALUE));
		var meta = NewsXmi.only(cas, SaysoTypes.DOCUMENT_META_DATA);
		assertEquals("lopez-talks", NewsXmi.string(meta, "documentId"));
		before.assertUnchanged();
	}

	@Test
	void xml11WithControlCharactersLoads() throws Exception {
		// INCEpTION writes XMI 1.1 when the text holds control characters (here a vertical tab and U+0001)
		var file = NewsXmi.fixture("xml11-control-characters.xmi", dir);
		var before = FileState.of(file);
		var cas = SaysoTypeSystem.createCas();

		var result = reader.read(file, cas);

		assertTrue(result.isXml11());
		assertTrue(result.report().isLossless(), result.report().describe().toString());
		assertEquals("Lopez said:\u000Bthe talks\u0001 would resume.", cas.getDocumentText());
		assertEquals("Lopez", NewsXmi.only(cas, SaysoTypes.SPEAKER).getCoveredText());
		var claim = NewsXmi.only(cas, SaysoTypes.CLAIM);
		assertEquals("the talks\u0001 would resume", claim.getCoveredText());
		assertEquals("pasted from a PDF\u0001", NewsXmi.string(claim, SaysoTypes.F_NOTE));
		before.assertUnchanged();
	}

	@Test
	void uimasOwnXml11OutputLoadsWithItsControlCharacters() throws Exception {
		var text = NewsXmi.TEXT.replace("PARIS", "PARIS\u0007\u001F");
		var original = NewsXmi.story(text);
		var file = NewsXmi.write(original, dir.resolve("bell.xmi"), true);

		var cas = SaysoTypeSystem.createCas();
		var result = reader.read(file, cas);

		assertTrue(result.isXml11());
		assertEquals(text, cas.getDocumentText());
		assertEquals(NewsXmi.describe(original), NewsXmi.describe(cas));
	}

	@Test
	void aZipEntryIsReadAndTheZipStaysOpenForTheNextEntry() throws Exception {
		var xmi = Files.readAllBytes(NewsXmi.write(NewsXmi.story(NewsXmi.TEXT), dir.resolve("story.xmi"), false));
		var zip = dir.resolve("export.zip");
		try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("annotations/ana/lopez-talks.xmi"));
			out.write(xmi);
			out.putNextEntry(new ZipEntry("TypeSystem.xml"));
			out.write("<typeSystemDescription/>".getBytes());
		}

		var cas = SaysoTypeSystem.createCas();
		try (var in = new ZipInputStream(Files.newInputStream(zip))) {
			in.getNextEntry();
			var result = reader.read(in, "export.zip!/annotations/ana/lopez-talks.xmi", cas);
			assertEquals("export.zip!/annotations/ana/lopez-talks.xmi", result.report().source());
			assertEquals("TypeSystem.xml", in.getNextEntry().getName());
			assertArrayEquals("<typeSystemDescription/>".getBytes(), in.readAllBytes());
		}
		assertEquals("Maria Lopez", NewsXmi.only(cas, SaysoTypes.SPEAKER).getCoveredText());
	}
}
