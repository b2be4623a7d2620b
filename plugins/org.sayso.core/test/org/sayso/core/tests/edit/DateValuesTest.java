package org.sayso.core.tests.edit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sayso.core.edit.DateValues;

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
}
