package org.sayso.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sayso.core.AnnotationKind;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.DateMention;
import org.sayso.model.SpeakerMention;
import org.sayso.suggest.eval.GoldEvaluation;
import org.sayso.suggest.eval.GoldMarkup;
import org.sayso.suggest.eval.GoldProject;

/**
 * The gold set in {@code sample/gold} (and the held-out articles in {@code sample/gold-heldout}): the XMI that
 * {@code sayso eval} reads must say what the hand-written markup beside it says, and the suggestions must reach
 * the targets on it. A set missing from the project is written from its markup (delete an XMI to
 * regenerate it after editing the markup).
 */
class GoldSetTest {

	static final Path GOLD = Path.of("../../sample/gold");
	static final Path HELD_OUT = Path.of("../../sample/gold-heldout");

	@BeforeAll
	static void writeMissingSets() throws Exception {
		for (var project : List.of(GOLD, HELD_OUT)) {
			GoldProject.write(project.resolve("markup"), project, "gold");
		}
	}

	@Test
	void goldXmiSaysWhatTheMarkupSays() throws Exception {
		for (var project : List.of(GOLD, HELD_OUT)) {
			var store = ProjectStore.open(project);
			var files = GoldProject.markupFiles(project.resolve("markup"));
			assertTrue(files.size() >= (project == GOLD ? 25 : 5), "articles in " + project);
			for (var file : files) {
				var parsed = GoldMarkup.parse(Files.readString(file, StandardCharsets.UTF_8), "gold");
				var id = file.getFileName().toString().replace(".txt", "");
				var document = store.document(id);
				assertEquals(parsed.text(), store.text(document), id);
				assertEquals(parsed.dct(), document.getDct(), id);
				assertEquals(describe(parsed.set()), describe(store.openSet(document, "gold").set()), id);
			}
		}
	}

	@Test
	void suggestionsReachTheTargetsOnTheGoldSet() throws Exception {
		var scores = GoldEvaluation.run(ProjectStore.open(GOLD), "gold", null, null);
		System.out.println("Gold set (" + scores.documents + " articles):\n" + scores.table());
		var heldOut = GoldEvaluation.run(ProjectStore.open(HELD_OUT), "gold", null, null);
		System.out.println("Held-out articles (" + heldOut.documents + "):\n" + heldOut.table());
		assertTrue(scores.of(AnnotationKind.DATE).f1(false) >= 0.95, "date F1 " + scores.of(AnnotationKind.DATE).f1(false));
		assertTrue(scores.dateValueAccuracy() >= 0.9, "date value accuracy " + scores.dateValueAccuracy());
		assertTrue(scores.of(AnnotationKind.CLAIM).f1(false) >= 0.85, "claim F1 (overlap) " + scores.of(AnnotationKind.CLAIM).f1(false));
		assertTrue(scores.attributionAccuracy() >= 0.85, "attribution accuracy " + scores.attributionAccuracy());
	}

	/** Every annotation as one comparable line: type, span, kind or value, speaker and entity. */
	static List<String> describe(AnnotationSet set) {
		var lines = new ArrayList<String>();
		var sorted = new ArrayList<Annotation>(set.getAnnotations());
		sorted.sort(Comparator.comparingInt(Annotation::getBegin).thenComparingInt(Annotation::getEnd));
		for (var a : sorted) {
			var line = a.eClass().getName() + " " + a.getBegin() + "-" + a.getEnd();
			switch (a) {
			case SpeakerMention s -> line += " " + s.getKind() + " " + s.getEntity().getId();
			case Claim c -> line += " " + c.getKind() + " <- " + c.getSources().get(0).getBegin() + " cue "
					+ (c.getCues().isEmpty() ? "-" : c.getCues().get(0).getBegin());
			case DateMention d -> line += " " + d.getValue();
			default -> {
			}
			}
			lines.add(line);
		}
		return lines;
	}
}
