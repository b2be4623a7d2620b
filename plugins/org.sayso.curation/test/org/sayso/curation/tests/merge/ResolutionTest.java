package org.sayso.curation.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.sayso.curation.merge.HandEdit;
import org.sayso.curation.merge.Resolution;
import org.sayso.model.CurationDecision;

/** A decision as the curation editor shows it: in words, never as a Java record. */
class ResolutionTest {

	private static final Date EVENING = Date.from(LocalDateTime.of(2026, 12, 6, 20, 21).atZone(ZoneId.systemDefault())
			.toInstant());

	@Test
	void everyDecisionReadsAsASentence() {
		assertEquals("open", Resolution.PENDING.describe());
		assertEquals("everyone's version",
				new Resolution.Accepted("ana", CurationDecision.UNANIMOUS, null, null).describe());
		assertEquals("the majority's version (bob)",
				new Resolution.Accepted("bob", CurationDecision.MAJORITY, null, null).describe());
		assertEquals("bob's version, chosen by lead at 2026-12-06 20:21",
				new Resolution.Accepted("bob", CurationDecision.CHOSEN, "lead", EVENING).describe());
		assertEquals("edited by hand from ana's version by lead at 2026-12-06 20:21",
				new Resolution.Edited("ana", HandEdit.span(3, 9), "lead", EVENING).describe());
		assertEquals("left out, as cy did, by lead at 2026-12-06 20:21",
				new Resolution.Omitted(CurationDecision.CHOSEN, "cy", "lead", EVENING).describe());
		assertEquals("left out by lead", new Resolution.Omitted(CurationDecision.OMITTED, null, "lead", null).describe());
	}
}
