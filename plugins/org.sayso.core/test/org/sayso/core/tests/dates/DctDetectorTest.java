package org.sayso.core.tests.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sayso.core.dates.DctDetector;
import org.sayso.core.dates.DctMatch;

class DctDetectorTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"ROTTERDAM (Sayso Wire) March 7, 2024 - Dockworkers stopped work. | March 7, 2024 | 2024-03-07",
			"Updated: 14 November 2024 | 14 November 2024 | 2024-11-14",
			"Published 2025-01-22 | 2025-01-22 | 2025-01-22",
			"Nov. 14, 2024 | Nov. 14, 2024 | 2024-11-14",
			"By Ana Costa · June 3, 2025 | June 3, 2025 | 2025-06-03",
			"LISBON, Portugal (Agency) 3 June 2025 - The council met. | 3 June 2025 | 2025-06-03" })
	void findsTheDateOfADateline(String text, String span, String date) {
		var text2 = "Headline of the Story\n\n" + text;
		var match = DctDetector.detect(text2).orElseThrow();
		assertEquals(LocalDate.parse(date), match.date());
		assertEquals(span, text2.substring(match.begin(), match.end()));
	}

	@Test
	void aDatelineWithoutAYearGivesNoDct() {
		assertEquals(Optional.empty(), DctDetector.detect("LISBON, June 3 (Agency) - The council met."));
	}

	@Test
	void aDateInsideTheStoryIsNotTheDct() {
		assertEquals(Optional.empty(),
				DctDetector.detect("LISBON, June 3 (Agency) - The council said on March 3, 2024 that it would vote."));
	}

	@Test
	void onlyTheHeadOfTheTextIsSearched() {
		var text = "x".repeat(DctDetector.SEARCHED) + "\nMarch 7, 2024";
		assertEquals(Optional.empty(), DctDetector.detect(text));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"budget-vote.txt | 2025-12-03",
			"chess-olympiad.txt | 2024-10-01",
			"clinic-funding.txt | 2024-11-14",
			"flood-defences.txt | 2025-01-22",
			"port-strike.txt | 2024-03-07",
			"rail-tender.txt | 2025-06-19" })
	void findsTheDctOfTheSampleArticles(String file, String date) throws IOException {
		var text = Files.readString(Path.of("../../sample/newsroom/documents", file));
		DctMatch match = DctDetector.detect(text).orElseThrow();
		assertEquals(LocalDate.parse(date), match.date());
		var line = text.substring(text.lastIndexOf('\n', match.begin()) + 1, match.end());
		assertTrue(line.contains("(Sayso Wire)"), "the date is the one in the dateline: " + line);
	}
}
