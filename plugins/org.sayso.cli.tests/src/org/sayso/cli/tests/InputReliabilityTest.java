package org.sayso.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.cli.SaysoCli;
import org.sayso.core.store.FileChangedOnDiskException;
import org.sayso.core.store.ProjectStore;

/**
 * Articles and annotation files that are odd or damaged, each reproduced as the adversarial test found it: line ends,
 * encodings the detection cannot tell, files that are no articles, deeply nested pages, and XMI with ids given twice,
 * references to nothing or numbers that are none. Each is imported or read with a report, or refused with a message
 * in words that says what to do.
 */
class InputReliabilityTest {

	private static final String QUOTE = "Ferry Fares\n\nOSLO (Sayso Wire) April 4, 2025 - \"Fares will not rise,\" the"
			+ " ferry company said on Friday.\n";

	@TempDir
	Path temp;

	private final CliRunner cli = new CliRunner();

	@Test
	void crLfLineEndsAreStoredAsLfAndTheImportSaysSo() throws Exception {
		var file = Files.writeString(temp.resolve("ferry.txt"), QUOTE.replace("\n", "\r\n"));
		var project = temp.resolve("p");

		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), file.toString()), cli.err());

		assertEquals(QUOTE, Files.readString(project.resolve("documents/ferry.txt")));
		assertTrue(cli.out().contains("3 CR LF line ends were stored as LF"), cli.out());
		assertTrue(cli.out().contains("offsets counted in the original file are one higher per line end"), cli.out());
	}

	@Test
	void utf16WithoutAByteOrderMarkIsImportedWithTheEncodingTheAdviceNames() throws Exception {
		var file = Files.write(temp.resolve("ferry.txt"), QUOTE.getBytes(StandardCharsets.UTF_16LE));
		var project = temp.resolve("p");

		assertEquals(SaysoCli.FAILED, cli.run("import", project.toString(), file.toString()));
		assertTrue(cli.out().contains("sayso import --encoding UTF-16LE"), "advice that exists: " + cli.out());

		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), file.toString(), "--encoding", "UTF-16LE"),
				cli.out() + cli.err());
		assertEquals(QUOTE, Files.readString(project.resolve("documents/ferry.txt")));

		assertEquals(SaysoCli.USAGE, cli.run("import", project.toString(), file.toString(), "--encoding", "klingon"));
		assertTrue(cli.err().contains("--encoding 'klingon' is no encoding"), cli.err());
	}

	@Test
	void filesThatAreNoArticlesGetAdviceThatFitsThem() throws Exception {
		var folder = Files.createDirectories(temp.resolve("mixed"));
		Files.writeString(folder.resolve("story.xmi"), "<xmi:XMI/>");
		Files.writeString(folder.resolve("sayso.project"), "<project/>");
		Files.writeString(folder.resolve("ferry.txt"), QUOTE);

		assertEquals(SaysoCli.OK, cli.run("import", temp.resolve("p").toString(), folder.toString()), cli.err());

		var xmi = line(cli.out(), "story.xmi was skipped");
		assertTrue(xmi.contains("from a .zip that holds it with its TypeSystem.xml") && !xmi.contains("save it as a .txt"), xmi);
		var projectFile = line(cli.out(), "sayso.project was skipped");
		assertTrue(projectFile.contains("a Sayso project's own file") && !projectFile.contains("save it as a .txt"),
				projectFile);
	}

	@Test
	void aDeeplyNestedPageIsImported() throws Exception {
		int depth = 20_000;
		var page = "<html><body>" + "<div>".repeat(depth) + "<p>The harbour master said the ferry would sail.</p>"
				+ "</div>".repeat(depth) + "</body></html>";
		var file = Files.writeString(temp.resolve("deep.html"), page);
		var project = temp.resolve("p");

		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), file.toString()), cli.err());

		assertEquals("The harbour master said the ferry would sail.\n",
				Files.readString(project.resolve("documents/deep.txt")));
	}

	/** A project with ana's set of the ferry article, suggested, and the path of that set. */
	private Path suggestedSet() throws Exception {
		var file = Files.writeString(temp.resolve("ferry.txt"), QUOTE);
		var project = temp.resolve("p");
		assertEquals(SaysoCli.OK, cli.run("import", project.toString(), file.toString()));
		assertEquals(SaysoCli.OK, cli.run("suggest", project.toString(), "--annotator", "ana"), cli.err());
		return project.resolve("annotations/ana/ferry.xmi");
	}

	private String validate(Path set) {
		cli.run("validate", set.getParent().getParent().getParent().toString());
		return cli.out() + cli.err();
	}

	@Test
	void anXmiIdGivenTwiceIsRefusedInWords() throws Exception {
		var set = suggestedSet();
		var xmi = Files.readString(set);
		var ids = java.util.regex.Pattern.compile("<type2:(Speaker|Cue) xmi:id=\"(\\d+)\"").matcher(xmi);
		assertTrue(ids.find());
		var first = ids.group(2);
		assertTrue(ids.find());
		Files.writeString(set, xmi.replace("xmi:id=\"" + ids.group(2) + "\"", "xmi:id=\"" + first + "\""));

		var report = validate(set);
		assertTrue(report.contains("xmi:id \"" + first + "\" is given to a second element"), report);
	}

	@Test
	void aReferenceToNoElementIsReported() throws Exception {
		var set = suggestedSet();
		var xmi = Files.readString(set);
		var target = java.util.regex.Pattern.compile("<type2:SourceLink [^>]*target=\"(\\d+)\"").matcher(xmi);
		assertTrue(target.find(), xmi);
		Files.writeString(set, xmi.substring(0, target.start(1)) + "99999" + xmi.substring(target.end(1)));

		var report = validate(set);
		assertTrue(report.contains("warning: emptied 1 reference(s) of org.sayso.type.SourceLink:target"), report);
	}

	@Test
	void aNumberThatIsNoneIsNamedSo() throws Exception {
		var set = suggestedSet();
		Files.writeString(set, Files.readString(set).replaceFirst("(<type2:Speaker [^>]*)begin=\"\\d+\"", "$1begin=\"\""));

		var report = validate(set);
		assertTrue(report.contains("a number was expected where the file holds no value"), report);
		assertFalse(report.contains("For input string"), report);
	}

	@Test
	void aSetOfAnotherTextOfTheSameLengthSaysWhereTheyDiffer() throws Exception {
		var set = suggestedSet();
		var text = set.getParent().getParent().getParent().resolve("documents/ferry.txt");
		Files.writeString(text, QUOTE.replace("Friday", "Monday"));

		var report = validate(set);
		assertFalse(report.contains("characters instead of"), report);
		assertTrue(report.contains("from offset " + QUOTE.indexOf("Fri") + " the annotated text reads \"Friday"), report);
	}

	@Test
	void aSetChangedOnDiskDuringACommandGivesCommandLineAdvice() throws Exception {
		var set = suggestedSet();
		var store = ProjectStore.open(set.getParent().getParent().getParent());
		var opened = store.openSet(store.document("ferry"), "ana");
		Files.writeString(set, Files.readString(set) + " ");

		var error = assertThrows(FileChangedOnDiskException.class, () -> store.save(opened, false));
		assertFalse(error.getMessage().contains("reload") || error.getMessage().contains("choosing to overwrite"),
				error.getMessage());
		assertTrue(error.getMessage().contains("Run the command again"), error.getMessage());
	}

	@Test
	void aCorpusWithAValueOfTheWrongKindSaysWhichInWords() throws Exception {
		var set = suggestedSet();
		var project = set.getParent().getParent().getParent();
		var out = temp.resolve("corpus");
		assertEquals(SaysoCli.OK, cli.run("export", project.toString(), "--format", "emf", "--set", "ana", "--out",
				out.toString(), "--allow-invalid"), cli.err());
		var corpus = out.resolve("sayso-corpus.xmi");
		Files.writeString(corpus, Files.readString(corpus).replaceFirst("begin=\"\\d+\"", "begin=\"zz\""));

		assertEquals(SaysoCli.FAILED, cli.run("import", temp.resolve("copy").toString(), corpus.toString()));
		assertTrue(cli.err().contains("the value 'zz' of 'begin' is not allowed there at line"), cli.err());
		assertFalse(cli.err().contains("is not legal"), "no parser text: " + cli.err());
	}

	private static String line(String text, String containing) {
		return text.lines().filter(l -> l.contains(containing)).findFirst().orElse("(no line with " + containing + ")");
	}
}
