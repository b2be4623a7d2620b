package org.sayso.io.importer;

import org.sayso.core.IoProblems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.sayso.core.xmi.HardenedSax;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A TimeML file ({@code .tml}, as in TimeBank and AQUAINT) read for Sayso: the article text is the character content
 * of {@code <TEXT>} with its tags removed; each {@code TIMEX3} inside it is a date with its {@code type} and
 * {@code value}; the {@code TIMEX3} inside {@code <DCT>} is the article's date, and {@code <TITLE>} its title. Events,
 * signals, links and every other element are counted, so the import can say what it left out.
 *
 * @param timexes the temporal expressions in the text, with UTF-16 offsets into {@code text}
 * @param other   what was not taken, by element name: number of elements
 */
public record TimemlArticle(String title, String text, String dct, List<Timex> timexes, Map<String, Integer> other) {

	/** A TIMEX3 of the text. */
	public record Timex(int begin, int end, String tid, String type, String value) {
	}

	public TimemlArticle {
		timexes = List.copyOf(timexes);
		other = java.util.Collections.unmodifiableMap(new TreeMap<>(other));
	}

	/**
	 * Reads a TimeML file through the hardened XML reader (no DTD, no external entities).
	 *
	 * @throws ArticleImportException when the file is not well-formed XML or has no {@code <TEXT>}, naming line and
	 *                                column
	 */
	public static TimemlArticle read(Path file) throws ArticleImportException {
		var handler = new Handler();
		try (var in = Files.newInputStream(file)) {
			var reader = HardenedSax.newReader();
			reader.setContentHandler(handler);
			reader.parse(new InputSource(in));
		} catch (SAXParseException e) {
			throw new ArticleImportException(file, file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": not"
					+ " well-formed TimeML: " + e.getMessage() + ". Nothing was imported from this file.");
		} catch (SAXException e) {
			throw new ArticleImportException(file, file + " is not TimeML that Sayso reads: " + e.getMessage() + ".");
		} catch (IOException e) {
			throw new ArticleImportException(file, "Cannot read " + file + ": " + IoProblems.reason(e) + ".");
		}
		if (!handler.sawText) {
			throw new ArticleImportException(file, file + " has no <TEXT> element, which holds a TimeML article's text:"
					+ " it is not a TimeML document.");
		}
		var title = handler.title.isEmpty() ? null : handler.title.toString().strip().replaceAll("\\s+", " ");
		return new TimemlArticle(title, handler.text.toString(), handler.dct, handler.timexes, handler.other);
	}

	private static final class Handler extends DefaultHandler {
		final StringBuilder text = new StringBuilder();
		final StringBuilder title = new StringBuilder();
		final List<Timex> timexes = new ArrayList<>();
		final Map<String, Integer> other = new TreeMap<>();
		final ArrayDeque<Timex> open = new ArrayDeque<>();
		@Nullable String dct;
		boolean sawText;
		int inText;
		int inTitle;
		int inDct;

		@Override
		@NonNullByDefault({}) // overrides an API without null annotations
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
			case "TEXT" -> {
				inText++;
				sawText = true;
			}
			case "TITLE" -> inTitle++;
			case "DCT" -> inDct++;
			case "TIMEX3" -> {
				if (inDct > 0 && dct == null) {
					dct = attributes.getValue("value");
				} else if (inText > 0) {
					open.push(new Timex(text.length(), -1, attributes.getValue("tid"), attributes.getValue("type"),
							attributes.getValue("value")));
				} else {
					other.merge("TIMEX3 outside <TEXT>", 1, Integer::sum);
				}
			}
			case "TimeML", "DOCID" -> {
				// the document's frame
			}
			default -> other.merge(localName, 1, Integer::sum);
			}
		}

		@Override
		@NonNullByDefault({}) // overrides an API without null annotations
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
			case "TEXT" -> inText--;
			case "TITLE" -> inTitle--;
			case "DCT" -> inDct--;
			case "TIMEX3" -> {
				if (inText > 0 && !open.isEmpty()) {
					var started = open.pop();
					timexes.add(new Timex(started.begin(), text.length(), started.tid(), started.type(), started.value()));
				}
			}
			default -> {
			}
			}
		}

		@Override
		@NonNullByDefault({}) // overrides an API without null annotations
		public void characters(char[] ch, int start, int length) {
			if (inText > 0) {
				text.append(ch, start, length);
			} else if (inTitle > 0) {
				title.append(ch, start, length);
			}
		}
	}
}
