package org.sayso.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.cli.SaysoCli;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.Claim;
import org.sayso.model.ClaimKind;
import org.sayso.model.CurationDecision;
import org.sayso.model.DateType;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerKind;

/** sayso merge and sayso agreement on a project of two stories annotated by two annotators, on disk. */
class MergeAndAgreementTest {

	private static final String FERRIES = "BERGEN (Sayso Wire) - The port director said on Tuesday that fares would stay"
			+ " frozen.";
	private static final String PILOTS = "TROMSO (Sayso Wire) - The pilots' union warned on Monday that flights would be"
			+ " delayed.";
	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	@TempDir
	Path temp;
	Path project;

	private final CliRunner cli = new CliRunner();

	@BeforeEach
	void annotate() throws Exception {
		project = temp.resolve("desk");
		var store = ProjectStore.create(project, "desk");
		store.addDocument("ferries", FERRIES);
		store.addDocument("pilots", PILOTS);
		store.saveProject(false);
		for (var annotator : new String[] { "ana", "ben" }) {
			annotate(store, "ferries", annotator, FERRIES, "The port director", "fares would stay frozen", "Tuesday",
					"2025-06-03");
			annotate(store, "pilots", annotator, PILOTS, "The pilots' union", "flights would be delayed", "Monday",
					annotator.equals("ana") ? "2025-06-02" : "2025-06-09");
		}
	}

	@Test
	void mergeWritesTheCuratedSetsAndSummarisesTheConflicts() throws Exception {
		assertEquals(SaysoCli.OK, cli.run("merge", project.toString()), cli.err());
		assertTrue(cli.out().contains("Merged 2 document(s)"), cli.out());
		assertTrue(cli.out().contains("Units: 6; accepted: 5 unanimous, 0 by majority; conflicts: 1, open: 1"), cli.out());
		assertTrue(cli.out().contains("Conflicts by kind: date value 1"), cli.out());
		assertTrue(cli.err().contains("[1/2] ferries: 3 accepted, 0 open conflicts"), cli.err());
		assertTrue(Files.exists(project.resolve("curation/ferries.xmi")));

		var store = ProjectStore.open(project);
		var curated = store.openCuratedSet(store.document("ferries"), "curator").set();
		assertTrue(curated.isCurated());
		var claim = (Claim) curated.getAnnotations().stream().filter(Claim.class::isInstance).findFirst().orElseThrow();
		assertEquals(1, claim.getSources().size(), "the merged claim keeps its speaker");
		assertEquals(CurationDecision.UNANIMOUS, claim.getProvenance().getDecision());
		var pilots = store.openCuratedSet(store.document("pilots"), "curator").set();
		assertEquals(2, pilots.getAnnotations().size(), "the conflicting date waits for the curator");
	}

	@Test
	void anArticleOnlyOneAnnotatorDidIsMergedButNeverCalledAgreed() throws Exception {
		var store = ProjectStore.open(project);
		store.addDocument("harbour", FERRIES);
		store.saveProject(false);
		annotate(store, "harbour", "ana", FERRIES, "The port director", "fares would stay frozen", "Tuesday",
				"2025-06-03");

		assertEquals(SaysoCli.OK, cli.run("merge", project.toString()), cli.err());
		assertTrue(cli.err().contains("harbour: only ana's set: taken as it is, agreed by no second annotator"),
				cli.err());
		assertTrue(cli.out().contains("Merged 3 document(s) (1 document with one annotator's set only"), cli.out());
		assertTrue(cli.out().contains("Units: 6; accepted: 5 unanimous"),
				"the figures count only what two annotators agreed on: " + cli.out());

		assertEquals(SaysoCli.OK, cli.run("info", project.toString()), cli.err());
		assertTrue(cli.out().contains("Curated   3 of 3 documents"), cli.out());
		assertTrue(cli.out().contains("1 of them is one annotator's set only, agreed by no one: harbour"), cli.out());
	}

	@Test
	void aStrayFolderInAnnotationsIsSkippedWithAWarningNotAFailure() throws Exception {
		java.nio.file.Files.createDirectories(project.resolve("annotations/a b"));
		java.nio.file.Files.createDirectories(project.resolve("annotations/.git"));
		assertEquals(SaysoCli.OK, cli.run("merge", project.toString()), cli.err());
		assertTrue(cli.err().contains("sayso merge: skipping " + project.resolve("annotations/a b")), cli.err());
		assertTrue(!cli.err().contains("Not a valid annotator name"), "no document fails for it: " + cli.err());
		assertTrue(cli.out().contains("Merged 2 document(s)"), cli.out());
		assertEquals(SaysoCli.OK, cli.run("agreement", project.toString()), cli.err());
		assertTrue(cli.err().contains("sayso agreement: skipping " + project.resolve("annotations/.git")), cli.err());
		assertTrue(cli.out().contains("Claim"), "the documents are measured: " + cli.out());
	}

	@Test
	void infoCountsTheSetsMarkedFinished() throws Exception {
		var store = ProjectStore.open(project);
		var document = store.document(store.project().getDocuments().getFirst().getId());
		var opened = store.openSet(document, "ana");
		opened.set().setState(org.sayso.model.SetState.FINISHED);
		store.save(opened, false);
		assertEquals(SaysoCli.OK, cli.run("info", project.toString()), cli.err());
		assertTrue(cli.out().matches("(?s).*Annotator ana: (\\d+) of \\1 documents, 1 finished \\(\\d+ still open\\).*"),
				cli.out());
		assertTrue(cli.out().contains("Annotator ben: 2 of 2 documents, 0 finished (2 still open)"), cli.out());
	}

	@Test
	void mergeRefusesAThresholdOutsideZeroToOneAndAnUnknownDocument() {
		assertEquals(SaysoCli.USAGE, cli.run("merge", project.toString(), "--threshold", "1.5"));
		assertTrue(cli.err().contains("--threshold takes a share between 0 and 1"), cli.err());
		assertEquals(SaysoCli.USAGE, cli.run("merge", project.toString(), "--documents", "nothing"));
		assertFalse(Files.exists(project.resolve("curation")), "nothing was merged");
	}

	@Test
	void agreementJsonGivesEveryFigureForTheCorpusAndEachDocument() {
		assertEquals(SaysoCli.OK, cli.run("agreement", project.toString(), "--json"), cli.err());
		var json = cli.out();
		assertTrue(json.contains("\"annotators\": [\"ana\", \"ben\"]"), json);
		assertTrue(json.contains("\"documents\": 2,"), json);
		assertTrue(json.contains("\"Date\": {\"alphaU\": 1.0000, \"fleissKappa\": null, \"cohenKappa\": {\"ana/ben\": null},"
				+ " \"attributionAgreement\": null, \"dateValueAgreement\": 0.5000, \"units\": 2}"), json);
		assertTrue(json.contains("\"Claim\": {\"alphaU\": 1.0000"), json);
		assertTrue(json.contains("\"attributionAgreement\": 1.0000"), json);
		assertTrue(json.contains("{\"id\": \"pilots\""), json);
		assertFalse(Files.exists(project.resolve("curation")), "agreement writes nothing");
	}

	@Test
	void agreementTableForOneTypeListsTheWorstDocumentFirst() {
		assertEquals(SaysoCli.OK, cli.run("agreement", project.toString(), "--type", "date"), cli.err());
		assertTrue(cli.out().contains("Date"), cli.out());
		assertFalse(cli.out().contains("Speaker "), cli.out());
		var documents = cli.out().substring(cli.out().indexOf("Documents with the lowest agreement"));
		assertTrue(documents.indexOf("pilots") < documents.indexOf("ferries"), documents);
		assertEquals(SaysoCli.USAGE, cli.run("agreement", project.toString(), "--type", "Quote"));
	}

	private static void annotate(ProjectStore store, String id, String annotator, String text, String speakerText,
			String claimText, String dateText, String value) throws Exception {
		var opened = store.openSet(store.document(id), annotator);
		var speaker = F.createSpeakerMention();
		span(speaker, text, speakerText);
		speaker.setKind(SpeakerKind.ORGANIZATION);
		var claim = F.createClaim();
		span(claim, text, claimText);
		claim.setKind(ClaimKind.INDIRECT);
		claim.getSources().add(speaker);
		var date = F.createDateMention();
		span(date, text, dateText);
		date.setValue(value);
		date.setType(DateType.DATE);
		opened.set().getAnnotations().add(speaker);
		opened.set().getAnnotations().add(claim);
		opened.set().getAnnotations().add(date);
		store.save(opened, false);
	}

	private static void span(org.sayso.model.Annotation annotation, String text, String phrase) {
		annotation.setBegin(text.indexOf(phrase));
		annotation.setEnd(text.indexOf(phrase) + phrase.length());
	}
}
