package org.sayso.core.tests.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sayso.core.dates.DateNormalizer;
import org.sayso.core.dates.DateRecognizer;
import org.sayso.core.dates.Mention;
import org.sayso.core.dates.TenseGuess.Tense;

class DateNormalizerTest {

	private static final LocalDate DCT = LocalDate.of(2024, 3, 7);

	@Test
	void theSameMentionMovesWithTheDctAndTheTense() {
		var monday = new Mention.Weekday(DayOfWeek.MONDAY, null);
		assertEquals("2024-03-04", DateNormalizer.normalize(monday, DCT, Tense.PAST).value());
		assertEquals("2024-03-11", DateNormalizer.normalize(monday, DCT, Tense.FUTURE).value());
		assertEquals("2024-02-26", DateNormalizer.normalize(monday, DCT.minusDays(4), Tense.PAST).value());
		assertTrue(DateNormalizer.normalize(monday, DCT, Tense.PAST).dctDependent());
	}

	@Test
	void februaryTheTwentyNinthGoesToTheNearestLeapYear() {
		var leapDay = new Mention.Calendar(null, 2, 29);
		var dct = LocalDate.of(2025, 3, 7);
		assertEquals("2024-02-29", DateNormalizer.normalize(leapDay, dct, Tense.PAST).value());
		assertEquals("2028-02-29", DateNormalizer.normalize(leapDay, dct, Tense.FUTURE).value());
	}

	@Test
	void aDayOfTheLastMonthKeepsTheDctsYearInAFutureSentence() {
		var dct = LocalDate.of(2024, 8, 13);
		assertEquals("2024-08-07", DateNormalizer.normalize(new Mention.Calendar(null, 8, 7), dct, Tense.FUTURE).value());
		assertEquals("2024-07-20", DateNormalizer.normalize(new Mention.Calendar(null, 7, 20), dct, Tense.FUTURE).value());
		assertEquals("2025-07-05", DateNormalizer.normalize(new Mention.Calendar(null, 7, 5), dct, Tense.FUTURE).value());
		assertEquals("2024-08-20", DateNormalizer.normalize(new Mention.Calendar(null, 8, 20), dct, Tense.FUTURE).value());
	}

	@Test
	void aDayTheMonthDoesNotHaveGetsANoteNotAWrongValue() {
		var text = "The strike ended on the 31st.";
		var e = DateRecognizer.recognize(text, DCT).get(0);
		assertEquals("the 31st", e.text(text));
		assertNull(e.value());
		assertTrue(e.note().startsWith("no such date"), e.note());
	}

	@Test
	void impossibleCalendarDatesAreNotExpressions() {
		assertEquals(List.of(), DateRecognizer.recognize("It was signed on February 30, 2024 and 2024-13-01.", DCT));
	}

	@Test
	void absoluteValuesAndDurationsDoNotDependOnTheDct() {
		var full = DateNormalizer.normalize(new Mention.Calendar(2024, 3, 3), null, Tense.PAST);
		assertEquals("2024-03-03", full.value());
		assertFalse(full.dctDependent());
		var weeks = DateNormalizer.normalize(new Mention.Length(2, ChronoUnit.WEEKS), null, Tense.PAST);
		assertEquals("P2W", weeks.value());
		assertFalse(weeks.dctDependent());
	}
}
