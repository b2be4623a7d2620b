package org.sayso.io.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.io.importer.Decoding.Bom;
import org.sayso.io.importer.ImportWarning.Kind;

/**
 * Decides the encoding of an article file and decodes it. In order: a byte order mark; for an HTML page, the
 * encoding its head declares; strict UTF-8; and, for bytes that are not UTF-8, windows-1252 or ISO-8859-1,
 * with a warning, because those two are what old newsroom systems and Windows editors write. Files that look
 * binary are refused: decoding them as ISO-8859-1 would "succeed" and give the annotator pages of garbage.
 */
final class TextDecoder {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** The decoded text (a byte order mark removed), the encoding used, and what the user should know. */
	record Decoded(String text, Charset charset, List<ImportWarning> warnings) {

		Decoded {
			warnings = List.copyOf(warnings);
		}
	}

	private final Path file;
	private final byte[] bytes;
	private final List<ImportWarning> warnings = new ArrayList<>();

	private TextDecoder(Path file, byte[] bytes) {
		this.file = file;
		this.bytes = bytes;
	}

	/**
	 * Decodes the bytes of {@code file}.
	 *
	 * @param html   whether the file is an HTML page, whose declared encoding is honoured
	 * @param chosen the encoding the user chose, or {@code null} to detect it
	 */
	static Decoded decode(Path file, byte[] bytes, boolean html, @Nullable Charset chosen) throws ArticleImportException {
		return new TextDecoder(file, bytes).decode(html, chosen);
	}

	private Decoded decode(boolean html, @Nullable Charset chosen) throws ArticleImportException {
		if (Bom.isUtf32(bytes)) {
			throw new ArticleImportException(file, file + " is UTF-32 text, which Sayso does not read. Save it as UTF-8"
					+ " and import it again.");
		}
		var bom = Bom.of(bytes);
		if (chosen != null) {
			return decodeAs(chosen, bom.filter(b -> b.charset().equals(chosen)).map(Bom::length).orElse(0));
		}
		if (bom.isPresent()) {
			// the mark is the strongest evidence there is; HTML declarations lose against it, as in browsers
			return decodeReplacing(bom.get().charset(), bom.get().length());
		}
		var notUtf8 = "is not valid UTF-8";
		if (html) {
			var label = HtmlEncodingDeclaration.find(bytes, 0);
			if (label.isEmpty()) {
				notUtf8 = "declares no encoding and is not valid UTF-8";
			} else {
				var declared = HtmlEncodingDeclaration.resolve(label.get());
				if (declared.isEmpty()) {
					warnings.add(new ImportWarning(file, Kind.ENCODING_DECLARATION_IGNORED, file
							+ " declares the encoding '" + label.get() + "', which Sayso does not know, so its encoding"
							+ " was detected instead. If the text looks wrong, import it again choosing its encoding (sayso import --encoding, or Encoding in the import wizard)."));
					notUtf8 = "declares an unknown encoding and is not valid UTF-8";
				} else if (!declared.get().equals(StandardCharsets.UTF_8)) {
					return decodeReplacing(declared.get(), 0);
				} else {
					// pages that say UTF-8 and are windows-1252 are common: a template changed, the articles did not
					notUtf8 = "declares UTF-8 but is not valid UTF-8";
				}
			}
		}
		return detect(notUtf8);
	}

	private Decoded detect(String notUtf8) throws ArticleImportException {
		var stats = ByteStats.of(bytes);
		if (stats.looksLikeUtf16WithoutBom(bytes.length)) {
			throw new ArticleImportException(file, file + " looks like UTF-16 text without a byte order mark (every"
					+ " other byte is 0). Save it as UTF-8, or as UTF-16 with a byte order mark, and import it again,"
					+ " or import it choosing UTF-16LE or UTF-16BE (sayso import --encoding UTF-16LE, or Encoding in the import wizard).");
		}
		var utf8 = Decoding.decodeStrictly(bytes, 0, StandardCharsets.UTF_8);
		// text that is valid UTF-8 may hold a few stray control characters (they are replaced later, with a
		// warning); bytes that are not UTF-8 and hold a NUL are no text Sayso could read in any encoding
		if (utf8.isPresent() ? stats.controls() * 10 > bytes.length
				: stats.nuls() > 0 || stats.controls() * 50 > bytes.length) {
			throw new ArticleImportException(file, file + " is not a text article: it holds binary data (byte "
					+ Messages.hex(bytes[stats.firstControl()]) + " at offset " + stats.firstControl() + "). "
					+ Messages.SUPPORTED + ". If it is a word processor document or a PDF, save or export it as"
					+ " plain text in UTF-8 and import that.");
		}
		if (utf8.isPresent()) {
			return new Decoded(utf8.get().text(), StandardCharsets.UTF_8, warnings);
		}
		var invalid = Decoding.firstInvalidByte(bytes, 0, StandardCharsets.UTF_8);
		// the two agree on every byte but 0x80-0x9F: punctuation in windows-1252, invisible controls in ISO-8859-1
		var charset = stats.c1Bytes() > 0 ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
		var what = charset == WINDOWS_1252
				? "Western European, Windows: its bytes 0x80-0x9F are curly quotes, dashes and other punctuation"
				: "Western European";
		warnings.add(new ImportWarning(file, Kind.ENCODING_ASSUMED, file + " " + notUtf8 + " (byte "
				+ Messages.hex(bytes[invalid]) + " at offset " + invalid + "), so Sayso read it as " + charset.name()
				+ " (" + what + "). If letters or quotes look wrong, import it again choosing its encoding (sayso import --encoding, or Encoding in the import wizard), or save"
				+ " it as UTF-8 and import that."));
		return decodeReplacing(charset, 0);
	}

	private Decoded decodeAs(Charset chosen, int start) throws ArticleImportException {
		if (chosen.equals(StandardCharsets.UTF_16LE) || chosen.equals(StandardCharsets.UTF_16BE)) {
			return decodeReplacing(chosen, start);
		}
		var strict = Decoding.decodeStrictly(bytes, start, chosen);
		if (strict.isEmpty()) {
			var invalid = Decoding.firstInvalidByte(bytes, start, chosen);
			throw new ArticleImportException(file, file + " is not valid " + chosen.name() + ": byte "
					+ Messages.hex(bytes[invalid]) + " at offset " + invalid + " has no meaning there. Import it"
					+ " choosing another encoding, or without --encoding (Detect in the import wizard) to let Sayso detect it.");
		}
		return new Decoded(strict.get().text(), chosen, warnings);
	}

	private Decoded decodeReplacing(Charset charset, int start) {
		var result = Decoding.decodeReplacing(bytes, start, charset);
		if (!result.replacedBytes().isEmpty()) {
			var n = result.replacedBytes().size();
			warnings.add(new ImportWarning(file, Kind.INVALID_BYTES_REPLACED, file + ": "
					+ Messages.count(n, "byte sequence that is", "byte sequences that are") + " not valid "
					+ charset.name() + " " + (n == 1 ? "was" : "were") + " replaced by U+FFFD, at byte offset"
					+ (n == 1 ? " " : "s ") + Messages.offsets(result.replacedBytes()) + ". The file may be damaged or"
					+ " in another encoding: if the text looks wrong, import it again choosing its encoding (sayso import --encoding, or Encoding in the import wizard)."));
		}
		return new Decoded(result.text(), charset, warnings);
	}

	/** What a look at every byte tells about a file without a byte order mark. */
	private record ByteStats(int nuls, int evenNuls, int controls, int firstControl, int c1Bytes) {

		static ByteStats of(byte[] bytes) {
			int nuls = 0, evenNuls = 0, controls = 0, firstControl = -1, c1Bytes = 0;
			for (var i = 0; i < bytes.length; i++) {
				var b = bytes[i] & 0xFF;
				if (b == 0) {
					nuls++;
					evenNuls += 1 - i % 2;
				}
				// C0 controls and DEL, but not the white space of text files: TAB, LF, CR and form feed
				if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
					controls++;
					firstControl = firstControl < 0 ? i : firstControl;
				}
				c1Bytes += b >= 0x80 && b <= 0x9F ? 1 : 0;
			}
			return new ByteStats(nuls, evenNuls, controls, firstControl, c1Bytes);
		}

		/** Latin text in UTF-16 has a 0 in every other byte, on the same side. */
		boolean looksLikeUtf16WithoutBom(int length) {
			var sameSide = Math.max(evenNuls, nuls - evenNuls);
			return nuls * 4 >= length && sameSide * 10 >= nuls * 9 && length >= 4;
		}
	}
}
