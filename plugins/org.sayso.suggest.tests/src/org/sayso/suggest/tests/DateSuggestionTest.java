package org.sayso.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sayso.core.dates.DateExpression;
import org.sayso.suggest.ArticleAnalysis;

/** Each date pattern of the suggestions with its ISO value, at a DCT of Thursday, March 7, 2024. */
class DateSuggestionTest {

	static final LocalDate DCT = LocalDate.of(2024, 3, 7);

	@ParameterizedTest(name = "{0} -> [{1}] {2}")
	@CsvSource(delimiter = '|', value = {
			// absolute and partial
			"The deal was signed on March 3, 2024. | March 3, 2024 | 2024-03-03",
			"The clinic opened in 2019 under a pilot. | 2019 | 2019",
			"Sales fell in December. | December | 2023-12",
			"The plant will close in December. | December | 2024-12",
			"Inflation fell faster than expected in January. | January | 2024-01",
			"Lithuania will offer free lunches to all pupils from September, the ministry said. | September | 2024-09",
			"The election is on November 24. | November 24 | 2024-11-24",
			"Parliament, which votes on June 19, has not decided. | June 19 | 2024-06-19",
			// weekdays by the governing verb's tense
			"Lopez said on Monday that the talks had failed. | Monday | 2024-03-04",
			"The talks will resume on Monday. | Monday | 2024-03-11",
			"The museum will stay closed until Friday. | Friday | 2024-03-08",
			"The union had offered to resume talks on Monday but the operator refused. | Monday | 2024-03-11",
			"Samples taken on Tuesday showed high levels of silt. | Tuesday | 2024-03-05",
			"They met last Thursday. | last Thursday | 2024-02-29",
			"Officials declined to comment Saturday. | Saturday | 2024-03-02",
			"The move follows Tuesday's declaration by the union. | Tuesday | 2024-03-05",
			"The task force began delving Monday into the accounts. | Monday | 2024-03-04",
			"In composite trading Monday, the operator's shares leaped 2 euros. | Monday | 2024-03-04",
			"The minister spoke to reporters, saying on Monday that the plan had failed. | Monday | 2024-03-04",
			"The ferry riots of March 1 underscore the risks. | March 1 | 2024-03-01",
			"They meet next Monday. | next Monday | 2024-03-11",
			"Last Monday's vote surprised the council. | Last Monday | 2024-03-04",
			"The ferry operator refused Thursday to publish the logs. | Thursday | 2024-03-07",
			"The operator's profit may have been lower on Tuesday. | Tuesday | 2024-03-05",
			"Ferry shares sank after the operator posted lower-than-expected earnings Wednesday. | Wednesday | 2024-03-06",
			"The ministry rejected the request, announced Tuesday by the mayor, that the port close. | Tuesday | 2024-03-05",
			"In early trading Monday at the exchange, ferry shares slid 3 cents. | Monday | 2024-03-04",
			"The board had approved the plan and set Friday as the deadline for bids. | Friday | 2024-03-01",
			"On Monday, when the mayor cut short the hastily planned visit, the port reopened. | Monday | 2024-03-04",
			"Fishermen blocked the road to a planned wind farm for a second day on Thursday. | Thursday | 2024-03-07",
			"The council signed a February agreement with the unions. | February | 2024-02",
			"Fares fell 2% from February 12, when the strike began. | February 12 | 2024-02-12",
			"The ferry may run for weeks even after a court Monday refused to halt it. | Monday | 2024-03-04",
			"The operator, which trades in Oslo, is to resume trading in Bergen Tuesday. | Tuesday | 2024-03-12",
			// relative to the DCT
			"Prices rose last month. | last month | 2024-02",
			"The court will rule on the case it heard last June. | last June | 2023-06",
			"Fares rose last March. | last March | 2023-03",
			"Fares rose last February. | last February | 2023-02",
			"Fares rose last January. | last January | 2024-01",
			"The regulator gave the operator until mid-April to reply. | mid-April | 2024-04",
			"The strike cut the port's traffic in April. | April | 2024-04",
			"The strike cut the port's traffic in June. | June | 2023-06",
			"In 2022, a storm in April flooded the quay. | April | 2022-04",
			"The ferry captain was arrested in June last year. | June last year | 2023-06",
			"Work began in January this year. | January this year | 2024-01",
			"The family sued to overturn the decision, but in February a judge ruled against them. | February | 2024-02",
			"Heavy rain fell over the weekend. | the weekend | 2024-W09-WE",
			"The crossing lasted forty minutes. | forty minutes | PT40M",
			"The strike went on for twenty-five days. | twenty-five days | P25D",
			"The harbour will close on Thanksgiving. | Thanksgiving | 2024-11-28",
			"The market was busy at Christmas. | Christmas | 2023-12-25",
			"The bridge opened in nineteen ninety-six. | nineteen ninety-six | 1996",
			"The law dates from January nineteen ninety-seven. | January nineteen ninety-seven | 1997-01",
			"The port was to be finished by the year two thousand. | the year two thousand | 2000",
			"The mayor will speak this evening. | this evening | 2024-03-07TEV",
			"Crime in the port has fallen in recent years. | recent years | PXY",
			"The operator earned 5 million euros in the year ended January 31. | the year | P1Y",
			"Members voted two weeks ago. | two weeks ago | 2024-02-22",
			"The club was relegated nine months ago. | nine months ago | 2023-06",
			"The idea came from a pilot earlier this year. | earlier this year | 2024",
			"Results are due next week. | next week | 2024-W11",
			"The road closes tomorrow. | tomorrow | 2024-03-08",
			"Mediators will meet both sides at 3 p.m. on Friday. | 3 p.m. on Friday | 2024-03-08T15:00",
			"The offer runs until 5 p.m. EST, March 12. | 5 p.m. | 2024-03-12T17:00",
			"The plants opened on the 3rd. | the 3rd | 2024-03-03",
			// seasons and ranges
			"Frost hit the valley last spring. | last spring | 2023-SP",
			"Work starts this summer. | this summer | 2024-SU",
			"The festival runs June 4-6. | June 4-6 | 2024-06-04/2024-06-06",
			"The bridge will close from May to July. | from May to July | 2024-05/2024-07",
			"Checks will run for two weeks. | two weeks | P2W",
			// year ends, centuries, decades
			"The merger should close by year-end. | year-end | 2024-12-31",
			"The index has fallen 4% since year end. | year end | 2023-12-31",
			"The guild was founded in the 14th century. | the 14th century | 13",
			"A 19th-century warehouse burned down. | 19th-century | 18",
			"The quay was built a decade ago. | a decade ago | 2014" })
	void normalizesAgainstTheDct(String sentence, String expression, String value) {
		var date = only(sentence, expression);
		assertEquals(value, date.value());
	}

	@Test
	void aYearEarlierInResultsReportingIsTheQuarterOfAnEarlierParagraph() {
		var text = "The operator expects to report a third-quarter loss of 4 million euros.\n\n"
				+ "A year earlier, it earned 2 million euros.\n\n"
				+ "In the first nine months, revenue rose 5 percent from a year earlier.";
		assertEquals(java.util.List.of("third-quarter 2024-Q3", "A year earlier 2023-Q3", "the first nine months P9M",
				"a year earlier 2023"), datesWithValues(text, LocalDate.of(2024, 11, 5)));
	}

	@Test
	void resultsComparedWithLastYearOrTheYearAgoQuarterAreTheQuarterAYearBack() {
		var text = "The operator reported a third-quarter loss of 4 million euros, compared with a profit of 1 million "
				+ "euros last year.\n\nIn the year-ago third quarter, sales were 9 million euros. For the quarter a year "
				+ "ago, the operator reported a loss.\n\nIn the 2023 period, costs rose. The operator moved last year.";
		assertEquals(java.util.List.of("third-quarter 2024-Q3", "last year 2023-Q3", "year-ago 2023-Q3",
				"third quarter 2023-Q3", "the quarter 2023-Q3", "a year ago 2023-Q3", "2023 2023-Q3", "last year 2023"),
				datesWithValues(text, LocalDate.of(2024, 11, 5)));
	}

	/** Each date found in {@code text}, as "expression value". */
	private static java.util.List<String> datesWithValues(String text, LocalDate dct) {
		return ArticleAnalysis.of(text, dct, EnumSet.of(ArticleAnalysis.Part.DATES), null).dates().stream()
				.map(d -> d.text(text) + " " + d.value()).toList();
	}

	@Test
	void aPeriodOfUnknownLengthIsTimeMLsUnspecifiedDuration() {
		assertEquals("PXM", only("Prices have risen in the last few months.", "the last few months").value());
		assertEquals("PAST_REF", only("The quay was rebuilt several years ago.", "several years ago").value());
	}

	@Test
	void aPastWithoutADateIsTimeMLsPastReference() {
		assertEquals("PAST_REF", only("Prices have risen recently.", "recently").value());
	}

	@Test
	void withoutDctARelativeDateHasNoValueButSaysWhy() {
		var dates = ArticleAnalysis.of("The board met on Friday.", null, EnumSet.of(ArticleAnalysis.Part.DATES), null)
				.dates();
		assertEquals(1, dates.size());
		assertNull(dates.get(0).value());
		assertTrue(dates.get(0).note().contains("DCT"), dates.get(0).note());
	}

	@Test
	void numbersAndSoonAreNotDates() {
		for (var text : new String[] { "Two thousand people marched to the harbour.", "Nineteen fishermen signed the letter.",
				"The harbour will reopen soon." }) {
			var dates = ArticleAnalysis.of(text, DCT, EnumSet.of(ArticleAnalysis.Part.DATES), null).dates();
			assertTrue(dates.isEmpty(), text + " -> " + dates);
		}
	}

	@Test
	void asSoonAsIsNotADate() {
		var dates = ArticleAnalysis.of("Work will resume as soon as the authorities allow.", DCT,
				EnumSet.of(ArticleAnalysis.Part.DATES), null).dates();
		assertTrue(dates.isEmpty(), dates.toString());
	}

	private static DateExpression only(String sentence, String expression) {
		var dates = ArticleAnalysis.of(sentence, DCT, EnumSet.of(ArticleAnalysis.Part.DATES), null).dates();
		var found = dates.stream().filter(d -> d.text(sentence).equals(expression)).findFirst();
		assertTrue(found.isPresent(), "no [" + expression + "] in " + dates.stream().map(d -> d.text(sentence)).toList());
		return found.get();
	}
}
