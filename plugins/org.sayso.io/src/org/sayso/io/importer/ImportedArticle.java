package org.sayso.io.importer;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.sayso.model.ProjectLayout;

/**
 * An article file turned into what a new Sayso document needs. The text is final: line ends are LF, characters
 * that XMI cannot store are already replaced, so annotation offsets (UTF-16 code units) into it stay valid for
 * the document's whole life.
 *
 * @param docId    the suggested document id, from the file name; always {@link ProjectLayout#isSafeName safe},
 *                 but not necessarily unique in a project (see {@link DocumentIds#unique})
 * @param title    the headline, when the file has one that can be recognised
 * @param text     the article text
 * @param source   where the article comes from: the page's canonical address for HTML, else the file's URI
 * @param language the language the file declares (HTML {@code lang}), as written there
 * @param published the publication date the page declares (ISO, {@code YYYY-MM-DD}), for the article's DCT
 * @param format   whether the file was read as plain text or as an HTML page
 * @param encoding the encoding the bytes were decoded with, declared or detected
 * @param warnings what the user should check, in the order found
 */
public record ImportedArticle(String docId, Optional<String> title, String text, URI source,
		Optional<String> language, Optional<String> published, ArticleFormat format, Charset encoding, List<ImportWarning> warnings) {

	public ImportedArticle {
		if (!ProjectLayout.isSafeName(docId)) {
			throw new IllegalArgumentException("Not a safe document id: '" + docId + "'");
		}
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(published, "published");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(encoding, "encoding");
		warnings = List.copyOf(warnings);
	}
}
