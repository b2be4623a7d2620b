package org.sayso.suggest.engine;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.apache.uima.analysis_component.JCasAnnotator_ImplBase;
import org.apache.uima.jcas.JCas;
import org.sayso.suggest.ArticleAnalysis;

/**
 * Suggests the date expressions of the text with ISO values normalized against the CAS's DCT (run
 * {@link DctEngine} first). Expressions it cannot normalize get no value and a note saying why, never a guess.
 */
public final class DateEngine extends JCasAnnotator_ImplBase {

	@Override
	@NonNullByDefault({}) // overrides an API without null annotations
	public void process(JCas jcas) {
		var cas = jcas.getCas();
		if (cas.getDocumentText() == null) {
			return;
		}
		var writer = new CasWriter(cas);
		writer.dates(ArticleAnalysis.of(cas.getDocumentText(), writer.dct(), Set.of(ArticleAnalysis.Part.DATES), null));
	}
}
