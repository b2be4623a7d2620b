package org.sayso.io.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sayso.io.tests.importer.PlainTextEncodingTest.assertContains;
import static org.sayso.io.tests.importer.PlainTextEncodingTest.single;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.io.importer.ArticleReader;
import org.sayso.io.importer.ImportWarning.Kind;
import org.sayso.core.xmi.XmlCharacters;

/** The shape of an imported plain-text article: line ends, XML-illegal characters, headline, metadata. */
class PlainTextArticleTest {

	@TempDir
	Path folder;

	private final ArticleReader reader = new ArticleReader();

	@Test
	void crlfAndCrBecomeLfWithAReportAndNothingElseChanges() throws Exception {
		var windows = "Rail Tender Reopened\r\n\r\nWARSAW (Sayso Wire) - The ministry \u201Creopened\u201D the tender.  \r\n"
				+ "\tIt said so on Monday.\rOld Mac line end.\r\n";
		var article = reader.read(write("Rail Tender.TXT", windows));

		assertEquals("Rail Tender Reopened\n\nWARSAW (Sayso Wire) - The ministry \u201Creopened\u201D the tender.  \n"
				+ "\tIt said so on Monday.\nOld Mac line end.\n", article.text());
		var warning = single(article.warnings());
		assertEquals(Kind.LINE_ENDS_CHANGED, warning.kind());
		assertTrue(warning.message().contains("4 CR LF and 1 CR line ends were stored as LF"), warning.message());
		assertEquals(Optional.of("Rail Tender Reopened"), article.title());
		assertEquals("rail-tender", article.docId());
		assertEquals(folder.resolve("Rail Tender.TXT").toUri(), article.source());
		assertEquals(Optional.empty(), article.language());
	}

	@Test
	void controlCharactersAreReplacedOneForOneAndTheEmojiKeepsItsOffset() throws Exception {
		// CRLF first, so that the reported offsets must be those of the final text, after normalization
		var raw = "Clinic Funding Approved\r\n\r\nRIGA (Sayso Wire) - \u201CA good day\u201D \uD83D\uDE0A said the mayor.\u0000"
				+ " Copied\u000Bfrom a PDF\u001B[0m.\r\n";
		var article = reader.read(write("clinic.txt", raw));

		var expected = "Clinic Funding Approved\n\nRIGA (Sayso Wire) - \u201CA good day\u201D \uD83D\uDE0A said the mayor.\uFFFD"
				+ " Copied\uFFFDfrom a PDF\uFFFD[0m.\n";
		assertEquals(expected, article.text());
		var emoji = raw.replace("\r\n", "\n").indexOf("\uD83D\uDE0A");
		assertEquals(emoji, article.text().indexOf("\uD83D\uDE0A"), "the emoji has the offset it had before");
		assertEquals(58, emoji);

		var nul = expected.indexOf('\uFFFD');
		var vt = expected.indexOf('\uFFFD', nul + 1);
		var esc = expected.indexOf('\uFFFD', vt + 1);
		assertEquals(List.of(76, 84, 95), List.of(nul, vt, esc));
		var warning = single(article.warnings().stream()
				.filter(w -> w.kind() != Kind.LINE_ENDS_CHANGED).toList());
		assertEquals(Kind.XML_ILLEGAL_CHARACTERS_REPLACED, warning.kind());
		assertContains(warning.message(), folder.resolve("clinic.txt").toString(),
				"3 characters that XML cannot store were replaced by U+FFFD at offsets 76, 84, 95");
		assertTrue(XmlCharacters.isXml10Legal(article.text()));
	}

	@Test
	void aShortFirstLineBeforeAnEmptyLineIsTheTitle() throws Exception {
		assertEquals(Optional.of("Flood Defences Fail Inspection"),
				reader.read(write("a.txt", "  Flood Defences Fail Inspection \n \nHAMBURG (Sayso Wire) - ...\n")).title());
		assertEquals(Optional.of("Chess Olympiad: Who Is Playing?"),
				reader.read(write("b.txt", "Chess Olympiad: Who Is Playing?\n\nKRAKOW (Sayso Wire) - ...\n")).title());
	}

	@Test
	void otherFirstLinesAreNoTitle() throws Exception {
		var noEmptyLine = "Budget Vote Delayed\nLISBON (Sayso Wire) - The council delayed its vote.\n";
		var sentence = "The council delayed its vote on Tuesday.\n\nIt will meet again in January.\n";
		var tooLong = "Budget ".repeat(30) + "\n\nLISBON (Sayso Wire) - The council delayed its vote.\n";
		var nothingAfter = "Budget Vote Delayed\n\n";
		var oneLine = "Budget Vote Delayed";
		for (var text : List.of(noEmptyLine, sentence, tooLong, nothingAfter, oneLine)) {
			assertEquals(Optional.empty(), reader.read(write("c.txt", text)).title(), text);
		}
	}

	@Test
	void aFileWithAnotherExtensionIsReadAsPlainText() throws Exception {
		var article = reader.read(write("Notes for Desk.md", "Port Reopens\n\nThe port <b>reopened</b> today.\n"));
		assertEquals("Port Reopens\n\nThe port <b>reopened</b> today.\n", article.text());
		assertEquals("notes-for-desk", article.docId());
	}

	private Path write(String name, String text) throws Exception {
		return Files.write(folder.resolve(name), text.getBytes(StandardCharsets.UTF_8));
	}
}
