package org.sayso.core.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sayso.core.edit.WordBoundaries;

class WordBoundariesTest {

	private static final String TEXT = "\u201cWe are close,\u201d Lopez said. Port-workers\u2019 pay rose.";

	private static String extend(int begin, int end) {
		var s = WordBoundaries.extend(TEXT, begin, end);
		return TEXT.substring(s.begin(), s.end());
	}

	private static String shrink(int begin, int end) {
		var s = WordBoundaries.shrink(TEXT, begin, end);
		return TEXT.substring(s.begin(), s.end());
	}

	@Test
	void aCaretInAWordSelectsTheWord() {
		int l = TEXT.indexOf("Lopez");
		assertEquals("Lopez", extend(l + 2, l + 2));
	}

	@Test
	void aPartialSelectionGrowsToWholeWordsAndTakesTheClosingQuote() {
		int w = TEXT.indexOf("We");
		assertEquals("We are close,\u201d", extend(w + 1, TEXT.indexOf("close") + 2));
	}

	@Test
	void aSelectionOnWordBoundariesGrowsByTheNextWordButNotByAComma() {
		int l = TEXT.indexOf("Lopez");
		assertEquals("Lopez said", extend(l, l + 5));
		int p = TEXT.indexOf("Port");
		assertEquals("Port-workers\u2019", extend(p, p + 2));
	}

	@Test
	void shrinkingGivesBackTheLastWord() {
		int l = TEXT.indexOf("Lopez");
		assertEquals("Lopez", shrink(l, l + "Lopez said".length()));
		assertEquals("Lopez", shrink(l, l + "Lopez said.".length()));
		assertEquals("", shrink(l, l + 5));
	}

	@Test
	void whatATagCommandTags() {
		int l = TEXT.indexOf("Lopez");
		var word = WordBoundaries.toTag(TEXT, l + 1, l + 1);
		assertEquals("Lopez", TEXT.substring(word.begin(), word.end()), "the word at the caret");
		var trimmed = WordBoundaries.toTag(TEXT, l - 1, l + "Lopez said".length());
		assertEquals("Lopez said", TEXT.substring(trimmed.begin(), trimmed.end()), "without the spaces around");
		int space = TEXT.indexOf(" Port");
		org.junit.jupiter.api.Assertions.assertNull(WordBoundaries.toTag(TEXT, space, space + 1), "nothing but a space");
	}
}
