package org.sayso.io.importer;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.io.export.CorpusPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.impl.XmiCasSerializer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.cas.CasMapper;
import org.sayso.core.xmi.XmlCharacters;
import org.sayso.core.store.AtomicFileWriter;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.core.xmi.EmfOptions;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Document;
import org.sayso.model.Project;
import org.sayso.model.ProjectLayout;
import org.sayso.model.SaysoPackage;
import org.xml.sax.SAXException;

/**
 * Reads a corpus written by the {@code emf} export ({@value CorpusPackage#CORPUS_FILE}) and makes a new project of
 * it: the texts, document metadata, annotators and settings, and every annotation set with its provenance (state,
 * time of the last change, origin and author of each annotation) as it was exported.
 */
public final class CorpusImport {

	/** The corpus file's name in an {@code emf} export. */
	public static final String CORPUS_FILE = CorpusPackage.CORPUS_FILE;

	/** A corpus in memory: the project with its documents (texts loaded) and the annotation sets. */
	public record Corpus(Project project, List<AnnotationSet> sets) {
	}

	private CorpusImport() {
	}

	/** The corpus file at {@code path}: the file itself, or {@value #CORPUS_FILE} in the folder; null if none. */
	public static @Nullable Path corpusFile(Path path) {
		if (Files.isDirectory(path)) {
			var file = path.resolve(CORPUS_FILE);
			return Files.isRegularFile(file) ? file : null;
		}
		return path.getFileName() != null && path.getFileName().toString().equals(CORPUS_FILE) && Files.isRegularFile(path)
				? path : null;
	}

	/** Reads the corpus; refuses DOCTYPEs and external entities like every XML reader of Sayso. */
	public static Corpus read(Path file) throws StoreException {
		var resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(SaysoPackage.eNS_URI, SaysoPackage.eINSTANCE);
		resources.getPackageRegistry().put(CorpusPackage.NS_URI, CorpusPackage.PACKAGE);
		var resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		resources.getResources().add(resource);
		try (var in = Files.newInputStream(file)) {
			resource.load(in, EmfOptions.hardenedLoad());
		} catch (IOException | RuntimeException e) {
			throw new StoreException(file + " cannot be read as a Sayso corpus: " + org.sayso.core.xmi.EmfProblems.reason(e)
					+ ". Export it again with the emf format.", e);
		}
		Project project = null;
		var sets = new ArrayList<AnnotationSet>();
		for (EObject root : resource.getContents()) {
			if (root instanceof Project p && project == null) {
				project = p;
			} else if (root instanceof AnnotationSet set) {
				sets.add(set);
			} else {
				if (root.eClass() != CorpusPackage.DOCUMENT_TEXT) {
					throw new StoreException(file + " holds a " + root.eClass().getName()
							+ " where a Sayso corpus has its project, annotation sets and texts only.");
				}
				var document = (Document) root.eGet(CorpusPackage.DOCUMENT);
				document.setText((String) root.eGet(CorpusPackage.TEXT));
			}
		}
		if (project == null) {
			throw new StoreException(file + " holds no project, so it is not a Sayso corpus. Export it again with the"
					+ " emf format.");
		}
		for (var document : project.getDocuments()) {
			if (document.getText() == null) {
				throw new StoreException(file + " has no text for document '" + document.getId()
						+ "': the file is incomplete. Export it again.");
			}
		}
		for (var set : sets) {
			if (set.getDocument() == null || set.getDocument().eContainer() != project) {
				throw new StoreException(file + " holds an annotation set of " + set.getAnnotator()
						+ " whose document is not in the corpus: the file is incomplete. Export it again.");
			}
		}
		return new Corpus(project, sets);
	}

	/**
	 * Makes a new project in {@code root} of the corpus in {@code corpusFile}.
	 *
	 * @throws StoreException when the corpus cannot be read or {@code root} is a project already
	 */
	public static ProjectStore importInto(Path corpusFile, Path root, @Nullable IProgressMonitor monitor) throws StoreException {
		var layout = new ProjectLayout(root);
		if (Files.exists(layout.projectFile()) || Files.isDirectory(layout.documentsFolder())) {
			throw new StoreException(layout.root() + " is a project already. A corpus becomes a new project: give the"
					+ " path of a new folder.");
		}
		var corpus = read(corpusFile);
		var source = corpus.project();
		var progress = SubMonitor.convert(monitor, "Importing " + corpusFile, source.getDocuments().size() + corpus.sets().size());
		var store = ProjectStore.create(root, source.getName());
		var project = store.project();
		project.getAnnotators().addAll(EcoreUtil.copyAll(source.getAnnotators()));
		project.setSettings(EcoreUtil.copy(source.getSettings()));
		Map<Document, Document> added = new HashMap<>();
		for (var document : source.getDocuments()) {
			var copy = store.addDocument(document.getId(), document.getText());
			copy.setTitle(document.getTitle());
			copy.setSourceUri(document.getSourceUri());
			copy.setLanguage(document.getLanguage());
			copy.setDct(document.getDct());
			copy.setDctOrigin(document.getDctOrigin());
			added.put(document, copy);
			progress.worked(1);
		}
		store.saveProject(true);
		var cas = SaysoTypeSystem.createCas();
		for (var set : corpus.sets()) {
			var document = added.get(set.getDocument());
			set.setDocument(document);
			var file = set.isCurated() ? store.layout().curated(document.getId())
					: store.layout().annotations(set.getAnnotator(), document.getId());
			// written as the store writes, but keeping the set's own time of last change: that is provenance
			CasMapper.write(set, project.getName(), cas);
			boolean xml11 = !XmlCharacters.isXml10Legal(document.getText());
			AtomicFileWriter.write(file, null, false, out -> {
				try {
					XmiCasSerializer.serialize(cas, cas.getTypeSystem(), out, false, null, null, xml11);
				} catch (SAXException e) {
					throw new IOException("UIMA could not write the XMI of " + file + ": " + e.getMessage(), e);
				}
			});
			progress.worked(1);
		}
		return store;
	}

}
