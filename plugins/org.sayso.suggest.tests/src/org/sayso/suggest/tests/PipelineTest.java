package org.sayso.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.text.AnnotationFS;
import org.junit.jupiter.api.Test;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.SaysoTypes;
import org.sayso.suggest.engine.SuggestionPipeline;

/** The engines as UIMA analysis engines on a real CAS, writing Sayso's contract types. */
class PipelineTest {

	/** A CAS of Sayso's types holding {@code text}, run through the suggestion pipeline. */
	private static CAS suggested(String text) throws Exception {
		var cas = SaysoTypeSystem.createCas();
		cas.setDocumentText(text);
		SuggestionPipeline.create().process(cas);
		return cas;
	}

	@Test
	void enginesWriteContractTypesWithOriginSuggested() throws Exception {
		var cas = suggested("PARIS (Sayso Wire) March 3, 2024 - \"Prices will fall in April,\" the minister said on Friday.");

		var ts = cas.getTypeSystem();
		var dctType = ts.getType(SaysoTypes.DOCUMENT_CREATION_TIME);
		var dct = cas.getIndexRepository().getAllIndexedFS(dctType).next();
		assertEquals("2024-03-03", dct.getStringValue(dctType.getFeatureByBaseName(SaysoTypes.F_VALUE)));
		assertEquals("dateline", dct.getStringValue(dctType.getFeatureByBaseName(SaysoTypes.F_ORIGIN)));

		var dates = new ArrayList<String>();
		var dateType = ts.getType(SaysoTypes.DATE_MENTION);
		for (AnnotationFS d : cas.getAnnotationIndex(dateType)) {
			dates.add(d.getCoveredText() + "=" + d.getStringValue(dateType.getFeatureByBaseName(SaysoTypes.F_VALUE)));
		}
		assertEquals(java.util.List.of("March 3, 2024=2024-03-03", "April=2024-04", "Friday=2024-03-01"), dates);

		var claimType = ts.getType(SaysoTypes.CLAIM);
		var claims = new ArrayList<AnnotationFS>();
		cas.getAnnotationIndex(claimType).forEach(claims::add);
		assertEquals(1, claims.size());
		var claim = claims.get(0);
		assertEquals("Prices will fall in April", claim.getCoveredText());
		assertEquals("suggested", claim.getStringValue(claimType.getFeatureByBaseName(SaysoTypes.F_ORIGIN)));
		var sources = (ArrayFS<?>) claim.getFeatureValue(claimType.getFeatureByBaseName(SaysoTypes.F_SOURCES));
		var linkType = ts.getType(SaysoTypes.SOURCE_LINK);
		var speaker = (AnnotationFS) sources.get(0).getFeatureValue(linkType.getFeatureByBaseName(SaysoTypes.F_TARGET));
		assertEquals("the minister", speaker.getCoveredText());
		assertEquals("speaker", sources.get(0).getStringValue(linkType.getFeatureByBaseName(SaysoTypes.F_ROLE)));
		var cues = (ArrayFS<?>) claim.getFeatureValue(claimType.getFeatureByBaseName(SaysoTypes.F_CUES));
		assertTrue(cues.size() == 1);
	}

	@Test
	void aJointStatementLinksTheClaimToBothSpeakers() throws Exception {
		var cas = suggested("\"The yard stays open,\" said Maria Lopez and Tom Dahl, who run it.");

		var ts = cas.getTypeSystem();
		var claimType = ts.getType(SaysoTypes.CLAIM);
		var claims = new ArrayList<AnnotationFS>();
		cas.getAnnotationIndex(claimType).forEach(claims::add);
		assertEquals(1, claims.size());
		var sources = (ArrayFS<?>) claims.get(0).getFeatureValue(claimType.getFeatureByBaseName(SaysoTypes.F_SOURCES));
		var linkType = ts.getType(SaysoTypes.SOURCE_LINK);
		var speakerType = ts.getType(SaysoTypes.SPEAKER);
		var who = new ArrayList<String>();
		for (int i = 0; i < sources.size(); i++) {
			var speaker = (AnnotationFS) sources.get(i).getFeatureValue(linkType.getFeatureByBaseName(SaysoTypes.F_TARGET));
			who.add(speaker.getCoveredText() + "="
					+ speaker.getStringValue(speakerType.getFeatureByBaseName(SaysoTypes.F_ENTITY_NAME)));
		}
		assertEquals(java.util.List.of("Maria Lopez=Maria Lopez", "Tom Dahl=Tom Dahl"), who);
	}
}
