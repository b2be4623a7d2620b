package org.sayso.io.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sayso.io.importer.ImportWarning.Kind;

/**
 * The article in an HTML news page: its headline and paragraphs, without the page around it, in the shape of
 * Sayso's text documents (headline, empty line, dateline paragraph, empty line, ...), plus the metadata the page
 * declares.
 *
 * @param title    og:title, else the headline, else the page's {@code <title>}
 * @param text     the headline and the paragraphs, each followed by an empty line, the last by a line end
 * @param source   the page's canonical address ({@code link rel=canonical}, else og:url), when it is a valid
 *                 absolute http(s) URI
 * @param language the {@code lang} of the {@code html} element, or a Content-Language meta element
 */
record HtmlArticle(Optional<String> title, String text, Optional<URI> source, Optional<String> language,
		Optional<String> published,
		List<ImportWarning> warnings) {

	/** A paragraph shorter than this does not count when the article is found by paragraph text. */
	private static final int SHORTEST_PARAGRAPH = 25;

	/** Where a page gives its own address, in the order they are trusted. */
	private static final List<Address> ADDRESSES = List.of(
			new Address("link[rel=canonical]", "href", "canonical address"),
			new Address("meta[property=og:url]", "content", "og:url"));

	private record Address(String selector, String attribute, String name) {
	}

	HtmlArticle {
		warnings = List.copyOf(warnings);
	}

	/** Extracts the article from the page {@code html} read from {@code file}. */
	static HtmlArticle extract(Path file, String html) {
		var page = Jsoup.parse(html, file.toUri().toString());
		var warnings = new ArrayList<ImportWarning>();
		var source = source(file, page, warnings);
		var language = firstNonBlank(attr(page, "html", "lang"), attr(page, "html", "xml:lang"),
				attr(page, "meta[http-equiv=content-language]", "content"));
		var ogTitle = attr(page, "meta[property=og:title]", "content");
		var published = published(page);

		Boilerplate.remove(page);
		var container = markedArticle(page).orElseGet(() -> {
			var guessed = densestContainer(page);
			warnings.add(new ImportWarning(file, Kind.ARTICLE_GUESSED, file + " marks no article (no <article>,"
					+ " <main> or itemprop=articleBody element), so Sayso took the part of the page with the most"
					+ " paragraph text, " + describe(guessed) + ". Check that the document holds the whole article"
					+ " and nothing else."));
			return guessed;
		});
		var headlineElement = headline(page, container);
		var headline = headlineElement.map(element -> Paragraphs.stripBlank(element.text()))
				.orElse(firstNonBlank(ogTitle, page.title()));
		headlineElement.ifPresent(Element::remove);
		// an article's own header holds, after its headline, the byline, the date and the share buttons
		container.select("header").remove();
		removeLinkLists(container);

		var paragraphs = new ArrayList<>(Paragraphs.of(container));
		if (!headline.isEmpty() && (paragraphs.isEmpty() || !paragraphs.get(0).equals(headline))) {
			paragraphs.add(0, headline);
		}
		var text = paragraphs.isEmpty() ? "" : String.join("\n\n", paragraphs) + "\n";
		var title = firstNonBlank(ogTitle, headline, page.title());
		return new HtmlArticle(optional(title), text, source, optional(language), published, warnings);
	}

	private static final Pattern JSON_LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([T ].*)?");

	/**
	 * The page's publication date, as news sites declare it: {@code article:published_time}, JSON-LD
	 * {@code datePublished}, an {@code itemprop=datePublished} element, or the first {@code <time datetime>} of the
	 * page; the date part of the first that holds an ISO date.
	 */
	private static Optional<String> published(Document page) {
		var candidates = new ArrayList<String>();
		candidates.add(attr(page, "meta[property=article:published_time]", "content"));
		for (var script : page.select("script[type=application/ld+json]")) {
			var matcher = JSON_LD_PUBLISHED.matcher(script.data());
			if (matcher.find()) {
				candidates.add(matcher.group(1));
			}
		}
		candidates.add(attr(page, "meta[itemprop=datePublished]", "content"));
		candidates.add(attr(page, "[itemprop=datePublished][datetime]", "datetime"));
		candidates.add(attr(page, "time[datetime]", "datetime"));
		for (var candidate : candidates) {
			var matcher = candidate == null ? null : ISO_DATE.matcher(candidate.strip());
			if (matcher != null && matcher.matches()) {
				try {
					return Optional.of(java.time.LocalDate.parse(matcher.group(1)).toString());
				} catch (java.time.format.DateTimeParseException e) {
					// not a real date (2025-13-40): the next declaration may hold one
				}
			}
		}
		return Optional.empty();
	}

	/** The element the page marks as its article, the one with the most prose when it marks several. */
	private static Optional<Element> markedArticle(Document page) {
		for (var selector : List.of("[itemprop=articleBody]", "article", "main")) {
			var best = page.select(selector).stream()
					.max((a, b) -> Integer.compare(Boilerplate.prose(a), Boilerplate.prose(b)));
			if (best.isPresent()) {
				return best;
			}
		}
		return Optional.empty();
	}

	/**
	 * The element with the most paragraph prose: each paragraph scores its length for its parent and half of it
	 * for its grandparent, so that an article split into several blocks still wins as a whole.
	 */
	private static Element densestContainer(Document page) {
		Map<Element, Integer> scores = new IdentityHashMap<>();
		for (var paragraph : page.body().select("p")) {
			var prose = Boilerplate.proseOf(paragraph);
			var parent = paragraph.parent();
			if (prose < SHORTEST_PARAGRAPH || parent == null) {
				continue;
			}
			scores.merge(parent, prose, Integer::sum);
			if (parent.parent() != null) {
				scores.merge(parent.parent(), prose / 2, Integer::sum);
			}
		}
		return scores.entrySet().stream()
				.max(Map.Entry.comparingByValue())
				.map(Map.Entry::getKey)
				.orElse(page.body());
	}

	/** The headline: in the article, else in the article or main element around it, else the page's first h1. */
	private static Optional<Element> headline(Document page, Element container) {
		var headlines = "h1, [itemprop=headline]:not(meta)";
		var inside = container.selectFirst(headlines);
		if (inside != null) {
			return Optional.of(inside);
		}
		for (var ancestor : container.parents()) {
			// by name: Element.is walks up to the root for each ancestor, quadratic on a deep page
			if ((ancestor.normalName().equals("article") || ancestor.normalName().equals("main"))
					&& ancestor.selectFirst(headlines) != null) {
				return Optional.of(ancestor.selectFirst(headlines));
			}
		}
		// the site's name is often an h1 in the page header; an article's header is another matter
		return page.body().select("h1").stream()
				.filter(h1 -> h1.closest("header") == null || h1.closest("header").closest("article") != null)
				.findFirst();
	}

	/**
	 * Removes the blocks that are mostly links: "Read more: ..." lines and lists of other stories. The text and link
	 * lengths of every element are summed in one pass from the leaves up, so that deeply nested pages (thousands of
	 * divs in one another) take linear time; asking each block for its text took time growing with the square.
	 */
	private static void removeLinkLists(Element container) {
		var lengths = TextLengths.of(container);
		for (var block : container.select("p, li, ul, ol, dl, div, section, table")) {
			var length = lengths.text(block);
			var prose = length - lengths.links(block);
			if (block != container && length > 0 && prose * 2 < length) {
				block.remove();
			}
		}
	}

	/** The first valid address the page gives; a warning only when it gives some and none is valid. */
	private static Optional<URI> source(Path file, Document page, List<ImportWarning> warnings) {
		String problem = null;
		for (var address : ADDRESSES) {
			var value = attr(page, address.selector(), address.attribute());
			if (value.isEmpty()) {
				continue;
			}
			try {
				var uri = new URI(value);
				var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
				if (uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https"))) {
					return Optional.of(uri);
				}
				problem = problem != null ? problem
						: "its " + address.name() + " '" + value + "' is not an absolute http or https address";
			} catch (URISyntaxException e) {
				problem = problem != null ? problem : "its " + address.name() + " '" + value + "' is not a valid"
						+ " address (" + e.getReason() + " at index " + e.getIndex() + ")";
			}
		}
		if (problem != null) {
			warnings.add(new ImportWarning(file, Kind.SOURCE_URI_IGNORED, file + ": " + problem + ", so the file's own"
					+ " address is the document's source. Correct the source by hand if the article has an address."));
		}
		return Optional.empty();
	}

	private static String describe(Element element) {
		var description = new StringBuilder("<").append(element.normalName());
		if (!element.id().isEmpty()) {
			description.append(" id=\"").append(element.id()).append('"');
		} else if (!element.className().isEmpty()) {
			description.append(" class=\"").append(element.className()).append('"');
		}
		return description.append('>').toString();
	}

	private static String attr(Document page, String selector, String attribute) {
		var element = page.selectFirst(selector);
		return element == null ? "" : element.attr(attribute).strip();
	}

	private static String firstNonBlank(String... values) {
		for (var value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return "";
	}

	private static Optional<String> optional(String value) {
		return value.isEmpty() ? Optional.empty() : Optional.of(value);
	}
}
