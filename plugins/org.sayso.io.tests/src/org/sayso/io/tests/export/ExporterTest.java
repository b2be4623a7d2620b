package org.sayso.io.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.cas.CasMapper;
import org.sayso.io.export.ExportException;
import org.sayso.io.export.ExportFormat;
import org.sayso.io.export.ExportRequest;
import org.sayso.io.export.ExportSummary;
import org.sayso.io.export.Exporter;
import org.sayso.io.export.SetSelection;
import org.sayso.core.store.ProjectStore;
import org.sayso.tests.support.SampleSets;
import org.sayso.core.xmi.SafeXmiReader;
import org.sayso.model.SaysoFactory;

/** The export engine on a real project folder: what lands in the output, what is refused, and atomicity. */
class ExporterTest {

	@TempDir
	Path temp;

	private ProjectStore store;

	@BeforeEach
	void createProject() throws Exception {
		store = ExportProject.create(temp.resolve("newsroom"));
	}

	private ExportSummary export(ExportFormat format, SetSelection selection, Path out, boolean allowInvalid,
			boolean replace) throws ExportException {
		return Exporter.export(new ExportRequest(store, format, selection, out, allowInvalid, replace),
				new NullProgressMonitor());
	}

	@Test
	void curatedXmiHoldsTheCuratedSetsAndRefusesTheInvalidDocument() throws Exception {
		var out = temp.resolve("export");

		var summary = export(ExportFormat.UIMA_XMI, new SetSelection.Curated(), out, false, false);

		assertEquals(List.of("TypeSystem.xml", "export-summary.json", "export-summary.txt", "harbour-talks.xmi"),
				names(out));
		assertEquals(1, summary.documents());
		assertEquals(List.of(ExportProject.CLINIC), summary.refused().stream().map(r -> r.documentId()).toList());
		assertTrue(summary.refused().get(0).problems().get(0).contains("has no speaker"), summary.toText());
		assertEquals(List.of(ExportProject.BUDGET), summary.skipped().stream().map(s -> s.documentId()).toList());
		var curated = store.openCuratedSet(store.document(ExportProject.HARBOUR), null).set();
		assertEquals(Map.of("Speaker", 4, "Claim", 3, "Cue", 3, "DateMention", 4), summary.annotationsPerType());
		assertEquals(curated.getAnnotations().size(), summary.annotations());
		assertTrue(Files.readString(out.resolve("export-summary.txt")).contains("Refused 1 document(s)"));

		// the exported file holds the curated set itself
		var cas = SaysoTypeSystem.createCas();
		new SafeXmiReader().read(out.resolve("harbour-talks.xmi"), cas);
		var document = SaysoFactory.eINSTANCE.createDocument();
		document.setId(ExportProject.HARBOUR);
		CasMapper.readDocument(cas, document);
		var read = CasMapper.read(cas, document).set();
		assertTrue(read.isCurated());
		assertTrue(EcoreUtil.equals(SampleSets.canonical(curated), SampleSets.canonical(read)));
	}

	@Test
	void allowInvalidExportsTheInvalidSetsAndListsTheirProblems() throws Exception {
		var out = temp.resolve("export");

		var summary = export(ExportFormat.UIMA_XMI, new SetSelection.Curated(), out, true, false);

		assertTrue(Files.exists(out.resolve("clinic-funding.xmi")));
		assertEquals(2, summary.documents());
		assertTrue(summary.refused().isEmpty());
		assertEquals(List.of(ExportProject.CLINIC), summary.exportedInvalid().stream().map(r -> r.documentId()).toList());
		assertTrue(summary.toText().contains("Exported anyway (--allow-invalid)"), summary.toText());
		assertTrue(summary.toJson().contains("\"exportedInvalid\":[{\"document\":\"clinic-funding\""), summary.toJson());
	}

	@Test
	void allSetsKeepTheProjectLayout() throws Exception {
		var out = temp.resolve("export");

		var summary = export(ExportFormat.UIMA_XMI, new SetSelection.All(), out, true, false);

		assertTrue(Files.exists(out.resolve("TypeSystem.xml")));
		for (var file : List.of("annotations/ana/harbour-talks.xmi", "annotations/ben/harbour-talks.xmi",
				"annotations/ana/budget-vote.xmi", "annotations/ana/clinic-funding.xmi", "curation/harbour-talks.xmi",
				"curation/clinic-funding.xmi")) {
			assertTrue(Files.isRegularFile(out.resolve(file)), file);
		}
		assertEquals(3, summary.documents());
		assertEquals(6, summary.sets());
	}

	@Test
	void oneAnnotatorsSetsSkipTheDocumentsTheyDidNotAnnotate() throws Exception {
		var summary = export(ExportFormat.UIMA_XMI, new SetSelection.Annotator("ben"), temp.resolve("export"), false,
				false);

		assertEquals(1, summary.documents());
		assertEquals(2, summary.skipped().size());
		assertEquals("ben has not annotated it", summary.skipped().get(0).reason());
	}

	@Test
	void aFolderThatIsNotEmptyIsRefusedAndOnlyAnEarlierExportIsReplaced() throws Exception {
		var out = Files.createDirectories(temp.resolve("export"));
		Files.writeString(out.resolve("notes.txt"), "keep me");

		var refused = assertThrows(ExportException.class,
				() -> export(ExportFormat.JSONL, new SetSelection.Curated(), out, false, false));
		assertTrue(refused.getMessage().contains("a Sayso export did not write it")
				&& refused.getMessage().contains("notes.txt") && !refused.getMessage().contains("--replace"),
				"a folder of other files is refused at once, naming them, without suggesting to replace it: "
						+ refused.getMessage());
		assertEquals(List.of("notes.txt"), names(out));
		assertEquals(List.of("export", "newsroom"), names(temp), "no temporary folder is left behind");

		var notAnExport = assertThrows(ExportException.class,
				() -> export(ExportFormat.JSONL, new SetSelection.Curated(), out, false, true));
		assertTrue(notAnExport.getMessage().contains("a Sayso export did not write it"), notAnExport.getMessage());
		assertEquals("keep me", Files.readString(out.resolve("notes.txt")));

		Files.delete(out.resolve("notes.txt"));
		export(ExportFormat.JSONL, new SetSelection.Curated(), out, false, false);
		export(ExportFormat.CONLL, new SetSelection.Curated(), out, true, true);
		assertEquals(List.of("annotations.conll", "export-summary.json", "export-summary.txt"), names(out));
		assertEquals(List.of("export", "newsroom"), names(temp), "the replaced export is gone");
	}

	@Test
	void theProjectFolderIsNeverAnOutput() {
		var root = store.layout().root();
		for (var out : List.of(root, root.resolve("annotations/ana"), temp)) {
			var refused = assertThrows(ExportException.class,
					() -> export(ExportFormat.UIMA_XMI, new SetSelection.Curated(), out, false, true));
			assertTrue(refused.getMessage().contains("folder of the project"), refused.getMessage());
		}
	}

	@Test
	void aCancelledExportLeavesNothingBehind() throws Exception {
		var out = temp.resolve("export");
		var monitor = new NullProgressMonitor() {
			@Override
			public void worked(int work) {
				setCanceled(true);
			}

			@Override
			public void internalWorked(double work) {
				setCanceled(true);
			}
		};

		assertThrows(OperationCanceledException.class, () -> Exporter.export(
				new ExportRequest(store, ExportFormat.UIMA_XMI, new SetSelection.All(), out, true, false), monitor));

		assertFalse(Files.exists(out));
		assertEquals(List.of("newsroom"), names(temp));
	}

	@Test
	void formatsAndSelectionsHaveTheNamesOfTheCommandLine() {
		assertEquals(ExportFormat.CONLL, ExportFormat.of("conll"));
		var unknown = assertThrows(IllegalArgumentException.class, () -> ExportFormat.of("csv"));
		assertTrue(unknown.getMessage().contains("uima-xmi, inception, emf, jsonl, conll, brat"), unknown.getMessage());
		assertEquals("ana", new SetSelection.Annotator("ana").name());
		assertThrows(IllegalArgumentException.class, () -> new SetSelection.Annotator("../etc"));
	}

	static List<String> names(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}
}
