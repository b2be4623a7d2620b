package org.sayso.core.store;

import org.sayso.core.IoProblems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.cas.CasMapper;
import org.sayso.core.xmi.ImportReport;
import org.sayso.core.xmi.SafeXmiReader;
import org.sayso.core.xmi.XmiReadException;
import org.sayso.core.xmi.XmiReadResult;
import org.sayso.model.Document;
import org.sayso.model.Project;
import org.sayso.model.ProjectLayout;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SetState;

/**
 * A project folder opened for work. Opening reads {@code sayso.project} and the names in {@code documents/} only;
 * texts and annotation sets are read when asked for, so a project of thousands of documents opens at once.
 * Every write is atomic and refuses to overwrite a file that someone else changed since it was read.
 */
public final class ProjectStore {

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	private final ProjectLayout layout;
	private final Project project;
	private final Map<String, Document> documents = new HashMap<>();
	private final List<String> warnings;
	private final Path realRoot;
	private @Nullable FileStamp projectStamp;

	private ProjectStore(ProjectLayout layout, Project project, @Nullable FileStamp projectStamp, List<String> warnings) {
		this.layout = layout;
		this.project = project;
		this.projectStamp = projectStamp;
		this.warnings = warnings;
		this.realRoot = realPath(layout.root());
		project.getDocuments().forEach(d -> documents.put(d.getId(), d));
	}

	/** Opens an existing project folder; a folder without {@code sayso.project} gets one in memory. */
	public static ProjectStore open(Path root) throws StoreException {
		ProjectListing folder;
		List<String> ids;
		try {
			folder = ProjectListing.open(root);
			ids = folder.documentIds();
		} catch (ProjectListingException e) {
			throw new StoreException(e.getMessage(), e);
		}
		var layout = folder.layout();
		var warnings = new ArrayList<String>();
		Project project;
		FileStamp stamp = null;
		if (Files.exists(layout.projectFile())) {
			try {
				stamp = FileStamp.of(layout.projectFile());
			} catch (IOException e) {
				throw new StoreException("Cannot read " + layout.projectFile() + ": " + IoProblems.reason(e), e);
			}
			project = ProjectSettingsFile.read(layout.projectFile());
		} else {
			var backup = layout.projectFile().resolveSibling(ProjectLayout.PROJECT_FILE + AtomicFileWriter.BACKUP_SUFFIX);
			if (Files.exists(backup)) {
				throw new StoreException(layout.root() + " has lost its " + ProjectLayout.PROJECT_FILE + " (deleted or"
						+ " moved), but " + backup.getFileName() + ", its version before the last change, is there. Restore"
						+ " it (copy " + backup + " to " + layout.projectFile() + ") or take " + ProjectLayout.PROJECT_FILE
						+ " from version control, then run the command again: Sayso does not rebuild a project file"
						+ " that holds titles and dates it would lose.");
			}
			project = newProject(layout.root().getFileName().toString());
			if (!ids.isEmpty()) {
				warnings.add(layout.root() + " has no " + ProjectLayout.PROJECT_FILE + ": its " + ids.size()
						+ " document(s) are taken from " + ProjectLayout.DOCUMENTS + "/ without titles or dates, and the"
						+ " file is written at the next change. If the project had one, restore it from version control first.");
			}
		}
		reconcile(project, ids, layout, warnings, stamp != null);
		return new ProjectStore(layout, project, stamp, warnings);
	}

	/** Makes {@code root} a new, empty project folder and writes its {@code sayso.project}. */
	public static ProjectStore create(Path root, String name) throws StoreException {
		var layout = new ProjectLayout(root);
		if (Files.exists(layout.projectFile())) {
			throw new StoreException(layout.root() + " is a Sayso project already; open it instead.");
		}
		try {
			Files.createDirectories(layout.documentsFolder());
		} catch (IOException e) {
			throw new StoreException("Cannot create the project folder " + layout.documentsFolder() + ": " + IoProblems.reason(e), e);
		}
		var store = new ProjectStore(layout, newProject(name), null, new ArrayList<>());
		store.saveProject(false);
		return store;
	}

	private static Project newProject(String name) {
		var project = F.createProject();
		project.setName(name);
		project.setSettings(F.createProjectSettings());
		return project;
	}

	/** Texts added to documents/ by hand are taken in; documents whose text went missing are reported. */
	private static void reconcile(Project project, List<String> ids, ProjectLayout layout, List<String> warnings,
			boolean listed) {
		var onDisk = new LinkedHashSet<>(ids);
		for (var document : project.getDocuments()) {
			if (!onDisk.remove(document.getId())) {
				warnings.add("Document '" + document.getId() + "' has no text file " + layout.text(document.getId())
						+ ": restore it, or remove the document from the project.");
			}
		}
		for (var id : onDisk) {
			var document = F.createDocument();
			document.setId(id);
			project.getDocuments().add(document);
			if (listed) {
				warnings.add(layout.text(id) + " is not listed in " + layout.projectFile() + " (added by hand, or an"
						+ " import was stopped): it is taken in as document '" + id + "' without title or date; importing"
						+ " its article again completes it.");
			}
		}
	}

	public Project project() {
		return project;
	}

	public ProjectLayout layout() {
		return layout;
	}

	/** What opening found out of place: text files missing for listed documents. */
	public List<String> warnings() {
		return List.copyOf(warnings);
	}

	public Document document(String id) throws StoreException {
		var document = documents.get(id);
		if (document == null) {
			throw new StoreException("Project " + layout.root() + " has no document '" + id + "'.");
		}
		return document;
	}

	/** The document's text, read from {@code documents/<id>.txt} the first time and kept. */
	public String text(Document document) throws StoreException {
		if (document.getText() == null) {
			var file = layout.text(document.getId());
			checkInside(file, false);
			var text = readText(file);
			int bad = XmlText.firstUnwritable(text);
			if (bad >= 0) {
				throw new StoreException(file + " holds a character that no XML file can store (U+"
						+ String.format("%04X", (int) text.charAt(bad)) + " at offset " + bad
						+ "), so its annotations could not be saved: it was changed after import. Restore it from"
						+ " version control, or re-import the original article.");
			}
			document.setText(text);
		}
		return document.getText();
	}

	private static String readText(Path file) throws StoreException {
		try {
			var bytes = Files.readAllBytes(file);
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (NoSuchFileException e) {
			throw new StoreException("The text " + file + " is missing: restore it from version control or re-import the article.", e);
		} catch (CharacterCodingException e) {
			throw new StoreException(file + " is not UTF-8 text any more (it was changed after import): restore it from"
					+ " version control, or re-import the original article.", e);
		} catch (IOException e) {
			throw new StoreException("Cannot read " + file + ": " + IoProblems.reason(e), e);
		}
	}

	/** Opens {@code annotator}'s set for the document, or a new empty one when they have none yet. */
	public OpenedSet openSet(Document document, String annotator) throws StoreException {
		var set = openFile(document, layout.annotations(annotator, document.getId()));
		if (set.set().getAnnotator() == null) {
			set.set().setAnnotator(annotator);
		}
		return set;
	}

	/** Opens the document's curated set, or a new empty one. */
	public OpenedSet openCuratedSet(Document document, @Nullable String curator) throws StoreException {
		var set = openFile(document, layout.curated(document.getId()));
		set.set().setCurated(true);
		if (set.set().getAnnotator() == null) {
			set.set().setAnnotator(curator);
		}
		return set;
	}

	private OpenedSet openFile(Document document, Path file) throws StoreException {
		text(document);
		checkInside(file, false);
		if (!Files.exists(file)) {
			var set = F.createAnnotationSet();
			set.setDocument(document);
			set.setState(SetState.NEW);
			return new OpenedSet(set, file, null, ImportReport.lossless(file.toString()), List.of(), false);
		}
		try {
			long size = Files.size(file);
			long modified = Files.getLastModifiedTime(file).toMillis();
			var digest = FileStamp.newDigest();
			try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
				var read = readCas(in, file.toString(), document, ". It does not belong to "
						+ layout.text(document.getId()) + "; restore the right version from version control.");
				in.transferTo(OutputStream.nullOutputStream()); // hash what the parser left unread
				var stamp = new FileStamp(size, modified, digest.digest());
				return read.opened(file, stamp);
			}
		} catch (IOException e) {
			throw new StoreException("Cannot read " + file + ": " + IoProblems.reason(e), e);
		}
	}

	/** A set read from XMI, before it is tied to its file. */
	private record ReadSet(CasMapper.Result mapped, XmiReadResult result) {
		OpenedSet opened(Path file, @Nullable FileStamp stamp) {
			return new OpenedSet(mapped.set(), file, stamp, result.report(), mapped.warnings(), result.isXml11());
		}
	}

	/** Reads XMI through the hardened reader and maps it onto {@code document}, which must hold the same text. */
	private ReadSet readCas(InputStream in, String source, Document document, String whenTextDiffers)
			throws StoreException {
		try {
			var cas = SaysoTypeSystem.createCas();
			var reader = new SafeXmiReader(SafeXmiReader.limitFor(document.getText().length()));
			var result = reader.read(in, source, cas);
			return new ReadSet(CasMapper.read(cas, document), result);
		} catch (XmiReadException e) {
			throw new StoreException(e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new StoreException(source + " cannot be opened: " + e.getMessage() + whenTextDiffers, e);
		}
	}

	/**
	 * Saves the set atomically, keeping the previous file as {@code .bak}. A file that held what Sayso's types cannot
	 * (other tools' types and features, see {@link OpenedSet#report()}) is first copied, as it was read, to
	 * {@code <name>.xmi.foreign-<hash>} beside it ({@link OpenedSet#foreignCopy()}), once: no save and no backup
	 * rotation loses it.
	 *
	 * @param overwriteChanges true only when the user chose to overwrite a file that changed on disk
	 * @throws FileChangedOnDiskException when the file changed since it was opened, and nothing was written
	 */
	public void save(OpenedSet opened, boolean overwriteChanges) throws StoreException {
		var set = opened.set();
		set.setLastModified(new Date());
		if (set.getState() == SetState.NEW && !set.getAnnotations().isEmpty()) {
			set.setState(SetState.IN_PROGRESS);
		}
		checkInside(opened.file(), true);
		SetFile.write(opened, project.getName(), overwriteChanges);
	}

	/** Writes {@code sayso.project}. */
	public void saveProject(boolean overwriteChanges) throws StoreException {
		projectStamp = ProjectSettingsFile.write(project, layout.projectFile(), projectStamp, overwriteChanges);
	}

	/**
	 * Adds a document: writes its text to {@code documents/<id>.txt} (never replacing an existing text) and lists it
	 * in the project. Call {@link #saveProject} afterwards.
	 */
	public Document addDocument(String id, String text) throws StoreException {
		if (documents.containsKey(id)) {
			throw new StoreException("Project " + layout.root() + " has a document '" + id + "' already.");
		}
		var file = layout.text(id);
		checkInside(file, true);
		AtomicFileWriter.write(file, null, false, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
		var document = F.createDocument();
		document.setId(id);
		document.setText(text);
		project.getDocuments().add(document);
		documents.put(id, document);
		return document;
	}

	/**
	 * The document that already holds this article, if one does: among {@code wanted}, {@code wanted-2}, ... (the ids
	 * an import of it would have taken), the one with the same text; one with no source is a text an interrupted
	 * import wrote but did not list. A retried import recognises its articles so, wherever they were read from.
	 */
	public Optional<Document> sameArticle(String wanted, String text) throws StoreException {
		var id = wanted;
		for (int i = 2; documents.containsKey(id); i++) {
			var document = documents.get(id);
			if (Files.exists(layout.text(id)) && text(document).equals(text)) {
				return Optional.of(document);
			}
			id = wanted + "-" + i;
		}
		return Optional.empty();
	}

	/**
	 * Takes back documents added since the project file was last written, when writing it failed: their texts (and
	 * whatever else {@code written} lists) are deleted, so that no file stays in the project that it does not list.
	 *
	 * @return the files that could not be deleted
	 */
	public List<Path> removeUnsaved(Map<String, List<Path>> written) {
		var left = new ArrayList<Path>();
		written.forEach((id, files) -> {
			var document = documents.remove(id);
			if (document != null) {
				project.getDocuments().remove(document);
			}
			for (var file : files) {
				try {
					Files.deleteIfExists(file);
				} catch (IOException e) {
					left.add(file);
				}
			}
		});
		return left;
	}

	/** An id that is free in this project, derived from {@code wanted} ({@code story}, {@code story-2}, ...). */
	public String freeDocumentId(String wanted) {
		var id = wanted;
		for (int i = 2; documents.containsKey(id) || Files.exists(layout.text(id)); i++) {
			id = wanted + "-" + i;
		}
		return id;
	}

	/**
	 * Refuses a file that a symbolic link leads out of the project folder: reading it would put another file (say
	 * {@code /etc/passwd}) into annotation sets and exports, and writing would change folders outside the project.
	 * Links that stay inside the project are followed.
	 *
	 * @param writing whether the file is to be written: then the folder it goes into is checked, since the write
	 *            replaces a link to a file by a file
	 */
	private void checkInside(Path file, boolean writing) throws StoreException {
		var existing = writing ? file.getParent() : file;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return;
		}
		var real = realPath(existing);
		if (real.startsWith(realRoot)) {
			return;
		}
		throw new StoreException(writing
				? "Sayso did not write " + file + ": " + existing + " leads out of the project (a link to " + real
						+ "), and Sayso writes nothing outside a project folder. Replace the link by a folder of the project."
				: file + " leads out of the project (a link to " + real + "), so Sayso did not read it: it follows no"
						+ " link out of a project folder. Put a copy of the file in the project in place of the link.");
	}

	private static Path realPath(Path path) {
		try {
			return path.toRealPath();
		} catch (IOException e) {
			return path.toAbsolutePath().normalize();
		}
	}

	/** Reads a set from bytes, as the store would from its file (for imports of zipped XMI). */
	public OpenedSet readSet(Document document, byte[] xmi, String displayName, Path file) throws StoreException {
		return readCas(new ByteArrayInputStream(xmi), displayName, document, ".").opened(file, null);
	}
}
