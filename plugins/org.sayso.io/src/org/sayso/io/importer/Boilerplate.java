package org.sayso.io.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The parts of a news page that are not the article: menus, banners, share buttons, related stories, comments,
 * advertising. They are recognised by tag, by ARIA role, and by the words of their class and id, which content
 * systems choose to be readable ("share-buttons", "cookieBanner", "related_stories").
 */
final class Boilerplate {

	/** Never article text, wherever they are. Headers are not here: an article's header holds its headline. */
	private static final String TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas, nav,"
			+ " footer, aside, form, button, input, select, textarea, label, figure, figcaption, picture, img, video,"
			+ " audio, dialog, menu";

	private static final String HIDDEN_OR_PAGE_PARTS = "[hidden], [aria-hidden=true], [role=navigation],"
			+ " [role=banner], [role=contentinfo], [role=complementary], [role=search], [role=dialog]";

	/** The elements that mark the article; they and what contains them are never removed for their names. */
	static final String ARTICLE_MARKS = "article, main, [itemprop=articleBody]";

	private static final Set<String> NEGATIVE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
			"breadcrumbs", "masthead", "footer", "toolbar", "skip", "share", "sharing", "social", "related",
			"recommended", "comment", "comments", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe",
			"subscription", "signup", "paywall", "promo", "promotion", "ad", "ads", "advert", "adverts",
			"advertisement", "sponsor", "sponsored", "outbrain", "taboola", "sidebar", "popup", "modal", "byline",
			"author", "timestamp", "caption");

	/**
	 * Words of containers that hold the article. They save an element with a negative word only when it also
	 * holds paragraphs of prose: "story-body comments-open" is the story, "article-share" is not.
	 */
	private static final Set<String> POSITIVE_WORDS = Set.of("article", "story", "body", "content", "main", "text",
			"entry", "post");

	/** How much paragraph prose, in chars, makes an element with a positive word part of the article. */
	private static final int PROSE_OF_ARTICLE = 100;

	/** Splits "share-buttons", "cookieBanner" and "related_stories" into words. */
	private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{Alnum}]+|(?<=\\p{Ll})(?=\\p{Lu})");

	private Boilerplate() {
	}

	/** Removes the boilerplate from the whole page. */
	static void remove(Document page) {
		page.select(TAGS).remove();
		for (var element : page.select(HIDDEN_OR_PAGE_PARTS)) {
			if (!isArticleOrHoldsIt(element)) {
				element.remove();
			}
		}
		for (var element : page.body().getAllElements()) {
			if (element.parent() != null && isBoilerplateByName(element)) {
				element.remove();
			}
		}
	}

	/**
	 * The length of the prose in the paragraphs under {@code element}: text not inside links, because a list of
	 * links to other stories is made of paragraphs too on some sites.
	 */
	static int prose(Element element) {
		var length = 0;
		for (var paragraph : element.select("p")) {
			length += proseOf(paragraph);
		}
		return length;
	}

	/** The length of the text of {@code element} that is not inside a link. */
	static int proseOf(Element element) {
		var links = 0;
		for (var link : element.select("a")) {
			links += link.text().length();
		}
		return Math.max(0, element.text().length() - links);
	}

	private static boolean isBoilerplateByName(Element element) {
		var tag = element.normalName();
		// by name, not Element.is: is() walks up to the root for each element, which a deep page makes quadratic
		if (tag.equals("html") || tag.equals("body") || tag.equals("head")) {
			return false; // a body class such as "has-cookie-banner" says nothing about the body's content
		}
		var words = words(element.className() + " " + element.id());
		if (words.stream().noneMatch(NEGATIVE_WORDS::contains) || isArticleOrHoldsIt(element)) {
			return false;
		}
		return words.stream().noneMatch(POSITIVE_WORDS::contains) || prose(element) < PROSE_OF_ARTICLE;
	}

	private static boolean isArticleOrHoldsIt(Element element) {
		return marksArticle(element) || !element.select(ARTICLE_MARKS).isEmpty();
	}

	/** Whether the element is one of {@link #ARTICLE_MARKS}, found without walking up the tree. */
	private static boolean marksArticle(Element element) {
		var tag = element.normalName();
		return tag.equals("article") || tag.equals("main") || element.attr("itemprop").equals("articleBody");
	}

	private static Set<String> words(String names) {
		return Set.copyOf(Arrays.stream(WORD_BREAK.split(names))
				.filter(word -> !word.isEmpty())
				.map(word -> word.toLowerCase(Locale.ROOT))
				.toList());
	}
}
