package org.sayso.core.dates;

import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.model.DateType;

/**
 * A temporal expression found in a text.
 *
 * @param begin        UTF-16 offset of the first character
 * @param end          UTF-16 offset after the last character
 * @param value        the ISO 8601 value, or {@code null} when the text does not pin one down
 * @param type         the TimeML kind
 * @param dctDependent whether the value was computed from the document creation time, so that a change of DCT
 *                     must recompute it
 * @param note         why there is no value; {@code null} when there is one
 */
public record DateExpression(int begin, int end, @Nullable String value, DateType type, boolean dctDependent,
		@Nullable String note) {

	public DateExpression {
		Objects.requireNonNull(type, "type");
		if (begin < 0 || end <= begin)
			throw new IllegalArgumentException("bad span " + begin + ".." + end);
		if (value == null && note == null)
			throw new IllegalArgumentException("an expression without a value needs a note saying why");
	}

	/** The expression's text in the text it was found in. */
	public String text(CharSequence text) {
		return text.subSequence(begin, end).toString();
	}
}
