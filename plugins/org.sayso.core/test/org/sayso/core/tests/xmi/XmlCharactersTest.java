package org.sayso.core.tests.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sayso.core.xmi.XmlCharacters;

class XmlCharactersTest {

	@ParameterizedTest
	@ValueSource(ints = { '\t', '\n', '\r', ' ', 'A', 0xE9, 0x201C, 0xD7FF, 0xE000, 0xFFFD, 0x1F60A, 0x10FFFF })
	void theXml10CharactersAreLegal(int codePoint) {
		assertTrue(XmlCharacters.isXml10Legal(codePoint), Integer.toHexString(codePoint));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0x0, 0x1, 0x8, 0xB, 0xC, 0x1B, 0x1F, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFE, 0xFFFF, 0x110000 })
	void controlsNonCharactersAndSurrogatesAreIllegal(int codePoint) {
		assertFalse(XmlCharacters.isXml10Legal(codePoint), Integer.toHexString(codePoint));
	}

	@Test
	void sanitizingReplacesEachIllegalCodeUnitByOneReplacementCharacterAndKeepsEmoji() {
		var text = "A\u0000B \uD83D\uDE0A C\u000BD\u001B \uD83D E\uDE0A\uFFFF";
		var sanitized = XmlCharacters.sanitize(text);

		assertEquals("A\uFFFDB \uD83D\uDE0A C\uFFFDD\uFFFD \uFFFD E\uFFFD\uFFFD", sanitized.text());
		assertEquals(text.length(), sanitized.text().length());
		assertEquals(List.of(1, 8, 10, 12, 15, 16), sanitized.replacedOffsets());
		assertEquals(text.indexOf("\uD83D\uDE0A"), sanitized.text().indexOf("\uD83D\uDE0A"));
		assertTrue(sanitized.changed());
		assertTrue(XmlCharacters.isXml10Legal(sanitized.text()));
		assertFalse(XmlCharacters.isXml10Legal(text));
	}

	@Test
	void legalTextIsReturnedUnchangedWithoutCopying() {
		var text = "\u201CWe are not asking for the moon,\u201D she said \u2013 \uD83D\uDE0A\tat 6\u00A0a.m.\r\n";
		var sanitized = XmlCharacters.sanitize(text);
		assertSame(text, sanitized.text());
		assertEquals(List.of(), sanitized.replacedOffsets());
		assertFalse(sanitized.changed());
	}

	@Test
	void manyReplacementsAreAllReported() {
		var text = "\u0001".repeat(40) + "end";
		var sanitized = XmlCharacters.sanitize(text);
		assertEquals(40, sanitized.replacedOffsets().size());
		assertEquals(39, sanitized.replacedOffsets().get(39));
		assertEquals("\uFFFD".repeat(40) + "end", sanitized.text());
	}
}
