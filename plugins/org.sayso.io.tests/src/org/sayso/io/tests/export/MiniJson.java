package org.sayso.io.tests.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader for the tests, written apart from the exporter's writer so that the tests read the files the
 * way a consumer would: objects as maps, arrays as lists, numbers as longs, strings with every escape decoded.
 */
final class MiniJson {

	private final String s;
	private int i;

	private MiniJson(String s) {
		this.s = s;
	}

	static Object parse(String json) {
		var parser = new MiniJson(json);
		var value = parser.value();
		parser.space();
		if (parser.i != json.length()) {
			throw parser.error("trailing characters");
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> object(String json) {
		return (Map<String, Object>) parse(json);
	}

	private Object value() {
		space();
		char c = s.charAt(i);
		switch (c) {
		case '{' -> {
			i++;
			var map = new LinkedHashMap<String, Object>();
			space();
			if (s.charAt(i) == '}') {
				i++;
				return map;
			}
			do {
				space();
				var key = string();
				space();
				expect(':');
				map.put(key, value());
				space();
			} while (s.charAt(i++) == ',');
			if (s.charAt(i - 1) != '}') {
				throw error("expected }");
			}
			return map;
		}
		case '[' -> {
			i++;
			var list = new ArrayList<Object>();
			space();
			if (s.charAt(i) == ']') {
				i++;
				return list;
			}
			do {
				list.add(value());
				space();
			} while (s.charAt(i++) == ',');
			if (s.charAt(i - 1) != ']') {
				throw error("expected ]");
			}
			return list;
		}
		case '"' -> {
			return string();
		}
		default -> {
			if (s.startsWith("true", i)) {
				i += 4;
				return Boolean.TRUE;
			}
			if (s.startsWith("false", i)) {
				i += 5;
				return Boolean.FALSE;
			}
			if (s.startsWith("null", i)) {
				i += 4;
				return null;
			}
			int start = i;
			while (i < s.length() && "-0123456789".indexOf(s.charAt(i)) >= 0) {
				i++;
			}
			if (start == i) {
				throw error("unexpected character");
			}
			return Long.parseLong(s.substring(start, i));
		}
		}
	}

	private String string() {
		expect('"');
		var out = new StringBuilder();
		while (true) {
			char c = s.charAt(i++);
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				throw error("raw control character in a string");
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = s.charAt(i++);
			switch (e) {
			case '"', '\\', '/' -> out.append(e);
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'u' -> {
				out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
				i += 4;
			}
			default -> throw error("bad escape \\" + e);
			}
		}
	}

	private void expect(char c) {
		if (s.charAt(i) != c) {
			throw error("expected " + c);
		}
		i++;
	}

	private void space() {
		while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
			i++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException(what + " at " + i + ": " + s.substring(Math.max(0, i - 20), Math.min(s.length(), i + 20)));
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}
}
