package org.sayso.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.sayso.model.SaysoFactory;
import org.sayso.suggest.Suggester;
import org.sayso.suggest.ArticleAnalysis;
import org.sayso.suggest.internal.Quotes;

/** Inputs that must finish with sensible output, without an exception and in bounded memory. */
class BadInputTest {

	private static final LocalDate DCT = LocalDate.of(2024, 3, 7);

	@Test
	void emptyText() {
		var set = SaysoFactory.eINSTANCE.createAnnotationSet();
		var document = SaysoFactory.eINSTANCE.createDocument();
		document.setText("");
		set.setDocument(document);
		assertEquals(0, Suggester.suggest(set, null).added());
	}

	@Test
	void aFiftyMegabyteDocumentInBoundedMemory() {
		// a dump of mostly plain reporting, with a quoted claim and two dates every hundred paragraphs
		var plain = "The port handles ships from every continent and employs thousands of people in the region.\n\n";
		var claim = "\"We are ready,\" said Maria Lopez on Monday, and the union said the strike would end in April.\n\n";
		var text = new StringBuilder(50_000_000 + 200 * plain.length());
		int claims = 0;
		while (text.length() < 50_000_000) {
			text.append(claim);
			claims++;
			for (int i = 0; i < 99; i++) {
				text.append(plain);
			}
		}
		var runtime = Runtime.getRuntime();
		var analysis = ArticleAnalysis.of(text.toString(), DCT, EnumSet.allOf(ArticleAnalysis.Part.class), null);
		assertEquals(claims * 2, analysis.claims().size());
		assertEquals(claims * 2, analysis.dates().size());
		assertEquals("2024-03-04", analysis.dates().get(0).value());
		// what is kept grows with what is found: the analysis must fit beside the text in the test's 1 GB heap
		assertTrue(runtime.totalMemory() - runtime.freeMemory() < 900_000_000L);
	}

	@Test
	void textWithoutSentencePunctuation() {
		var text = "lopez said the talks would resume next week and the union said it was ready ".repeat(2_000);
		var analysis = ArticleAnalysis.of(text, DCT, EnumSet.allOf(ArticleAnalysis.Part.class), null);
		assertTrue(analysis.claims().size() > 0);
		assertTrue(analysis.claims().stream().allMatch(c -> c.end() - c.begin() <= 20_000));
		assertTrue(analysis.dates().stream().allMatch(d -> "2024-W11".equals(d.value())));
	}

	@Test
	void unbalancedQuotesAcrossTheWholeDocument() {
		var text = "\"It began here, she said, and it never ended. ".repeat(5_000) + "\n\nLopez said the talks failed.";
		var quotes = Quotes.find(text);
		assertTrue(quotes.stream().allMatch(q -> q.close() - q.open() <= Quotes.MAX_LENGTH));
		var analysis = ArticleAnalysis.of(text, DCT, EnumSet.allOf(ArticleAnalysis.Part.class), null);
		assertTrue(analysis.claims().stream().anyMatch(c -> text.substring(c.begin(), c.end()).equals("the talks failed")));
	}
}
