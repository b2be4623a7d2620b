package org.sayso.core.dates;

import java.time.LocalDate;

/**
 * Which year's season "this summer", "last winter" or "next spring" means. A TimeML season is labelled with the
 * year it begins in, so the winter of December 2023 to February 2024 is {@code 2023-WI}.
 */
final class Seasons {

	private Seasons() {
	}

	static int year(String code, int amount, LocalDate dct) {
		var first = dct.withDayOfMonth(1);
		if (amount == 0) {
			// in January and February, "this winter" began the year before
			return code.equals("WI") && dct.getMonthValue() <= 2 ? dct.getYear() - 1 : dct.getYear();
		}
		var year = dct.getYear();
		if (amount < 0) {
			// the most recent such season that is over by the start of the DCT's month
			while (start(code, year).plusMonths(3).isAfter(first))
				year--;
		} else {
			// the first such season that begins after the DCT
			while (!start(code, year).isAfter(dct))
				year++;
		}
		return year;
	}

	private static LocalDate start(String code, int year) {
		var month = switch (code) {
		case "SP" -> 3;
		case "SU" -> 6;
		case "FA" -> 9;
		default -> 12;
		};
		return LocalDate.of(year, month, 1);
	}
}
