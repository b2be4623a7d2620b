package org.sayso.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.text.AnnotationFS;
import org.junit.jupiter.api.Test;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.SaysoTypes;

class SaysoTypeSystemTest {

	/**
	 * Type, its supertype, and its own features with their ranges, exactly as the domain contract fixes them. UIMA
	 * names an FSArray with an element type by that type: {@code org.sayso.type.SourceLink[]}.
	 */
	private static final Map<String, String[]> CONTRACT = Map.of(
			SaysoTypes.SPEAKER, new String[] { CAS.TYPE_NAME_ANNOTATION, "entity", CAS.TYPE_NAME_STRING, "entityName",
					CAS.TYPE_NAME_STRING, "kind", CAS.TYPE_NAME_STRING, "origin", CAS.TYPE_NAME_STRING, "note",
					CAS.TYPE_NAME_STRING },
			SaysoTypes.CUE, new String[] { CAS.TYPE_NAME_ANNOTATION, "origin", CAS.TYPE_NAME_STRING },
			SaysoTypes.CLAIM, new String[] { CAS.TYPE_NAME_ANNOTATION, "kind", CAS.TYPE_NAME_STRING, "sources",
					SaysoTypes.SOURCE_LINK + "[]", "cues", SaysoTypes.CUE_LINK + "[]", "origin", CAS.TYPE_NAME_STRING, "note",
					CAS.TYPE_NAME_STRING },
			SaysoTypes.SOURCE_LINK, new String[] { CAS.TYPE_NAME_TOP, "role", CAS.TYPE_NAME_STRING, "target",
					SaysoTypes.SPEAKER },
			SaysoTypes.CUE_LINK, new String[] { CAS.TYPE_NAME_TOP, "role", CAS.TYPE_NAME_STRING, "target",
					SaysoTypes.CUE },
			SaysoTypes.DATE_MENTION, new String[] { CAS.TYPE_NAME_ANNOTATION, "value", CAS.TYPE_NAME_STRING, "type",
					CAS.TYPE_NAME_STRING, "dctDependent", CAS.TYPE_NAME_BOOLEAN, "origin", CAS.TYPE_NAME_STRING,
					"note", CAS.TYPE_NAME_STRING },
			SaysoTypes.DOCUMENT_META_DATA, new String[] { CAS.TYPE_NAME_DOCUMENT_ANNOTATION, "documentTitle",
					CAS.TYPE_NAME_STRING, "documentId", CAS.TYPE_NAME_STRING, "documentUri", CAS.TYPE_NAME_STRING,
					"collectionId", CAS.TYPE_NAME_STRING, "documentBaseUri", CAS.TYPE_NAME_STRING, "isLastSegment",
					CAS.TYPE_NAME_BOOLEAN });

	@Test
	void casHasEveryTypeAndFeatureOfTheContract() {
		var typeSystem = SaysoTypeSystem.createCas().getTypeSystem();
		CONTRACT.forEach((typeName, shape) -> {
			var type = typeSystem.getType(typeName);
			assertNotNull(type, typeName);
			assertEquals(shape[0], typeSystem.getParent(type).getName(), typeName + " supertype");
			for (int i = 1; i < shape.length; i += 2) {
				var feature = type.getFeatureByBaseName(shape[i]);
				assertNotNull(feature, typeName + ":" + shape[i]);
				assertEquals(shape[i + 1], feature.getRange().getName(), typeName + ":" + shape[i] + " range");
			}
		});
	}

	@Test
	void linkFeaturesAreInceptionSlots() {
		// INCEpTION accepts an FSArray feature as a slot only when its element type has exactly role and target
		var typeSystem = SaysoTypeSystem.createCas().getTypeSystem();
		for (var linkType : new String[] { SaysoTypes.SOURCE_LINK, SaysoTypes.CUE_LINK }) {
			var type = typeSystem.getType(linkType);
			assertEquals(2, type.getFeatures().stream().filter(f -> f.getDomain() == type).count(), linkType);
		}
	}

	@Test
	void claimLinksToItsSpeakerThroughTheCas() {
		var cas = SaysoTypeSystem.createCas();
		cas.setDocumentText("Lopez said the talks would resume.");
		var ts = cas.getTypeSystem();
		var speakerType = ts.getType(SaysoTypes.SPEAKER);
		AnnotationFS speaker = cas.createAnnotation(speakerType, 0, 5);
		speaker.setStringValue(speakerType.getFeatureByBaseName(SaysoTypes.F_ENTITY_NAME), "Maria Lopez");
		cas.addFsToIndexes(speaker);

		var linkType = ts.getType(SaysoTypes.SOURCE_LINK);
		FeatureStructure link = cas.createFS(linkType);
		link.setStringValue(linkType.getFeatureByBaseName(SaysoTypes.F_ROLE), "speaker");
		link.setFeatureValue(linkType.getFeatureByBaseName(SaysoTypes.F_TARGET), speaker);
		var sources = cas.createArrayFS(1);
		sources.set(0, link);

		var claimType = ts.getType(SaysoTypes.CLAIM);
		AnnotationFS claim = cas.createAnnotation(claimType, 11, 33);
		claim.setFeatureValue(claimType.getFeatureByBaseName(SaysoTypes.F_SOURCES), sources);
		cas.addFsToIndexes(claim);

		var found = cas.getAnnotationIndex(claimType).iterator().next();
		assertEquals("the talks would resume", found.getCoveredText());
		var target = (AnnotationFS) ((org.apache.uima.cas.ArrayFS<?>) found
				.getFeatureValue(claimType.getFeatureByBaseName(SaysoTypes.F_SOURCES))).get(0)
				.getFeatureValue(linkType.getFeatureByBaseName(SaysoTypes.F_TARGET));
		assertEquals("Lopez", target.getCoveredText());
		assertTrue(target.getStringValue(speakerType.getFeatureByBaseName(SaysoTypes.F_ENTITY_NAME)).startsWith("Maria"));
	}
}
