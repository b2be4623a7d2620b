package org.sayso.io.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.io.importer.ArticleFormat;
import org.sayso.io.importer.ArticleImportException;
import org.sayso.io.importer.ArticleReader;
import org.sayso.io.importer.ImportWarning;
import org.sayso.io.importer.ImportWarning.Kind;

/** How the bytes of a plain-text article become text: byte order marks, detection, refusals. */
class PlainTextEncodingTest {

	/** A wire story with what encodings get wrong: curly quotes, a dash, accented letters, an emoji. */
	private static final String STORY = "Ferry Talks Resume in Malmö\n\nMALMÖ (Sayso Wire) May 2, 2024 \u2013 "
			+ "\u201CWe are back at the table,\u201D said Åsa Lindqvist, the union\u2019s négociatrice. \uD83D\uDE0A\n";

	@TempDir
	Path folder;

	private final ArticleReader reader = new ArticleReader();

	@Test
	void utf8WithoutBomIsReadAsItIs() throws Exception {
		var article = reader.read(write("ferry.txt", STORY.getBytes(StandardCharsets.UTF_8)));
		assertEquals(STORY, article.text());
		assertEquals(StandardCharsets.UTF_8, article.encoding());
		assertEquals(List.of(), article.warnings());
		assertEquals(ArticleFormat.PLAIN_TEXT, article.format());
	}

	@Test
	void utf8ByteOrderMarkIsRemoved() throws Exception {
		var article = reader.read(write("ferry.txt", concat(bytes(0xEF, 0xBB, 0xBF), STORY.getBytes(StandardCharsets.UTF_8))));
		assertEquals(STORY, article.text());
		assertEquals(StandardCharsets.UTF_8, article.encoding());
		assertEquals("Ferry Talks Resume in Malmö", article.title().orElseThrow());
		assertEquals(List.of(), article.warnings());
	}

	@Test
	void utf16WithByteOrderMarkIsReadInBothByteOrders() throws Exception {
		var little = reader.read(write("le.txt", concat(bytes(0xFF, 0xFE), STORY.getBytes(StandardCharsets.UTF_16LE))));
		var big = reader.read(write("be.txt", concat(bytes(0xFE, 0xFF), STORY.getBytes(StandardCharsets.UTF_16BE))));
		assertEquals(STORY, little.text());
		assertEquals(StandardCharsets.UTF_16LE, little.encoding());
		assertEquals(STORY, big.text());
		assertEquals(StandardCharsets.UTF_16BE, big.encoding());
		assertEquals(List.of(), little.warnings());
	}

	@Test
	void windows1252IsDetectedFromItsQuotesAndDashesWithAWarning() throws Exception {
		// "Strike Ends" <LF><LF> "We won," she said <en dash> then <em dash> the caf<e acute> reopened.
		var cp1252 = concat("Strike Ends\n\n".getBytes(StandardCharsets.US_ASCII), bytes(0x93), ascii("We won,"),
				bytes(0x94), ascii(" she said "), bytes(0x96), ascii(" then "), bytes(0x97), ascii(" the caf"),
				bytes(0xE9), ascii(" reopened.\n"));
		var file = write("strike-ends.txt", cp1252);
		var article = reader.read(file);

		assertEquals("Strike Ends\n\n\u201CWe won,\u201D she said \u2013 then \u2014 the caf\u00E9 reopened.\n",
				article.text());
		assertEquals(Charset.forName("windows-1252"), article.encoding());
		var warning = single(article.warnings());
		assertEquals(Kind.ENCODING_ASSUMED, warning.kind());
		assertEquals(file, warning.file());
		assertContains(warning.message(), file.toString(), "windows-1252", "byte 0x93 at offset 13",
				"import it again choosing its encoding", "save it as UTF-8");
	}

	@Test
	void latin1LettersWithoutWindowsPunctuationAreReadAsIso88591() throws Exception {
		var latin1 = "Z\u00FCrich (Sayso Wire) - Die Gr\u00FCnen fordern \u00ABmehr Tempo\u00BB.\n"
				.getBytes(StandardCharsets.ISO_8859_1);
		var article = reader.read(write("zurich.txt", latin1));
		assertEquals("Z\u00FCrich (Sayso Wire) - Die Gr\u00FCnen fordern \u00ABmehr Tempo\u00BB.\n", article.text());
		assertEquals(StandardCharsets.ISO_8859_1, article.encoding());
		assertContains(single(article.warnings()).message(), "ISO-8859-1", "byte 0xFC at offset 1");
	}

	@Test
	void aWrongGuessIsCorrectedByImportingAgainWithTheRightEncoding() throws Exception {
		// Łódź in windows-1250, Central European: bytes that windows-1252 reads as £ódŸ
		var cp1250 = "\u0141\u00F3d\u017A (Sayso Wire) - Protest przed ratuszem.\n".getBytes(Charset.forName("windows-1250"));
		var file = write("lodz.txt", cp1250);

		var guessed = reader.read(file);
		assertEquals("\u00A3\u00F3d\u0178 (Sayso Wire) - Protest przed ratuszem.\n", guessed.text());
		assertEquals(Kind.ENCODING_ASSUMED, single(guessed.warnings()).kind());

		var chosen = ArticleReader.withEncoding(Charset.forName("windows-1250")).read(file);
		assertEquals("\u0141\u00F3d\u017A (Sayso Wire) - Protest przed ratuszem.\n", chosen.text());
		assertEquals(Charset.forName("windows-1250"), chosen.encoding());
		assertEquals(List.of(), chosen.warnings());
	}

	@Test
	void aChosenEncodingThatDoesNotFitIsRefusedWithTheByte() throws Exception {
		var file = write("quote.txt", concat(ascii("He said "), bytes(0x93), ascii("no"), bytes(0x94), ascii(".\n")));
		var error = assertThrows(ArticleImportException.class,
				() -> ArticleReader.withEncoding(StandardCharsets.UTF_8).read(file));
		assertContains(error.getMessage(), file.toString(), "not valid UTF-8", "0x93 at offset 8");
	}

	@Test
	void invalidBytesAfterAUtf8ByteOrderMarkAreReplacedAndReported() throws Exception {
		var file = write("damaged.txt", concat(bytes(0xEF, 0xBB, 0xBF), ascii("Talks "), bytes(0xC3), ascii(" ended.\n")));
		var article = reader.read(file);
		assertEquals("Talks \uFFFD ended.\n", article.text());
		var warning = single(article.warnings());
		assertEquals(Kind.INVALID_BYTES_REPLACED, warning.kind());
		assertContains(warning.message(), file.toString(), "byte offset 9", "not valid UTF-8");
	}

	@Test
	void aUtf16FileCutInTheMiddleOfACharacterKeepsItsTextAndSaysSo() throws Exception {
		var utf16 = concat(bytes(0xFF, 0xFE), "Cut off".getBytes(StandardCharsets.UTF_16LE), bytes(0x41));
		var article = reader.read(write("cut.txt", utf16));
		assertEquals("Cut off\uFFFD", article.text());
		assertContains(single(article.warnings()).message(), "byte offset 16");
	}

	@Test
	void aBinaryFileIsRefusedAsNoTextArticle() throws Exception {
		// the start of a PNG image: signature, then the IHDR chunk of a 2x2 picture
		var png = bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
				0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x08, 0x06, 0x00, 0x00, 0x00, 0x72, 0xB6, 0x0D, 0x24);
		var file = write("photo.txt", png);
		var error = assertThrows(ArticleImportException.class, () -> reader.read(file));
		assertEquals(file, error.file());
		assertContains(error.getMessage(), file.toString(), "not a text article", "UTF-8", "UTF-16", "windows-1252",
				"ISO-8859-1");
	}

	@Test
	void utf16WithoutByteOrderMarkIsRefusedWithWhatToDo() throws Exception {
		var file = write("nobom.txt", STORY.getBytes(StandardCharsets.UTF_16LE));
		var error = assertThrows(ArticleImportException.class, () -> reader.read(file));
		assertContains(error.getMessage(), file.toString(), "UTF-16", "byte order mark", "UTF-16LE");

		var chosen = ArticleReader.withEncoding(StandardCharsets.UTF_16LE).read(file);
		assertEquals(STORY, chosen.text());
	}

	@Test
	void emptyAndBlankFilesAreRefused() throws Exception {
		var empty = write("empty.txt", new byte[0]);
		assertContains(assertThrows(ArticleImportException.class, () -> reader.read(empty)).getMessage(),
				empty.toString(), "is empty");

		var onlyBom = write("bom.txt", bytes(0xEF, 0xBB, 0xBF));
		var blank = write("blank.txt", ascii(" \n\t\r\n"));
		for (var file : List.of(onlyBom, blank)) {
			assertContains(assertThrows(ArticleImportException.class, () -> reader.read(file)).getMessage(),
					file.toString(), "no text to annotate");
		}
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedWithItsSizeAndTheLimit() throws Exception {
		var file = folder.resolve("archive.txt");
		try (var sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(ArticleReader.MAX_BYTES + 5 * 1024 * 1024); // no blocks written: sparse
		}
		var error = assertThrows(ArticleImportException.class, () -> reader.read(file));
		assertContains(error.getMessage(), file.toString(), "55.0 MB", "50.0 MB");
	}

	@Test
	void missingFilesAndFoldersAreRefusedWithTheirPath() {
		var missing = folder.resolve("gone.txt");
		assertContains(assertThrows(ArticleImportException.class, () -> reader.read(missing)).getMessage(),
				missing.toString(), "does not exist");
		assertContains(assertThrows(ArticleImportException.class, () -> reader.read(folder)).getMessage(),
				folder.toString(), "is a folder");
	}

	static void assertContains(String message, String... parts) {
		for (var part : parts) {
			assertTrue(message.contains(part), () -> "'" + part + "' is missing from: " + message);
		}
	}

	static ImportWarning single(List<ImportWarning> warnings) {
		assertEquals(1, warnings.size(), warnings::toString);
		return warnings.get(0);
	}

	private Path write(String name, byte[] content) throws Exception {
		return Files.write(folder.resolve(name), content);
	}

	static byte[] bytes(int... values) {
		var result = new byte[values.length];
		for (var i = 0; i < values.length; i++) {
			result[i] = (byte) values[i];
		}
		return result;
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] concat(byte[]... parts) {
		var out = new ByteArrayOutputStream();
		for (var part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}
}
