package org.sayso.io.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.SaysoTypes;
import org.sayso.io.export.ExportFormat;
import org.sayso.io.export.ExportRequest;
import org.sayso.io.export.Exporter;
import org.sayso.io.export.SetSelection;
import org.sayso.tests.support.SampleSets;

/** The jsonl export read as a consumer reads it, against the CAS of the annotator's file. */
class JsonlExportTest {

	@TempDir
	Path temp;

	@Test
	void spansAreTheCasSpansInUtf16UnitsAfterTheEmoji() throws Exception {
		var store = ExportProject.create(temp.resolve("newsroom"));
		var out = temp.resolve("export");
		Exporter.export(new ExportRequest(store, ExportFormat.JSONL, new SetSelection.Annotator("ana"), out, false, false),
				new NullProgressMonitor());

		var lines = Files.readAllLines(out.resolve("annotations.jsonl"));
		assertEquals(2, lines.size(), "harbour-talks and budget-vote; clinic-funding is refused");
		var line = MiniJson.object(lines.get(0));
		assertEquals("harbour-talks", line.get("id"));
		assertEquals("ana", line.get("set"));
		assertEquals("2024-03-07", line.get("dct"));
		assertEquals("utf-16", line.get("offsets"));
		var text = (String) line.get("text");
		assertEquals(SampleSets.TEXT, text);
		int emoji = text.indexOf("🚢");
		assertTrue(emoji > 0 && text.length() != text.codePointCount(0, text.length()), "the text has an emoji");

		// the CAS that ana's file holds, read by plain UIMA
		var cas = SaysoTypeSystem.createCas();
		try (var in = Files.newInputStream(store.layout().annotations("ana", "harbour-talks"))) {
			XmiCasDeserializer.deserialize(in, cas);
		}
		var expected = new TreeSet<String>();
		for (var type : SaysoTypes.ANNOTATION_TYPES) {
			for (AnnotationFS a : cas.getAnnotationIndex(cas.getTypeSystem().getType(type))) {
				expected.add(type.substring(type.lastIndexOf('.') + 1) + " " + a.getBegin() + "-" + a.getEnd() + " "
						+ a.getCoveredText());
			}
		}
		var actual = new TreeSet<String>();
		for (var layer : Map.of("speakers", "Speaker", "cues", "Cue", "claims", "Claim", "dates", "DateMention").entrySet()) {
			for (var span : MiniJson.list(line.get(layer.getKey()))) {
				int begin = ((Long) span.get("begin")).intValue();
				int end = ((Long) span.get("end")).intValue();
				assertEquals(text.substring(begin, end), span.get("text"), "the span's text is text[begin:end] in UTF-16");
				assertTrue(begin > emoji, "every span lies after the emoji, where code points and UTF-16 units differ");
				actual.add(layer.getValue() + " " + begin + "-" + end + " " + span.get("text"));
			}
		}
		assertEquals(expected, actual);
	}

	@Test
	void claimsLinkToTheirSpeakersByIdAndEntityAndDatesKeepTheirValues() throws Exception {
		var store = ExportProject.create(temp.resolve("newsroom"));
		var out = temp.resolve("export");
		Exporter.export(new ExportRequest(store, ExportFormat.JSONL, new SetSelection.Curated(), out, false, false),
				new NullProgressMonitor());

		var line = MiniJson.object(Files.readAllLines(out.resolve("annotations.jsonl")).get(0));
		assertEquals(Boolean.TRUE, line.get("curated"));
		var speakers = new java.util.HashMap<Object, Map<String, Object>>();
		MiniJson.list(line.get("speakers")).forEach(s -> speakers.put(s.get("id"), s));
		var said = new ArrayList<String>();
		for (var claim : MiniJson.list(line.get("claims"))) {
			@SuppressWarnings("unchecked")
			var ids = (List<Object>) claim.get("speakers");
			@SuppressWarnings("unchecked")
			var entities = (List<Object>) claim.get("entities");
			for (var id : ids) {
				var speaker = speakers.get(id);
				assertTrue(entities.contains(speaker.get("entity")), claim + " lists the entity of " + speaker);
				said.add(speaker.get("text") + " -> " + claim.get("text"));
			}
		}
		assertEquals(List.of("Maria Lopez -> the talks would resume “within two weeks”",
				"she -> “We are not asking for the moon,”",
				"The two port authorities -> shifts from May to July would be shortened",
				"Union leader -> shifts from May to July would be shortened"), said);
		var values = MiniJson.list(line.get("dates")).stream()
				.map(d -> d.get("text") + "=" + d.get("value") + (Boolean.TRUE.equals(d.get("dctDependent")) ? " (DCT)" : ""))
				.toList();
		assertEquals(List.of("March 7, 2024=2024-03-07", "Thursday=2024-03-07 (DCT)", "within two weeks=P2W",
				"from May to July=2024-05/2024-07 (DCT)"), values);
	}

	@Test
	void aClaimReportedInTwoArticlesHasOneClusterIdInBoth() throws Exception {
		var store = org.sayso.core.store.ProjectStore.create(temp.resolve("desk"), "desk");
		var quote = "\"The pier will reopen before the summer,\"";
		var texts = Map.of("harbour-a", "BERGEN - " + quote + " said Kari Dahl on Monday. The council met.",
				"harbour-b", "Ferries may run again soon. " + quote + " harbour master Kari Dahl said. Fares stay.",
				"harbour-c", "Kari Dahl said the fares would stay frozen.");
		for (var entry : new TreeSet<>(texts.keySet())) {
			var text = texts.get(entry);
			var document = store.addDocument(entry, text);
			var opened = store.openSet(document, "ana");
			int s = text.indexOf("Kari Dahl");
			var speaker = org.sayso.core.edit.AnnotationEdits.tagSpeaker(opened.set(), s, s + 9, "ana");
			var said = entry.equals("harbour-c") ? "the fares would stay frozen" : quote;
			int c = text.indexOf(said);
			var claim = org.sayso.core.edit.AnnotationEdits.tagClaim(opened.set(), c, c + said.length(), "ana");
			org.sayso.core.edit.AnnotationEdits.link(claim, speaker);
			store.save(opened, false);
		}
		store.saveProject(false);
		var out = temp.resolve("export");
		Exporter.export(new ExportRequest(store, ExportFormat.JSONL, new SetSelection.Annotator("ana"), out, false, false),
				new NullProgressMonitor());
		var clusters = new java.util.ArrayList<Object>();
		for (var line : Files.readAllLines(out.resolve("annotations.jsonl"))) {
			for (var claim : MiniJson.list(MiniJson.object(line).get("claims"))) {
				clusters.add(claim.get("cluster"));
			}
		}
		assertEquals(3, clusters.size());
		assertEquals("c1", clusters.get(0), "the quote in harbour-a");
		assertEquals("c1", clusters.get(1), "and the same quote in harbour-b: one cluster");
		assertEquals(null, clusters.get(2), "a claim reported once has none");
	}
}
