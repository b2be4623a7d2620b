package org.sayso.io.importer;

import org.sayso.core.IoProblems;
import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.cas.CasMapper;
import org.sayso.core.dates.DctDetector;
import org.sayso.core.dates.DctEstimate;
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

	/**
	 * What became of one file: the document it made, or why it failed, and what the user should know.
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

	/**
	 * What the user gave for the whole import.
	 *
	 * @param annotator the annotator of imported annotation sets (brat, TimeML); null: from a brat file's name
	 *                  ({@code <doc>_<annotator>.ann}), else {@code brat} or {@code timeml}
	 * @param dct       the articles' date (ISO), where neither their metadata row nor their own file gives one
	 * @param metadata  rows of a metadata table, matched by file name
	 * @param mapping   how brat types become Sayso's annotations
	 * @param encoding  the encoding of every plain text and HTML file, when the user chose one; null: detected
	 */
	public record Settings(@Nullable String annotator, @Nullable String dct, ArticleMetadata metadata, BratMapping mapping,
			@Nullable Charset encoding) {
		public static final Settings NONE = new Settings(null, null, ArticleMetadata.none(), BratMapping.PARC, null);

		public Settings(@Nullable String annotator, @Nullable String dct, ArticleMetadata metadata, BratMapping mapping) {
			this(annotator, dct, metadata, mapping, null);
		}

		/** The same settings with another metadata table. */
		public Settings withMetadata(ArticleMetadata table) {
			return new Settings(annotator, dct, table, mapping, encoding);
		}

		/** The encodings a user can choose, as Java names them: the ones the detection tells apart and UTF-16. */
		public static final java.util.List<String> ENCODINGS = java.util.List.of("UTF-8", "windows-1252", "ISO-8859-1",
				"ISO-8859-15", "UTF-16LE", "UTF-16BE");
	}

	private final ProjectStore store;
	private final Settings settings;
	private final ArticleReader articles;

	public ArticleImport(ProjectStore store) {
		this(store, Settings.NONE);
	}

	public ArticleImport(ProjectStore store, Settings settings) {
		this.store = store;
		this.settings = settings;
		var encoding = settings.encoding();
		this.articles = encoding == null ? new ArticleReader() : ArticleReader.withEncoding(encoding);
	}

	/** The scanned files grouped into what is imported together (an article's text with its standoff files). */
	public List<ImportPlan.Unit> plan(List<Path> files) {
		return ImportPlan.of(files, settings.annotator());
	}

	/** Imports one planned unit. The project file is not written: call {@link ProjectStore#saveProject} after a batch. */
	public Outcome importUnit(ImportPlan.Unit unit) {
		if (unit.failure() != null) {
			return Outcome.failure(unit.file(), unit.failure());
		}
		try {
			var outcome = unit.standoff().isEmpty() ? importFile(unit.file())
					: completed(new BratImport(store, settings.mapping()).importDocument(unit.file(), unit.standoff()));
			return unit.notes().isEmpty() ? outcome : withNotes(outcome, unit.notes());
		} catch (ArticleImportException | StoreException e) {
			return Outcome.failure(unit.file(), e.getMessage());
		} catch (RuntimeException e) {
			// a defect must cost one article, not the whole import; the message is for a bug report
			return Outcome.failure(unit.file(), "Sayso could not import it (" + e + "). Please report this with the"
					+ " file; the other files are imported all the same.");
		}
	}

	/** A new document of a standoff or TimeML import gets its title and date from the metadata too. */
	private Outcome completed(Outcome outcome) throws StoreException {
		if (outcome.alreadyThere()) {
			return outcome;
		}
		var messages = new ArrayList<>(outcome.messages());
		applyMetadata(store.document(outcome.documentId()), outcome.file(), messages);
		return new Outcome(outcome.file(), outcome.documentId(), messages, null, outcome.written(), false);
	}

	/**
	 * The outcome of an article the project holds already (same name, same text), when it does: a retried
	 * import recognises what it imported before instead of importing it twice.
	 */
	static java.util.Optional<Outcome> alreadyImported(ProjectStore store, Path file, String wanted, String text)
			throws StoreException {
		return store.sameArticle(wanted, text).filter(d -> d.getSourceUri() != null)
				.map(document -> new Outcome(file, document.getId(), List.of("Already in the project as '"
						+ document.getId() + "' (same name, same text): not imported again."), null, List.of(), true));
	}

	private static Outcome withNotes(Outcome outcome, List<String> notes) {
		var messages = new ArrayList<>(outcome.messages());
		messages.addAll(notes);
		return new Outcome(outcome.file(), outcome.documentId(), messages, outcome.failure(), outcome.written(),
				outcome.alreadyThere());
	}

	/**
	 * The title and DCT of the metadata row; else the date the page declares (set before), else the DCT given for
	 * the import, else the one of the dateline, else one estimated from a date in its address or file name.
	 */
	private void applyMetadata(Document document, Path file, List<String> messages) {
		var entry = settings.metadata().of(file);
		entry.map(ArticleMetadata.Entry::title).ifPresent(document::setTitle);
		entry.map(ArticleMetadata.Entry::url).ifPresent(document::setSourceUri);
		var dct = entry.map(ArticleMetadata.Entry::dct);
		if (dct.isPresent()) {
			document.setDct(dct.get());
			document.setDctOrigin("metadata");
			messages.add("Article date " + dct.get() + " from " + settings.metadata().file().getFileName() + ".");
		} else if (settings.dct() != null && !"published".equals(document.getDctOrigin())) {
			document.setDct(settings.dct());
			document.setDctOrigin("given");
		} else if (document.getDct() == null) {
			takeDctFromDateline(document, messages);
		}
		if (document.getDct() == null) {
			var name = java.net.URLDecoder.decode(document.getSourceUri() != null ? document.getSourceUri()
					: file.toString(), java.nio.charset.StandardCharsets.UTF_8);
			DctEstimate.fromName(name).ifPresent(estimate -> {
				document.setDct(estimate.date().toString());
				document.setDctOrigin(ESTIMATED);
				messages.add("Article date " + estimate.date() + " estimated from \"" + estimate.found() + "\" in its"
						+ " address: confirm it with M in the editor, or with 'sayso meta --confirm'.");
			});
		}
	}

	/** The origin of a DCT that the import estimated from the text, until the annotator confirms it. */
	public static final String ESTIMATED = "estimated";

	/** The files that {@link #importFile} takes among {@code paths}, and what was passed over. */
	public static FolderScan.Result scan(List<Path> paths) throws ArticleImportException {
		return FolderScan.scan(paths);
	}

	/** Imports one file. The project file is not written: call {@link ProjectStore#saveProject} after a batch. */
	public Outcome importFile(Path file) {
		try {
			if (FolderScan.isTimeml(file)) {
				return completed(new TimemlImport(store).importDocument(file,
						settings.annotator() instanceof String annotator ? annotator : "timeml"));
			}
			return FolderScan.isXmiZip(file) ? importZip(file) : importArticle(file);
		} catch (ArticleImportException | StoreException e) {
			return Outcome.failure(file, e.getMessage());
		} catch (IOException e) {
			return Outcome.failure(file, "Cannot read " + file + ": " + IoProblems.reason(e));
		}
	}

	private Outcome importArticle(Path file) throws ArticleImportException, StoreException {
		var article = articles.read(file);
		var messages = new ArrayList<String>();
		var existing = store.sameArticle(article.docId(), article.text());
		if (existing.isPresent()) {
			var document = existing.get();
			if (document.getSourceUri() != null) {
				return alreadyImported(store, file, article.docId(), article.text()).orElseThrow();
			}
			// its text was written by an import that was stopped before it listed the document: complete it
			describe(document, article, file, messages);
			messages.add("Completed '" + document.getId() + "', whose text an earlier, interrupted import had written.");
			return new Outcome(file, document.getId(), messages, null, List.of(), false);
		}
		var id = store.freeDocumentId(article.docId());
		var document = store.addDocument(id, article.text());
		describe(document, article, file, messages);
		if (!id.equals(article.docId())) {
			messages.add("The project has a document '" + article.docId() + "' already; this one is '" + id + "'.");
		}
		return new Outcome(file, id, messages, null, List.of(store.layout().text(id)), false);
	}

	private void describe(Document document, ImportedArticle article, Path file, List<String> messages) {
		article.title().ifPresent(document::setTitle);
		article.language().ifPresent(document::setLanguage);
		document.setSourceUri(article.source().toString());
		article.published().ifPresent(date -> {
			document.setDct(date);
			document.setDctOrigin("published");
			messages.add("Article date " + date + " from the page's publication date.");
		});
		applyMetadata(document, file, messages);
		article.warnings().forEach(w -> messages.add(w.message()));
	}

	private Outcome importZip(Path file) throws IOException, StoreException {
		var messages = new ArrayList<String>();
		var written = new ArrayList<Path>();
		try (var zip = new ZipFile(file.toFile())) {
			var entries = zip.stream().map(java.util.zip.ZipEntry.class::cast)
					.filter(e -> !e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".xmi")).toList();
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
