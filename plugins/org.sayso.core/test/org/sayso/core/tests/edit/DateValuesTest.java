package org.sayso.core.tests.edit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sayso.model.validation.DateValues;

/** The values an annotator may type for a date: the scheme's ISO 8601 and TimeML forms, and nothing else. */
class DateValuesTest {

	@ParameterizedTest
	@ValueSource(strings = { "2024", "2024-03", "2024-03-07", "2024-W10", "2024-W10-3", "2024-W09-WE", "2024-03-07T15:00", "2024-SU",
			"2024-Q3", "199", "19", "2024-03-20/2024-03-22", "P2W", "PT90M", "P1Y6M", "PRESENT_REF", "PAST_REF",
			"FUTURE_REF", "2024-03-05TNI", "2024-03-07TMO", "PXY", "PXM", "PTXH", "XXXX-WXX-1", "" })
	void acceptsTheSchemesForms(String value) {
		assertNull(DateValues.check(value), value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "March 2024", "2024-3-7", "07/03/2024", "P2", "PRESENT", "2024-03-07TXX", "2024-Q5", "PXQ5" })
	void refusesWhatIsNotOneOfThem(String value) {
		assertNotNull(DateValues.check(value), value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-13", "2026-00", "2026-02-30", "2026-02-29", "2026-04-31", "2026-W54", "2024-W53",
			"2026-W00", "2026-W10-8", "2024-03-07T25:00", "2024-03-07T10:60", "XXXX-02-30", "2024-02-28/2024-02-30" })
	void refusesWhatTheCalendarDoesNotHave(String value) {
		var problem = DateValues.check(value);
		assertNotNull(problem, value);
		org.junit.jupiter.api.Assertions.assertTrue(problem.startsWith("'" + value + "' names"), problem);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-02-29", "XXXX-02-29", "2020-W53", "2026-W53", "2024-12-31T24:00", "2020-W53-7" })
	void acceptsTheCalendarsEdges(String value) {
		assertNull(DateValues.check(value), value);
	}
}
