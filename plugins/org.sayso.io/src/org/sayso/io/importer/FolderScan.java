package org.sayso.io.importer;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.sayso.io.importer.ImportWarning.Kind;

/**
 * The article files among files and folders that a user chose to import. Folders are searched through, hidden
 * files and folders in them (a leading '.': .git, .DS_Store, editor swap files) are passed over in silence, and
 * files that are not articles are reported as warnings, so that one photo in a folder of articles does not stop
 * the import. Links to folders are not followed: they can lead in circles.
 */
public final class FolderScan {

	/**
	 * The article files, in the order of the chosen paths and, inside a folder, sorted by their path in it,
	 * folder by folder; each file once. The warnings name the files passed over.
	 */
	public record Result(List<Path> files, List<ImportWarning> warnings) {

		public Result {
			files = List.copyOf(files);
			warnings = List.copyOf(warnings);
		}
	}

	/** Compares paths name by name, so that a folder's files stay together: "a/b.txt" before "a-c.txt". */
	private static final Comparator<Path> BY_NAMES = (a, b) -> {
		for (var i = 0; i < Math.min(a.getNameCount(), b.getNameCount()); i++) {
			var names = a.getName(i).toString().compareTo(b.getName(i).toString());
			if (names != 0) {
				return names;
			}
		}
		return Integer.compare(a.getNameCount(), b.getNameCount());
	};

	private final List<Path> files = new ArrayList<>();
	private final List<ImportWarning> warnings = new ArrayList<>();
	private final HashSet<Path> seen = new HashSet<>();

	private FolderScan() {
	}

	/**
	 * Lists the article files in {@code paths}: files are taken as chosen (a hidden file too, since the user
	 * named it), folders are searched through.
	 *
	 * @throws ArticleImportException when a chosen path does not exist
	 */
	public static Result scan(List<Path> paths) throws ArticleImportException {
		var scan = new FolderScan();
		for (var path : paths) {
			if (Files.isDirectory(path)) {
				scan.addFolder(path);
			} else if (Files.exists(path)) {
				scan.addFile(path);
			} else {
				throw new ArticleImportException(path, path + " does not exist. Check the name and folder of the files"
						+ " to import.");
			}
		}
		return new Result(scan.files, scan.warnings);
	}

	/** Whether the name of {@code file} announces an article format Sayso imports. */
	public static boolean isArticleFile(Path file) {
		return ArticleFormat.ofFileName(file).isPresent();
	}

	/** Whether {@code file} is a TimeML document ({@code .tml}). */
	public static boolean isTimeml(Path file) {
		return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tml");
	}

	/** Whether {@code file} is a brat standoff file ({@code .ann}), imported with the {@code .txt} it annotates. */
	public static boolean isStandoff(Path file) {
		return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ann");
	}

	/** Whether {@code file} is named like an INCEpTION document export: a zip of XMI files. */
	public static boolean isXmiZip(Path file) {
		return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
	}

	private void addFile(Path file) {
		if (!isArticleFile(file) && !isXmiZip(file) && !isTimeml(file) && !isStandoff(file)
				&& !ArticleMetadata.isMetadataFile(file)) {
			warnings.add(new ImportWarning(file, Kind.UNSUPPORTED_FILE, file + " was skipped: it is not an article"
					+ " file (" + supportedExtensions() + "). " + adviceFor(file)));
		} else if (seen.add(file.toAbsolutePath().normalize())) {
			files.add(file);
		}
	}

	/** What to do with a file Sayso does not import, by what it is. */
	private static String adviceFor(Path file) {
		var name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (name.equals(org.sayso.model.ProjectLayout.PROJECT_FILE)) {
			return "It is a Sayso project's own file: open or import into that project's folder instead.";
		}
		if (name.endsWith(".xmi") || name.endsWith(".xml")) {
			return "A UIMA XMI file is imported from a .zip that holds it with its TypeSystem.xml, as INCEpTION"
					+ " exports a document; a whole Sayso corpus from its sayso-corpus.xmi given alone.";
		}
		if (name.endsWith(".bak") || name.contains(".foreign-") || name.endsWith(".lock")) {
			return "It is a backup or working file of Sayso, not an article.";
		}
		if (name.endsWith(".pdf") || name.endsWith(".doc") || name.endsWith(".docx") || name.endsWith(".odt")
				|| name.endsWith(".rtf")) {
			return "Save or export the article as plain text in UTF-8 (.txt) and import that.";
		}
		return "If it holds an article's plain text, rename it to .txt and import it again.";
	}

	private void addFolder(Path folder) {
		var found = new ArrayList<Path>();
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {

				@Override
				@NonNullByDefault({}) // overrides an API without null annotations
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					var skip = !dir.equals(folder) && isHidden(dir);
					return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				@NonNullByDefault({}) // overrides an API without null annotations
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (isHidden(file)) {
						return FileVisitResult.CONTINUE;
					}
					if (attributes.isSymbolicLink() && Files.isDirectory(file)) {
						warnings.add(new ImportWarning(file, Kind.UNSUPPORTED_FILE, file + " was skipped: it is a link"
								+ " to a folder, which Sayso does not follow. Choose the folder itself to import it."));
					} else {
						found.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				@NonNullByDefault({}) // overrides an API without null annotations
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					warnings.add(new ImportWarning(file, Kind.UNREADABLE_FOLDER, file + " was skipped: it cannot be"
							+ " read (" + e.getMessage() + "). Make it readable and import it again."));
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			// the visitor reports every failure itself and never stops the walk, so this is the folder itself
			warnings.add(new ImportWarning(folder, Kind.UNREADABLE_FOLDER, folder + " was skipped: it cannot be read ("
					+ e.getMessage() + "). Make it readable and import it again."));
		}
		found.sort((a, b) -> BY_NAMES.compare(folder.relativize(a), folder.relativize(b)));
		found.forEach(this::addFile);
	}

	private static boolean isHidden(Path path) {
		return path.getFileName() != null && path.getFileName().toString().startsWith(".");
	}

	private static String supportedExtensions() {
		return Stream.of(ArticleFormat.values())
				.flatMap(format -> format.extensions().stream())
				.collect(Collectors.joining(", ")) + ", .zip of UIMA XMI, .ann (brat, with its .txt), .tml (TimeML)";
	}
}
