package org.sayso.core.tests.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.apache.uima.cas.CAS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.SaysoTypes;
import org.sayso.core.tests.xmi.NewsXmi.FileState;
import org.sayso.core.xmi.SafeXmiReader;
import org.sayso.core.xmi.XmiReadException;

/**
 * Files the reader must refuse: each with a message naming the file (and the line and column where it stopped), an
 * empty CAS afterwards, and the file untouched.
 */
class SafeXmiReaderRefusalTest {

	private static final String SECRET = "SECRET-7f3a-payroll-of-the-newsroom";

	@TempDir
	Path dir;

	private final SafeXmiReader reader = new SafeXmiReader();

	@Test
	void billionLaughsIsRefusedAtItsDoctypeWithoutExpanding() throws Exception {
		var file = NewsXmi.fixture("billion-laughs.xmi", dir);
		var refusal = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refuse(file));
		assertMessage(refusal, file + ", line 2, column ", "XMI files never need a DOCTYPE", "entity expansion");
		assertFalse(refusal.getMessage().contains("lollol"), refusal.getMessage());
	}

	@Test
	void aDoctypeAloneIsRefused() throws Exception {
		var file = NewsXmi.fixture("doctype-alone.xmi", dir);
		var refusal = refuse(file);
		assertMessage(refusal, file + ", line 2, column ", "XMI files never need a DOCTYPE");
		assertEquals(2, refusal.line());
	}

	/** A general entity, a parameter entity and an external DTD, each pointing at a local file with a secret. */
	@ParameterizedTest
	@ValueSource(strings = { "<!DOCTYPE xmi:XMI [<!ENTITY secret SYSTEM \"%s\">]>",
			"<!DOCTYPE xmi:XMI [<!ENTITY %% secret SYSTEM \"%s\"> %%secret;]>", "<!DOCTYPE xmi:XMI SYSTEM \"%s\">" })
	void anExternalEntityIsRefusedAndTheSecretStaysOut(String doctype) throws Exception {
		var secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
		var secretBefore = FileState.of(secret);
		var file = Files.writeString(dir.resolve("xxe.xmi"), withDoctype(doctype.formatted(secret.toUri())));
		var cas = SaysoTypeSystem.createCas();

		var refusal = refuse(file, cas);

		assertMessage(refusal, file + ", line 2, column ", "DOCTYPE", "external entity");
		assertFalse(refusal.getMessage().contains(SECRET), refusal.getMessage());
		assertFalse(String.valueOf(cas.getDocumentText()).contains(SECRET));
		secretBefore.assertUnchanged();
	}

	@Test
	void anExternalEntityIsNeverOpened() throws Exception {
		// opening a named pipe that nobody writes blocks: had the parser tried to read it, this would time out
		var pipe = dir.resolve("pipe");
		var mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
		assertEquals(0, mkfifo.waitFor());
		var file = Files.writeString(dir.resolve("pipe.xmi"),
				withDoctype("<!DOCTYPE xmi:XMI [<!ENTITY p SYSTEM \"" + pipe.toUri() + "\">]>"));
		var refusal = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refuse(file));
		assertMessage(refusal, "DOCTYPE");
	}

	@Test
	void aTruncatedFileIsRefusedWithTheLineAndColumnWhereItEnds() throws Exception {
		var whole = Files.readAllBytes(NewsXmi.write(NewsXmi.story(NewsXmi.TEXT), dir.resolve("whole.xmi"), false));
		// cut a few bytes into a line, where the characters are ASCII (the text further on has curly quotes and emoji)
		var lineStart = whole.length * 2 / 3;
		while (whole[lineStart - 1] != '\n') {
			lineStart--;
		}
		var cut = Arrays.copyOf(whole, lineStart + 12);
		var file = Files.write(dir.resolve("cut.xmi"), cut);
		var lastLine = 1 + (int) new String(cut, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();

		var refusal = refuse(file);

		assertMessage(refusal, file + ", line " + lastLine + ", column ", "cut short", "copy or export it again");
		assertEquals(lastLine, refusal.line());
		assertTrue(refusal.column() > 0);
	}

	@Test
	void brokenXmlInTheMiddleIsRefusedWhereItIsBroken() throws Exception {
		var xmi = Files.readString(NewsXmi.fixture("inception-foreign-types.xmi", dir));
		var file = Files.writeString(dir.resolve("broken.xmi"), xmi.replace("begin=\"47\"", "begin=47"));
		var line = lineOf(xmi, "begin=\"47\"");

		var refusal = refuse(file);

		assertMessage(refusal, file + ", line " + line + ", column ", "the XML is broken here");
	}

	@Test
	void contentUimaCannotReadIsRefusedWithItsLine() throws Exception {
		var xmi = Files.readString(NewsXmi.fixture("inception-foreign-types.xmi", dir));
		var file = Files.writeString(dir.resolve("bad-id.xmi"), xmi.replace("xmi:id=\"25\"", "xmi:id=\"twenty-five\""));

		var refusal = refuse(file);

		assertMessage(refusal, file + ", line " + lineOf(xmi, "xmi:id=\"25\"") + ", column ", "not valid UIMA XMI",
				"twenty-five");
	}

	@Test
	void aTypeSystemChosenByMistakeIsRefusedForItsRoot() throws Exception {
		var file = Files.copy(Path.of("../org.sayso.core/typesystem/TypeSystem.xml"), dir.resolve("TypeSystem.xml"));
		var refusal = refuse(file);
		assertMessage(refusal, file + ", line ", "<typeSystemDescription>", "not <xmi:XMI>", "not a UIMA XMI file");
	}

	@Test
	void anArticleTextIsRefusedAsNotXml() throws Exception {
		var file = Files.writeString(dir.resolve("lopez-talks.txt"), NewsXmi.TEXT);
		var refusal = refuse(file);
		assertMessage(refusal, file + ", line 1, column 1: this is not XML", "Choose a UIMA XMI file");
	}

	@Test
	void aMissingFileIsRefusedWithItsPath() {
		var missing = dir.resolve("nowhere.xmi");
		var refusal = assertThrows(XmiReadException.class, () -> reader.read(missing, SaysoTypeSystem.createCas()));
		assertMessage(refusal, missing + ": the file does not exist");
		assertFalse(Files.exists(missing), "reading created the file");
	}

	@Test
	void annotationsBeyondTheTextAreRefusedAndTheCasIsLeftEmpty() throws Exception {
		var file = NewsXmi.fixture("offsets-beyond-text.xmi", dir);
		// a CAS that held another document before: neither it nor half of the refused file may remain
		var cas = NewsXmi.story(NewsXmi.TEXT);

		var refusal = refuse(file, cas);

		assertMessage(refusal, file + ": " + SaysoTypes.CLAIM + " (xmi:id 22) spans 52-4000",
				"which does not fit the text of view _InitialView (112 characters)", "nothing was loaded");
	}

	@Test
	void a200MegabyteFileIsRefusedBeforeReading() throws Exception {
		var file = dir.resolve("huge.xmi");
		try (var sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(200L * 1024 * 1024); // sparse: costs neither disk nor time
		}
		var refusal = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refuse(file));
		assertMessage(refusal, file + ": the file is 200.0 MB (209715200 bytes)",
				"limit of 100.0 MB (" + SafeXmiReader.DEFAULT_MAX_BYTES + " bytes)");
		assertEquals(-1, refusal.line());
	}

	@Test
	void aStreamIsCutOffJustPastTheLimit() throws Exception {
		var endless = new EndlessXmi();
		var small = new SafeXmiReader(64 * 1024);
		var cas = SaysoTypeSystem.createCas();

		var refusal = assertThrows(XmiReadException.class, () -> small.read(endless, "download.xmi", cas));

		assertMessage(refusal, "download.xmi: the XMI is larger than the limit of 0.1 MB (65536 bytes)");
		assertTrue(endless.served < 64 * 1024 + 64 * 1024, "read " + endless.served + " bytes past a 64 KB limit");
		NewsXmi.assertEmpty(cas);
	}

	/** Reads {@code file} into a fresh CAS, expecting a refusal, an empty CAS and an untouched file. */
	private XmiReadException refuse(Path file) throws IOException {
		return refuse(file, SaysoTypeSystem.createCas());
	}

	private XmiReadException refuse(Path file, CAS cas) throws IOException {
		var before = FileState.of(file);
		var refusal = assertThrows(XmiReadException.class, () -> reader.read(file, cas));
		NewsXmi.assertEmpty(cas);
		before.assertUnchanged();
		assertEquals(file.toString(), refusal.source());
		return refusal;
	}

	private static void assertMessage(XmiReadException refusal, String... parts) {
		for (var part : parts) {
			assertTrue(refusal.getMessage().contains(part), "«" + part + "» missing from: " + refusal.getMessage());
		}
	}

	private static String withDoctype(String doctype) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n"
				+ "<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cas=\"http:///uima/cas.ecore\" xmi:version=\"2.0\">\n"
				+ "<cas:Sofa xmi:id=\"1\" sofaNum=\"1\" sofaID=\"_InitialView\" mimeType=\"text\" sofaString=\"&secret;\"/>\n"
				+ "</xmi:XMI>\n";
	}

	private static int lineOf(String text, String part) {
		var at = text.indexOf(part);
		assertTrue(at >= 0, part);
		return 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
	}

	/** Valid XMI that never ends: a root element followed by whitespace forever. */
	private static final class EndlessXmi extends InputStream {

		private final byte[] head = ("<?xml version=\"1.0\"?>\n<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\">")
				.getBytes(StandardCharsets.UTF_8);
		long served;

		@Override
		public int read() {
			var next = served < head.length ? head[(int) served] : ' ';
			served++;
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			for (int i = 0; i < length; i++) {
				buffer[offset + i] = (byte) read();
			}
			return length;
		}
	}
}
