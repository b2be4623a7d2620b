package org.sayso.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sayso.core.AnnotationKind;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.model.SaysoFactory;

/** The one vocabulary of annotation kinds agrees with the model and the UIMA type system it names. */
class AnnotationKindTest {

	@Test
	void eachKindNamesItsModelClassAndItsUimaType() throws Exception {
		var f = SaysoFactory.eINSTANCE;
		assertEquals(AnnotationKind.SPEAKER, AnnotationKind.of(f.createSpeakerMention()));
		assertEquals(AnnotationKind.CLAIM, AnnotationKind.of(f.createClaim()));
		assertEquals(AnnotationKind.CUE, AnnotationKind.of(f.createCue()));
		assertEquals(AnnotationKind.DATE, AnnotationKind.of(f.createDateMention()));
		var types = SaysoTypeSystem.description();
		for (var kind : AnnotationKind.values()) {
			assertTrue(kind.eClass().isInstance(kind.eClass().getEPackage().getEFactoryInstance().create(kind.eClass())));
			assertTrue(java.util.Arrays.stream(types.getTypes()).anyMatch(t -> t.getName().equals(kind.casType())),
					kind.casType() + " is in the type system");
			assertEquals(kind, AnnotationKind.byId(kind.id()));
		}
		assertEquals("DateMention", AnnotationKind.DATE.casName());
		assertEquals("Date", AnnotationKind.DATE.label());
	}

	@Test
	void anUnknownWordSaysWhichAreKnown() {
		var e = assertThrows(IllegalArgumentException.class, () -> AnnotationKind.byId("quote"));
		assertTrue(e.getMessage().contains("speaker, claim, cue or date"), e.getMessage());
	}
}
