package org.sayso.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sayso.core.Json;

/** The one JSON writer: the export, the agreement report and the evaluation all escape text through it. */
class JsonTest {

	@Test
	void textIsEscapedLosslessly() {
		assertEquals("\"say \\\"no\\\"\\\\\\n\"", Json.quote("say \"no\"\\\n"));
		assertEquals("\"\\u0001\\u2028\\u2029\"", Json.quote("\u0001\u2028\u2029"), "control characters and line separators");
		assertEquals("\"\uD83D\uDE00 caf\u00e9\"", Json.quote("\uD83D\uDE00 caf\u00e9"), "emoji and accents as they are");
	}

	@Test
	void objectsAndArraysNest() {
		var json = new Json().beginObject().name("ids").beginArray().value("a").value(2).endArray().name("ok").value(true)
				.name("none").value((String) null).endObject();
		assertEquals("{\"ids\":[\"a\",2],\"ok\":true,\"none\":null}", json.toString());
	}
}
