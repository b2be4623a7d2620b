package org.sayso.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sayso.core.Counts;

class CountsTest {

	@Test
	void oneIsSingularAndEveryOtherCountPlural() {
		assertEquals("1 document", Counts.of(1, "document"));
		assertEquals("0 documents", Counts.of(0, "document"));
		assertEquals("2 speakers", Counts.of(2, "speaker"));
		assertEquals("1 entity", Counts.of(1, "entity", "entities"));
		assertEquals("3 entities", Counts.of(3, "entity", "entities"));
	}
}
