package org.sayso.interop;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;

/** What another tool must find in a CAS read from a set that Sayso saved: the set, the text and the metadata. */
final class SavedSetAssertions {

	static final String DOCUMENT_META_DATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";

	private SavedSetAssertions() {
	}

	/** The CAS holds exactly the saved set's annotations, its document's text and metadata. */
	static void assertHoldsSavedSet(SavedProject saved, CAS cas) {
		var document = saved.document();
		assertEquals(document.getText(), cas.getDocumentText(), "document text");

		var expected = Annotations.of(saved.set());
		var actual = Annotations.of(cas);
		// a set that lost its annotations on the way would compare equal to an empty CAS: guard against both empty
		assertFalse(expected.speakers().isEmpty() || expected.claims().isEmpty() || expected.dates().isEmpty(),
				"the saved set should have speakers, claims and dates");
		assertAll("annotations of " + saved.xmi().getFileName(),
				() -> assertEquals(expected.speakers().size(), actual.speakers().size(), "number of Speakers"),
				() -> assertEquals(expected.cues().size(), actual.cues().size(), "number of Cues"),
				() -> assertEquals(expected.claims().size(), actual.claims().size(), "number of Claims"),
				() -> assertEquals(expected.dates().size(), actual.dates().size(), "number of DateMentions"),
				() -> assertEquals(expected.speakers(), actual.speakers(), "Speakers"),
				() -> assertEquals(expected.cues(), actual.cues(), "Cues"),
				() -> assertEquals(expected.claims(), actual.claims(), "Claims with their SourceLink and CueLink targets"),
				() -> assertEquals(expected.dates(), actual.dates(), "DateMentions"));

		var metaData = cas.getDocumentAnnotation();
		assertEquals(DOCUMENT_META_DATA, metaData.getType().getName(), "the document annotation is DKPro's DocumentMetaData");
		assertAll("DocumentMetaData",
				() -> assertEquals(document.getId(), Annotations.string(metaData, "documentId"), "documentId"),
				() -> assertEquals(document.getTitle(), Annotations.string(metaData, "documentTitle"), "documentTitle"),
				() -> assertEquals(document.getSourceUri(), Annotations.string(metaData, "documentUri"), "documentUri"),
				() -> assertEquals(saved.projectName(), Annotations.string(metaData, "collectionId"), "collectionId"),
				() -> assertEquals(document.getLanguage(), cas.getDocumentLanguage(), "language"),
				() -> assertEquals(0, metaData.getBegin(), "begin"),
				() -> assertEquals(document.getText().length(), metaData.getEnd(), "end: the whole text in UTF-16 units"));

		var dct = only(cas, "org.sayso.type.DocumentCreationTime");
		assertEquals(document.getDct(), Annotations.string(dct, "value"), "DocumentCreationTime value");
		assertEquals(document.getDctOrigin(), Annotations.string(dct, "origin"), "DocumentCreationTime origin");

		var info = only(cas, "org.sayso.type.AnnotationSetInfo");
		assertEquals(saved.set().getAnnotator(), Annotations.string(info, "annotator"), "AnnotationSetInfo annotator");
	}

	/** The one indexed feature structure of the type: a document-level annotation. */
	static FeatureStructure only(CAS cas, String typeName) {
		var all = new ArrayList<FeatureStructure>();
		cas.getIndexRepository().getAllIndexedFS(Annotations.type(cas, typeName)).forEachRemaining(all::add);
		assertEquals(1, all.size(), "number of " + typeName);
		assertNotNull(all.get(0));
		return all.get(0);
	}
}
