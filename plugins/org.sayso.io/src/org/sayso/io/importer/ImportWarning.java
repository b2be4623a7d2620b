package org.sayso.io.importer;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something the import did to an article, or assumed about it, that the user should know: the article was
 * imported, but its text may not be exactly what the user expects. The message names the file and says what to
 * check or do; {@link #kind()} lets a UI group or filter warnings without parsing messages.
 */
public record ImportWarning(Path file, Kind kind, String message) {

	public enum Kind {
		/** The file declared no encoding and was not UTF-8, so a single-byte encoding was assumed. */
		ENCODING_ASSUMED,
		/** The HTML page declared an encoding that Java does not know or that cannot hold a page. */
		ENCODING_DECLARATION_IGNORED,
		/** Bytes that are invalid in the file's encoding were replaced by U+FFFD. */
		INVALID_BYTES_REPLACED,
		/** Characters that XML 1.0 (and so XMI) cannot store were replaced by U+FFFD. */
		XML_ILLEGAL_CHARACTERS_REPLACED,
		/** A file without an HTML extension held an HTML page and was read as one. */
		READ_AS_HTML,
		/** The HTML page marks no article, so the article text was chosen by how much paragraph text it has. */
		ARTICLE_GUESSED,
		/** The HTML page's canonical or og:url address is not a valid URI; the file's address is used. */
		SOURCE_URI_IGNORED,
		/** A file found in a folder scan is not an article format Sayso reads. */
		UNSUPPORTED_FILE,
		/** A folder of a folder scan could not be read. */
		UNREADABLE_FOLDER,
		/** The text's CR LF or CR line ends were stored as LF. */
		LINE_ENDS_CHANGED
	}

	public ImportWarning {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(message, "message");
	}
}
