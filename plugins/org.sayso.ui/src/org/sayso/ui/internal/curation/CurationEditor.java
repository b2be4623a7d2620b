package org.sayso.ui.internal.curation;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.sayso.model.validation.DateValues;
import org.sayso.curation.merge.HandEdit;
import org.sayso.curation.merge.DocumentMerge;
import org.sayso.curation.merge.MergeUnit;
import org.sayso.curation.merge.VersionGroup;
import org.sayso.core.store.FileChangedOnDiskException;
import org.sayso.core.store.StoreException;
import org.sayso.model.Annotation;
import org.sayso.model.Claim;
import org.sayso.model.DateMention;
import org.sayso.model.SpeakerMention;
import org.sayso.ui.internal.HistoryAction;
import org.sayso.ui.internal.Ui;
import org.sayso.ui.internal.editor.Labels;
import org.sayso.ui.internal.prefs.SaysoPreferences;

/**
 * The curation of one document, one conflict at a time: the unit's versions side by side (one row per distinct
 * version, numbered, each in its context with the version's span marked and the annotators who made it), a
 * progress count, and keys in the editor's own context: a number chooses that version, A takes the version most
 * annotators agree on, Shift+A does so for every conflict where a majority agrees, E edits the span (and a date's
 * value) by hand, O leaves the unit out, N and P
 * move between conflicts, Ctrl+S writes {@code curation/<docId>.xmi} through the safe store with the decisions and
 * who took them. Every decision is one step of the session's history: Ctrl+Z takes it back and shows the conflict
 * again, Ctrl+Shift+Z takes it again.
 */
public class CurationEditor extends EditorPart {

	public static final String ID = "org.sayso.ui.curationEditor";
	public static final String CONTEXT_ID = "org.sayso.ui.curationContext";
	private static final int CONTEXT_CHARS = 160;
	private static final Color MARK = new Color(new RGB(255, 214, 140));

	/** The merge, the decisions and their history; holds the project's shared store until the editor closes. */
	private CurationSession session;
	private String text;
	private List<MergeUnit> conflicts = List.of();
	private int current;
	private final HistoryAction undo = new HistoryAction(() -> session, true);
	private final HistoryAction redo = new HistoryAction(() -> session, false);
	private Composite versions;
	private Label progress;
	private Label kinds;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CurationEditorInput in)) {
			throw new PartInitException("The curation editor opens a document of a Sayso project, not " + input);
		}
		setSite(site);
		setInput(input);
		try {
			session = CurationSession.open(in.project(), in.documentId(), SaysoPreferences.annotator());
		} catch (StoreException e) {
			throw new PartInitException(e.getMessage() + " (curating " + in.documentId() + " in " + in.project() + ")", e);
		}
		text = session.text();
		conflicts = session.merge().conflicts();
		current = firstOpenFrom(0);
		session.addListener(this::changed);
		setPartName(input.getName());
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.dispose();
		}
		super.dispose();
	}

	/** Undo ({@code true}) or redo of the decisions, for the action contributor. */
	HistoryAction historyAction(boolean forUndo) {
		return forUndo ? undo : redo;
	}

	/** The history of this editor's decisions. */
	public CurationSession session() {
		return session;
	}

	@Override
	public void createPartControl(Composite parent) {
		var body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(10, 8).spacing(6, 8).applyTo(body);
		progress = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
		kinds = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(kinds);
		versions = new Composite(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(versions);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 8).applyTo(versions);
		var keys = new Label(body, SWT.WRAP);
		keys.setText("1-9 choose that version \u00b7 A accept what most agree on \u00b7 Shift+A do that for every conflict"
				+ " \u00b7 E edit by hand \u00b7 O leave out \u00b7 N / P next / previous conflict \u00b7 Ctrl+Z / Ctrl+Shift+Z"
				+ " undo / redo \u00b7 Ctrl+S save");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(keys);
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		show();
	}

	/** The document's merge (for tests and for what the view shows). */
	public DocumentMerge merge() {
		return session.merge();
	}

	public MergeUnit currentConflict() {
		return conflicts.isEmpty() ? null : conflicts.get(current);
	}

	/** Takes the version of the {@code number}th row (1-based) for the conflict shown, then moves on. */
	public void choose(int number) {
		var unit = currentConflict();
		if (unit == null) {
			return;
		}
		var groups = unit.groups();
		if (number < 1 || number > groups.size()) {
			return;
		}
		var group = groups.get(number - 1);
		var annotator = group.annotators().get(0);
		if (group.isAbsent()) {
			session.decide("Leave Out (" + annotator + "'s Choice)", () -> merge().omit(unit));
		} else {
			session.decide("Choose " + annotator + "'s Version", () -> merge().choose(unit, annotator));
		}
	}

	public void acceptAgreeing() {
		var unit = currentConflict();
		if (unit != null) {
			session.decide("Accept What Most Agree On", () -> merge().acceptAgreeing(unit));
		}
	}

	/** Takes the majority version of every open conflict that has one, as one step; returns how many. */
	public int acceptAllAgreeing() {
		return session.decide("Accept Every Majority", () -> merge().acceptAllAgreeing()).size();
	}

	/**
	 * The curator's own version: starting from the most shared version, the span as "begin-end" and, for a date,
	 * the value after it ("189-200 2024-03-07").
	 */
	public void editByHand() {
		var unit = currentConflict();
		var base = unit == null ? null
				: unit.groups().stream().filter(g -> !g.isAbsent()).findFirst().orElse(null);
		var a = base == null ? null : base.annotation();
		if (unit == null || base == null || a == null) {
			return;
		}
		var initial = a.getBegin() + "-" + a.getEnd()
				+ (a instanceof DateMention d && d.getValue() != null ? " " + d.getValue() : "");
		var dialog = new InputDialog(getSite().getShell(), "Edit by hand",
				"Span as begin-end (UTF-16 offsets)" + (a instanceof DateMention ? ", then the date's ISO value" : "")
						+ ":\n\u201c" + Labels.text(a, text, 80) + "\u201d",
				initial, this::checkEdit);
		if (dialog.open() != Window.OK) {
			return;
		}
		var m = EDIT.matcher(dialog.getValue().strip());
		m.matches();
		var edit = new HandEdit(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), null, m.group(3), null, null);
		session.decide("Edit by Hand", () -> merge().edit(unit, base.annotators().get(0), edit));
	}

	private static final java.util.regex.Pattern EDIT = java.util.regex.Pattern.compile("(\\d+)-(\\d+)(?:\\s+(\\S+))?");

	private String checkEdit(String value) {
		var m = EDIT.matcher(value.strip());
		if (!m.matches()) {
			return "Write the span as begin-end, e.g. 189-200 (for a date, then its value: 189-200 2024-03-07).";
		}
		int begin = Integer.parseInt(m.group(1));
		int end = Integer.parseInt(m.group(2));
		if (begin >= end || end > text.length()) {
			return "The span must be inside the text (0-" + text.length() + ") and not empty.";
		}
		return m.group(3) == null ? null : DateValues.check(m.group(3));
	}

	public void omit() {
		var unit = currentConflict();
		if (unit != null) {
			session.decide("Leave Out", () -> merge().omit(unit));
		}
	}

	public void move(int by) {
		if (!conflicts.isEmpty()) {
			current = Math.floorMod(current + by, conflicts.size());
			showLater();
		}
	}

	/**
	 * After a decision, an undo or a redo ({@code units} it changed) and a save: an undo shows the conflict it opened
	 * again, a decision moves on to the next open one.
	 */
	private void changed(List<MergeUnit> units) {
		var reopened = units.stream().filter(u -> !u.isDecided() && conflicts.contains(u)).findFirst();
		if (reopened.isPresent()) {
			current = conflicts.indexOf(reopened.get());
		} else if (!units.isEmpty()) {
			current = firstOpenFrom(current);
		}
		undo.update();
		redo.update();
		firePropertyChange(PROP_DIRTY);
		if (versions != null) {
			showLater();
		}
	}

	/**
	 * Rebuilds the rows after the key that decided has been handled: the key's own widget is one of the rows, and
	 * replacing it while its event is dispatched would lose the keyboard focus for the next key.
	 */
	private void showLater() {
		versions.getDisplay().asyncExec(this::show);
	}

	/** The next undecided conflict from {@code from} on (wrapping), or {@code from} when all are decided. */
	private int firstOpenFrom(int from) {
		for (int i = 0; i < conflicts.size(); i++) {
			int at = (from + i) % conflicts.size();
			if (!conflicts.get(at).isDecided()) {
				return at;
			}
		}
		return conflicts.isEmpty() ? 0 : Math.min(from, conflicts.size() - 1);
	}

	private void show() {
		if (versions == null || versions.isDisposed() || progress.isDisposed()) {
			return;
		}
		long decided = conflicts.stream().filter(MergeUnit::isDecided).count();
		var unit = currentConflict();
		var annotators = merge().annotators();
		progress.setText(annotators.size() == 1
				? "Only " + annotators.get(0) + "'s set: there is nothing to compare it with, so nothing here is agreed;"
						+ " Ctrl+S takes it as it is into the curated set."
				: conflicts.isEmpty() ? "No conflicts: the annotators agree on everything in this document."
				: "Conflict " + (current + 1) + " of " + conflicts.size() + " \u00b7 " + decided + " decided"
						+ (decided == conflicts.size() ? " \u00b7 all decided: Ctrl+S saves the curated set" : ""));
		kinds.setText(unit == null ? "" : unit.layer().label() + ": " + unit.kinds().stream().map(k -> k.label())
				.collect(Collectors.joining(", ")) + (unit.isDecided() ? "  (decided: " + unit.resolution().describe() + ")" : ""));
		boolean hadFocus = versions.getDisplay().getFocusControl() != null
				&& isInside(versions.getDisplay().getFocusControl());
		for (Control c : versions.getChildren()) {
			c.dispose();
		}
		if (unit != null) {
			int number = 1;
			for (var group : unit.groups()) {
				row(number++, unit, group);
			}
		}
		versions.layout(true, true);
		versions.getParent().layout(true, true);
		if (hadFocus) {
			setFocus(); // the rows were rebuilt: the keys go on to the new ones
		}
	}

	private boolean isInside(Control control) {
		for (var c = control; c != null; c = c.getParent()) {
			if (c == versions) {
				return true;
			}
		}
		return false;
	}

	private void row(int number, MergeUnit unit, VersionGroup group) {
		var key = new Label(versions, SWT.NONE);
		key.setText(number + "");
		key.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		var cell = new Composite(versions, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(cell);
		GridLayoutFactory.fillDefaults().applyTo(cell);
		var who = new Label(cell, SWT.NONE);
		who.setText(String.join(", ", group.annotators()) + ": "
				+ (group.isAbsent() ? "do not have it (choosing this leaves it out)" : describe(group.annotation())));
		var context = new StyledText(cell, SWT.WRAP | SWT.READ_ONLY | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(context);
		int from = Math.max(0, unit.begin() - CONTEXT_CHARS);
		int to = Math.min(text.length(), unit.end() + CONTEXT_CHARS);
		context.setText(text.substring(from, to).replace('\n', ' '));
		if (!group.isAbsent()) {
			var a = group.annotation();
			var mark = new StyleRange(a.getBegin() - from, a.getEnd() - a.getBegin(), null, MARK);
			mark.borderStyle = SWT.BORDER_SOLID;
			context.setStyleRange(mark);
		}
	}

	private String describe(Annotation a) {
		var b = new StringBuilder(Labels.type(a)).append(" \u201c").append(Labels.text(a, text, 70)).append("\u201d");
		switch (a) {
		case Claim c -> b.append(" \u00b7 ").append(c.getKind() == null ? "" : c.getKind().getLiteral())
				.append(" \u00b7 speaker: ").append(c.getSources().isEmpty() ? "none" : Labels.speakers(c))
				.append(c.getCues().isEmpty() ? "" : " \u00b7 cue: " + c.getCues().stream()
						.map(q -> Labels.text(q, text, 30)).collect(Collectors.joining(", ")));
		case DateMention d -> b.append(" \u00b7 value ").append(d.getValue() == null ? "none" : d.getValue());
		case SpeakerMention s -> b.append(" \u00b7 ").append(s.getKind() == null ? "" : s.getKind().getLiteral());
		default -> {
		}
		}
		return b.toString();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (!save(false) && monitor != null) {
			monitor.setCanceled(true);
		}
	}

	private boolean save(boolean overwrite) {
		try {
			session.save(overwrite);
			return true;
		} catch (FileChangedOnDiskException e) {
			return Ui.overwriteChangedOnDisk(getSite().getShell(), e.file(), "your decisions") && save(true);
		} catch (StoreException e) {
			Ui.saveFailed(getSite().getShell(), "Could not save the curation", e.getMessage(), "your decisions");
			return false;
		}
	}

	@Override
	public void doSaveAs() {
		// one curated set per document: nothing to save as
	}

	@Override
	public boolean isDirty() {
		return session.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** The keyboard goes to the first version's text, so the curation keys work at once. */
	@Override
	public void setFocus() {
		keyboardTarget().setFocus();
	}

	/** The control that takes the curation keys: the first version's text, or the editor's body. */
	public Control keyboardTarget() {
		for (var cell : versions.getChildren()) {
			if (cell instanceof Composite c) {
				for (var child : c.getChildren()) {
					if (child instanceof StyledText t) {
						return t;
					}
				}
			}
		}
		return progress.getParent();
	}
}
