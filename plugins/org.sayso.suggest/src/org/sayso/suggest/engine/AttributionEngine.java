package org.sayso.suggest.engine;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.apache.uima.analysis_component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.sayso.suggest.ArticleAnalysis;

/**
 * Suggests claims (direct, indirect, mixed) with their cues and speakers, speakers grouped into entities. Sentences,
 * tokens and parts of speech come from Apache OpenNLP, computed paragraph by paragraph inside the engine rather
 * than stored in the CAS: a 50 MB text would otherwise hold ten million token annotations.
 */
public final class AttributionEngine extends JCasAnnotator_ImplBase {

	@Override
	@NonNullByDefault({}) // overrides an API without null annotations
	public void process(JCas jcas) {
		var cas = jcas.getCas();
		if (cas.getDocumentText() == null) {
			return;
		}
		new CasWriter(cas).attribution(
				ArticleAnalysis.of(cas.getDocumentText(), null, Set.of(ArticleAnalysis.Part.ATTRIBUTION), null));
	}
}
