package org.sayso.io.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.io.export.ExportFormat;
import org.sayso.io.export.ExportRequest;
import org.sayso.io.export.Exporter;
import org.sayso.io.export.SetSelection;
import org.sayso.core.store.ProjectStore;
import org.sayso.tests.support.SampleSets;
import org.sayso.model.Annotation;
import org.sayso.model.Claim;
import org.sayso.model.ClaimKind;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerMention;

/** The conll export: tokens with their offsets, and BIO columns that give back each layer's spans. */
class ConllExportTest {

	@TempDir
	Path temp;

	/** One row of the file. */
	private record Row(String token, int begin, int end, String[] tags) {
	}

	@Test
	void bioTagsGiveBackEverySpanOfEveryLayerOnTokenBoundaries() throws Exception {
		var store = ExportProject.create(temp.resolve("newsroom"));
		var out = temp.resolve("export");
		Exporter.export(new ExportRequest(store, ExportFormat.CONLL, new SetSelection.Annotator("ana"), out, false, false),
				new NullProgressMonitor());

		var text = SampleSets.TEXT;
		var rows = rows(out.resolve("annotations.conll"), "harbour-talks");
		for (var row : rows) {
			assertEquals(row.token(), text.substring(row.begin(), row.end()), "token offsets are UTF-16 offsets");
		}
		assertTrue(rows.stream().anyMatch(r -> r.token().equals("🚢")), "the emoji is one token");
		var set = store.openSet(store.document("harbour-talks"), "ana").set();
		for (int layer = 0; layer < 4; layer++) {
			var expected = new TreeSet<String>();
			for (var annotation : set.getAnnotations()) {
				if (layerOf(annotation) == layer) {
					expected.add(snapped(annotation, rows));
				}
			}
			assertEquals(expected, decode(rows, layer), "layer " + layer);
			assertTrue(!expected.isEmpty());
		}
	}

	@Test
	void overlappingSpansOfOneLayerKeepTheirFreeTokensAndTheSummarySaysSo() throws Exception {
		var store = ProjectStore.create(temp.resolve("newsroom"), "newsroom");
		var text = "Officials said the port would reopen on Monday, and the union said it would not.";
		var document = store.addDocument("port", text);
		store.saveProject(false);
		var opened = store.openSet(document, "ana");
		var speaker = ExportProject.span(opened.set(), SaysoFactory.eINSTANCE.createSpeakerMention(), text, "Officials");
		var outer = ExportProject.span(opened.set(), SaysoFactory.eINSTANCE.createClaim(), text,
				"the port would reopen on Monday, and the union");
		var inner = ExportProject.span(opened.set(), SaysoFactory.eINSTANCE.createClaim(), text, "the union said it would not");
		for (var claim : List.of(outer, inner)) {
			claim.setKind(ClaimKind.INDIRECT);
			claim.getSources().add(speaker);
		}
		store.save(opened, false);

		var summary = Exporter.export(new ExportRequest(store, ExportFormat.CONLL, new SetSelection.Annotator("ana"),
				temp.resolve("export"), false, false), new NullProgressMonitor());

		var rows = rows(temp.resolve("export/annotations.conll"), "port");
		var claims = rows.stream().map(r -> r.token() + "/" + r.tags()[1]).toList();
		assertEquals(List.of("Officials/O", "said/O", "the/B-CLAIM", "port/I-CLAIM", "would/I-CLAIM", "reopen/I-CLAIM",
				"on/I-CLAIM", "Monday/I-CLAIM", ",/I-CLAIM", "and/I-CLAIM", "the/I-CLAIM", "union/I-CLAIM", "said/B-CLAIM",
				"it/I-CLAIM", "would/I-CLAIM", "not/I-CLAIM", "./O"), claims);
		assertTrue(summary.notes().stream().anyMatch(n -> n.contains("1 span(s) overlap another of their layer")),
				summary.notes().toString());
	}

	private static int layerOf(Annotation annotation) {
		return switch (annotation) {
		case SpeakerMention s -> 0;
		case Claim c -> 1;
		case Cue c -> 2;
		case DateMention d -> 3;
		default -> -1;
		};
	}

	/** The span widened to the tokens it overlaps: what BIO tags can say. */
	private static String snapped(Annotation a, List<Row> rows) {
		int begin = -1;
		int end = -1;
		for (var row : rows) {
			if (row.begin() < a.getEnd() && row.end() > a.getBegin()) {
				begin = begin < 0 ? row.begin() : begin;
				end = row.end();
			}
		}
		return begin + "-" + end;
	}

	private static TreeSet<String> decode(List<Row> rows, int layer) {
		var spans = new TreeSet<String>();
		int begin = -1;
		int end = -1;
		for (var row : rows) {
			var tag = row.tags()[layer];
			if (tag.startsWith("B-") || tag.equals("O")) {
				if (begin >= 0) {
					spans.add(begin + "-" + end);
				}
				begin = tag.equals("O") ? -1 : row.begin();
			}
			if (!tag.equals("O")) {
				assertTrue(begin >= 0, "an I- tag follows a B- or I- tag: " + row.token());
				end = row.end();
			}
		}
		if (begin >= 0) {
			spans.add(begin + "-" + end);
		}
		return spans;
	}

	/** The rows of one document, sentence breaks dropped. */
	private static List<Row> rows(Path file, String docId) throws Exception {
		var rows = new ArrayList<Row>();
		boolean inside = false;
		var lines = Files.readAllLines(file);
		assertEquals("# columns = token begin end speaker claim cue date", lines.get(0));
		for (var line : lines) {
			if (line.startsWith("# newdoc id = ")) {
				inside = line.equals("# newdoc id = " + docId);
			} else if (inside && !line.isEmpty() && !line.startsWith("#")) {
				var columns = line.split("\t");
				assertEquals(7, columns.length, line);
				rows.add(new Row(columns[0], Integer.parseInt(columns[1]), Integer.parseInt(columns[2]),
						new String[] { columns[3], columns[4], columns[5], columns[6] }));
			}
		}
		assertTrue(!rows.isEmpty(), docId + " is in " + file);
		return rows;
	}
}
