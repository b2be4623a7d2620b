package org.sayso.curation.tests.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sayso.curation.agreement.TypeAgreement;

/** Which figure sorts a document among the worst agreed: the spans', the speakers' and the values', not kappa's. */
class TypeAgreementTest {

	@Test
	void aKappaOfZeroBesideHighAlphaUDoesNotMakeADocumentLookWorst() {
		// one annotator has every cue, so the pair's kappa is 0 whatever the agreement: the prevalence paradox
		var cues = new TypeAgreement("Cue", 0.94, 0.0, Map.of("ana/bob", 0.0), null, null, 12);
		assertEquals(0.94, cues.worst());
		var claims = new TypeAgreement("Claim", 0.91, 0.2, Map.of("ana/bob", 0.1), 0.75, null, 8);
		assertEquals(0.75, claims.worst(), "the share of claims with the same speaker counts");
		assertNull(new TypeAgreement("Date", null, 0.5, Map.of(), null, null, 0).worst(), "nothing defined");
	}
}
