package org.sayso.core.tests.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sayso.core.dates.DctValue;

/** The one reader of a stored DCT, which the editor, the suggestions and the UIMA engines share. */
class DctValueTest {

	@Test
	void theDayOfADateOrATime() {
		assertEquals(LocalDate.of(2024, 3, 7), DctValue.dayOf("2024-03-07"));
		assertEquals(LocalDate.of(2024, 3, 7), DctValue.dayOf("2024-03-07T10:00"));
	}

	@Test
	void noDayForNoneOrAnOddValue() {
		assertNull(DctValue.dayOf(null));
		assertNull(DctValue.dayOf("March 7"));
		assertNull(DctValue.dayOf("2024-13-01"));
		assertNull(DctValue.dayOf("2024-03"));
	}
}
