package org.sayso.io.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.io.importer.CorpusImport;
import org.sayso.io.export.ExportFormat;
import org.sayso.io.export.ExportRequest;
import org.sayso.io.export.Exporter;
import org.sayso.io.export.SetSelection;
import org.sayso.io.importer.ArticleImport;
import org.sayso.core.store.ProjectStore;
import org.sayso.tests.support.SampleSets;
import org.sayso.model.AnnotationSet;

/** The formats that come back into Sayso: emf through the corpus import, inception through the article import. */
class RoundTripExportTest {

	@TempDir
	Path temp;

	@Test
	void emfCorpusReimportsEqual() throws Exception {
		var store = ExportProject.create(temp.resolve("newsroom"));
		var first = temp.resolve("corpus-1");
		var summary = Exporter.export(new ExportRequest(store, ExportFormat.EMF, new SetSelection.All(), first, true, false),
				new NullProgressMonitor());
		assertEquals(6, summary.sets());
		for (var file : List.of("sayso-corpus.xmi", "sayso.ecore", "sayso-corpus.ecore")) {
			assertTrue(Files.isRegularFile(first.resolve(file)), file);
		}

		var reimported = CorpusImport.importInto(first.resolve("sayso-corpus.xmi"), temp.resolve("reimported"),
				new NullProgressMonitor());
		var second = temp.resolve("corpus-2");
		Exporter.export(new ExportRequest(reimported, ExportFormat.EMF, new SetSelection.All(), second, true, false),
				new NullProgressMonitor());

		var before = CorpusImport.read(first.resolve("sayso-corpus.xmi"));
		var after = CorpusImport.read(second.resolve("sayso-corpus.xmi"));
		assertEquals(3, before.project().getDocuments().size());
		assertEquals(SampleSets.TEXT, before.project().getDocuments().get(0).getText(), "the emoji text travels whole");
		var expected = new ArrayList<Object>(before.sets());
		expected.add(0, before.project());
		var actual = new ArrayList<Object>(after.sets());
		actual.add(0, after.project());
		assertTrue(EcoreUtil.equals(cast(expected), cast(actual)), "project, documents, sets, entities and provenance");
		for (int i = 0; i < 3; i++) {
			assertEquals(before.project().getDocuments().get(i).getText(), after.project().getDocuments().get(i).getText());
		}
		var ana = before.sets().get(0);
		assertEquals("ana", ana.getAnnotator());
		assertEquals(after.sets().get(0).getLastModified(), ana.getLastModified(), "the time of the last change is kept");
		assertEquals(store.openSet(store.document("harbour-talks"), "ana").set().getLastModified(), ana.getLastModified());
	}

	@Test
	void inceptionZipsImportBackIntoSaysoWithEverySet() throws Exception {
		var store = ExportProject.create(temp.resolve("newsroom"));
		var out = temp.resolve("inception");
		Exporter.export(new ExportRequest(store, ExportFormat.INCEPTION, new SetSelection.All(), out, true, false),
				new NullProgressMonitor());

		try (var zip = new ZipFile(out.resolve("harbour-talks.zip").toFile())) {
			var entries = zip.stream().map(e -> e.getName()).sorted().toList();
			assertEquals(List.of("CURATION_USER.xmi", "TypeSystem.xml", "ana.xmi", "ben.xmi"), entries);
		}

		var copy = ProjectStore.create(temp.resolve("copy"), "copy");
		var importer = new ArticleImport(copy);
		for (var id : List.of("harbour-talks", "budget-vote", "clinic-funding")) {
			var outcome = importer.importFile(out.resolve(id + ".zip"));
			assertTrue(!outcome.failed(), String.valueOf(outcome.failure()));
		}
		for (var annotator : List.of("ana", "ben")) {
			assertSame(store.openSet(store.document("harbour-talks"), annotator).set(),
					copy.openSet(copy.document("harbour-talks"), annotator).set());
		}
		assertSame(store.openCuratedSet(store.document("harbour-talks"), null).set(),
				copy.openCuratedSet(copy.document("harbour-talks"), null).set());
	}

	private static void assertSame(AnnotationSet expected, AnnotationSet actual) {
		assertEquals(expected.getAnnotations().size(), actual.getAnnotations().size());
		SampleSets.canonical(expected);
		SampleSets.canonical(actual);
		// the copy's document is another object with the same text; compare the annotations and entities
		assertTrue(EcoreUtil.equals(expected.getAnnotations(), actual.getAnnotations()), expected.getAnnotator());
		assertTrue(EcoreUtil.equals(expected.getEntities(), actual.getEntities()), expected.getAnnotator());
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> cast(List<Object> list) {
		return (List<T>) list;
	}
}
