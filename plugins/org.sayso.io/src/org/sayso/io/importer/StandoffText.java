package org.sayso.io.importer;

import org.sayso.core.IoProblems;
import org.sayso.core.xmi.XmlCharacters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a standoff-annotated article (brat's {@code .txt}) as Sayso stores it, with the map from the
 * standoff's offsets to Sayso's. Standoff offsets count code points of the file as written; Sayso's count UTF-16
 * code units of the stored text, whose line ends are LF and whose characters that XML cannot hold are U+FFFD. A
 * character outside the BMP is one code point and two code units, and a CRLF is two code points and one unit.
 */
public final class StandoffText {

	private final String text;
	private final int[] units;
	private final int crlfs;

	private StandoffText(String text, int[] units, int crlfs) {
		this.text = text;
		this.units = units;
		this.crlfs = crlfs;
	}

	/** Converts the text of the file, decoded, as it is. */
	public static StandoffText of(String raw) {
		int codePoints = raw.codePointCount(0, raw.length());
		var units = new int[codePoints + 1];
		var text = new StringBuilder(raw.length());
		int crlfs = 0;
		int point = 0;
		for (int i = 0; i < raw.length();) {
			int c = raw.codePointAt(i);
			units[point++] = text.length();
			if (c == '\r') {
				text.append('\n');
				if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
					// the LF of a CRLF maps to the same place as its CR: a span may begin or end at either
					units[point++] = text.length();
					crlfs++;
					i++;
				}
			} else if (XmlCharacters.isXml10Legal(c)) {
				text.appendCodePoint(c);
			} else {
				text.append('\uFFFD');
				if (Character.charCount(c) == 2) {
					text.append('\uFFFD');
				}
			}
			i += Character.charCount(c);
		}
		units[point] = text.length();
		return new StandoffText(text.toString(), units, crlfs);
	}

	/**
	 * Reads a file of a standoff corpus (its text or its annotations): UTF-8, a byte order mark left out. Offsets are
	 * only exact in the encoding they were counted in, so nothing else is guessed.
	 *
	 * @throws ArticleImportException when the file cannot be read or is not UTF-8, naming the first bad byte
	 */
	public static String readUtf8(Path file) throws ArticleImportException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new ArticleImportException(file, "Cannot read " + file + ": " + IoProblems.reason(e) + ". Check that it"
					+ " exists and is readable.");
		}
		int start = Decoding.Bom.of(bytes).filter(bom -> bom.charset().equals(StandardCharsets.UTF_8))
				.map(Decoding.Bom::length).orElse(0);
		return Decoding.decodeStrictly(bytes, start, StandardCharsets.UTF_8).map(Decoding.Result::text)
				.orElseThrow(() -> new ArticleImportException(file, file + " is not UTF-8 (byte "
						+ Decoding.firstInvalidByte(bytes, start, StandardCharsets.UTF_8) + " is invalid), which"
						+ " standoff offsets need to be exact: convert it to UTF-8 and import it again."));
	}

	/** The text as stored. */
	public String text() {
		return text;
	}

	/** The number of code points of the file, the largest offset a span may have. */
	public int length() {
		return units.length - 1;
	}

	/** Where the standoff offset (a code point of the file) is in the stored text. */
	public int offset(int codePoint) {
		return units[codePoint];
	}

	/** How many CRLF line ends became LF. */
	public int crlfs() {
		return crlfs;
	}
}
