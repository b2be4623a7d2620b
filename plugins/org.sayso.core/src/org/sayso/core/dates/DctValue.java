package org.sayso.core.dates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A document creation time as Sayso stores it: an ISO 8601 date, possibly with a time ("2024-03-07",
 * "2024-03-07T10:00"). The one reader of it for the editor, the suggestions and the UIMA engines.
 */
public final class DctValue {

	private DctValue() {
	}

	/**
	 * The day of a stored DCT, or {@code null} when there is none or it is not ISO (an annotator's odd value):
	 * dates relative to it then get no value, and a note that says why.
	 */
	public static @Nullable LocalDate dayOf(@Nullable String value) {
		if (value == null || value.length() < 10) {
			return null;
		}
		try {
			return LocalDate.parse(value.substring(0, 10));
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/**
	 * Whether {@code value} is a DCT Sayso can work with: an ISO date, possibly with a time and an offset
	 * ("2024-03-07", "2024-03-07T10:00", "2024-03-07T10:00:00Z").
	 */
	public static boolean isValid(String value) {
		try {
			LocalDate.parse(value);
			return true;
		} catch (DateTimeParseException e) {
			// a time may follow
		}
		try {
			java.time.LocalDateTime.parse(value);
			return true;
		} catch (DateTimeParseException e) {
			// an offset may follow
		}
		try {
			java.time.OffsetDateTime.parse(value);
			return true;
		} catch (DateTimeParseException e) {
			return false;
		}
	}
}
