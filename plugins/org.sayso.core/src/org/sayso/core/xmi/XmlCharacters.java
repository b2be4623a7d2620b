package org.sayso.core.xmi;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The characters XML 1.0 can store, and the one way Sayso deals with the others.
 * <p>
 * XMI is XML 1.0, whose {@code Char} production excludes the C0 control characters other than TAB, LF and CR,
 * the non-characters U+FFFE and U+FFFF, and surrogates that do not form a pair. A document text holding any of
 * them cannot be written as XMI 1.0, and INCEpTION and DKPro Core do not read XMI 1.1. Sayso therefore replaces
 * each such UTF-16 code unit by U+FFFD when an article is imported, one char for one char, so that every offset
 * after it is unchanged; the XMI writer uses the same rule to check a text before it writes it.
 */
public final class XmlCharacters {

	/** What an illegal character is replaced with: the Unicode replacement character. */
	public static final char REPLACEMENT = '\uFFFD';

	private XmlCharacters() {
	}

	/**
	 * Whether XML 1.0 can store the code point. A surrogate code point (U+D800 to U+DFFF) is illegal: on its own
	 * it is a broken half of a pair; a proper pair is one supplementary code point, which is legal.
	 */
	public static boolean isXml10Legal(int codePoint) {
		return codePoint == '\t' || codePoint == '\n' || codePoint == '\r'
				|| codePoint >= 0x20 && codePoint <= 0xD7FF
				|| codePoint >= 0xE000 && codePoint <= 0xFFFD
				|| codePoint >= 0x10000 && codePoint <= 0x10FFFF;
	}

	/** Whether XML 1.0 can store all of {@code text}; cheap enough to call before every write. */
	public static boolean isXml10Legal(CharSequence text) {
		return firstIllegal(text, 0) < 0;
	}

	/**
	 * {@code text} with each UTF-16 code unit that XML 1.0 cannot store replaced by {@link #REPLACEMENT}, and the
	 * offsets of the replaced units. The result has the length of {@code text}; surrogate pairs (emoji) are kept.
	 * When nothing needs replacing, the result holds {@code text} itself.
	 */
	public static Sanitized sanitize(String text) {
		Objects.requireNonNull(text, "text");
		var index = firstIllegal(text, 0);
		if (index < 0) {
			return new Sanitized(text, List.of());
		}
		var chars = text.toCharArray();
		var offsets = new int[16];
		var count = 0;
		while (index >= 0) {
			if (count == offsets.length) {
				offsets = Arrays.copyOf(offsets, count * 2);
			}
			offsets[count++] = index;
			chars[index] = REPLACEMENT;
			index = firstIllegal(text, index + 1);
		}
		return new Sanitized(new String(chars), new Offsets(offsets, count));
	}

	/** The index of the first code unit at or after {@code from} that XML 1.0 cannot store, or -1. */
	private static int firstIllegal(CharSequence text, int from) {
		var length = text.length();
		for (var i = from; i < length; i++) {
			var c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++; // a pair is one supplementary code point, always legal
			} else if (Character.isSurrogate(c) || !isXml10Legal(c)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A text after {@link XmlCharacters#sanitize}.
	 *
	 * @param text            the text, as long as the original, with illegal code units replaced
	 * @param replacedOffsets the offsets (UTF-16 code units) of the replaced code units, ascending
	 */
	public record Sanitized(String text, List<Integer> replacedOffsets) {

		public Sanitized {
			Objects.requireNonNull(text, "text");
			// our own list is already immutable and keeps the offsets unboxed: a damaged file can have millions
			replacedOffsets = replacedOffsets instanceof Offsets ? replacedOffsets : List.copyOf(replacedOffsets);
		}

		/** Whether anything was replaced. */
		public boolean changed() {
			return !replacedOffsets.isEmpty();
		}
	}

	/** An immutable list view of the first {@code size} offsets of an array that nobody else holds. */
	private static final class Offsets extends AbstractList<Integer> implements RandomAccess {

		private final int[] offsets;
		private final int size;

		Offsets(int[] offsets, int size) {
			this.offsets = offsets;
			this.size = size;
		}

		@Override
		public Integer get(int index) {
			Objects.checkIndex(index, size);
			return offsets[index];
		}

		@Override
		public int size() {
			return size;
		}
	}
}
