package org.sayso.io.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The scanned files of an import grouped into what is imported together: each brat {@code .ann} file joins the
 * {@code .txt} it annotates ({@code <doc>.ann} or {@code <doc>_<annotator>.ann}, found in the same folder or anywhere
 * in the scan, such as a sibling {@code text/} folder), so that the text is imported once with one set per
 * {@code .ann}. Metadata tables are read by the import, not imported.
 */
public final class ImportPlan {

	/**
	 * One thing to import: a file, or an article's text with its brat standoff files; or a standoff file that could
	 * not be planned (its failure says why).
	 */
	public record Unit(Path file, List<BratImport.AnnotationFile> standoff, String failure, List<String> notes) {
		public Unit {
			standoff = List.copyOf(standoff);
			notes = List.copyOf(notes);
		}
	}

	private ImportPlan() {
	}

	/**
	 * Groups {@code files}.
	 *
	 * @param annotator the annotator given for the import, or null to take it from each {@code .ann} file's name
	 */
	static List<Unit> of(List<Path> files, @Nullable String annotator) {
		var texts = new LinkedHashMap<String, List<Path>>();
		for (var file : files) {
			var name = file.getFileName().toString();
			if (name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
				texts.computeIfAbsent(name.substring(0, name.length() - 4), k -> new ArrayList<>()).add(file);
			}
		}
		var standoff = new LinkedHashMap<Path, List<BratImport.AnnotationFile>>();
		var units = new ArrayList<Unit>();
		for (var file : files) {
			if (!FolderScan.isStandoff(file)) {
				continue;
			}
			var name = file.getFileName().toString();
			var stem = name.substring(0, name.length() - 4);
			var text = textOf(texts, stem, file);
			var setName = annotator != null ? annotator : "brat";
			if (text == null && stem.lastIndexOf('_') > 0) {
				text = textOf(texts, stem.substring(0, stem.lastIndexOf('_')), file);
				if (annotator == null) {
					setName = ArticleImport.annotatorName(stem.substring(stem.lastIndexOf('_') + 1));
				}
			}
			if (text == null) {
				units.add(new Unit(file, List.of(), file + " annotates no text of this import: put " + stem
						+ ".txt (or, for " + stem + "_<annotator>.ann, the text without the annotator) beside it, or in"
						+ " the folders imported with it.", List.of()));
				continue;
			}
			standoff.computeIfAbsent(text, k -> new ArrayList<>()).add(new BratImport.AnnotationFile(file, setName));
		}
		for (var file : files) {
			if (FolderScan.isStandoff(file) || ArticleMetadata.isMetadataFile(file)) {
				continue;
			}
			var annotations = standoff.getOrDefault(file, List.of());
			var notes = new ArrayList<String>();
			if (annotator != null && annotations.size() > 1) {
				// one set per annotator and document: with --annotator, the first file is the set
				annotations.subList(1, annotations.size()).forEach(a -> notes.add(a.file().getFileName()
						+ " left out: --annotator " + annotator + " takes one .ann file per article"));
				annotations = annotations.subList(0, 1);
			}
			units.add(new Unit(file, annotations, null, notes));
		}
		return units;
	}

	/** The text named {@code stem}: the one beside the annotations if there is one, else the first found. */
	private static @Nullable Path textOf(Map<String, List<Path>> texts, String stem, Path annotations) {
		var candidates = texts.get(stem);
		if (candidates == null) {
			return null;
		}
		for (var candidate : candidates) {
			if (candidate.getParent().equals(annotations.getParent())) {
				return candidate;
			}
		}
		return candidates.get(0);
	}
}
