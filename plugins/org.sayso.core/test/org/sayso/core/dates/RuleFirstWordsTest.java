package org.sayso.core.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each date pattern is tried only at words it can start with ({@link DateRules.Rule#first()}) and in texts that
 * hold what it needs ({@link DateRules.Rule#needs()}): quick tests that must never lose a date. The mentions found
 * with them and without them are the same, on every article in {@code sample} and on phrases that start every
 * pattern.
 */
class RuleFirstWordsTest {

	private static final String PHRASES = String.join("\n",
			"The deal was signed on March 3, 2024, and on 3 March 2024, dated 2024-03-03, in March 2024.",
			"In May, by May, since 2015, before 1999, mid-May, early May, last May; Theresa May said.",
			"June 4-6 and 4-6 June 2024; from May to July; between March 3 and March 5, 2024.",
			"Sunday, October 13, next Monday, last Thursday, this Friday, coming Sunday, on Monday.",
			"It opened on the 3rd. It closed on the 20th of May. At 10:30 a.m. on Monday, 9 pm today, "
					+ "March 4 at 3 p.m., Tuesday 7am.",
			"Today, tomorrow, yesterday; earlier this year, later this month, last week, next year, this spring, "
					+ "last fall, next winter.",
			"Two weeks ago, a year ago, nine months ago, 3 days ago, an hour ago; for two weeks, within a month, "
					+ "in the next three years, over the past 10 days, lasting six months, after two years.",
			"Every Monday, each week, daily, weekly, monthly, annually, yearly; recently, lately, soon, "
					+ "as soon as, in recent weeks, in the coming days, in the near future, some time ago, a while ago.",
			"JANUARY 5, Sept. 12, Nov 14 2023, the 5th of November, 12th March, FROM June TO August.",
			"At 7 AM, 11.15pm, 8 P.M. Friday, noon; 2019-11-30 and 1999-1-1; mid-May; 5May; team amid programs.");

	@Test
	void quickTestLosesNoDate() throws Exception {
		var texts = new ArrayList<String>();
		texts.add(PHRASES);
		try (Stream<Path> files = Files.walk(Path.of("../../sample"))) {
			for (var file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
				texts.add(Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		// each paragraph and each sentence on its own too, as the suggestion pipeline asks: a whole article always
		// has a month and a number somewhere, a sentence often not
		for (var text : List.copyOf(texts)) {
			for (var paragraph : text.split("\n")) {
				texts.add(paragraph);
				texts.addAll(List.of(paragraph.split("(?<=[.!?])\\s+")));
			}
		}
		assertTrue(texts.size() > 1000, texts.size() + " texts");
		int found = 0;
		for (var text : texts) {
			var quick = DateRecognizer.mentions(text, true);
			assertEquals(DateRecognizer.mentions(text, false), quick, text);
			found += quick.size();
		}
		assertTrue(found > 600, found + " dates found");
		assertTrue(DateRecognizer.mentions(PHRASES, true).size() >= 50);
	}
}
