package org.sayso.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.model.ProjectLayout;

/**
 * What a project folder holds, read from the file names alone: no text and no annotation file is opened, so
 * listing a project of thousands of documents stays cheap.
 */
public final class ProjectListing {

	private final ProjectLayout layout;

	private ProjectListing(ProjectLayout layout) {
		this.layout = layout;
	}

	/**
	 * Opens the project folder at {@code root}.
	 *
	 * @throws ProjectListingException when the folder does not exist or has no {@code documents/} folder
	 */
	public static ProjectListing open(Path root) throws ProjectListingException {
		var layout = new ProjectLayout(root);
		if (!Files.exists(layout.root())) {
			throw new ProjectListingException("There is no folder " + layout.root() + ". Give the path of a Sayso project"
					+ " folder (sayso import creates one).");
		}
		if (!Files.isDirectory(layout.root())) {
			throw new ProjectListingException(layout.root() + " is a file, not a folder. Give the path of a Sayso project"
					+ " folder.");
		}
		if (!Files.isDirectory(layout.documentsFolder())) {
			throw new ProjectListingException(layout.root() + " is not a Sayso project: it has no "
					+ ProjectLayout.DOCUMENTS + "/ folder with the article texts.");
		}
		return new ProjectListing(layout);
	}

	public ProjectLayout layout() {
		return layout;
	}

	/** The ids of the documents, sorted. */
	public List<String> documentIds() throws ProjectListingException {
		return sortedNames(layout.documentsFolder(), false, ProjectLayout::docIdOf);
	}

	/** The annotators who have a folder under {@code annotations/}, sorted. */
	public List<String> annotators() throws ProjectListingException {
		return sortedNames(layout.annotationsFolder(), true, name -> ProjectLayout.isSafeName(name) ? name : null);
	}

	/** The ids of the documents that {@code annotator} has an annotation file for, sorted. */
	public List<String> annotatedDocumentIds(String annotator) throws ProjectListingException {
		return sortedNames(layout.annotatorFolder(annotator), false, ProjectListing::docIdOfXmi);
	}

	/** The ids of the documents that have a curated annotation file, sorted. */
	public List<String> curatedDocumentIds() throws ProjectListingException {
		return sortedNames(layout.curationFolder(), false, ProjectListing::docIdOfXmi);
	}

	private static @Nullable String docIdOfXmi(String fileName) {
		if (!fileName.endsWith(ProjectLayout.XMI_EXTENSION)) {
			return null;
		}
		var id = fileName.substring(0, fileName.length() - ProjectLayout.XMI_EXTENSION.length());
		return ProjectLayout.isSafeName(id) ? id : null;
	}

	/**
	 * The entries Sayso leaves aside because it cannot use their names, relative to the project folder: articles in
	 * {@code documents/} whose names are no document id ("bad name!.txt"), and folders in {@code annotations/} whose
	 * names are no annotator ("a b", ".git"). Hidden files (".gitkeep") and backups are not counted.
	 */
	public List<String> unusableEntries() throws ProjectListingException {
		var unusable = new ArrayList<String>();
		for (var name : entryNames(layout.documentsFolder(), false)) {
			if (name.endsWith(ProjectLayout.TEXT_EXTENSION) && ProjectLayout.docIdOf(name) == null) {
				unusable.add(ProjectLayout.DOCUMENTS + "/" + name);
			}
		}
		for (var name : entryNames(layout.annotationsFolder(), true)) {
			if (!ProjectLayout.isSafeName(name)) {
				unusable.add(ProjectLayout.ANNOTATIONS + "/" + name + "/");
			} else {
				for (var file : entryNames(layout.annotatorFolder(name), false)) {
					if (file.endsWith(ProjectLayout.XMI_EXTENSION) && docIdOfXmi(file) == null) {
						unusable.add(ProjectLayout.ANNOTATIONS + "/" + name + "/" + file);
					}
				}
			}
		}
		for (var file : entryNames(layout.curationFolder(), false)) {
			if (file.endsWith(ProjectLayout.XMI_EXTENSION) && docIdOfXmi(file) == null) {
				unusable.add(ProjectLayout.CURATION + "/" + file);
			}
		}
		unusable.sort(null);
		return List.copyOf(unusable);
	}

	/**
	 * The entries of {@code documents/}, {@code annotations/} (and each annotator's folder) and {@code curation/}
	 * that symbolic links lead out of the project, relative to the project folder, each with where it leads
	 * ("documents/pw.txt -> /etc/passwd"). Sayso neither reads nor writes through them.
	 */
	public List<String> linksOut() throws ProjectListingException {
		var root = realPath(layout.root());
		var found = new ArrayList<String>();
		var folders = new ArrayList<>(List.of(layout.documentsFolder(), layout.annotationsFolder(), layout.curationFolder()));
		if (realPath(layout.annotationsFolder()).startsWith(root)) {
			for (var annotator : annotators()) {
				folders.add(layout.annotatorFolder(annotator));
			}
		}
		for (var folder : folders) {
			if (!realPath(folder).startsWith(root)) {
				found.add(layout.root().relativize(folder) + "/ -> " + realPath(folder));
				continue;
			}
			try (Stream<Path> entries = Files.list(folder)) {
				for (var entry : (Iterable<Path>) entries::iterator) {
					// an annotator's folder is checked as a folder, with a slash
					if (Files.isSymbolicLink(entry) && !realPath(entry).startsWith(root) && !folders.contains(entry)) {
						found.add(layout.root().relativize(entry) + " -> " + realPath(entry));
					}
				}
			} catch (NoSuchFileException e) {
				// no such folder in this project
			} catch (IOException e) {
				throw new ProjectListingException("Cannot list " + folder + ": " + IoProblems.reason(e)
						+ ". Check that the folder is readable.", e);
			}
		}
		found.sort(null);
		return List.copyOf(found);
	}

	private static Path realPath(Path path) {
		try {
			return path.toRealPath();
		} catch (IOException e) {
			return path.toAbsolutePath().normalize();
		}
	}

	private static List<String> entryNames(Path folder, boolean folders) throws ProjectListingException {
		var names = new ArrayList<String>();
		try (Stream<Path> entries = Files.list(folder)) {
			for (var entry : (Iterable<Path>) entries::iterator) {
				if (folders == Files.isDirectory(entry)) {
					names.add(entry.getFileName().toString());
				}
			}
		} catch (NoSuchFileException e) {
			return List.of();
		} catch (IOException e) {
			throw new ProjectListingException("Cannot list " + folder + ": " + IoProblems.reason(e)
					+ ". Check that the folder is readable.", e);
		}
		return names;
	}

	private static List<String> sortedNames(Path folder, boolean folders, Function<String, String> idOf) throws ProjectListingException {
		var result = new ArrayList<String>();
		try (Stream<Path> entries = Files.list(folder)) {
			for (var entry : (Iterable<Path>) entries::iterator) {
				// names decide for files: a stat per file would make listing 10,000 documents several times slower
				if (folders && !Files.isDirectory(entry)) {
					continue;
				}
				var id = idOf.apply(entry.getFileName().toString());
				if (id != null) {
					result.add(id);
				}
			}
		} catch (NoSuchFileException e) {
			return List.of();
		} catch (IOException e) {
			throw new ProjectListingException("Cannot list " + folder + ": " + IoProblems.reason(e)
					+ ". Check that the folder is readable.", e);
		}
		result.sort(null);
		return List.copyOf(result);
	}
}
