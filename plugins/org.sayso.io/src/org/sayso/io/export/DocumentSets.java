package org.sayso.io.export;

import java.util.List;

import org.sayso.model.AnnotationSet;
import org.sayso.model.Document;

/**
 * A document with the sets an export writes for it, each under its name: the annotator's name, or
 * {@value #CURATED} for the curated set.
 */
record DocumentSets(Document document, List<NamedSet> sets) {

	static final String CURATED = "curation";

	record NamedSet(String name, AnnotationSet set) {
		boolean curated() {
			return set.isCurated();
		}
	}

	String id() {
		return document.getId();
	}

	String text() {
		return document.getText();
	}
}
