package org.sayso.io.importer;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

import org.sayso.model.ProjectLayout;

/**
 * Document ids made from file names. An id becomes the name of several files ({@code documents/<id>.txt},
 * {@code annotations/<annotator>/<id>.xmi}), so it must pass {@link ProjectLayout#isSafeName} and also be a
 * file name that works on every system the project is shared to through Git.
 */
public final class DocumentIds {

	/** The id used when nothing of the file name can be kept, e.g. a name made only of emoji. */
	public static final String FALLBACK = "document";

	/** {@link ProjectLayout#isSafeName} allows 120 characters. */
	private static final int MAX_CODE_POINTS = 120;

	/**
	 * File systems limit names to 255 bytes, not characters: 120 CJK letters are 360 bytes in UTF-8. The rest
	 * leaves room for the extensions Sayso adds and for a {@link #unique} suffix.
	 */
	private static final int MAX_UTF8_BYTES = 200;

	/** A last extension of letters only: "Story.HTML" loses ".HTML", "budget.2024" keeps its ".2024". */
	private static final Pattern EXTENSION = Pattern.compile("\\.\\p{L}{1,5}$");

	/** Names Windows reserves for devices, with any extension: "con.txt" cannot be created there. */
	private static final Pattern WINDOWS_DEVICE = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

	private DocumentIds() {
	}

	/**
	 * A safe document id for a file name: the name without its extension, in lower case (so that ids cannot
	 * differ only by case, which case-insensitive file systems would merge), every run of characters other than
	 * letters, digits, '.', '_' and '-' turned into one '-'. "Port Strike (final).HTML" gives
	 * "port-strike-final".
	 */
	public static String fromFileName(String fileName) {
		var base = EXTENSION.matcher(fileName).replaceFirst("");
		// lower case before composing: "İ" lowers to "i" plus a combining dot, which composing then keeps apart
		var name = Normalizer.normalize(base.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
		var id = new StringBuilder(name.length());
		for (var codePoint : name.codePoints().toArray()) {
			if (isLetterOrNumber(codePoint) || codePoint == '.' || codePoint == '_' || codePoint == '-') {
				id.appendCodePoint(codePoint);
			} else if (isMark(codePoint)) {
				continue; // a mark left after composing has no precomposed letter; the id pattern has no room for it
			} else if (!id.isEmpty() && id.charAt(id.length() - 1) != '-') {
				id.append('-');
			}
		}
		var result = trim(truncate(id.toString().replaceAll("-{2,}", "-")));
		if (result.isEmpty()) {
			return FALLBACK;
		}
		if (WINDOWS_DEVICE.matcher(result).matches()) {
			result = result + "-doc";
		}
		if (!ProjectLayout.isSafeName(result)) {
			throw new IllegalStateException("Made an unsafe document id '" + result + "' from '" + fileName + "'");
		}
		return result;
	}

	/**
	 * {@code id} itself when no id in {@code taken} equals it ignoring case, else {@code id} with the first
	 * suffix "-2", "-3", ... that makes it so. Case is ignored because two ids that differ only by case are one
	 * file on macOS and Windows.
	 */
	public static String unique(String id, Collection<String> taken) {
		if (!ProjectLayout.isSafeName(id)) {
			throw new IllegalArgumentException("Not a safe document id: '" + id + "'");
		}
		var candidate = id;
		for (var n = 2; isTaken(candidate, taken); n++) {
			var suffix = "-" + n;
			candidate = trim(truncate(id, MAX_CODE_POINTS - suffix.length(), MAX_UTF8_BYTES - suffix.length()))
					+ suffix;
		}
		return candidate;
	}

	private static boolean isTaken(String candidate, Collection<String> taken) {
		return taken.stream().anyMatch(candidate::equalsIgnoreCase);
	}

	private static boolean isLetterOrNumber(int codePoint) {
		// the classes of ProjectLayout's pattern: \p{L} and \p{N}
		return Character.isLetter(codePoint) || switch (Character.getType(codePoint)) {
			case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
			default -> false;
		};
	}

	private static boolean isMark(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
			default -> false;
		};
	}

	private static String truncate(String id) {
		return truncate(id, MAX_CODE_POINTS, MAX_UTF8_BYTES);
	}

	/** The longest prefix of whole code points within both limits. */
	private static String truncate(String id, int maxCodePoints, int maxBytes) {
		var end = 0;
		var codePoints = 0;
		var bytes = 0;
		while (end < id.length()) {
			var codePoint = id.codePointAt(end);
			var size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4; // in UTF-8
			if (codePoints + 1 > maxCodePoints || bytes + size > maxBytes) {
				break;
			}
			codePoints++;
			bytes += size;
			end += Character.charCount(codePoint);
		}
		return id.substring(0, end);
	}

	/** Without leading characters other than letters and digits, and without trailing '.', '_' or '-'. */
	private static String trim(String id) {
		var start = 0;
		while (start < id.length() && !isLetterOrNumber(id.codePointAt(start))) {
			start += Character.charCount(id.codePointAt(start));
		}
		var end = id.length();
		while (end > start && "._-".indexOf(id.charAt(end - 1)) >= 0) {
			end--;
		}
		return id.substring(start, end);
	}
}
