package org.sayso.curation.tests.merge;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.sayso.curation.Curation;
import org.sayso.curation.merge.MergeEngine;
import org.sayso.curation.merge.MergeSettings;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Document;

/** A project on disk with one wire story, annotated by several annotators through the store. */
public final class MergeProject {

	public static final String DOC = "clinics";

	/** A wire story written for these tests. */
	public static final String TEXT = "GENEVA (Sayso Wire) June 3, 2025 - Health minister Anna Berg said on Monday"
			+ " that the clinic network would double by 2027. \"We have the money and the staff,\" Berg told reporters."
			+ " The nurses' union warned that shortages would get worse next winter. Union spokesman Tom Hale and Berg"
			+ " said in a joint statement that talks would continue in July.";

	private final Path root;
	private ProjectStore store;

	public MergeProject(Path root) throws StoreException {
		this.root = root;
		this.store = ProjectStore.create(root, "clinic-desk");
		store.addDocument(DOC, TEXT);
		store.saveProject(false);
	}

	public ProjectStore store() {
		return store;
	}

	public Document document() throws StoreException {
		return store.document(DOC);
	}

	/** Writes {@code annotator}'s set (replacing what they had) to annotations/&lt;annotator>/clinics.xmi. */
	public MergeProject annotate(String annotator, Consumer<Annotate> work) throws StoreException {
		var opened = store.openSet(document(), annotator);
		opened.set().getAnnotations().clear();
		opened.set().getEntities().clear();
		work.accept(new Annotate(opened.set()));
		store.save(opened, true);
		return this;
	}

	public Curation curation(MergeSettings settings) throws StoreException {
		return Curation.open(store, document(), new MergeEngine(settings));
	}

	public Curation curation() throws StoreException {
		return curation(new MergeSettings(0.5, 0.5, 0, "lead"));
	}

	/** The curated set as a fresh store reads it from disk. */
	public AnnotationSet reopenCurated() throws StoreException {
		store = ProjectStore.open(root);
		var opened = store.openCuratedSet(document(), "lead");
		if (!opened.warnings().isEmpty()) {
			throw new AssertionError("reading the curated set warned: " + opened.warnings());
		}
		return opened.set();
	}
}
