package org.sayso.curation;

import org.sayso.core.IoProblems;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sayso.curation.merge.DocumentMerge;
import org.sayso.curation.merge.MergeEngine;

import org.sayso.core.store.OpenedSet;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Document;

/**
 * The curation of one document with its files: the annotators' sets read through the store, merged with the
 * decisions of the document's curated set ({@code curation/<docId>.xmi}), and saved back there through the store
 * (atomic, with backup, refusing to overwrite a file changed on disk). The curation editor works on one of these.
 */
public final class Curation {

	private final ProjectStore store;
	private final DocumentMerge merge;
	private final OpenedSet curatedFile;
	private final List<String> warnings;

	private Curation(ProjectStore store, DocumentMerge merge, OpenedSet curatedFile, List<String> warnings) {
		this.store = store;
		this.merge = merge;
		this.curatedFile = curatedFile;
		this.warnings = warnings;
	}

	/**
	 * Reads every annotator's set of the document and its curated set, and merges them.
	 *
	 * @throws StoreException when a file cannot be read, or no annotator has annotated the document
	 */
	public static Curation open(ProjectStore store, Document document, MergeEngine engine) throws StoreException {
		var warnings = new ArrayList<String>();
		var sets = annotatorSets(store, document, warnings);
		var curated = store.openCuratedSet(document, engine.settings().curator());
		var previous = curated.stamp() == null ? null : curated.set();
		return new Curation(store, engine.merge(sets, previous), curated, warnings);
	}

	/**
	 * Reads the sets of every annotator who has a file for the document.
	 *
	 * @param warnings receives what reading reported, each line with its file
	 * @throws StoreException when a file cannot be read, or no annotator has annotated the document
	 */
	public static Map<String, AnnotationSet> annotatorSets(ProjectStore store, Document document, List<String> warnings)
			throws StoreException {
		var sets = new LinkedHashMap<String, AnnotationSet>();
		for (var annotator : annotatorsOf(store, document)) {
			var opened = store.openSet(document, annotator);
			opened.warnings().forEach(w -> warnings.add(opened.file() + ": " + w));
			sets.put(annotator, opened.set());
		}
		if (sets.isEmpty()) {
			throw new StoreException("No annotator has annotated document '" + document.getId() + "' of "
					+ store.layout().root() + ": there is nothing to merge.");
		}
		return sets;
	}

	/** The annotators who have a file for the document, sorted. */
	public static List<String> annotatorsOf(ProjectStore store, Document document) throws StoreException {
		var folder = store.layout().annotationsFolder();
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (var list = Files.list(folder)) {
			// a folder that names no annotator (".git", "a b") holds no set: skipped here, reported by the commands
			return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
					.filter(org.sayso.model.ProjectLayout::isSafeName)
					.filter(a -> Files.exists(store.layout().annotations(a, document.getId()))).sorted().toList();
		} catch (java.io.IOException e) {
			throw new StoreException("Cannot list " + folder + ": " + IoProblems.reason(e), e);
		}
	}

	public DocumentMerge merge() {
		return merge;
	}

	/** What reading the annotators' files reported (dangling links, unknown values), with the file. */
	public List<String> warnings() {
		return warnings;
	}

	/**
	 * Writes the curated set built from the decisions to {@code curation/<docId>.xmi}, unless the file holds exactly
	 * that already (a re-merge with nothing new leaves the file, and the project's history, alone).
	 *
	 * @param overwriteChanges true only when the curator chose to overwrite a curated file changed on disk
	 * @return false when the file was left as it was because nothing changed
	 */
	public boolean save(boolean overwriteChanges) throws StoreException {
		var built = merge.curatedSet();
		var set = curatedFile.set();
		if (curatedFile.stamp() != null && set.getState() == built.getState()
				&& EcoreUtil.equals(canonical(set.getAnnotations()), canonical(built.getAnnotations()))
				&& EcoreUtil.equals(set.getEntities(), built.getEntities())
				&& EcoreUtil.equals(set.getOmittedUnits(), built.getOmittedUnits())) {
			return false;
		}
		set.getAnnotations().clear();
		set.getEntities().clear();
		set.getOmittedUnits().clear();
		set.setAnnotator(built.getAnnotator());
		set.setCurated(true);
		set.setState(built.getState());
		// moving the contents keeps the links between them: they are all in the same containment tree
		set.getEntities().addAll(new ArrayList<>(built.getEntities()));
		set.getAnnotations().addAll(new ArrayList<>(built.getAnnotations()));
		set.getOmittedUnits().addAll(new ArrayList<>(built.getOmittedUnits()));
		store.save(curatedFile, overwriteChanges);
		return true;
	}

	/** The annotations in one order: a set read from XMI comes in the CAS index's order, a built one by layer. */
	private static List<Annotation> canonical(List<Annotation> annotations) {
		var sorted = new ArrayList<>(annotations);
		sorted.sort(Comparator.comparingInt(Annotation::getBegin).thenComparing(a -> -a.getEnd())
				.thenComparing(a -> a.eClass().getName()));
		return sorted;
	}

	/** The curated set's file. */
	public java.nio.file.Path file() {
		return curatedFile.file();
	}

}
