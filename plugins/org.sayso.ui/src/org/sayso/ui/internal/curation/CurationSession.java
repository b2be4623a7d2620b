package org.sayso.ui.internal.curation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.curation.Curation;
import org.sayso.curation.merge.DocumentMerge;
import org.sayso.curation.merge.MergeEngine;
import org.sayso.curation.merge.MergeSettings;
import org.sayso.curation.merge.MergeUnit;
import org.sayso.curation.merge.Resolution;
import org.sayso.ui.internal.Ui;
import org.sayso.ui.internal.CommandStackHistory;

/**
 * A curator's work on one document while a curation editor has it open, beside {@link
 * org.sayso.ui.internal.editor.EditorSession} for annotators: the merge of the annotators' sets, the history of every
 * decision taken on it (each undoable, as one step however many units it decided), and whether there is anything
 * unsaved. The project's store comes from the project service and goes back to it when the session ends.
 */
public final class CurationSession extends CommandStackHistory {

	private final ProjectStore store;
	private final String text;
	private final Curation curation;
	private final List<Consumer<List<MergeUnit>>> listeners = new CopyOnWriteArrayList<>();
	private boolean disposed;

	private CurationSession(ProjectStore store, String text, Curation curation) {
		this.store = store;
		this.text = text;
		this.curation = curation;
	}

	/**
	 * Merges the annotators' sets of {@code documentId} in the project at {@code project}, with the decisions of the
	 * document's curated set taken again where the units did not change.
	 *
	 * @throws StoreException naming the file and what to do when the document or a set cannot be read
	 */
	public static CurationSession open(Path project, String documentId, String curator) throws StoreException {
		var store = Ui.projects().acquire(project);
		try {
			var document = store.document(documentId);
			var text = store.text(document);
			var engine = new MergeEngine(MergeSettings.of(store.project().getSettings(), curator));
			return new CurationSession(store, text, Curation.open(store, document, engine));
		} catch (StoreException | RuntimeException e) {
			Ui.projects().release(store);
			throw e;
		}
	}

	public DocumentMerge merge() {
		return curation.merge();
	}

	public String text() {
		return text;
	}

	/** What reading the annotators' sets warned about (a set that could not be read, an odd value). */
	public List<String> warnings() {
		return curation.warnings();
	}

	/**
	 * Takes a decision on the merge ({@code decision} calls choose, omit, edit or accept on {@link #merge()}) as one
	 * undoable step named {@code label}. A decision that changes nothing (a tie that accepts nothing) leaves no step.
	 *
	 * @return the units the decision changed
	 */
	public List<MergeUnit> decide(String label, Runnable decision) {
		var before = merge().decisions();
		decision.run();
		var after = merge().decisions();
		var changed = changed(before, after);
		if (!changed.isEmpty()) {
			stack.execute(new Decision(label, before, after));
		}
		return changed;
	}

	/** One decision: its execute puts the decisions after it in place (they already are, the first time). */
	private final class Decision extends AbstractCommand {
		private final List<Resolution> before;
		private final List<Resolution> after;

		Decision(String label, List<Resolution> before, List<Resolution> after) {
			super(label);
			this.before = before;
			this.after = after;
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public void execute() {
			apply(after, before);
		}

		@Override
		public void undo() {
			apply(before, after);
		}

		@Override
		public void redo() {
			apply(after, before);
		}
	}

	private void apply(List<Resolution> decisions, List<Resolution> from) {
		merge().restore(decisions);
		var changed = changed(from, decisions);
		for (var listener : listeners) {
			listener.accept(changed);
		}
	}

	private List<MergeUnit> changed(List<Resolution> from, List<Resolution> to) {
		var units = merge().units();
		var changed = new ArrayList<MergeUnit>();
		for (int i = 0; i < units.size(); i++) {
			if (!from.get(i).equals(to.get(i))) {
				changed.add(units.get(i));
			}
		}
		return changed;
	}

	/**
	 * Writes the curated set ({@code curation/<docId>.xmi}) with the decisions and who took them.
	 *
	 * @param overwriteChanges true only when the curator chose to replace a file someone else changed on disk
	 * @throws org.sayso.core.store.FileChangedOnDiskException when the curated set changed on disk; nothing was written
	 */
	public void save(boolean overwriteChanges) throws StoreException {
		curation.save(overwriteChanges);
		stack.saveIsDone();
		for (var listener : listeners) {
			listener.accept(List.of());
		}
	}

	/** Called after every decision, undo and redo with the units it changed, and after a save with none. */
	public void addListener(Consumer<List<MergeUnit>> listener) {
		listeners.add(listener);
	}

	public void dispose() {
		if (disposed) {
			return;
		}
		disposed = true;
		stack.flush();
		listeners.clear();
		Ui.projects().release(store);
	}
}
