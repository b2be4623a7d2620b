package org.sayso.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Document;

/**
 * One annotator's set saved by Sayso's own store, and the {@code TypeSystem.xml} beside its XMI, as an export hands
 * them to another tool. The set stays in memory: it is what the other tool must find in the file.
 */
record SavedProject(String projectName, AnnotationSet set, Path xmi, Path typeSystem) {

	static final String PROJECT = "newsroom";
	static final String ANNOTATOR = "ana";

	/** Creates the project in {@code root}, adds the document, annotates it as {@code ana} and saves. */
	static SavedProject create(Path root, String docId, String text, Consumer<Document> describe,
			Consumer<AnnotationSet> annotate) throws StoreException, IOException {
		var store = ProjectStore.create(root, PROJECT);
		var document = store.addDocument(docId, text);
		describe.accept(document);
		store.saveProject(false);
		var opened = store.openSet(document, ANNOTATOR);
		annotate.accept(opened.set());
		store.save(opened, false);

		var typeSystem = opened.file().resolveSibling("TypeSystem.xml");
		// the copy in the core jar, not the source tree: that is the file exports ship
		try (var in = SaysoTypeSystem.class.getResourceAsStream(SaysoTypeSystem.RESOURCE)) {
			if (in == null) {
				throw new IOException(SaysoTypeSystem.RESOURCE + " is missing from the org.sayso.core jar");
			}
			Files.copy(in, typeSystem);
		}
		return new SavedProject(PROJECT, opened.set(), opened.file(), typeSystem);
	}

	/** The annotated ferry story. */
	static SavedProject ferryArticle(Path root) throws StoreException, IOException {
		return create(root, FerryArticle.ID, FerryArticle.TEXT, FerryArticle::describe, FerryArticle::annotate);
	}

	Document document() {
		return set.getDocument();
	}

	String xmiText() throws IOException {
		return Files.readString(xmi);
	}
}
