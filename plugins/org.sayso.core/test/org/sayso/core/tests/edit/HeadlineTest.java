package org.sayso.core.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sayso.core.edit.Headline;

class HeadlineTest {

	@Test
	void aShortFirstLineWithoutFullStopIsTheHeadline() {
		assertEquals("Council Passes Harbour Budget",
				Headline.of("Council Passes Harbour Budget\n\nOSLO (Sayso Wire) May 6, 2025 - The council voted."));
		assertEquals("Ferry fares to rise 8% in June", Headline.of("\n  Ferry fares to rise 8% in June  \nThe operator said."));
	}

	@Test
	void aDatelineASentenceOrAOneLineTextIsNot() {
		assertNull(Headline.of("OSLO (Sayso Wire) May 6, 2025 - The council voted.\n\nMore text."));
		assertNull(Headline.of("The council voted on Monday to raise the harbour fees.\nMore text."));
		assertNull(Headline.of("Council Passes Harbour Budget"));
		assertNull(Headline.of("Budget\nThe council voted."), "one word is a label, not a headline");
	}
}
