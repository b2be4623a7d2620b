package org.sayso.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.sayso.suggest.internal.ArticleAnalysis;

class AttributionSmokeTest {

	@Test
	void printsTheSample() throws Exception {
		var text = Files.readString(Path.of("../../sample/newsroom/documents/port-strike.txt"));
		var a = ArticleAnalysis.of(text, LocalDate.of(2024, 3, 7), EnumSet.allOf(ArticleAnalysis.Part.class), null);
		for (var c : a.claims()) {
			System.out.println(c.kind() + " [" + text.substring(c.begin(), c.end()) + "] <- "
					+ text.substring(c.speaker().begin(), c.speaker().end()) + " (" + c.speaker().entity().id() + ") cue "
					+ (c.cue() == null ? "-" : text.substring(c.cue().begin(), c.cue().end())));
		}
		for (var d : a.dates()) {
			System.out.println("date [" + text.substring(d.begin(), d.end()) + "] " + d.value());
		}
		assertFalse(a.claims().isEmpty());
	}
}
