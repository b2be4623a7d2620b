package org.sayso.suggest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How a paragraph is cut into sentences and tokens before the rules read it. */
class SegmentTest {

	private static List<String> tokens(String text) {
		var segment = Segment.of(text, 0, text.length(), OpenNlpModels.tools());
		var words = new ArrayList<String>();
		for (int i = 0; i < segment.size(); i++) {
			words.add(text.substring(segment.begin(i), segment.end[i]));
		}
		return words;
	}

	@Test
	void aDashBetweenWordsIsATokenOfItsOwn() {
		assertEquals(List.of("The", "report", "\u2013", "published", "by", "the", "board", "\u2014", "found", "that",
				"it", "was", "safe", "."), tokens("The report\u2013published by the board\u2014found that it was safe."));
		// and with spaces round it, as before
		assertEquals(List.of("The", "report", "\u2013", "published", "by", "the", "board", "\u2013", "found", "that",
				"it", "was", "safe", "."), tokens("The report \u2013 published by the board \u2013 found that it was safe."));
	}

	@Test
	void aQuoteMarkGluedBetweenACommaAndAWordIsATokenOfItsOwn() {
		assertEquals(List.of("\u201C", "Safe", ",", "\u201D", "Dahl", "said", "."), tokens("\u201CSafe,\u201DDahl said."));
		assertEquals(List.of("Dahl", "said", ",", "\"", "We", "are", "ready", ".", "\""), tokens("Dahl said,\"We are ready.\""));
	}
}
