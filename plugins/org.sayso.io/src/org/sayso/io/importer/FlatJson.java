package org.sayso.io.importer;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Reads the top-level fields of one JSON object, such as a line of a JSON-lines metadata file: strings, numbers,
 * booleans and null as text (null as Java null); nested objects and arrays are passed over. Enough for metadata rows;
 * not a general JSON library.
 */
final class FlatJson {

	private final String text;
	private int at;

	private FlatJson(String text) {
		this.text = text;
	}

	/**
	 * The object's fields in order.
	 *
	 * @throws IllegalArgumentException when the text is not one JSON object, with the character where it went wrong
	 */
	static Map<String, String> parseObject(String text) {
		var parser = new FlatJson(text);
		var fields = parser.object();
		parser.space();
		if (parser.at < text.length()) {
			throw parser.error("text after the object");
		}
		return fields;
	}

	private Map<String, String> object() {
		var fields = new LinkedHashMap<String, String>();
		expect('{');
		space();
		if (peek() == '}') {
			at++;
			return fields;
		}
		while (true) {
			space();
			var name = string();
			space();
			expect(':');
			space();
			fields.put(name, value());
			space();
			char c = next();
			if (c == '}') {
				return fields;
			}
			if (c != ',') {
				throw error("',' or '}' expected");
			}
		}
	}

	private @Nullable String value() {
		char c = peek();
		if (c == '"') {
			return string();
		}
		if (c == '{' || c == '[') {
			skipNested();
			return null;
		}
		int start = at;
		while (at < text.length() && ",}] \t\r\n".indexOf(text.charAt(at)) < 0) {
			at++;
		}
		var word = text.substring(start, at);
		if (word.isEmpty()) {
			throw error("a value expected");
		}
		return word.equals("null") ? null : word;
	}

	private void skipNested() {
		int depth = 0;
		do {
			char c = next();
			if (c == '"') {
				at--;
				string();
			} else if (c == '{' || c == '[') {
				depth++;
			} else if (c == '}' || c == ']') {
				depth--;
			}
		} while (depth > 0);
	}

	private String string() {
		expect('"');
		var out = new StringBuilder();
		while (true) {
			char c = next();
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char escaped = next();
			switch (escaped) {
			case 'n' -> out.append('\n');
			case 't' -> out.append('\t');
			case 'r' -> out.append('\r');
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'u' -> {
				if (at + 4 > text.length()) {
					throw error("a \\u escape needs four hex digits");
				}
				try {
					out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				} catch (NumberFormatException e) {
					throw error("a \\u escape needs four hex digits");
				}
				at += 4;
			}
			default -> out.append(escaped);
			}
		}
	}

	private void space() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	private char peek() {
		if (at >= text.length()) {
			throw error("the text ends too early");
		}
		return text.charAt(at);
	}

	private char next() {
		char c = peek();
		at++;
		return c;
	}

	private void expect(char c) {
		if (next() != c) {
			at--;
			throw error("'" + c + "' expected");
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException(what + " at character " + (at + 1));
	}
}
