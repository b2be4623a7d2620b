package org.sayso.core;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A small streaming JSON writer: enough for the export's flat objects, with strings escaped so that any document
 * text (quotes, control characters, emoji) is written losslessly. Non-ASCII characters are written as they are
 * (the files are UTF-8); surrogate pairs stay pairs.
 */
public final class Json {

	private final StringBuilder out;
	private boolean needsComma;

	public Json() {
		this(new StringBuilder(256));
	}

	public Json(StringBuilder out) {
		this.out = out;
	}

	public Json beginObject() {
		comma();
		out.append('{');
		needsComma = false;
		return this;
	}

	public Json endObject() {
		out.append('}');
		needsComma = true;
		return this;
	}

	public Json beginArray() {
		comma();
		out.append('[');
		needsComma = false;
		return this;
	}

	public Json endArray() {
		out.append(']');
		needsComma = true;
		return this;
	}

	public Json name(String name) {
		comma();
		string(name);
		out.append(':');
		needsComma = false;
		return this;
	}

	public Json value(@Nullable String value) {
		comma();
		if (value == null) {
			out.append("null");
		} else {
			string(value);
		}
		needsComma = true;
		return this;
	}

	public Json value(long value) {
		comma();
		out.append(value);
		needsComma = true;
		return this;
	}

	/** A number with three decimals ("0.875"); null for a value that is not a number. */
	public Json value(double value) {
		comma();
		out.append(Double.isFinite(value) ? String.format(java.util.Locale.ROOT, "%.3f", value) : "null");
		needsComma = true;
		return this;
	}

	public Json value(boolean value) {
		comma();
		out.append(value);
		needsComma = true;
		return this;
	}

	private void comma() {
		if (needsComma) {
			out.append(',');
		}
	}

	/** {@code s} as a JSON string, quoted and escaped as {@link #value(String)} writes it. */
	public static String quote(String s) {
		var json = new Json(new StringBuilder(s.length() + 2));
		json.string(s);
		return json.toString();
	}

	private void string(String s) {
		out.append('"');
		for (int i = 0, n = s.length(); i < n; i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				// control characters, and the line separators that JavaScript parsers take for line ends
				if (c < 0x20 || c == '\u2028' || c == '\u2029') {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
