package org.sayso.io.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of article file Sayso imports, and the file name extensions that announce them. */
public enum ArticleFormat {

	PLAIN_TEXT(List.of(".txt", ".text")),
	HTML(List.of(".html", ".htm", ".xhtml"));

	private final List<String> extensions;

	ArticleFormat(List<String> extensions) {
		this.extensions = extensions;
	}

	/** The extensions of this format, lower case, with their dot. */
	public List<String> extensions() {
		return extensions;
	}

	/**
	 * The format that the file name's extension announces, in any case ({@code .HTML} is HTML), or empty when
	 * the extension is not one Sayso imports. The content may still say otherwise: {@link ArticleReader} reads
	 * a {@code .txt} file that holds an HTML page as HTML.
	 */
	public static Optional<ArticleFormat> ofFileName(Path file) {
		var name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
		for (var format : values()) {
			for (var extension : format.extensions) {
				if (name.endsWith(extension) && name.length() > extension.length()) {
					return Optional.of(format);
				}
			}
		}
		return Optional.empty();
	}
}
