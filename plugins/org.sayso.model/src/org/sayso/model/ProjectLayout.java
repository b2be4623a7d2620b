package org.sayso.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where each part of a Sayso project lives on disk. The layout is a contract that tools outside Sayso rely on
 * (scripts, Git hooks, INCEpTION imports), so every path is derived here and nowhere else:
 *
 * <pre>
 * sayso.project                       project settings
 * documents/&lt;docId&gt;.txt             article text, UTF-8, never changed after import
 * annotations/&lt;annotator&gt;/&lt;docId&gt;.xmi one UIMA XMI per annotator per document
 * curation/&lt;docId&gt;.xmi              the curated set
 * </pre>
 *
 * Document ids and annotator names become file names, so they are checked against a portable pattern: no path
 * separators, no leading dot, nothing that differs only by case on one file system and not on another is
 * rejected here (that is the import's job), but nothing that could escape the project folder gets through.
 */
public record ProjectLayout(Path root) {

	public static final String PROJECT_FILE = "sayso.project";
	public static final String DOCUMENTS = "documents";
	public static final String ANNOTATIONS = "annotations";
	public static final String CURATION = "curation";
	public static final String TEXT_EXTENSION = ".txt";
	public static final String XMI_EXTENSION = ".xmi";

	/** Letters, digits, '.', '_' and '-', starting with a letter or digit, at most 120 characters. */
	private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,119}");

	public ProjectLayout {
		Objects.requireNonNull(root, "root");
		root = root.toAbsolutePath().normalize();
	}

	public Path projectFile() {
		return root.resolve(PROJECT_FILE);
	}

	public Path documentsFolder() {
		return root.resolve(DOCUMENTS);
	}

	public Path annotationsFolder() {
		return root.resolve(ANNOTATIONS);
	}

	public Path curationFolder() {
		return root.resolve(CURATION);
	}

	public Path text(String docId) {
		return documentsFolder().resolve(checkedName("document id", docId) + TEXT_EXTENSION);
	}

	public Path annotatorFolder(String annotator) {
		return annotationsFolder().resolve(checkedName("annotator name", annotator));
	}

	public Path annotations(String annotator, String docId) {
		return annotatorFolder(annotator).resolve(checkedName("document id", docId) + XMI_EXTENSION);
	}

	public Path curated(String docId) {
		return curationFolder().resolve(checkedName("document id", docId) + XMI_EXTENSION);
	}

	/** Whether {@code name} can be used as a document id or annotator name. */
	public static boolean isSafeName(String name) {
		return name != null && SAFE_NAME.matcher(name).matches() && !name.endsWith(".");
	}

	/**
	 * The document id for a text file name ({@code port-strike.txt} gives {@code port-strike}), or {@code null}
	 * when the file is not a document text file.
	 */
	public static String docIdOf(String fileName) {
		if (!fileName.endsWith(TEXT_EXTENSION)) {
			return null;
		}
		var id = fileName.substring(0, fileName.length() - TEXT_EXTENSION.length());
		return isSafeName(id) ? id : null;
	}

	private static String checkedName(String what, String name) {
		if (!isSafeName(name)) {
			throw new IllegalArgumentException("Not a valid " + what + ": '" + name
					+ "'. Use letters, digits, '.', '_' and '-' (at most 120), starting with a letter or digit.");
		}
		return name;
	}
}
