package org.sayso.io.importer;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.store.FolderLock;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.sayso.model.ProjectLayout;

/**
 * One import into a project, as the command line and the workbench run it: the files and folders are scanned, a
 * metadata table among them is read, the project is created when the folder has none, and the files are imported
 * under the project's lock (a second import waits). The project file is written after every {@value #BATCH} files
 * and at the end; when that write fails, the documents since the last write are taken back out, so that the project
 * never holds a text it does not list. A cancelled import stops after the file in hand, with what it imported listed.
 */
public final class ImportRun {

	/** Files imported between two writes of the project file: a stopped import loses at most this many listings. */
	static final int BATCH = 200;

	/** What an import tells while it runs. */
	public interface Listener {

		/** Something the user should know that concerns no one file: a file passed over, a table read, a wait. */
		void note(String message);

		/** One file (or article with its standoff files) done, {@code done} of {@code total}. */
		void imported(int done, int total, ArticleImport.Outcome outcome);

		/** Another import holds the project: this one waits for it. */
		default void waiting(String message) {
			note(message);
		}
	}

	/**
	 * What the import did.
	 *
	 * @param failure why the import stopped before its end (the project file could not be written), or null
	 */
	public record Summary(Path root, int total, int imported, int alreadyThere, int failed, boolean cancelled,
			@Nullable String failure) {

		/** Whether every file was imported or recognised, and nothing stopped the import. */
		public boolean ok() {
			return failed == 0 && failure == null && !cancelled;
		}

		/** One line: how many files, where, how many were there already or failed. */
		public String toText() {
			return imported + " of " + total + " file(s) imported into " + root
					+ (alreadyThere == 0 ? "" : "; " + alreadyThere + " already there")
					+ (failed == 0 ? "" : "; " + failed + " failed") + (cancelled ? "; cancelled" : "")
					+ (failure == null ? "" : "; stopped: " + failure);
		}
	}

	private ImportRun() {
	}

	/**
	 * Runs the import.
	 *
	 * @param name     the name of the project when the folder is made a project now; null for the folder's name
	 * @param settings the annotator, DCT, mapping and metadata given; a metadata table among the files is used when
	 *                 the settings hold none
	 * @throws ArticleImportException when a chosen path does not exist or the metadata table cannot be read
	 * @throws StoreException         when the project cannot be opened or created
	 */
	public static Summary run(Path root, List<Path> sources, ArticleImport.Settings settings, @Nullable String name,
			Listener listener, @Nullable IProgressMonitor monitor) throws ArticleImportException, StoreException {
		var scan = ArticleImport.scan(sources);
		scan.warnings().forEach(w -> listener.note("warning: " + w.message()));
		settings = withMetadataTable(settings, scan.files(), listener);
		try (var lock = FolderLock.acquire(root, "import", listener::waiting)) {
			var store = openOrCreate(root, name, listener);
			store.warnings().forEach(w -> listener.note("warning: " + w));
			var importer = new ArticleImport(store, settings);
			return importUnits(importer.plan(scan.files()), importer, store, listener, monitor);
		}
	}

	private static ArticleImport.Settings withMetadataTable(ArticleImport.Settings settings, List<Path> files,
			Listener listener) throws ArticleImportException {
		if (settings.metadata().file() == null) {
			var table = files.stream().filter(ArticleMetadata::isMetadataFile).findFirst();
			if (table.isPresent()) {
				settings = settings.withMetadata(ArticleMetadata.read(table.get()));
			}
		}
		if (settings.metadata().file() != null) {
			listener.note("Metadata of " + settings.metadata().size() + " article(s) from " + settings.metadata().file());
		}
		return settings;
	}

	private static ProjectStore openOrCreate(Path root, @Nullable String name, Listener listener) throws StoreException {
		var layout = new ProjectLayout(root);
		if (Files.exists(layout.projectFile()) || Files.isDirectory(layout.documentsFolder())) {
			return ProjectStore.open(root);
		}
		String projectName = name != null ? name : String.valueOf(layout.root().getFileName());
		listener.note("Creating project '" + projectName + "' in " + layout.root());
		return ProjectStore.create(root, projectName);
	}

	private static Summary importUnits(List<ImportPlan.Unit> units, ArticleImport importer, ProjectStore store,
			Listener listener, @Nullable IProgressMonitor monitor) {
		var progress = SubMonitor.convert(monitor, "Importing " + units.size() + " file(s)", units.size());
		int total = units.size();
		int failed = 0;
		int again = 0;
		int done = 0;
		boolean cancelled = false;
		var batch = new LinkedHashMap<String, List<Path>>();
		for (var unit : units) {
			if (progress.isCanceled()) {
				cancelled = true;
				break;
			}
			progress.subTask(unit.file().getFileName().toString());
			var outcome = importer.importUnit(unit);
			done++;
			progress.worked(1);
			if (outcome.failed()) {
				failed++;
			} else if (outcome.alreadyThere()) {
				again++;
			} else {
				batch.put(outcome.documentId(), outcome.written());
			}
			listener.imported(done, total, outcome);
			if (batch.size() >= BATCH || done == total) {
				var failure = saveOrTakeBack(store, batch);
				if (failure != null) {
					return new Summary(store.layout().root(), total, done - failed - again - batch.size(), again, failed,
							false, failure);
				}
				batch.clear();
			}
		}
		if (cancelled) {
			var failure = saveOrTakeBack(store, batch);
			if (failure != null) {
				return new Summary(store.layout().root(), total, done - failed - again - batch.size(), again, failed,
						true, failure);
			}
		}
		return new Summary(store.layout().root(), total, done - failed - again, again, failed, cancelled, null);
	}

	/** Writes the project file; when it cannot, takes the batch back and says so. */
	private static @Nullable String saveOrTakeBack(ProjectStore store, Map<String, List<Path>> batch) {
		try {
			store.saveProject(false);
			return null;
		} catch (StoreException e) {
			var left = store.removeUnsaved(batch);
			return e.getMessage() + " The last " + batch.size() + " document(s) were taken back out of the project, so"
					+ " it lists every text it holds" + (left.isEmpty() ? "" : "; delete these by hand: " + left)
					+ ". Fix the cause and import again: what was imported before is recognised.";
		}
	}

	/** The outcomes of an import as the command line prints them, one file a line with its messages below. */
	public static List<String> describe(int done, int total, ArticleImport.Outcome outcome) {
		var lines = new ArrayList<String>();
		lines.add(outcome.failed() ? "[" + done + "/" + total + "] FAILED " + outcome.file() + ": " + outcome.failure()
				: "[" + done + "/" + total + "] " + outcome.file() + " -> " + outcome.documentId());
		outcome.messages().forEach(m -> lines.add("    " + m));
		return lines;
	}
}
