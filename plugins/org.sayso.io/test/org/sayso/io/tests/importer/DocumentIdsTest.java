package org.sayso.io.tests.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sayso.io.importer.DocumentIds;
import org.sayso.model.ProjectLayout;

class DocumentIdsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Port Strike (final).HTML | port-strike-final",
			"port-strike.txt | port-strike",
			"Budget vote 2024-12-03.htm | budget-vote-2024-12-03",
			"budget.2024 | budget.2024",
			"Café Übersicht.txt | café-übersicht",
			"Cafe\u0301 Ubersicht.txt | café-ubersicht",
			"İstanbul talks.html | istanbul-talks",
			"..hidden draft.txt | hidden-draft",
			"a  --  b.txt | a-b",
			"_draft_.txt | draft",
			"Report....txt | report",
			"😊.txt | document",
			"CON.txt | con-doc",
			"lpt1.notes.txt | lpt1.notes-doc",
			"会谈破裂.txt | 会谈破裂" })
	void fileNamesBecomeSafeIds(String fileName, String expected) {
		var id = DocumentIds.fromFileName(fileName);
		assertEquals(expected, id);
		assertTrue(ProjectLayout.isSafeName(id), id);
	}

	@Test
	void longNamesAreCutToWholeCharactersWithinTheLimits() {
		var ascii = DocumentIds.fromFileName("a".repeat(300) + ".txt");
		assertEquals("a".repeat(120), ascii);

		// a letter outside the BMP: two chars, four bytes of UTF-8 each
		var deseret = DocumentIds.fromFileName("\uD801\uDC37".repeat(130) + ".txt");
		assertTrue(ProjectLayout.isSafeName(deseret), deseret);
		assertTrue(deseret.getBytes(StandardCharsets.UTF_8).length <= 200, deseret);
		assertEquals(0, deseret.length() % 2, "no surrogate pair is cut");
		assertTrue(Character.isLowSurrogate(deseret.charAt(deseret.length() - 1)));

		var cut = DocumentIds.fromFileName("a".repeat(119) + " b.txt");
		assertEquals("a".repeat(119), cut, "a separator at the cut is dropped");
	}

	@Test
	void uniqueIdsIgnoreCaseBecauseSomeFileSystemsDo() {
		assertEquals("port-strike", DocumentIds.unique("port-strike", List.of("rail-tender")));
		assertEquals("port-strike-3", DocumentIds.unique("port-strike", List.of("Port-Strike", "PORT-STRIKE-2")));

		var longest = "a".repeat(120);
		var unique = DocumentIds.unique(longest, List.of(longest));
		assertEquals("a".repeat(118) + "-2", unique);
		assertTrue(ProjectLayout.isSafeName(unique));
	}
}
