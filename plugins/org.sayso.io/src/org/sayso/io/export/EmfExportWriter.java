package org.sayso.io.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.sayso.core.xmi.XmlCharacters;
import org.sayso.core.xmi.EmfOptions;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Document;
import org.sayso.model.Project;
import org.sayso.model.SaysoPackage;

/**
 * {@code emf}: the corpus as one EMF XMI resource, {@value #CORPUS_FILE}: the project (name, annotators, settings,
 * documents with their metadata), then every exported annotation set (annotations, speaker entities, links, origin,
 * author, state, time), then a {@code DocumentText} per document. Beside it {@code sayso.ecore} and
 * {@value CorpusPackage#ECORE_FILE}, so that any EMF program can load it. {@link org.sayso.io.importer.CorpusImport} reads it back into a
 * project. Only the documents that were exported are in the corpus.
 */
final class EmfExportWriter implements ExportWriter {

	static final String CORPUS_FILE = CorpusPackage.CORPUS_FILE;
	static final String MODEL_FILE = "sayso.ecore";

	private final Project project;
	private final Map<Document, String> texts = new LinkedHashMap<>();
	private final List<AnnotationSet> sets = new ArrayList<>();

	EmfExportWriter(ExportRequest request) {
		this.project = request.store().project();
	}

	@Override
	public void start(Path folder) {
		// the corpus is one resource, written at the end
	}

	@Override
	public Written writeDocument(DocumentSets document, Path folder) {
		return Written.NOTHING;
	}

	@Override
	public void append(DocumentSets document, Written written) {
		texts.put(document.document(), document.text());
		document.sets().forEach(named -> sets.add(named.set()));
	}

	@Override
	public void finish(Path folder) throws IOException {
		var copier = new EcoreUtil.Copier();
		var corpusProject = (Project) copier.copy(project);
		var corpusSets = copier.copyAll(sets);
		copier.copyReferences();
		corpusProject.getDocuments().retainAll(texts.keySet().stream().map(d -> (Document) copier.get(d)).toList());

		var resource = new XMIResourceImpl(URI.createFileURI(folder.resolve(CORPUS_FILE).toString()));
		resource.getContents().add(corpusProject);
		resource.getContents().addAll(corpusSets);
		boolean xml11 = false;
		for (var entry : texts.entrySet()) {
			resource.getContents().add(CorpusPackage.documentText((Document) copier.get(entry.getKey()), entry.getValue()));
			xml11 |= !XmlCharacters.isXml10Legal(entry.getValue());
		}
		if (xml11) {
			resource.setXMLVersion("1.1");
		}
		try (var out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(CORPUS_FILE)), 1 << 16)) {
			resource.save(out, EmfOptions.save());
		}
		copyModel(folder.resolve(MODEL_FILE));
		saveCorpusPackage(folder.resolve(CorpusPackage.ECORE_FILE));
	}

	private static void copyModel(Path target) throws IOException {
		try (InputStream in = SaysoPackage.class.getResourceAsStream("/model/" + MODEL_FILE)) {
			if (in == null) {
				throw new IOException("model/" + MODEL_FILE + " is missing from the org.sayso.model bundle: the build is"
						+ " broken, rebuild with ./sayso build");
			}
			Files.copy(in, target);
		}
	}

	/** A copy: saving the package itself would take it out of the resource that the running code keeps it in. */
	private static void saveCorpusPackage(Path target) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createFileURI(target.toString()));
		resource.getContents().add((EObject) EcoreUtil.copy(CorpusPackage.PACKAGE));
		try (var out = new BufferedOutputStream(Files.newOutputStream(target))) {
			resource.save(out, EmfOptions.save());
		}
	}
}
