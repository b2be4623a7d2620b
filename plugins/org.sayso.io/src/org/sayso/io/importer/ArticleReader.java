package org.sayso.io.importer;

import org.sayso.core.IoProblems;
import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.xmi.XmlCharacters;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sayso.io.importer.ImportWarning.Kind;

/**
 * Reads an article file, plain text or an HTML page, into the text and metadata of a new Sayso document.
 * <p>
 * The text is made final here, once: line ends become LF and characters that XMI cannot store become U+FFFD
 * (see {@link XmlCharacters}), so that annotation offsets never have to move. Everything else is kept as
 * decoded. What the user should check is returned as warnings; what makes a file unusable is refused with an
 * {@link ArticleImportException} that names the file and says what to do.
 */
public final class ArticleReader {

	/** The largest file read: a news article is a few kilobytes, a file of 50 MB is something else. */
	public static final long MAX_BYTES = 50L * 1024 * 1024;

	/** A headline is a short line; a longer first line is the start of the text. */
	static final int LONGEST_HEADLINE = 150;

	/** How an HTML page starts, after white space, an XML declaration and comments. */
	private static final Pattern HTML_START = Pattern.compile(
			"\\A\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html[\\s>])",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private final @Nullable Charset encoding;

	/** A reader that detects each file's encoding. */
	public ArticleReader() {
		this(null);
	}

	private ArticleReader(@Nullable Charset encoding) {
		this.encoding = encoding;
	}

	/**
	 * A reader that decodes every file as {@code encoding}, for importing again a file whose encoding was
	 * guessed wrong. A byte order mark of that encoding is still removed.
	 */
	public static ArticleReader withEncoding(Charset encoding) {
		return new ArticleReader(Objects.requireNonNull(encoding, "encoding"));
	}

	/**
	 * Reads the article in {@code file}: as HTML when its name ends in .html, .htm or .xhtml or when it starts
	 * like an HTML page, else as plain text.
	 *
	 * @throws ArticleImportException when the file cannot be read, is empty, too large, binary or holds no text
	 */
	public ImportedArticle read(Path file) throws ArticleImportException {
		var bytes = readBytes(file);
		var htmlByName = ArticleFormat.ofFileName(file).filter(ArticleFormat.HTML::equals).isPresent();
		var htmlByContent = !htmlByName && startsLikeHtml(bytes);
		var decoded = TextDecoder.decode(file, bytes, htmlByName || htmlByContent, encoding);
		var warnings = new ArrayList<>(decoded.warnings());
		// offsets are UTF-16 indices into this text: CRLF and CR become LF now, so that they never move later
		var text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
		var lineEnds = LineEnds.count(decoded.text());

		Optional<String> title;
		var source = file.toUri();
		Optional<String> language = Optional.empty();
		Optional<String> published = Optional.empty();
		ArticleFormat format;
		if (htmlByName || htmlByContent) {
			if (htmlByContent) {
				warnings.add(new ImportWarning(file, Kind.READ_AS_HTML, file + " holds an HTML page, so Sayso read"
						+ " it as one and took the article text out of it. If it is an HTML page, rename it to"
						+ " .html."));
			}
			var article = HtmlArticle.extract(file, text);
			warnings.addAll(article.warnings());
			text = article.text();
			title = article.title();
			source = article.source().orElse(source);
			language = article.language();
			published = article.published();
			format = ArticleFormat.HTML;
		} else {
			title = headline(text);
			format = ArticleFormat.PLAIN_TEXT;
			if (lineEnds.changed() > 0) {
				warnings.add(new ImportWarning(file, Kind.LINE_ENDS_CHANGED, file + ": " + lineEnds.describe()
						+ " stored as LF, one character each, like every text of a project; offsets counted in the"
						+ " original file are one higher per line end before them."));
			}
		}
		if (text.isBlank()) {
			throw new ArticleImportException(file, file + (format == ArticleFormat.HTML
					? " holds no article text that Sayso could find. If it is an article, copy its text into a .txt"
							+ " file and import that."
					: " holds no text to annotate: it has nothing but white space."));
		}
		var sanitized = XmlCharacters.sanitize(text);
		if (sanitized.changed()) {
			var n = sanitized.replacedOffsets().size();
			warnings.add(new ImportWarning(file, Kind.XML_ILLEGAL_CHARACTERS_REPLACED, file + ": "
					+ Messages.count(n, "character that XML cannot store was", "characters that XML cannot store were")
					+ " replaced by U+FFFD at offset" + (n == 1 ? " " : "s ")
					+ Messages.offsets(sanitized.replacedOffsets())
					+ ". Such characters (control characters, broken halves of characters) usually come from copying"
					+ " text out of another program; check the text there."));
		}
		return new ImportedArticle(DocumentIds.fromFileName(file.getFileName().toString()),
				title.map(ArticleReader::storable), sanitized.text(), source, language.map(ArticleReader::storable),
				published, format, decoded.charset(), warnings);
	}

	/**
	 * The first line of a plain text when it looks like a headline: short, not ended by a full stop (a one-line
	 * first paragraph is a sentence), and followed by an empty line and more text.
	 */
	static Optional<String> headline(String text) {
		var end = text.indexOf('\n');
		if (end < 0) {
			return Optional.empty();
		}
		var first = text.substring(0, end).strip();
		var rest = text.substring(end + 1);
		var secondEnd = rest.indexOf('\n');
		var second = secondEnd < 0 ? rest : rest.substring(0, secondEnd);
		if (first.isEmpty() || first.length() > LONGEST_HEADLINE || first.endsWith(".") || !second.isBlank()
				|| rest.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(first);
	}

	/** Metadata goes into XMI as well; its rare illegal characters are replaced without offsets, which it has none. */
	private static String storable(String metadata) {
		return XmlCharacters.sanitize(metadata).text();
	}

	private static boolean startsLikeHtml(byte[] bytes) {
		var bom = Decoding.Bom.of(bytes);
		var start = bom.map(Decoding.Bom::length).orElse(0);
		var charset = bom.map(Decoding.Bom::charset).orElse(StandardCharsets.ISO_8859_1);
		var head = new String(bytes, start, Math.min(bytes.length - start, 1024), charset);
		return HTML_START.matcher(head).lookingAt();
	}

	private static byte[] readBytes(Path file) throws ArticleImportException {
		try {
			if (Files.isDirectory(file)) {
				throw new ArticleImportException(file, file + " is a folder, not an article file. Choose the article"
						+ " files in it, or import the folder as a whole.");
			}
			var size = Files.size(file);
			if (size == 0) {
				throw new ArticleImportException(file, file + " is empty: there is no text to import.");
			}
			if (size > MAX_BYTES) {
				throw new ArticleImportException(file, file + " is " + Messages.megabytes(size) + ", more than the "
						+ Messages.megabytes(MAX_BYTES) + " that Sayso imports as one article. Check that it is the"
						+ " right file, or split it into its articles.");
			}
			return Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new ArticleImportException(file, file + " does not exist. Check the file's name and folder.", e);
		} catch (AccessDeniedException e) {
			throw new ArticleImportException(file, file + " cannot be read: permission denied. Make it readable and"
					+ " import it again.", e);
		} catch (IOException e) {
			throw new ArticleImportException(file, "Cannot read " + file + ": " + IoProblems.reason(e)
					+ ". Check that the file is readable and import it again.", e);
		}
	}
}
