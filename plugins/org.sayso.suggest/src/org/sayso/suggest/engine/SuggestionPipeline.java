package org.sayso.suggest.engine;

import java.util.List;

import org.apache.uima.Constants;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_component.JCasAnnotator_ImplBase;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceInitializationException;
import org.sayso.core.SaysoTypeSystem;

/**
 * The suggestion engines as UIMA analysis engines, in order: DCT from the dateline, dates, attribution. Each is a
 * primitive engine made from its class, with a resource manager that loads it through this bundle's class loader
 * (UIMA would otherwise look for the class on its own bundle's class path).
 */
public final class SuggestionPipeline {

	private static final List<Class<? extends JCasAnnotator_ImplBase>> ENGINES = List.of(DctEngine.class,
			DateEngine.class, AttributionEngine.class);

	private final List<AnalysisEngine> engines;

	private SuggestionPipeline(List<AnalysisEngine> engines) {
		this.engines = engines;
	}

	/** A pipeline of all engines. */
	public static SuggestionPipeline create() throws ResourceInitializationException {
		var created = new java.util.ArrayList<AnalysisEngine>();
		for (var engine : ENGINES) {
			created.add(engine(engine));
		}
		return new SuggestionPipeline(List.copyOf(created));
	}

	/** One engine, e.g. to compose it into a pipeline of another tool. */
	public static AnalysisEngine engine(Class<? extends JCasAnnotator_ImplBase> annotator)
			throws ResourceInitializationException {
		var description = UIMAFramework.getResourceSpecifierFactory().createAnalysisEngineDescription();
		description.setFrameworkImplementation(Constants.JAVA_FRAMEWORK_NAME);
		description.setPrimitive(true);
		description.setAnnotatorImplementationName(annotator.getName());
		description.getAnalysisEngineMetaData().setName(annotator.getSimpleName());
		description.getAnalysisEngineMetaData().setTypeSystem(SaysoTypeSystem.description());
		var resources = UIMAFramework.newDefaultResourceManager();
		resources.setExtensionClassLoader(annotator.getClassLoader(), true);
		return UIMAFramework.produceAnalysisEngine(description, resources, null);
	}

	/** Runs every engine on a CAS made by {@link SaysoTypeSystem#createCas()} that holds the text (and its DCT). */
	public void process(CAS cas) throws AnalysisEngineProcessException {
		for (var engine : engines) {
			engine.process(cas);
		}
	}
}
