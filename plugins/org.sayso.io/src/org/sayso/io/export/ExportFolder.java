package org.sayso.io.export;

import org.sayso.core.IoProblems;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.sayso.core.store.FolderLock;
import org.sayso.core.store.Folders;
import org.sayso.core.store.StoreException;
import org.sayso.model.ProjectLayout;

/**
 * The export's output folder, written as a temporary folder beside it and renamed into place only when complete:
 * whatever happens during an export (an error, a cancel, a kill), the output folder is either what it was before
 * or the whole new export. Only one export at a time writes an output folder (a {@link FolderLock}, held from
 * {@link #prepare} to {@link #commit} or {@link #abandon}).
 * <p>
 * An existing, non-empty output is replaced only when asked, and only when a Sayso export wrote it (it holds
 * {@link ExportSummary#JSON_FILE}): any other folder, a project above all, is never deleted.
 */
final class ExportFolder {

	private static final String EXPORTING_INFIX = ".exporting-";
	/** How the command line asks to replace an earlier export. */
	static final String REPLACE_FLAG = "--replace";
	private static final String REPLACED_INFIX = ".replaced-";

	private final Path output;
	private final Path temp;
	private final FolderLock lock;
	private final boolean replacesPrevious;

	private ExportFolder(Path output, Path temp, FolderLock lock, boolean replacesPrevious) {
		this.output = output;
		this.temp = temp;
		this.lock = lock;
		this.replacesPrevious = replacesPrevious;
	}

	/**
	 * Refuses an output the export must not write to: a folder of the project, the root of the file system, or a
	 * folder that is not empty (unless {@code replace} and a Sayso export wrote it). {@code howToReplace} says how
	 * the user asks to replace ("--replace" on the command line).
	 *
	 * @return whether the output holds a previous export that the new one replaces
	 */
	static boolean check(Path output, boolean replace, ProjectLayout project, String howToReplace) throws ExportException {
		var root = project.root();
		if (output.startsWith(root.resolve(ProjectLayout.DOCUMENTS)) || output.startsWith(project.annotationsFolder())
				|| output.startsWith(project.curationFolder()) || root.startsWith(output)) {
			throw new ExportException("Cannot export to " + output + ": it is (or holds) a folder of the project "
					+ root + ". Choose a folder outside it, or a new folder inside it such as " + root.resolve("export"));
		}
		if (output.getParent() == null) {
			throw new ExportException("Cannot export to " + output + ", the root of the file system: choose a new folder.");
		}
		return checkReplaceable(output, replace, howToReplace);
	}

	static ExportFolder prepare(Path output, boolean replace, ProjectLayout project) throws ExportException {
		check(output, replace, project, REPLACE_FLAG);
		var parent = output.getParent();
		var lock = lock(output);
		try {
			boolean previous = checkReplaceable(output, replace, REPLACE_FLAG);
			Files.createDirectories(parent);
			removeLeftovers(output);
			var temp = parent.resolve("." + output.getFileName() + EXPORTING_INFIX + ProcessHandle.current().pid() + "-"
					+ System.nanoTime());
			return new ExportFolder(output, Files.createDirectory(temp), lock, previous);
		} catch (IOException e) {
			release(lock, e);
			throw new ExportException("Cannot create a folder in " + parent + " for the export: " + e.getMessage()
					+ ". Check that the folder is writable.", e);
		} catch (ExportException | RuntimeException e) {
			release(lock, e);
			throw e;
		}
	}

	private static FolderLock lock(Path output) throws ExportException {
		try {
			var lock = FolderLock.tryAcquire(output, "export");
			if (lock == null) {
				throw new ExportException(FolderLock.holder(output) + " is exporting to " + output
						+ " now: wait until it has finished, or export to another folder.");
			}
			return lock;
		} catch (StoreException e) {
			throw new ExportException(e.getMessage(), e);
		}
	}

	/** Whether the output holds a previous export that the new one replaces; refuses anything else. */
	private static boolean checkReplaceable(Path output, boolean replace, String howToReplace) throws ExportException {
		if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
			return false;
		}
		if (Files.isSymbolicLink(output)) {
			throw new ExportException(output + " is a symbolic link: export to a real folder, new or empty.");
		}
		if (!Files.isDirectory(output)) {
			throw new ExportException(output + " is a file, not a folder: choose a new or empty folder for the export.");
		}
		if (Files.exists(output.resolve(ProjectLayout.PROJECT_FILE))) {
			throw new ExportException(output + " holds a Sayso project, which an export never replaces: choose"
					+ " another folder.");
		}
		var entries = entries(output);
		if (entries.isEmpty()) {
			return false;
		}
		// a folder of other files is never replaced, asked or not: say so at once, naming what is in it
		if (!Files.isRegularFile(output.resolve(ExportSummary.JSON_FILE), LinkOption.NOFOLLOW_LINKS)) {
			throw new ExportException("Will not replace " + output + ": a Sayso export did not write it (it has no "
					+ ExportSummary.JSON_FILE + "), and it holds " + describe(entries) + ". Choose a new or empty"
					+ " folder; only a folder that Sayso exported to is replaced.");
		}
		if (!replace) {
			throw new ExportException(output + " is not empty: it holds an earlier Sayso export. Choose a new or empty"
					+ " folder, or ask to replace it (" + howToReplace + "); it is replaced only once the new export is"
					+ " complete.");
		}
		return true;
	}

	private static List<String> entries(Path folder) throws ExportException {
		try (var entries = Files.list(folder)) {
			return entries.map(p -> p.getFileName().toString() + (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : ""))
					.sorted().toList();
		} catch (IOException e) {
			throw new ExportException("Cannot list " + folder + ": " + IoProblems.reason(e) + ". Check its permissions.", e);
		}
	}

	private static String describe(List<String> entries) {
		int shown = Math.min(5, entries.size());
		var text = String.join(", ", entries.subList(0, shown));
		return entries.size() > shown ? text + " and " + (entries.size() - shown) + " more" : text;
	}

	/**
	 * Deletes what killed exports to the same output left beside it: temporary folders of processes that are gone,
	 * and previous exports that were moved aside but not yet deleted. Called under the lock, so no live export of
	 * this output owns them.
	 */
	private static void removeLeftovers(Path output) throws IOException {
		var prefix = "." + output.getFileName();
		try (var siblings = Files.list(output.getParent())) {
			for (var sibling : siblings.toList()) {
				var name = sibling.getFileName().toString();
				if (!name.startsWith(prefix) || !Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)) {
					continue;
				}
				var rest = name.substring(prefix.length());
				if (rest.startsWith(REPLACED_INFIX) || rest.startsWith(EXPORTING_INFIX) && !alive(rest)) {
					Folders.deleteTree(sibling);
				}
			}
		}
	}

	private static boolean alive(String exportingSuffix) {
		var pid = exportingSuffix.substring(EXPORTING_INFIX.length()).split("-")[0];
		try {
			return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
		} catch (NumberFormatException e) {
			return true; // not a name an export gave: leave it alone
		}
	}

	private static void release(FolderLock lock, Throwable failure) {
		try {
			lock.close();
		} catch (StoreException e) {
			failure.addSuppressed(e);
		}
	}

	/** Whether the output holds a previous export, which {@link #commit} replaces. */
	boolean replacesPrevious() {
		return replacesPrevious;
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
				Folders.deleteTree(previous);
			} catch (IOException e) {
				// the new export is in place; the old one is only taking disk space, its name says what it is, and
				// the next export to this folder deletes it
			}
		}
		release(lock);
	}

	/** Deletes the temporary folder of an export that did not finish. */
	void abandon(Throwable failure) {
		try {
			Folders.deleteTree(temp);
		} catch (IOException e) {
			failure.addSuppressed(e);
		}
		release(lock, failure);
	}

	/** Deletes the temporary folder of an export that is not to replace the output; the output stays as it was. */
	void discard() throws ExportException {
		try {
			Folders.deleteTree(temp);
		} catch (IOException e) {
			throw new ExportException("Cannot delete the temporary folder " + temp + ": " + IoProblems.reason(e)
					+ ". Delete it by hand; the output folder " + output + " is unchanged.", e);
		} finally {
			release(lock);
		}
	}

	private static void release(FolderLock lock) throws ExportException {
		try {
			lock.close();
		} catch (StoreException e) {
			throw new ExportException(e.getMessage(), e);
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

}
