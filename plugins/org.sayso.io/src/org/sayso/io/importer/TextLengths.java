package org.sayso.io.importer;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The length of the text under each element of a tree, and how much of it is inside links, in one traversal: each
 * element's sums are added to its parent's when the traversal leaves it. White space runs count as one character, as
 * in the text a reader sees.
 */
final class TextLengths implements NodeVisitor {

	private final Map<Element, int[]> sums = new IdentityHashMap<>();
	private final ArrayDeque<int[]> open = new ArrayDeque<>();
	private int linkDepth;

	private TextLengths() {
	}

	static TextLengths of(Element root) {
		var lengths = new TextLengths();
		NodeTraversor.traverse(lengths, root);
		return lengths;
	}

	/** The length of the text under {@code element}; 0 for an element not under the root. */
	int text(Element element) {
		var sum = sums.get(element);
		return sum == null ? 0 : sum[0];
	}

	/** The length of that text inside links ({@code <a>}). */
	int links(Element element) {
		var sum = sums.get(element);
		return sum == null ? 0 : sum[1];
	}

	@Override
	@NonNullByDefault({}) // overrides an API without null annotations
	public void head(Node node, int depth) {
		if (node instanceof TextNode text && !open.isEmpty()) {
			var length = collapsedLength(text.getWholeText());
			var sum = open.peek();
			sum[0] += length;
			if (linkDepth > 0) {
				sum[1] += length;
			}
		} else if (node instanceof Element element) {
			var sum = new int[2];
			sums.put(element, sum);
			open.push(sum);
			if (element.normalName().equals("a")) {
				linkDepth++;
			}
		}
	}

	@Override
	@NonNullByDefault({}) // overrides an API without null annotations
	public void tail(Node node, int depth) {
		if (node instanceof Element element) {
			var sum = open.pop();
			if (!open.isEmpty()) {
				open.peek()[0] += sum[0];
				open.peek()[1] += sum[1];
			}
			if (element.normalName().equals("a")) {
				linkDepth--;
			}
		}
	}

	/** The length with each run of white space counted once, and none at the ends. */
	private static int collapsedLength(String text) {
		int length = 0;
		boolean space = true; // no space counted at the start
		for (int i = 0; i < text.length(); i++) {
			var c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
				space = true;
			} else {
				if (space && length > 0) {
					length++;
				}
				space = false;
				length++;
			}
		}
		return length;
	}
}
