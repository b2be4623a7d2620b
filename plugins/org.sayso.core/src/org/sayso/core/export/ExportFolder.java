package org.sayso.core.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

import org.sayso.model.ProjectLayout;

/**
 * The export's output folder, written as a temporary folder beside it and renamed into place only when complete:
 * whatever happens during an export (an error, a cancel, a kill), the output folder is either what it was before
 * or the whole new export. An existing output is replaced only when asked, and never when it holds a Sayso project.
 */
final class ExportFolder {

	private final Path output;
	private final Path temp;

	private ExportFolder(Path output, Path temp) {
		this.output = output;
		this.temp = temp;
	}

	static ExportFolder prepare(Path output, boolean replace, ProjectLayout project) throws ExportException {
		var root = project.root();
		if (output.startsWith(root.resolve(ProjectLayout.DOCUMENTS)) || output.startsWith(project.annotationsFolder())
				|| output.startsWith(project.curationFolder()) || root.startsWith(output)) {
			throw new ExportException("Cannot export to " + output + ": it is (or holds) a folder of the project "
					+ root + ". Choose a folder outside it, or a new folder inside it such as " + root.resolve("export"));
		}
		if (Files.exists(output)) {
			if (!Files.isDirectory(output)) {
				throw new ExportException(output + " is a file, not a folder: choose a new or empty folder for the export.");
			}
			if (Files.exists(output.resolve(ProjectLayout.PROJECT_FILE))) {
				throw new ExportException(output + " holds a Sayso project, which an export never replaces: choose"
						+ " another folder.");
			}
			if (!replace && !isEmpty(output)) {
				throw new ExportException(output + " is not empty: choose a new or empty folder, or ask to replace it"
						+ " (--replace); it is replaced only once the new export is complete.");
			}
		}
		var parent = output.getParent();
		try {
			Files.createDirectories(parent);
			var temp = parent.resolve("." + output.getFileName() + ".exporting-" + ProcessHandle.current().pid() + "-"
					+ System.nanoTime());
			return new ExportFolder(output, Files.createDirectory(temp));
		} catch (IOException e) {
			throw new ExportException("Cannot create a folder in " + parent + " for the export: " + e.getMessage()
					+ ". Check that the folder is writable.", e);
		}
	}

	private static boolean isEmpty(Path folder) throws ExportException {
		try (var entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			throw new ExportException("Cannot list " + folder + ": " + e.getMessage(), e);
		}
	}

	/** Where the writers write until {@link #commit}. */
	Path temp() {
		return temp;
	}

	Path output() {
		return output;
	}

	/** Puts the finished export in place of the output folder; a replaced output is deleted after. */
	void commit() throws ExportException {
		Path previous = null;
		try {
			if (Files.exists(output)) {
				previous = output.resolveSibling("." + output.getFileName() + ".replaced-" + System.nanoTime());
				move(output, previous);
			}
			move(temp, output);
		} catch (IOException e) {
			var failure = new ExportException("Cannot move the finished export " + temp + " to " + output + ": "
					+ e.getMessage() + ". The output folder is unchanged; check permissions and export again.", e);
			if (previous != null && !Files.exists(output)) {
				try {
					move(previous, output);
				} catch (IOException back) {
					failure.addSuppressed(back);
				}
			}
			abandon(failure);
			throw failure;
		}
		if (previous != null) {
			try {
				deleteTree(previous);
			} catch (IOException e) {
				// the new export is in place; the old one is only taking disk space, and its name says what it is
			}
		}
	}

	/** Deletes the temporary folder of an export that did not finish. */
	void abandon(Throwable failure) {
		try {
			deleteTree(temp);
		} catch (IOException e) {
			failure.addSuppressed(e);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			// same parent folder, so only unusual file systems get here
			Files.move(from, to);
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				if (exc != null) {
					throw exc;
				}
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
