package org.sayso.ui.internal.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.edit.SpanIndex;
import org.sayso.core.store.OpenedSet;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Document;
import org.sayso.model.ProjectLayout;
import org.sayso.ui.internal.CommandStackHistory;
import org.sayso.ui.internal.Ui;

/**
 * One annotator's work on one article while an editor has it open: the set, the undo history of every edit made
 * to it (and to the article's title and DCT), and whether there is anything unsaved. Views and property sheets edit
 * through {@link #execute}, so everything is undoable in one history, whatever part the edit came from.
 */
public final class EditorSession extends CommandStackHistory {

	private final ProjectStore store;
	private final Document document;
	private final String annotator;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private OpenedSet opened;
	private SpanIndex index;
	private Metadata saved;
	private boolean disposed;
	/** Ties the set to this session while an editor has it open: {@link #of} finds it there, with no registry. */
	private final Attachment attachment = new Attachment();

	private final class Attachment extends AdapterImpl {
		@Override
		public boolean isAdapterForType(Object type) {
			return type == EditorSession.class;
		}

		EditorSession session() {
			return EditorSession.this;
		}
	}

	/** The document fields an annotator edits, as last saved, for revert. */
	private record Metadata(String title, String dct, String dctOrigin) {
		static Metadata of(Document d) {
			return new Metadata(d.getTitle(), d.getDct(), d.getDctOrigin());
		}

		void applyTo(Document d) {
			d.setTitle(title);
			d.setDct(dct);
			d.setDctOrigin(dctOrigin);
		}
	}

	private EditorSession(ProjectStore store, Document document, String annotator, OpenedSet opened) {
		this.store = store;
		this.document = document;
		this.annotator = annotator;
		this.opened = opened;
		this.saved = Metadata.of(document);
		stack.addCommandStackListener(e -> changed());
		opened.set().eAdapters().add(attachment);
	}

	/**
	 * Opens {@code annotator}'s set for the article at {@code textFile} ({@code <project>/documents/<id>.txt}).
	 *
	 * @throws StoreException with a message naming the file and what to do when the article cannot be opened
	 */
	public static EditorSession open(Path textFile, String annotator) throws StoreException {
		var documents = textFile.toAbsolutePath().getParent();
		var root = documents == null ? null : documents.getParent();
		if (root == null || !documents.getFileName().toString().equals(ProjectLayout.DOCUMENTS)) {
			throw new StoreException(textFile + " is not an article of a Sayso project: articles live in the documents"
					+ " folder of a project. Import it into a project with 'sayso import' first.");
		}
		if (!ProjectLayout.isSafeName(annotator)) {
			throw new StoreException("The annotator name '" + annotator + "' cannot name a folder of annotations/: use"
					+ " letters, digits, '.', '_' or '-' (Preferences > Sayso).");
		}
		var store = Ui.projects().acquire(root);
		try {
			var document = store.document(ProjectLayout.docIdOf(textFile.getFileName().toString()));
			return new EditorSession(store, document, annotator, store.openSet(document, annotator));
		} catch (StoreException | RuntimeException e) {
			Ui.projects().release(store);
			throw e;
		}
	}

	/** The session editing {@code set}, or null when no editor has it open. */
	public static @Nullable EditorSession of(@Nullable AnnotationSet set) {
		if (set == null) {
			return null;
		}
		for (var adapter : set.eAdapters()) {
			if (adapter instanceof Attachment attached) {
				return attached.session();
			}
		}
		return null;
	}

	public AnnotationSet set() {
		return opened.set();
	}

	public Document document() {
		return document;
	}

	public String text() {
		return document.getText();
	}

	public String annotator() {
		return annotator;
	}

	public ProjectStore store() {
		return store;
	}

	public Path setFile() {
		return opened.file();
	}

	/** True while the set has never been saved: the annotator has not started on this article. */
	public boolean setFileIsNew() {
		return opened.stamp() == null;
	}

	/** What opening the set's file dropped or repaired, to tell the annotator once. */
	public List<String> openingWarnings() {
		var all = new ArrayList<String>(opened.warnings());
		if (!opened.report().isLossless()) {
			all.addAll(opened.report().describe());
		}
		return all;
	}

	/** The set's annotations by position; rebuilt after each change, on first use. */
	public SpanIndex index() {
		if (index == null) {
			index = new SpanIndex(set().getAnnotations());
		}
		return index;
	}

	/** Runs {@code edit} on the model as one undoable step named {@code label}. */
	public void execute(String label, Runnable edit) {
		var command = new ChangeCommand(List.<Notifier>of(set(), document)) {
			@Override
			protected void doExecute() {
				edit.run();
			}
		};
		command.setLabel(label);
		stack.execute(command);
	}

	/**
	 * Saves the set, and the project file when the article's title or DCT changed.
	 *
	 * @param overwriteChanges true only when the annotator chose to replace a file someone else changed on disk
	 * @throws org.sayso.core.store.FileChangedOnDiskException when a file changed on disk; nothing was written and the
	 *                                                          work is still in this session
	 */
	public void save(boolean overwriteChanges) throws StoreException {
		store.save(opened, overwriteChanges);
		if (!Metadata.of(document).equals(saved)) {
			store.saveProject(overwriteChanges);
			saved = Metadata.of(document);
		}
		stack.saveIsDone();
		changed();
	}

	/** Throws the unsaved work away: the set as it is on disk, the title and DCT as last saved, no undo history. */
	public void revert() throws StoreException {
		var reread = store.openSet(document, annotator);
		opened.set().eAdapters().remove(attachment);
		opened = reread;
		opened.set().eAdapters().add(attachment);
		saved.applyTo(document);
		stack.flush();
		changed();
	}

	/** Called on every change of the model, undo and redo included, and after save and revert. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void changed() {
		index = null;
		for (var listener : listeners) {
			listener.run();
		}
	}

	public boolean isDisposed() {
		return disposed;
	}

	public void dispose() {
		if (disposed) {
			return;
		}
		disposed = true;
		if (isDirty()) {
			// closed without saving: the shared store must not keep the unsaved title or DCT
			saved.applyTo(document);
		}
		stack.flush();
		listeners.clear();
		opened.set().eAdapters().remove(attachment);
		Ui.projects().release(store);
	}
}
