package org.sayso.io.importer;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The encoding an HTML page declares in its head: {@code <meta charset="...">}, the {@code charset} parameter
 * of a {@code <meta http-equiv="Content-Type" content="...">}, or an XML declaration's {@code encoding}.
 * <p>
 * The declaration is found in the raw bytes, read as ASCII, before the page is decoded: every encoding a page
 * can declare this way writes ASCII as ASCII. Browsers look at the first 1024 bytes; pages saved by content
 * systems often put a long head before the meta element, so this looks further.
 */
final class HtmlEncodingDeclaration {

	private static final int PRESCAN_BYTES = 8192;

	/** Both meta forms: the attribute {@code charset=} or {@code charset=} inside the content attribute. */
	private static final Pattern META = Pattern.compile("<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([^\\s\"';>/]+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern XML_DECLARATION = Pattern.compile(
			"^\\s*<\\?xml\\b[^>]*?\\bencoding\\s*=\\s*[\"']([^\"']+)",
			Pattern.CASE_INSENSITIVE);

	private HtmlEncodingDeclaration() {
	}

	/** The label of the encoding the page declares, as written, or empty. */
	static Optional<String> find(byte[] bytes, int start) {
		var head = new String(bytes, start, Math.min(bytes.length - start, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
		var xml = XML_DECLARATION.matcher(head);
		if (xml.find()) {
			return Optional.of(xml.group(1).trim());
		}
		var meta = META.matcher(head);
		return meta.find() ? Optional.of(meta.group(1).trim()) : Optional.empty();
	}

	/**
	 * The encoding to decode a page with that declares {@code label}, or empty when Java does not know the
	 * label. Like browsers, this reads a page declared ISO-8859-1 or US-ASCII as windows-1252: the two agree on
	 * every byte except 0x80-0x9F, which such pages use for curly quotes and dashes and ISO-8859-1 would turn into
	 * invisible control characters. A UTF-16 or UTF-32 declaration is read as UTF-8, also like browsers: it was
	 * just read as ASCII, so the page is not in UTF-16 (a UTF-16 page has a byte order mark, which wins).
	 */
	static Optional<Charset> resolve(String label) {
		Charset charset;
		try {
			charset = Charset.forName(label);
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			return Optional.empty(); // the caller warns, naming the label
		}
		if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
			return Optional.of(Charset.forName("windows-1252"));
		}
		if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
			return Optional.of(StandardCharsets.UTF_8);
		}
		return Optional.of(charset);
	}
}
