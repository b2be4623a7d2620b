package org.sayso.io.export;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.io.export.DocumentSets.NamedSet;
import org.sayso.io.export.ExportSummary.Invalid;
import org.sayso.io.export.ExportSummary.Skipped;
import org.sayso.core.store.OpenedSet;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.Document;
import org.sayso.model.validation.AnnotationSetValidator;

/**
 * Opens the sets an export takes of one document and validates them. Safe to use from several workers at once:
 * each call touches only its own document.
 */
final class SetLoader {

	/**
	 * What was found for one document: the sets to write (null when the document is skipped or refused), why it was
	 * skipped, the invalid sets, and what the files held that Sayso's types could not.
	 */
	record Loaded(@Nullable DocumentSets sets, @Nullable Skipped skipped, List<Invalid> invalid, List<String> notes) {
	}

	private final ProjectStore store;
	private final SetSelection selection;
	private final List<String> annotators;
	private final boolean allowInvalid;

	SetLoader(ProjectStore store, SetSelection selection, List<String> annotators, boolean allowInvalid) {
		this.store = store;
		this.selection = selection;
		this.annotators = annotators;
		this.allowInvalid = allowInvalid;
	}

	Loaded load(Document document) {
		var id = document.getId();
		var sets = new ArrayList<NamedSet>();
		var notes = new ArrayList<String>();
		try {
			for (var name : namesOf(id)) {
				var opened = name.equals(DocumentSets.CURATED) ? store.openCuratedSet(document, null)
						: store.openSet(document, name);
				notes.addAll(notesOf(id, name, opened));
				sets.add(new NamedSet(name, opened.set()));
			}
		} catch (StoreException | RuntimeException e) {
			return new Loaded(null, new Skipped(id, "cannot be read: " + e.getMessage(), true), List.of(), notes);
		}
		if (sets.isEmpty()) {
			return new Loaded(null, new Skipped(id, missing(), false), List.of(), notes);
		}
		var invalid = new ArrayList<Invalid>();
		for (var named : sets) {
			var errors = AnnotationSetValidator.validate(named.set()).stream().filter(p -> p.isError())
					.map(p -> p.begin() + "-" + p.end() + ": " + p.message()).toList();
			if (!errors.isEmpty()) {
				invalid.add(new Invalid(id, named.name(), errors));
			}
		}
		var exported = invalid.isEmpty() || allowInvalid ? new DocumentSets(document, List.copyOf(sets)) : null;
		return new Loaded(exported, null, invalid, notes);
	}

	/** The sets of the selection that exist for the document, from the file names alone. */
	private List<String> namesOf(String id) {
		var layout = store.layout();
		var names = new ArrayList<String>();
		switch (selection) {
		case SetSelection.Curated c -> addIf(names, DocumentSets.CURATED, Files.exists(layout.curated(id)));
		case SetSelection.Annotator a -> addIf(names, a.annotator(), Files.exists(layout.annotations(a.annotator(), id)));
		case SetSelection.All a -> {
			for (var annotator : annotators) {
				addIf(names, annotator, Files.exists(layout.annotations(annotator, id)));
			}
			addIf(names, DocumentSets.CURATED, Files.exists(layout.curated(id)));
		}
		}
		return names;
	}

	private static void addIf(List<String> names, String name, boolean exists) {
		if (exists) {
			names.add(name);
		}
	}

	private String missing() {
		return switch (selection) {
		case SetSelection.Curated c -> "it has no curated set (curation/<id>.xmi) yet";
		case SetSelection.Annotator a -> a.annotator() + " has not annotated it";
		case SetSelection.All a -> "nobody has annotated it";
		};
	}

	private static List<String> notesOf(String id, String name, OpenedSet opened) {
		var notes = new ArrayList<String>();
		opened.report().describe().forEach(line -> notes.add(id + " (" + name + "): " + line));
		opened.warnings().forEach(line -> notes.add(id + " (" + name + "): " + line));
		return notes;
	}
}
