package org.sayso.core.tests.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sayso.core.dates.DateExpression;
import org.sayso.core.dates.DateRecognizer;
import org.sayso.model.DateType;

class DateRecognizerTest {

	/** A Thursday. */
	private static final LocalDate DCT = LocalDate.of(2024, 3, 7);

	@ParameterizedTest(name = "{0} -> [{1}] {2}")
	@CsvSource(delimiter = '|', value = {
			// absolute
			"The deal was signed on March 3, 2024. | March 3, 2024 | 2024-03-03",
			"The deal was signed on 3 March 2024. | 3 March 2024 | 2024-03-03",
			"The deal was signed on Nov. 14, 2023. | Nov. 14, 2023 | 2023-11-14",
			"The filing is dated 2024-03-03. | 2024-03-03 | 2024-03-03",
			"Turnout fell in March 2024. | March 2024 | 2024-03",
			"The clinics opened in 2019 under a pilot. | 2019 | 2019",
			"Rents have doubled since 2015. | 2015 | 2015",
			// partial, by tense
			"Sales fell in December. | December | 2023-12",
			"The plant will close in December. | December | 2024-12",
			"Prices fell in February. | February | 2024-02",
			"The works will start on February 3. | February 3 | 2025-02-03",
			"The strike began on March 1. | March 1 | 2024-03-01",
			"It opened on the 3rd. | the 3rd | 2024-03-03",
			"It closed on the 20th. | the 20th | 2024-02-20",
			"The vote will take place on the 20th. | the 20th | 2024-03-20",
			// weekdays
			"Lopez said on Monday the talks failed. | Monday | 2024-03-04",
			"The talks will resume on Monday. | Monday | 2024-03-11",
			"Dockworkers stopped work on Thursday. | Thursday | 2024-03-07",
			"The union is to meet on Thursday. | Thursday | 2024-03-14",
			"The board met on Friday. | Friday | 2024-03-01",
			"A vote is scheduled for Friday. | Friday | 2024-03-08",
			"They met last Thursday. | last Thursday | 2024-02-29",
			"They meet next Monday. | next Monday | 2024-03-11",
			"Crews at a third terminal could join on Monday. | Monday | 2024-03-11",
			"The council postponed a vote on Tuesday after partners withdrew over plans to cut rents. | Tuesday | 2024-03-05",
			"The closing ceremony is planned for Sunday, October 13. | Sunday, October 13 | 2024-10-13",
			// the nearest cue decides: a past verb next to the date outweighs a future one further away
			"The operator that withdrew in June said it would not bid again. | June | 2023-06",
			"Bids can be submitted from September to November, with a winner expected after that. | from September to November | 2024-09/2024-11",
			// relative
			"Prices rose today. | today | 2024-03-07",
			"Prices rose yesterday. | yesterday | 2024-03-06",
			"Prices may rise tomorrow. | tomorrow | 2024-03-08",
			"The strike began last week. | last week | 2024-W09",
			"The talks resume next week. | next week | 2024-W11",
			"Talks continue this week. | this week | 2024-W10",
			"Prices rose last month. | last month | 2024-02",
			"Prices will rise next month. | next month | 2024-04",
			"Profits fell last year. | last year | 2023",
			"Profits will rise next year. | next year | 2025",
			"He resigned earlier this year. | earlier this year | 2024",
			"Visitors will come this summer. | this summer | 2024-SU",
			"The dike broke last winter. | last winter | 2023-WI",
			"The work starts next spring. | next spring | 2025-SP",
			"The work starts next summer. | next summer | 2024-SU",
			"It happened two weeks ago. | two weeks ago | 2024-02-22",
			"It happened 3 days ago. | 3 days ago | 2024-03-04",
			"It started nine months ago. | nine months ago | 2023-06",
			"The deal was agreed three years ago. | three years ago | 2021",
			"The deal was agreed a year ago. | a year ago | 2023",
			// ranges
			"The summit will run June 4-6. | June 4-6 | 2024-06-04/2024-06-06",
			"The summit will run 4-6 June 2025. | 4-6 June 2025 | 2025-06-04/2025-06-06",
			"The works will run from May to July. | from May to July | 2024-05/2024-07",
			"Talks were held between March 3 and March 5, 2024. | between March 3 and March 5, 2024 | 2024-03-03/2024-03-05",
			"The scheme ran from 2019 to 2021. | from 2019 to 2021 | 2019/2021",
			"Repairs will run from December to February. | from December to February | 2024-12/2025-02",
			// times
			"The vote is at 3 p.m. | 3 p.m. | 2024-03-07T15:00",
			"The first round starts at 10 a.m. | 10 a.m. | 2024-03-07T10:00",
			"The vote was held at 9:30 pm. | 9:30 pm | 2024-03-07T21:30",
			"They met Thursday at 3 p.m. | Thursday at 3 p.m. | 2024-03-07T15:00",
			"They will meet Monday at 11 a.m. | Monday at 11 a.m. | 2024-03-11T11:00",
			"They met on March 1, 2024 at 2 p.m. | March 1, 2024 at 2 p.m. | 2024-03-01T14:00",
			"Talks broke off at noon Tuesday. | noon Tuesday | 2024-03-05T12:00",
			"The judge will rule at midday. | midday | 2024-03-07T12:00",
			"The offer expired at midnight Friday. | midnight Friday | 2024-03-01T24:00",
			// durations and sets
			"The port was closed for two weeks. | two weeks | P2W",
			"It lasted for three days. | three days | P3D",
			"They struck for 10 days. | 10 days | P10D",
			"A deal is expected within two weeks. | two weeks | P2W",
			"The council meets every Monday. | every Monday | XXXX-WXX-1",
			"The figures are published monthly. | monthly | P1M" })
	void normalizesAtTheFixedDct(String text, String span, String value) {
		var e = only(text, DCT);
		assertEquals(span, e.text(text));
		assertEquals(value, e.value());
		assertNull(e.note());
	}

	/** What real reporting writes beyond calendar dates, each category in sentences of the same shape. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			// reference values
			"Prices rose recently. | recently | PAST_REF",
			"The ferry now stops at the island. | now | PRESENT_REF",
			"The mill currently employs 40 people. | currently | PRESENT_REF",
			"Rules made in the past no longer hold. | the past | PAST_REF",
			"Nobody knows what the future holds. | the future | FUTURE_REF",
			// quarters of results reporting, against a DCT in the first quarter of 2024
			"The brewer reported a fourth-quarter loss. | fourth-quarter | 2023-Q4",
			"Sales fell in the third quarter, the brewer said. | the third quarter | 2023-Q3",
			"Sales rose in the first quarter of 2022. | the first quarter of 2022 | 2022-Q1",
			"Profit doubled in the latest quarter. | the latest quarter | 2023-Q4",
			"Revenue in the year-ago quarter was lower. | the year-ago quarter | 2022-Q4",
			// durations written as adjectives and with an article
			"The union signed a two-year contract. | two-year | P2Y",
			"Profit rose 3% in the first nine months. | the first nine months | P9M",
			"The meeting lasted 90 minutes. | 90 minutes | PT90M",
			"The strike went on for several years. | several years | PXY",
			"The dispute has run for two decades, some said. | two decades | P20Y",
			"Talks will resume in a few days. | a few days | PXD",
			"Two ferries collided over the weekend. | the weekend | 2024-W09-WE",
			// years as modifiers and decades
			"A 2019 report found no damage. | 2019 | 2019",
			"Results for fiscal 2022 were restated. | fiscal 2022 | 2022",
			"The port was built in the 1990s. | the 1990s | 199",
			// parts of days
			"The talks broke down on Tuesday night. | Tuesday night | 2024-03-05TNI",
			"The minister spoke this morning. | this morning | 2024-03-07TMO",
			"Two ferries collided last night. | last night | 2024-03-06TNI",
			// the year and the week the article is about
			"Profit for the year rose 4%, the bank said. | the year | 2024",
			"Shares fell 3% during the week. | the week | 2024-W10",
			// a day near the DCT keeps its year, whatever the tense; a month alone goes by the tense
			"The offer was extended to March 21, the bank said. | March 21 | 2024-03-21",
			"Prices fell in November, the bank said. | November | 2023-11",
			// modifiers belong to the expression
			"Work began in early March, the council said. | early March | 2024-03",
			"Talks collapsed about two years ago. | about two years ago | 2022",
			"The lease ends at the end of 2025. | the end of 2025 | 2025" })
	void realReportingExpressions(String text, String span, String value) {
		var e = only(text, DCT);
		assertEquals(span, e.text(text));
		assertEquals(value, e.value());
	}

	@Test
	void aYearEarlierAfterAQuarterIsThatQuarterAYearBack() {
		var text = "Net income rose in the third quarter. A year earlier, the brewer lost money.";
		var found = DateRecognizer.recognize(text, DCT);
		assertEquals(List.of("2023-Q3", "2022-Q3"), found.stream().map(e -> e.value()).toList());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"The union said it would strike in the coming weeks. | the coming weeks | PXW",
			"Rents have risen in recent years. | recent years | PXY",
			"Rents have risen in the past few weeks. | the past few weeks | PXW",
			"The line will reopen in the near future. | the near future | FUTURE_REF",
			"Rates may fall in coming months. | coming months | PXM",
			"Shops close early these days. | these days | PRESENT_REF",
			"The bridge was painted some time ago. | some time ago | PAST_REF",
			"Rents have risen in the last few months. | the last few months | PXM",
			"The mill closed several years ago. | several years ago | PAST_REF",
			"The firm was sold a few weeks ago. | a few weeks ago | PAST_REF",
			"She believes the city will one day host the games. | one day | FUTURE_REF",
			"He hopes they could someday meet. | someday | FUTURE_REF" })
	void periodsOfUnknownLengthAreTimeMLsUnspecifiedDurations(String text, String span, String value) {
		var e = only(text, DCT);
		assertEquals(span, e.text(text));
		assertEquals(value, e.value());
		assertFalse(e.dctDependent());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"The museum opened for one day. | one day | P1D",
			"One day later the bridge closed. | One day | P1D" })
	void oneDayWithoutAModalIsALength(String text, String span, String value) {
		var e = only(text, DCT);
		assertEquals(span, e.text(text));
		assertEquals(value, e.value());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"2019 votes were cast.",
			"May said the talks failed.",
			"Theresa May said the talks failed.",
			"Officials may march on the capital.",
			"The score was 3-1 at half time.",
			"The classrooms reach 35 degrees by noon." })
	void numbersAndNamesThatAreNotDates(String text) {
		assertEquals(List.of(), DateRecognizer.recognize(text, DCT));
	}

	@Test
	void typesAndTheDctFlag() {
		var text = "On March 3, 2024 the port closed for two weeks; it reopened yesterday at 3 p.m. "
				+ "and ships sail every Monday.";
		var found = DateRecognizer.recognize(text, DCT);
		assertEquals(List.of("March 3, 2024", "two weeks", "yesterday at 3 p.m.", "every Monday"),
				found.stream().map(e -> e.text(text)).toList());
		assertEquals(List.of(DateType.DATE, DateType.DURATION, DateType.TIME, DateType.SET),
				found.stream().map(DateExpression::type).toList());
		assertEquals(List.of(false, false, true, false), found.stream().map(DateExpression::dctDependent).toList());
		assertEquals("2024-03-06T15:00", found.get(2).value());
	}

	@Test
	void offsetsCountUtf16Units() {
		var text = "\uD83D\uDE00 Dockworkers struck on March 3, 2024.";
		var e = only(text, DCT);
		assertEquals(text.indexOf("March"), e.begin());
		assertEquals(2 + " Dockworkers struck on ".length(), e.begin(), "the emoji is two UTF-16 units");
		assertEquals("March 3, 2024", text.substring(e.begin(), e.end()));
	}

	@Test
	void theLongestMatchWinsAndNothingOverlaps() {
		var text = "Talks ran June 4-6 and from May to July, and between March 3 and March 5, 2024.";
		var found = DateRecognizer.recognize(text, DCT);
		assertEquals(List.of("June 4-6", "from May to July", "between March 3 and March 5, 2024"),
				found.stream().map(e -> e.text(text)).toList());
		for (var i = 1; i < found.size(); i++)
			assertTrue(found.get(i - 1).end() <= found.get(i).begin());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"Lopez said on Monday the talks failed. | Monday",
			"Prices rose last month. | last month",
			"It happened two weeks ago. | two weeks ago",
			"Sales fell in December. | December",
			"The vote is at 3 p.m. | 3 p.m.",
			"It opened on the 3rd. | the 3rd",
			"Visitors will come this summer. | this summer",
			"The summit will run June 4-6. | June 4-6" })
	void withoutADctRelativeExpressionsHaveNoValue(String text, String span) {
		var e = only(text, null);
		assertEquals(span, e.text(text));
		assertNull(e.value());
		assertEquals("needs the article's date (DCT)", e.note());
		assertFalse(e.dctDependent());
	}

	@Test
	void withoutADctAbsoluteExpressionsKeepTheirValues() {
		var text = "The port closed on March 3, 2024, reopened in 2019 and closed for two weeks.";
		var values = DateRecognizer.recognize(text, null).stream().map(DateExpression::value).toList();
		assertEquals(List.of("2024-03-03", "2019", "P2W"), values);
	}

	@Test
	void anArticleIsReadAgainstTheDctOfItsDateline() {
		var text = "Port Strike\n\nROTTERDAM (Sayso Wire) March 7, 2024 - Dockworkers said on Monday that talks had failed.";
		var found = DateRecognizer.recognize(text);
		assertEquals("2024-03-04", found.get(1).value());
		assertTrue(found.get(1).dctDependent());
	}

	private static DateExpression only(String text, LocalDate dct) {
		var found = DateRecognizer.recognize(text, dct);
		if (found.size() != 1)
			fail("expected one expression in '" + text + "', found " + found.stream().map(e -> e.text(text)).toList());
		return found.get(0);
	}
}
