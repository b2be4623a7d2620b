package org.sayso.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.uima.cas.impl.XmiCasSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.cli.SaysoCli;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.cas.CasMapper;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.SaysoFactory;

/** sayso import and sayso validate, on real files in a temporary folder. */
class ImportAndValidateTest {

	private static final String TALKS = "Talks Resume\n\nROTTERDAM (Sayso Wire) March 7, 2024 - Lopez said the talks"
			+ " would resume.\n";
	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	@TempDir
	Path temp;

	private final CliRunner cli = new CliRunner();

	@Test
	void importCreatesTheProjectFromTextHtmlAndAnInceptionExport() throws Exception {
		var incoming = Files.createDirectories(temp.resolve("incoming"));
		Files.writeString(incoming.resolve("talks.txt"), TALKS);
		Files.writeString(incoming.resolve("budget.html"), """
				<html lang="en"><head><meta charset="utf-8"><title>Budget passes</title></head><body>
				<nav><a href="/">Home</a> <a href="/world">World</a></nav>
				<article><h1>Budget passes</h1>
				<p>LISBON (Sayso Wire) June 3, 2025 - Parliament passed the budget on Tuesday, the speaker said.</p>
				<p>"It is a fair budget," finance minister Ana Costa told reporters.</p></article>
				<footer>Copyright Sayso Wire</footer></body></html>""");
		Files.write(incoming.resolve("scan.pdf"), new byte[] { '%', 'P', 'D', 'F' });
		inceptionExport(incoming.resolve("harbour.zip"));
		var project = temp.resolve("newsroom");

		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), incoming.toString()), output());
		assertTrue(output().contains("Creating project 'newsroom'"), output());
		assertTrue(output().contains("scan.pdf was skipped"), output());
		assertTrue(output().contains("3 of 3 file(s) imported"), output());

		var store = ProjectStore.open(project);
		assertEquals(3, store.project().getDocuments().size());
		assertEquals("Budget passes", store.document("budget").getTitle());
		assertEquals("2024-03-07", store.document("talks").getDct(), "the article date comes from the dateline");
		assertEquals("dateline", store.document("talks").getDctOrigin());
		assertEquals("2025-06-03", store.document("budget").getDct());
		var budget = store.text(store.document("budget"));
		assertTrue(budget.contains("Ana Costa told reporters") && !budget.contains("Copyright"), budget);
		assertTrue(Files.exists(project.resolve("annotations/ana/harbour.xmi")));
		assertTrue(Files.exists(project.resolve("annotations/ben-example.org/harbour.xmi")), "e-mail user names become folder names");
		var ana = store.openSet(store.document("harbour"), "ana");
		assertEquals(2, ana.set().getAnnotations().size());
	}

	@Test
	void aBrokenFileFailsAloneAndTheRestIsImported() throws Exception {
		var incoming = Files.createDirectories(temp.resolve("incoming"));
		Files.writeString(incoming.resolve("talks.txt"), TALKS);
		Files.write(incoming.resolve("broken.zip"), "not a zip at all".getBytes(StandardCharsets.UTF_8));
		var project = temp.resolve("newsroom");

		assertEquals(SaysoCli.FAILED, cli.run("import", project.toString(), incoming.toString()));
		assertTrue(output().contains("FAILED " + incoming.resolve("broken.zip")), output());
		assertTrue(output().contains("1 of 2 file(s) imported"), output());
		assertEquals(1, ProjectStore.open(project).project().getDocuments().size());
	}

	@Test
	void anotherArticleOfTheSameNameIsKeptBesideTheFirst() throws Exception {
		var file = temp.resolve("talks.txt");
		Files.writeString(file, TALKS);
		var other = Files.createDirectories(temp.resolve("other")).resolve("talks.txt");
		Files.writeString(other, TALKS.replace("Lopez", "Moreno"));
		var project = temp.resolve("newsroom").toString();
		assertEquals(SaysoCli.OK, cli.run("import", project, file.toString()));
		assertEquals(SaysoCli.OK, cli.run("import", project, other.toString()));
		assertTrue(output().contains("this one is 'talks-2'"), output());
	}

	@Test
	void validateReportsAClaimWithoutSpeakerWithFileAndPositionUntilItIsLinked() throws Exception {
		var store = ProjectStore.create(temp.resolve("newsroom"), "newsroom");
		var text = "Lopez said the talks would resume.";
		var document = store.addDocument("talks", text);
		store.saveProject(false);
		var opened = store.openSet(document, "ana");
		var speaker = F.createSpeakerMention();
		speaker.setBegin(0);
		speaker.setEnd(5);
		var claim = F.createClaim();
		claim.setBegin(11);
		claim.setEnd(33);
		opened.set().getAnnotations().add(speaker);
		opened.set().getAnnotations().add(claim);
		store.save(opened, false);

		assertEquals(SaysoCli.FAILED, cli.run("validate", store.layout().root().toString()));
		assertTrue(output().contains(opened.file() + ":11-33: error: Claim \"the talks would resume\" at 11-33 has no speaker"),
				output());
		assertTrue(output().contains("1 annotation set(s) checked: 1 error(s), 0 warning(s)"), output());

		claim.getSources().add(speaker);
		store.save(opened, false);
		assertEquals(SaysoCli.OK, cli.run("validate", store.layout().root().toString()));
		assertTrue(output().contains("0 error(s)"), output());
	}

	@Test
	void validateNamesAnUnreadableAnnotationFile() throws Exception {
		var store = ProjectStore.create(temp.resolve("newsroom"), "newsroom");
		store.addDocument("talks", "Lopez said the talks would resume.");
		store.saveProject(false);
		var file = store.layout().annotations("ana", "talks");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "<?xml version=\"1.0\"?><xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\"");

		assertEquals(SaysoCli.FAILED, cli.run("validate", store.layout().root().toString()));
		assertTrue(output().contains(file + ": error: "), output());
		assertFalse(output().contains("0 error(s)"), output());
	}

	@Test
	void validateRefusesAnAnnotatorOrDocumentThatIsNotThere() throws Exception {
		var store = ProjectStore.create(temp.resolve("newsroom"), "newsroom");
		var document = store.addDocument("talks", "Lopez said the talks would resume.");
		store.saveProject(false);
		store.save(store.openSet(document, "ana"), false);
		var root = store.layout().root().toString();
		assertEquals(SaysoCli.USAGE, cli.run("validate", root, "--annotator", "nobody"));
		assertTrue(cli.err().contains("the project has no annotator 'nobody'; its annotators are ana"), cli.err());
		assertEquals(SaysoCli.USAGE, cli.run("validate", root, "--document", "../x"));
		assertTrue(cli.err().contains("the project has no document '../x'"), cli.err());
		assertEquals(SaysoCli.OK, cli.run("validate", root, "--annotator", "ana", "--document", "talks"), cli.err());
		assertTrue(output().contains("1 annotation set(s) checked"), output());
	}

	@Test
	void infoNamesTheEntriesItCannotUseByName() throws Exception {
		var store = ProjectStore.create(temp.resolve("newsroom"), "newsroom");
		store.addDocument("talks", "Lopez said the talks would resume.");
		store.saveProject(false);
		var root = store.layout().root();
		Files.writeString(root.resolve("documents/bad name!.txt"), "A text Sayso cannot name.");
		Files.createDirectories(root.resolve("annotations/a b"));
		Files.createDirectories(root.resolve("annotations/.git"));
		assertEquals(SaysoCli.OK, cli.run("info", root.toString()), cli.err());
		assertTrue(output().contains("Documents 1"), output());
		assertTrue(output().contains("Ignored   3 entries Sayso cannot use by name: annotations/.git/, annotations/a b/,"
				+ " documents/bad name!.txt"), output());
	}

	private void inceptionExport(Path zip) throws Exception {
		var document = F.createDocument();
		document.setId("harbour");
		document.setText(TALKS);
		try (var zipOut = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (var user : new String[] { "ana", "ben@example.org" }) {
				var set = F.createAnnotationSet();
				set.setDocument(document);
				set.setAnnotator(user);
				var speaker = F.createSpeakerMention();
				speaker.setBegin(TALKS.indexOf("Lopez"));
				speaker.setEnd(speaker.getBegin() + 5);
				var claim = F.createClaim();
				claim.setBegin(TALKS.indexOf("the talks"));
				claim.setEnd(TALKS.indexOf(" would") + 14);
				claim.getSources().add(speaker);
				set.getAnnotations().add(speaker);
				set.getAnnotations().add(claim);
				var cas = SaysoTypeSystem.createCas();
				CasMapper.write(set, "inception-project", cas);
				zipOut.putNextEntry(new ZipEntry(user + ".xmi"));
				XmiCasSerializer.serialize(cas, zipOut);
				zipOut.closeEntry();
			}
			zipOut.putNextEntry(new ZipEntry("TypeSystem.xml"));
			try (var in = SaysoTypeSystem.class.getResourceAsStream(SaysoTypeSystem.RESOURCE)) {
				in.transferTo(zipOut);
			}
			zipOut.closeEntry();
		}
	}

	/** What the last run printed, stdout then stderr. */
	private String output() {
		return cli.out() + cli.err();
	}
}
