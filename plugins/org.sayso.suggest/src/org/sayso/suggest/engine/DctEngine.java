package org.sayso.suggest.engine;

import static org.sayso.core.SaysoTypes.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.apache.uima.analysis_component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.sayso.core.dates.DctDetector;

/**
 * Sets the document creation time from the article's dateline or byline when the CAS has none (origin
 * "dateline"). A DCT already there, the annotator's or an import's, is never replaced.
 */
public final class DctEngine extends JCasAnnotator_ImplBase {

	public static final String DATELINE = "dateline";

	@Override
	@NonNullByDefault({}) // overrides an API without null annotations
	public void process(JCas jcas) {
		var cas = jcas.getCas();
		var type = cas.getTypeSystem().getType(DOCUMENT_CREATION_TIME);
		if (cas.getIndexRepository().getAllIndexedFS(type).hasNext() || cas.getDocumentText() == null) {
			return;
		}
		DctDetector.detect(cas.getDocumentText()).ifPresent(found -> {
			var fs = cas.createFS(type);
			fs.setStringValue(type.getFeatureByBaseName(F_VALUE), found.date().toString());
			fs.setStringValue(type.getFeatureByBaseName(F_ORIGIN), DATELINE);
			cas.addFsToIndexes(fs);
		});
	}
}
