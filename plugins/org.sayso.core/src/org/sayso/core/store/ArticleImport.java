package org.sayso.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.cas.CasMapper;
import org.sayso.core.dates.DctDetector;
import org.sayso.core.importer.ArticleImportException;
import org.sayso.core.importer.ArticleReader;
import org.sayso.core.importer.DocumentIds;
import org.sayso.core.importer.FolderScan;
import org.sayso.core.importer.ImportedArticle;
import org.sayso.core.xmi.SafeXmiReader;
import org.sayso.core.xmi.XmiReadException;
import org.sayso.model.Document;
import org.sayso.model.SaysoFactory;

/**
 * Brings files into a project: articles (plain text, HTML) become documents, and INCEpTION's document exports (a
 * zip of {@code <annotator>.xmi} files with their {@code TypeSystem.xml}) become a document with one annotation
 * set per annotator. Each file succeeds or fails on its own; nothing already in the project is replaced.
 */
public final class ArticleImport {

	/** INCEpTION's names for the source document's own CAS and for the curated CAS. */
	static final String INITIAL_CAS = "INITIAL_CAS";
	static final String CURATION_USER = "CURATION_USER";
	static final int MAX_ZIP_ENTRIES = 1000;

	/** What became of one file: the document it made, or why it failed, and what the user should know. */
	/**
	 * What became of one file.
	 *
	 * @param written     the files this import created in the project (to take back if the project file cannot be
	 *                    written)
	 * @param alreadyThere the project held the article already (same file, same text), so nothing was imported
	 */
	public record Outcome(Path file, String documentId, List<String> messages, String failure, List<Path> written,
			boolean alreadyThere) {

		public Outcome {
			messages = List.copyOf(messages);
			written = List.copyOf(written);
		}

		static Outcome failure(Path file, String failure) {
			return new Outcome(file, null, List.of(), failure, List.of(), false);
		}

		public boolean failed() {
			return failure != null;
		}
	}

	private final ProjectStore store;
	private final ArticleReader articles = new ArticleReader();

	public ArticleImport(ProjectStore store) {
		this.store = store;
	}

	/** The files that {@link #importFile} takes among {@code paths}, and what was passed over. */
	public static FolderScan.Result scan(List<Path> paths) throws ArticleImportException {
		return FolderScan.scan(paths);
	}

	/** Imports one file. The project file is not written: call {@link ProjectStore#saveProject} after a batch. */
	public Outcome importFile(Path file) {
		try {
			return FolderScan.isXmiZip(file) ? importZip(file) : importArticle(file);
		} catch (ArticleImportException | StoreException e) {
			return Outcome.failure(file, e.getMessage());
		} catch (IOException e) {
			return Outcome.failure(file, "Cannot read " + file + ": " + e.getMessage());
		}
	}

	private Outcome importArticle(Path file) throws ArticleImportException, StoreException {
		var article = articles.read(file);
		var messages = new ArrayList<String>();
		var source = article.source().toString();
		var existing = store.sameArticle(article.docId(), article.text(), source);
		if (existing.isPresent()) {
			var document = existing.get();
			if (document.getSourceUri() != null) {
				messages.add("Already in the project as '" + document.getId() + "' (same file, same text): not imported"
						+ " again.");
				return new Outcome(file, document.getId(), messages, null, List.of(), true);
			}
			// its text was written by an import that was stopped before it listed the document: complete it
			describe(document, article, messages);
			messages.add("Completed '" + document.getId() + "', whose text an earlier, interrupted import had written.");
			return new Outcome(file, document.getId(), messages, null, List.of(), false);
		}
		var id = store.freeDocumentId(article.docId());
		var document = store.addDocument(id, article.text());
		describe(document, article, messages);
		if (!id.equals(article.docId())) {
			messages.add("The project has a document '" + article.docId() + "' already; this one is '" + id + "'.");
		}
		return new Outcome(file, id, messages, null, List.of(store.layout().text(id)), false);
	}

	private static void describe(Document document, ImportedArticle article, List<String> messages) {
		article.title().ifPresent(document::setTitle);
		article.language().ifPresent(document::setLanguage);
		document.setSourceUri(article.source().toString());
		takeDctFromDateline(document, messages);
		article.warnings().forEach(w -> messages.add(w.message()));
	}

	private Outcome importZip(Path file) throws IOException, StoreException {
		var messages = new ArrayList<String>();
		var written = new ArrayList<Path>();
		try (var zip = new ZipFile(file.toFile())) {
			var entries = zip.stream().filter(e -> !e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".xmi"))
					.toList();
			if (entries.isEmpty()) {
				throw new StoreException(file + " holds no .xmi file: it is not an INCEpTION document export"
						+ " (a zip of <annotator>.xmi files and TypeSystem.xml).");
			}
			if (entries.size() > MAX_ZIP_ENTRIES) {
				throw new StoreException(file + " holds " + entries.size() + " XMI files, more than the "
						+ MAX_ZIP_ENTRIES + " one document can have: it is not an INCEpTION document export.");
			}
			// the text and metadata come from the first CAS; every set is then checked against that text
			var first = SaysoTypeSystem.createCas();
			try (var in = zip.getInputStream(entries.get(0))) {
				new SafeXmiReader().read(in, file + "!/" + entries.get(0).getName(), first);
			} catch (XmiReadException e) {
				throw new StoreException(e.getMessage(), e);
			}
			var metadata = SaysoFactory.eINSTANCE.createDocument();
			CasMapper.readDocument(first, metadata);
			var wanted = DocumentIds.fromFileName(file.getFileName().toString().replaceFirst("(?i)\\.zip$", ""));
			var id = store.freeDocumentId(wanted);
			var document = store.addDocument(id, first.getDocumentText());
			written.add(store.layout().text(id));
			document.setTitle(metadata.getTitle());
			document.setSourceUri(metadata.getSourceUri() != null ? metadata.getSourceUri() : file.toUri().toString());
			document.setLanguage(metadata.getLanguage());
			document.setDct(metadata.getDct());
			document.setDctOrigin(metadata.getDctOrigin());
			if (document.getDct() == null) {
				takeDctFromDateline(document, messages);
			}

			for (var entry : entries) {
				var name = Path.of(entry.getName()).getFileName().toString().replaceFirst("(?i)\\.xmi$", "");
				if (name.equals(INITIAL_CAS)) {
					continue;
				}
				var display = file + "!/" + entry.getName();
				byte[] bytes;
				try (var in = zip.getInputStream(entry)) {
					bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, SafeXmiReader.DEFAULT_MAX_BYTES + 1));
				}
				boolean curated = name.equals(CURATION_USER);
				var annotator = curated ? "curator" : annotatorName(name);
				var target = curated ? store.layout().curated(id) : store.layout().annotations(annotator, id);
				var opened = store.readSet(document, bytes, display, target);
				opened.set().setAnnotator(annotator);
				opened.set().setCurated(curated);
				opened.set().getAnnotations().forEach(a -> {
					if (a.getAuthor() == null) {
						a.setAuthor(annotator);
					}
				});
				store.save(opened, false);
				written.add(target);
				messages.add((curated ? "curated set: " : annotator + ": ") + opened.set().getAnnotations().size()
						+ " annotation(s)");
				opened.report().describe().forEach(line -> messages.add(display + ": " + line));
				opened.warnings().forEach(line -> messages.add(display + ": " + line));
			}
			return new Outcome(file, id, messages, null, written, false);
		}
	}

	/** The article's date, from its dateline, so that relative dates can be resolved; the annotator can change it. */
	private static void takeDctFromDateline(Document document, List<String> messages) {
		DctDetector.detect(document.getText()).ifPresent(match -> {
			document.setDct(match.date().toString());
			document.setDctOrigin("dateline");
			messages.add("Article date " + match.date() + " taken from its dateline (\""
					+ document.getText().substring(match.begin(), match.end()) + "\").");
		});
	}

	/** INCEpTION user names may be e-mail addresses; annotator names are file names. */
	static String annotatorName(String user) {
		var name = user.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[^\\p{L}\\p{N}]+", "");
		return name.isEmpty() ? "annotator" : name.length() > 120 ? name.substring(0, 120) : name;
	}
}
