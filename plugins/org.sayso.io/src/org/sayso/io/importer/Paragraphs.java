package org.sayso.io.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The paragraphs of an HTML element as plain text, the way a reader sees them: each block element (p, h2, li,
 * blockquote, ...) is a paragraph, inline elements (a, em, strong, q, span) are just their text, {@code <br>} is
 * a line break, and white space inside a paragraph collapses to one space. Characters that are not HTML white
 * space, such as no-break spaces, curly quotes and dashes, are kept.
 */
final class Paragraphs implements NodeVisitor {

	private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
			"center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2",
			"h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
			"summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

	/** HTML's white space: space, tab, LF, FF and CR. A no-break space is not white space there. */
	private static final Pattern HTML_SPACES = Pattern.compile("[ \\t\\n\\f\\r]+");

	private static final Pattern SPACES_AROUND_BREAK = Pattern.compile(" *\n *");

	private final List<String> paragraphs = new ArrayList<>();
	private final StringBuilder current = new StringBuilder();
	private int preDepth;

	private Paragraphs() {
	}

	/** The non-empty paragraphs of {@code element}, in document order. */
	static List<String> of(Element element) {
		var visitor = new Paragraphs();
		NodeTraversor.traverse(visitor, element);
		visitor.flush();
		return List.copyOf(visitor.paragraphs);
	}

	@Override
	@NonNullByDefault({}) // overrides an API without null annotations
	public void head(Node node, int depth) {
		if (node instanceof TextNode text) {
			var whole = text.getWholeText();
			current.append(preDepth > 0 ? whole : HTML_SPACES.matcher(whole).replaceAll(" "));
		} else if (node instanceof Element element) {
			if (element.normalName().equals("br")) {
				current.append('\n');
			} else if (BLOCKS.contains(element.normalName())) {
				flush();
				preDepth += element.normalName().equals("pre") ? 1 : 0;
			}
		}
	}

	@Override
	@NonNullByDefault({}) // overrides an API without null annotations
	public void tail(Node node, int depth) {
		if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
			flush();
			preDepth -= element.normalName().equals("pre") ? 1 : 0;
		}
	}

	private void flush() {
		// preformatted text keeps its spaces and line breaks; in other text they are layout of the HTML source
		var paragraph = preDepth > 0 ? current.toString()
				: SPACES_AROUND_BREAK.matcher(current.toString().replaceAll(" {2,}", " ")).replaceAll("\n");
		paragraph = stripBlank(paragraph);
		if (!paragraph.isEmpty()) {
			paragraphs.add(paragraph);
		}
		current.setLength(0);
	}

	/** Without white space and no-break spaces at both ends: "&nbsp;" is a common spacer in CMS output. */
	static String stripBlank(String text) {
		var start = 0;
		var end = text.length();
		while (start < end && isBlank(text.charAt(start))) {
			start++;
		}
		while (end > start && isBlank(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean isBlank(char c) {
		return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B';
	}
}
