package org.sayso.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.cli.SaysoCli;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.Claim;
import org.sayso.model.ClaimKind;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.DateType;
import org.sayso.model.SpeakerMention;

/** sayso import of brat standoff and TimeML, with metadata tables and --dct, on files written for these tests. */
class CorpusFormatImportTest {

	/** CRLF line ends and a character outside the BMP: brat counts code points of the file, Sayso UTF-16 units. */
	private static final String STORY = "Harbour \uD83D\uDEA2 news\r\nThe harbour master said that the ferry"
			+ " would stop in May.\r\n\"We have no crews,\" she told reporters.\r\n";

	@TempDir
	Path temp;

	private final CliRunner cli = new CliRunner();

	/** The brat line of a span of {@code STORY}, offsets in code points of the file. */
	private static String span(String id, String type, String covered) {
		return span(STORY, id, type, covered);
	}

	/** The brat line of a span of {@code text}, offsets in code points. */
	private static String span(String text, String id, String type, String covered) {
		int index = text.indexOf(covered);
		int begin = text.codePointCount(0, index);
		int end = begin + covered.codePointCount(0, covered.length());
		return id + "\t" + type + " " + begin + " " + end + "\t" + covered + "\n";
	}

	private Path bratFolder() throws Exception {
		var folder = Files.createDirectories(temp.resolve("brat"));
		Files.writeString(folder.resolve("story.txt"), STORY);
		var quote = "\"We have no crews,\"";
		int quoteBegin = STORY.codePointCount(0, STORY.indexOf(quote));
		var toldReporters = STORY.codePointCount(0, STORY.indexOf("told reporters"));
		Files.writeString(folder.resolve("story_ana.ann"), span("T1", "Source", "The harbour master")
				+ span("T2", "Cue", "said") + span("T3", "Content", "that the ferry would stop in May")
				+ span("T4", "Attribution", "said") + "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
				+ span("T5", "Source", "she") + span("T6", "Content", quote)
				// a discontinuous cue, and a span across a line break, whose text spills onto the next line
				+ "T7\tCue " + toldReporters + " " + (toldReporters + 4) + ";" + (toldReporters + 5) + " "
				+ (toldReporters + 14) + "\ttold reporters\n"
				+ span("T8", "Attribution", "told") + "E2\tAttribution:T8 Content:T6 Cue:T7 Source:T5\n"
				+ span("T9", "Vessel", "the ferry") + span("T10", "Vessel", "May.\r\n\"We")
				+ "R1\tSaid-by Arg1:T6 Arg2:T5\nA1\tNegated T3\n#1\tAnnotatorNotes T6\tcrew shortage\n"
				+ "#2\tAnnotatorNotes T9\tthe night boat\n");
		Files.writeString(folder.resolve("story_ben.ann"), span("T1", "Content", quote));
		assertTrue(quoteBegin > 0);
		return folder;
	}

	@Test
	void bratStandoffBecomesOneSetPerAnnotatorWithItsLinks() throws Exception {
		var project = temp.resolve("p");

		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), bratFolder().toString(), "--dct", "2025-05-02"),
				cli.out() + cli.err());

		assertTrue(cli.out().contains("1 of 1 file(s) imported"), cli.out());
		assertTrue(cli.out().contains("ana: 6 annotation(s): 2 speakers, 2 claims, 2 cues, from story_ana.ann; 1"
				+ " discontinuous span(s)"), cli.out());
		assertTrue(cli.out().contains("not imported (the mapping has no place for them): 1 × attribute Negated, 1 ×"
				+ " note, 1 × relation Said-by, 2 × span Vessel"), cli.out());
		assertTrue(cli.out().contains("3 CRLF line end(s) stored as LF"), cli.out());
		var store = ProjectStore.open(project);
		var document = store.document("story");
		var text = store.text(document);
		assertEquals(STORY.replace("\r\n", "\n"), text);
		assertEquals("2025-05-02", document.getDct());
		var ana = store.openSet(document, "ana").set();
		var claims = ana.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast).toList();
		var reported = claims.get(0);
		assertEquals("that the ferry would stop in May", text.substring(reported.getBegin(), reported.getEnd()));
		assertEquals(ClaimKind.INDIRECT, reported.getKind());
		assertEquals("The harbour master", covered(text, reported.getSources().get(0)));
		assertEquals("said", covered(text, reported.getCues().get(0)));
		var quoted = claims.get(1);
		assertEquals("\"We have no crews,\"", covered(text, quoted));
		assertEquals(ClaimKind.DIRECT, quoted.getKind());
		assertEquals("crew shortage", quoted.getNote(), "the annotator's note");
		var told = (Cue) quoted.getCues().get(0);
		assertEquals("told reporters", covered(text, told));
		assertTrue(told.getNote().startsWith("discontinuous in story_ana.ann: "), told.getNote());
		assertEquals("she", covered(text, (SpeakerMention) quoted.getSources().get(0)));
		var ben = store.openSet(document, "ben").set();
		assertEquals(1, ben.getAnnotations().size());
		assertEquals("\"We have no crews,\"", covered(text, ben.getAnnotations().get(0)));

		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), temp.resolve("brat").toString()));
		assertTrue(cli.out().contains("Already in the project as 'story'"), cli.out());
	}

	@Test
	void aBratExportOpensInBratAndImportsBackIntoTheSameSets() throws Exception {
		var project = temp.resolve("p");
		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), bratFolder().toString()), cli.out());
		var store = ProjectStore.open(project);
		var document = store.document("story");
		var opened = store.openSet(document, "ana");
		var date = org.sayso.model.SaysoFactory.eINSTANCE.createDateMention();
		date.setBegin(store.text(document).indexOf("in May"));
		date.setEnd(date.getBegin() + "in May".length());
		date.setValue("P1M");
		date.setType(DateType.DURATION);
		opened.set().getAnnotations().add(date);
		((Claim) opened.set().getAnnotations().stream().filter(Claim.class::isInstance).findFirst().orElseThrow())
				.setKind(ClaimKind.MIXED);
		store.save(opened, false);
		var out = temp.resolve("brat-out");

		assertEquals(SaysoCli.OK, cli.run("export", project.toString(), "--format", "brat", "--set", "all", "--out",
				out.toString(), "--allow-invalid"), cli.err());

		assertTrue(Files.readString(out.resolve("annotation.conf")).contains("Attribution\tContent:Content"));
		assertTrue(Files.isRegularFile(out.resolve("visual.conf")));
		assertEquals(STORY.replace("\r\n", "\n"), Files.readString(out.resolve("story.txt")));
		var ann = Files.readString(out.resolve("story_ana.ann"));
		assertTrue(ann.contains("\tDate ") && ann.contains("value: P1M; type: DURATION"), ann);
		// brat counts code points: the ship is one, so "The" starts at 15, not 16
		assertTrue(ann.contains("\tSource 15 33\tThe harbour master"), ann);

		var copy = temp.resolve("copy");
		assertEquals(SaysoCli.OK, cli.run("import", copy.toString(), out.toString()), cli.out());
		var reimported = ProjectStore.open(copy);
		for (var annotator : java.util.List.of("ana", "ben")) {
			assertEquals(describe(store.openSet(document, annotator).set()),
					describe(reimported.openSet(reimported.document("story"), annotator).set()), annotator);
		}
	}

	@Test
	void aMappingFileReadsAnotherSchema() throws Exception {
		var folder = Files.createDirectories(temp.resolve("quotes"));
		var text = "\"The dam holds,\" the engineer said on Friday. Repairs end in June.";
		Files.writeString(folder.resolve("dam.txt"), text);
		Files.writeString(folder.resolve("dam.ann"), span(text, "T1", "Quote", "\"The dam holds,\"")
				+ span(text, "T2", "Person", "the engineer") + span(text, "T3", "When", "Friday")
				+ span(text, "T4", "When", "in June") + "R1\tSaid-by Arg1:T1 Arg2:T2\nR2\tSame-as Arg1:T2 Arg2:T2\nA1\tValue T3 2025-05-02\n"
				+ "#1\tAnnotatorNotes T4\t2025-06\n");
		var mapping = temp.resolve("quotes.mapping");
		Files.writeString(mapping, """
				# the newsroom's quote schema
				span Quote = claim
				span Person = speaker
				span When = date
				relation Said-by = speaker
				attribute Value = value
				note When = value
				""");
		var project = temp.resolve("p");

		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), folder.toString(), "--mapping", mapping.toString(),
				"--annotator", "ana"), cli.out());

		assertTrue(cli.out().contains("ana: 4 annotation(s): 1 speaker, 1 claim, 0 cues, 2 dates, from dam.ann;"
				+ " not imported (the mapping has no place for them): 1 × relation Same-as"), cli.out());
		var store = ProjectStore.open(project);
		var set = store.openSet(store.document("dam"), "ana").set();
		var claim = (Claim) set.getAnnotations().get(0);
		assertEquals("the engineer", covered(text, claim.getSources().get(0)));
		var dates = set.getAnnotations().stream().filter(DateMention.class::isInstance).map(DateMention.class::cast)
				.toList();
		assertEquals("2025-05-02", dates.get(0).getValue());
		assertEquals("2025-06", dates.get(1).getValue());

		Files.writeString(mapping, "span Quote = claim\nspan Person = politician\n");
		assertEquals(SaysoCli.FAILED, cli.run("import", temp.resolve("q").toString(), folder.toString(), "--mapping",
				mapping.toString()));
		assertTrue(cli.err().contains(mapping + ":2: 'politician' is none of speaker, cue, claim, date"), cli.err());
	}

	@Test
	void webPagesGiveTheirPublicationDate() throws Exception {
		var folder = Files.createDirectories(temp.resolve("pages"));
		var body = "<article><h1>Bridge reopens</h1><p>The bridge reopened on Tuesday, the council said.</p></article>";
		Files.writeString(folder.resolve("meta.html"), "<html><head><meta property=\"article:published_time\""
				+ " content=\"2025-03-04T09:30:00+01:00\"><meta property=\"og:title\" content=\"Bridge reopens\">"
				+ "</head><body>" + body + "</body></html>");
		Files.writeString(folder.resolve("jsonld.html"), "<html><head><script type=\"application/ld+json\">"
				+ "{\"@type\": \"NewsArticle\", \"datePublished\": \"2025-03-05\"}</script></head><body>" + body
				+ "</body></html>");
		Files.writeString(folder.resolve("time.html"), "<html><head><title>Bridge reopens | Gazette</title></head><body>"
				+ "<article><header><time datetime=\"2025-03-06\">6 March</time></header>" + body.substring(9)
				+ "</body></html>");
		Files.writeString(folder.resolve("none.html"), "<html><body>" + body + "</body></html>");
		var project = temp.resolve("p");

		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), folder.toString(), "--dct", "2025-01-01"),
				cli.out());

		var store = ProjectStore.open(project);
		assertEquals("2025-03-04", store.document("meta").getDct());
		assertEquals("published", store.document("meta").getDctOrigin());
		assertEquals("Bridge reopens", store.document("meta").getTitle());
		assertEquals("2025-03-05", store.document("jsonld").getDct());
		assertEquals("2025-03-06", store.document("time").getDct());
		assertEquals("2025-01-01", store.document("none").getDct(), "--dct where the page declares no date");
		assertEquals("given", store.document("none").getDctOrigin());
	}

	@Test
	void anArticleWithoutADateGetsOneEstimatedThatInfoListsUntilMetaConfirmsIt() throws Exception {
		var folder = Files.createDirectories(temp.resolve("scraped"));
		// a scraped page, saved under the date of its address; the dates its text names are past events
		Files.writeString(folder.resolve("2025-03-05_strike.txt"), "Dockers walked out on 3 March 2024. Talks held on"
				+ " March 5, 2024 failed, the union said on Thursday.\n");
		Files.writeString(folder.resolve("undated.txt"), "The union said talks would resume soon.\n");
		var project = temp.resolve("p");

		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), folder.toString()), cli.out());

		assertTrue(cli.out().contains("Article date 2025-03-05 estimated from \"2025-03-05\" in its address"),
				cli.out());
		assertEquals(SaysoCli.OK, cli.run("info", project.toString()));
		assertTrue(cli.out().contains("No date   1 document: undated"), cli.out());
		assertTrue(cli.out().contains("Estimated 1 document, date not confirmed: 2025-03-05_strike"), cli.out());

		assertEquals(SaysoCli.OK, cli.run("meta", project.toString(), "--documents", "2025-03-05_strike", "--confirm"));
		assertEquals(SaysoCli.OK, cli.run("meta", project.toString(), "--documents", "undated", "--dct", "2025-03-07",
				"--title", "Talks to resume"));
		assertTrue(cli.out().contains("1 of 1 document(s) changed"), cli.out());

		assertEquals(SaysoCli.OK, cli.run("info", project.toString()));
		assertFalse(cli.out().contains("No date") || cli.out().contains("Estimated"), cli.out());
		var store = ProjectStore.open(project);
		assertEquals("2025-03-05", store.document("2025-03-05_strike").getDct());
		assertEquals("manual", store.document("2025-03-05_strike").getDctOrigin());
		assertEquals("Talks to resume", store.document("undated").getTitle());
		assertEquals(SaysoCli.USAGE, cli.run("meta", project.toString(), "--dct", "2025-03-07"));
		assertTrue(cli.err().contains("name the documents with --documents ID,... or give --all"), cli.err());
		assertEquals(SaysoCli.FAILED, cli.run("meta", project.toString(), "--documents", "nowhere", "--confirm"));
		assertTrue(cli.err().contains("has no document 'nowhere'"), cli.err());
	}

	/** Every annotation of a set with its span, kind, value, note and links, in order, as text to compare. */
	private static String describe(org.sayso.model.AnnotationSet set) {
		var out = new StringBuilder();
		for (var a : set.getAnnotations()) {
			out.append(a.eClass().getName()).append(' ').append(a.getBegin()).append('-').append(a.getEnd())
					.append(" note=").append(a.getNote());
			switch (a) {
			case Claim c -> {
				out.append(" kind=").append(c.getKind()).append(" sources=");
				c.getSources().forEach(x -> out.append(x.getBegin()).append('-').append(x.getEnd()).append(','));
				out.append(" cues=");
				c.getCues().forEach(x -> out.append(x.getBegin()).append('-').append(x.getEnd()).append(','));
			}
			case SpeakerMention sp -> out.append(" kind=").append(sp.getKind());
			case DateMention d -> out.append(" value=").append(d.getValue()).append(" type=").append(d.getType());
			default -> {
			}
			}
			out.append('\n');
		}
		return out.toString();
	}

	private static String covered(String text, org.sayso.model.Annotation annotation) {
		return text.substring(annotation.getBegin(), annotation.getEnd());
	}

	@Test
	void aBadStandoffFileIsRefusedWithFileAndLineAndNothingOfItIsImported() throws Exception {
		var folder = Files.createDirectories(temp.resolve("bad"));
		Files.writeString(folder.resolve("past.txt"), "Short text.");
		Files.writeString(folder.resolve("past.ann"), "T1\tSource 0 5\tShort\nT2\tCue 6 40\ttext.\n");
		Files.writeString(folder.resolve("other.txt"), "Another text.");
		Files.writeString(folder.resolve("other.ann"), "T1\tSource 0 7\tAnother\nT2\tCue 8 12\tword\n");
		Files.writeString(folder.resolve("broken.txt"), "Broken file.");
		Files.writeString(folder.resolve("broken.ann"), "T1\tSource zero five\tBroken\n");
		Files.writeString(folder.resolve("lonely.ann"), "T1\tSource 0 5\tAlone\n");
		var project = temp.resolve("p");

		assertEquals(SaysoCli.FAILED, cli.run("import", project.toString(), folder.toString()));

		assertTrue(cli.out().contains("past.ann:2: the span 6-40 ends past the end of the text (11 characters)"),
				cli.out());
		assertTrue(cli.out().contains("other.ann:2: the text at 8-12 is \"text\", not \"word\""), cli.out());
		assertTrue(cli.out().contains("broken.ann:1: 'zero five' is not a span of two offsets"), cli.out());
		assertTrue(cli.out().contains("lonely.ann annotates no text of this import"), cli.out());
		assertTrue(cli.out().contains("0 of 4 file(s) imported"), cli.out());
		assertEquals(0, ProjectStore.open(project).project().getDocuments().size(), "nothing of the refused files");
	}

	@Test
	void timemlGivesTheTextItsDatesAndTheArticleDate() throws Exception {
		var tml = temp.resolve("APW20250502.0001.tml");
		Files.writeString(tml, """
				<?xml version="1.0" ?>
				<TimeML>
				<DOCID>APW20250502.0001</DOCID>
				<DCT><TIMEX3 tid="t0" type="DATE" value="2025-05-02" functionInDocument="CREATION_TIME">May 2</TIMEX3></DCT>
				<TITLE>Ferry stops</TITLE>
				<TEXT>
				The ferry <EVENT eid="e1" class="OCCURRENCE">stopped</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-04-28">Monday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> &amp; more.
				</TEXT>
				<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
				</TimeML>
				""");
		var project = temp.resolve("p");

		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), tml.toString(), "--annotator", "gold"), cli.out());

		assertTrue(cli.out().contains("gold: 2 date(s) from TIMEX3, 2 with a value; article date 2025-05-02 from <DCT>"),
				cli.out());
		assertTrue(cli.out().contains("not imported: 1 × EVENT, 1 × TLINK"), cli.out());
		var store = ProjectStore.open(project);
		assertEquals(1, store.project().getDocuments().size());
		var document = store.project().getDocuments().get(0);
		assertEquals("Ferry stops", document.getTitle());
		assertEquals("2025-05-02", document.getDct());
		assertEquals("imported", document.getDctOrigin());
		var text = store.text(document);
		assertEquals("\nThe ferry stopped Monday for two weeks & more.\n", text);
		var dates = store.openSet(document, "gold").set().getAnnotations().stream().map(DateMention.class::cast).toList();
		assertEquals("Monday", covered(text, dates.get(0)));
		assertEquals("2025-04-28", dates.get(0).getValue());
		assertEquals(DateType.DURATION, dates.get(1).getType());
		assertEquals("P2W", dates.get(1).getValue());
	}

	@Test
	void aMetadataTableGivesDatesAndTitlesAndDctFillsTheRest() throws Exception {
		var folder = Files.createDirectories(temp.resolve("feed"));
		Files.writeString(folder.resolve("quay.txt"), "Repairs to the quay began on Monday, the port said.\n");
		Files.writeString(folder.resolve("locks.txt"), "The locks will close for a week, engineers said.\n");
		Files.writeString(folder.resolve("metadata.tsv"), "filename\tpublication_date\ttitle\nquay\t2025-05-05\tQuay"
				+ " repairs begin\n");
		var project = temp.resolve("p");

		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), folder.toString(), "--dct", "2025-05-06"),
				cli.out());

		assertTrue(cli.out().contains("Metadata of 1 article(s) from " + folder.resolve("metadata.tsv")), cli.out());
		assertTrue(cli.out().contains("2 of 2 file(s) imported"), cli.out());
		var store = ProjectStore.open(project);
		assertEquals("2025-05-05", store.document("quay").getDct());
		assertEquals("metadata", store.document("quay").getDctOrigin());
		assertEquals("Quay repairs begin", store.document("quay").getTitle());
		assertEquals("2025-05-06", store.document("locks").getDct());
		assertFalse(Files.exists(project.resolve("documents/metadata.txt")));

		// JSON lines name the article's address too, and a date in the address is no estimate when a date is given
		var feed = Files.createDirectories(temp.resolve("feed2"));
		Files.writeString(feed.resolve("dam.txt"), "The dam holds, engineers said on Friday.\n");
		Files.writeString(feed.resolve("metadata.jsonl"), "{\"file\": \"dam.txt\", \"datePublished\":"
				+ " \"2025-05-02T08:00:00Z\", \"headline\": \"Dam \\\"holds\\\"\", \"url\":"
				+ " \"https://news.example/2025/05/02/dam\", \"tags\": [\"dams\", {\"x\": 1}], \"publisher\": null}\n");
		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), feed.toString()), cli.out());
		var dam = ProjectStore.open(project).document("dam");
		assertEquals("2025-05-02", dam.getDct());
		assertEquals("metadata", dam.getDctOrigin());
		assertEquals("Dam \"holds\"", dam.getTitle());
		assertEquals("https://news.example/2025/05/02/dam", dam.getSourceUri());
		Files.writeString(feed.resolve("metadata.jsonl"), "{\"file\": \"dam.txt\", \"dct\": 2025}\n");
		assertEquals(SaysoCli.FAILED, cli.run("import", temp.resolve("q").toString(), feed.toString()));
		assertTrue(cli.err().contains("metadata.jsonl:1: '2025' is not a date as YYYY-MM-DD"), cli.err());
		Files.writeString(feed.resolve("metadata.jsonl"), "{\"file\": \"dam.txt\"}\n{\"file\": \"x\"\n");
		assertEquals(SaysoCli.FAILED, cli.run("import", temp.resolve("q").toString(), feed.toString()));
		assertTrue(cli.err().contains("metadata.jsonl:2: not a JSON object (the text ends too early"), cli.err());
		assertFalse(Files.exists(temp.resolve("q")), "nothing imported with a metadata file that cannot be read");

		assertEquals(SaysoCli.USAGE, cli.run("import", project.toString(), folder.toString(), "--dct", "May 6"));
		assertTrue(cli.err().contains("--dct 'May 6' is not a date as YYYY-MM-DD"), cli.err());
	}
}
