package org.sayso.io.importer;

import org.sayso.core.xmi.XmlCharacters;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bytes to chars with the errors counted, never silently replaced. Byte offsets are reported as offsets in the
 * file (a byte order mark included), because that is where a user can look with a hex viewer; offsets into the
 * text would not survive the line-end normalization that follows.
 */
final class Decoding {

	/** Text decoded from bytes, and the file offsets of the bytes that were replaced by U+FFFD. */
	record Result(String text, List<Integer> replacedBytes) {

		Result {
			replacedBytes = List.copyOf(replacedBytes);
		}
	}

	/** A byte order mark: the encoding it announces and its length in bytes. */
	record Bom(Charset charset, int length) {

		static Optional<Bom> of(byte[] bytes) {
			if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
				return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
			}
			if (startsWith(bytes, 0xFF, 0xFE)) {
				return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
			}
			if (startsWith(bytes, 0xFE, 0xFF)) {
				return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
			}
			return Optional.empty();
		}

		/** Whether the bytes start with a UTF-32 byte order mark, which Sayso does not read. */
		static boolean isUtf32(byte[] bytes) {
			return startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF);
		}

		private static boolean startsWith(byte[] bytes, int... prefix) {
			if (bytes.length < prefix.length) {
				return false;
			}
			for (var i = 0; i < prefix.length; i++) {
				if ((bytes[i] & 0xFF) != prefix[i]) {
					return false;
				}
			}
			return true;
		}
	}

	private Decoding() {
	}

	/**
	 * Decodes {@code bytes} from {@code start}, replacing each malformed or unmappable sequence by U+FFFD and
	 * recording where it was. UTF-16 is decoded code unit by code unit, so that an unpaired surrogate stays in
	 * the text and is reported with the other characters XML cannot store, at its text offset.
	 */
	static Result decodeReplacing(byte[] bytes, int start, Charset charset) {
		if (charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) {
			return decodeUtf16(bytes, start, charset.equals(StandardCharsets.UTF_16BE));
		}
		return decode(bytes, start, charset, true).orElseThrow();
	}

	/** Decodes {@code bytes} from {@code start}, or returns empty at the first byte that is invalid there. */
	static Optional<Result> decodeStrictly(byte[] bytes, int start, Charset charset) {
		return decode(bytes, start, charset, false);
	}

	/** The file offset of the first byte from {@code start} that is not valid in {@code charset}, or -1. */
	static int firstInvalidByte(byte[] bytes, int start, Charset charset) {
		var in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		var decoder = strictDecoder(charset);
		var out = CharBuffer.allocate(8192);
		while (true) {
			var result = decoder.decode(in, out, true);
			if (result.isError()) {
				return in.position();
			}
			if (result.isUnderflow()) {
				return -1;
			}
			out.clear();
		}
	}

	private static Optional<Result> decode(byte[] bytes, int start, Charset charset, boolean replace) {
		var decoder = strictDecoder(charset);
		var in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		var out = CharBuffer.allocate((int) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 1);
		var replaced = new ArrayList<Integer>();
		CoderResult result;
		while (!(result = decoder.decode(in, out, true)).isUnderflow()) {
			if (result.isOverflow()) {
				out = grow(out);
			} else if (!replace) {
				return Optional.empty();
			} else {
				if (!out.hasRemaining()) {
					out = grow(out);
				}
				replaced.add(in.position());
				out.put(XmlCharacters.REPLACEMENT);
				in.position(in.position() + result.length());
			}
		}
		while (decoder.flush(out).isOverflow()) {
			out = grow(out);
		}
		return Optional.of(new Result(out.flip().toString(), replaced));
	}

	private static Result decodeUtf16(byte[] bytes, int start, boolean bigEndian) {
		var units = (bytes.length - start) / 2;
		var chars = new char[units + (bytes.length - start) % 2];
		for (var i = 0; i < units; i++) {
			var first = bytes[start + 2 * i] & 0xFF;
			var second = bytes[start + 2 * i + 1] & 0xFF;
			chars[i] = (char) (bigEndian ? first << 8 | second : second << 8 | first);
		}
		if (chars.length > units) {
			// an odd byte count: the file was cut in the middle of its last character
			chars[units] = XmlCharacters.REPLACEMENT;
			return new Result(new String(chars), List.of(bytes.length - 1));
		}
		return new Result(new String(chars), List.of());
	}

	private static CharsetDecoder strictDecoder(Charset charset) {
		return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static CharBuffer grow(CharBuffer out) {
		var bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
		return bigger.put(out.flip());
	}
}
