package org.sayso.ui.internal.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.sayso.core.AnnotationKind;
import org.sayso.core.edit.WordBoundaries;
import org.sayso.core.store.FileChangedOnDiskException;
import org.sayso.core.store.StoreException;
import org.sayso.curation.merge.DocumentMerge;
import org.sayso.curation.merge.HandEdit;
import org.sayso.curation.merge.MergeUnit;
import org.sayso.curation.merge.Resolution;
import org.sayso.curation.merge.VersionGroup;
import org.sayso.model.Annotation;
import org.sayso.model.Claim;
import org.sayso.model.DateMention;
import org.sayso.model.SpeakerMention;
import org.sayso.model.validation.DateValues;
import org.sayso.ui.internal.HistoryAction;
import org.sayso.ui.internal.Ui;
import org.sayso.ui.internal.editor.Labels;
import org.sayso.ui.internal.editor.Palette;
import org.sayso.ui.internal.editor.SpanBoxes;
import org.sayso.ui.internal.editor.SpanDragger;
import org.sayso.ui.internal.editor.SpanStyles;
import org.sayso.ui.internal.prefs.SaysoPreferences;

/**
 * The curation of one document on the whole article. The <b>Curate</b> page shows the article as the curated set
 * has it so far, every agreed or decided annotation drawn as in the annotation editor, every conflict boxed (the one
 * at the caret in red, open ones in orange, decided ones in grey); beside it the conflicts (filtered by layer) and
 * the versions of the conflict at the caret, numbered, with their annotators. Keys, in the editor's own context: a
 * number takes that version, A the version most annotators agree on, Shift+A does so for every conflict where a
 * majority agrees, W / Shift+W grow or shrink the span word by word (or the mouse drags either end of the boxed
 * span), E takes the selected words as the span (and asks a date's value), O leaves the unit out, N and P move between conflicts, Ctrl+S writes
 * {@code curation/<docId>.xmi} through the safe store with the decisions and who took them. Every decision is one
 * step of the session's history: Ctrl+Z takes it back and shows the conflict again, Ctrl+Shift+Z takes it again.
 * The <b>Compare</b> page shows each annotator's set of the article side by side, their conflicts boxed.
 */
public class CurationEditor extends EditorPart {

	public static final String ID = "org.sayso.ui.curationEditor";
	public static final String CONTEXT_ID = "org.sayso.ui.curationContext";
	private static final Color CURRENT = new Color(new RGB(214, 40, 40));
	private static final Color OPEN = new Color(new RGB(240, 140, 20));
	private static final Color DECIDED = new Color(new RGB(150, 150, 150));
	/** The filter's entries: every layer, then each. */
	private static final List<AnnotationKind> LAYERS = List.of(AnnotationKind.values());

	/** The merge, the decisions and their history; holds the project's shared store until the editor closes. */
	private CurationSession session;
	private String text;
	private MergeUnit current;
	/** The layer the conflicts are filtered to, or null for all. */
	private AnnotationKind shownLayer;
	private final HistoryAction undo = new HistoryAction(() -> session, true);
	private final HistoryAction redo = new HistoryAction(() -> session, false);
	private SpanStyles styles;
	private StyledText article;
	private Label progress;
	private Label hint;
	private Table conflictTable;
	private Composite versions;
	private Label versionsTitle;
	private CTabFolder pages;
	private final List<StyledText> comparePanes = new ArrayList<>();

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
		current = nextOpen(-1);
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

	/** The document's merge (for tests and for what the view shows). */
	public DocumentMerge merge() {
		return session.merge();
	}

	/** The conflict at the caret, whose versions are listed; null when the caret is on none. */
	public MergeUnit currentConflict() {
		return current;
	}

	/** The article as curated so far, which takes the curation keys. */
	public StyledText article() {
		return article;
	}

	/** The control that takes the curation keys: the article. */
	public Control keyboardTarget() {
		return article;
	}

	@Override
	public void createPartControl(Composite parent) {
		styles = new SpanStyles(Palette.fromPreferences());
		pages = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		var curate = new CTabItem(pages, SWT.NONE);
		curate.setText("Curate");
		curate.setControl(curatePage(pages));
		var compare = new CTabItem(pages, SWT.NONE);
		compare.setText("Compare annotators");
		compare.setControl(comparePage(pages));
		pages.setSelection(curate);
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		refresh();
		if (current != null) {
			caretTo(current);
		}
	}

	private Control curatePage(Composite parent) {
		var sash = new SashForm(parent, SWT.HORIZONTAL);
		article = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI);
		article.setFont(JFaceResources.getTextFont());
		article.setMargins(12, 10, 12, 10);
		article.setText(text);
		article.addCaretListener(e -> caretMoved(e.caretOffset));
		article.addPaintListener(this::paintConflicts);
		// the ends of the conflict at the caret are dragged with the mouse, as in the annotation editor
		new SpanDragger(article, new SpanDragger.Target() {
			@Override
			public int[] span() {
				var span = current == null ? null : curatedSpan(current);
				return span == null ? null : new int[] { span.begin(), span.end() };
			}

			@Override
			public void move(int begin, int end) {
				if (current != null) {
					editSpan(current, begin, end, "Move the Span's Ends");
				}
			}
		}).install();

		// beside the text: the conflicts above, the versions at the caret below, each part as tall as the user drags it
		var sideSash = new SashForm(sash, SWT.VERTICAL);
		var side = new Composite(sideSash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(side);
		progress = new Label(side, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(progress);

		var filterRow = new Composite(side, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(filterRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterRow);
		new Label(filterRow, SWT.NONE).setText("Conflicts of");
		var filter = new Combo(filterRow, SWT.READ_ONLY);
		filter.add("every layer");
		LAYERS.forEach(l -> filter.add(l.label() + "s"));
		filter.select(0);
		filter.addListener(SWT.Selection, e -> {
			int i = filter.getSelectionIndex();
			showLayer(i <= 0 ? null : LAYERS.get(i - 1));
		});

		conflictTable = new Table(side, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		conflictTable.setHeaderVisible(true);
		for (var header : List.of("Layer", "Text", "Decision")) {
			new TableColumn(conflictTable, SWT.NONE).setText(header);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 60).applyTo(conflictTable);
		conflictTable.addListener(SWT.Selection, e -> {
			if (e.item != null && e.item.getData() instanceof MergeUnit unit) {
				caretTo(unit);
			}
		});
		conflictTable.addListener(SWT.DefaultSelection, e -> article.setFocus());

		var scroller = new ScrolledComposite(sideSash, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		var below = new Composite(scroller, SWT.NONE);
		scroller.setContent(below);
		GridLayoutFactory.fillDefaults().margins(8, 4).spacing(6, 6).applyTo(below);
		scroller.addListener(SWT.Resize, e -> fit(scroller, below));
		versionsTitle = new Label(below, SWT.WRAP);
		versionsTitle.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(versionsTitle);
		versions = new Composite(below, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(versions);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 6).applyTo(versions);
		hint = new Label(below, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(hint);
		var keys = new Label(below, SWT.WRAP);
		keys.setText("1-9 take that version \u00b7 A the version most agree on \u00b7 Shift+A that for every conflict"
				+ " \u00b7 W / Shift+W grow / shrink the span by a word \u00b7 E take the selected words as the span"
				+ " (a date: its value) \u00b7 O leave out \u00b7 N / P next / previous conflict \u00b7 Ctrl+Z / Ctrl+Shift+Z"
				+ " undo / redo \u00b7 Ctrl+S save");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(keys);
		keys.setForeground(keys.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		sideSash.setWeights(45, 55);
		sash.setWeights(62, 38);
		return sash;
	}

	/** The versions' panel wraps its lines to the width it has and scrolls when they are taller. */
	private static void fit(ScrolledComposite scroller, Composite content) {
		int width = scroller.getClientArea().width;
		scroller.setMinSize(content.computeSize(width, SWT.DEFAULT));
	}

	/** Each annotator's set side by side, drawn as in the annotation editor, with the conflicts boxed. */
	private Control comparePage(Composite parent) {
		var annotators = merge().annotators();
		var sash = new SashForm(parent, SWT.HORIZONTAL);
		for (var annotator : annotators) {
			var column = new Composite(sash, SWT.NONE);
			GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(column);
			var own = new ArrayList<Annotation>();
			for (var unit : merge().units()) {
				if (unit.version(annotator) instanceof Annotation a) {
					own.add(a);
				}
			}
			own.sort(Comparator.comparingInt(Annotation::getBegin));
			var title = new Label(column, SWT.NONE);
			title.setFont(JFaceResources.getBannerFont());
			title.setText(annotator + " \u00b7 " + org.sayso.core.Counts.of(own.size(), "annotation"));
			var pane = new StyledText(column, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI | SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, true).applyTo(pane);
			pane.setFont(JFaceResources.getTextFont());
			pane.setMargins(8, 6, 8, 6);
			pane.setText(text);
			pane.setStyleRanges(styles.styleRanges(own, 0, text.length(), Set.of()).toArray(
					org.eclipse.swt.custom.StyleRange[]::new));
			pane.setData("annotator", annotator);
			pane.addPaintListener(e -> {
				for (var unit : merge().conflicts()) {
					drawBoxes(e, pane, unit.begin(), unit.end(), OPEN, 1);
				}
			});
			// the panes scroll together, so the same passage is compared
			pane.getVerticalBar().addListener(SWT.Selection, e -> comparePanes.forEach(other -> {
				if (other != pane) {
					other.setTopPixel(pane.getTopPixel());
				}
			}));
			comparePanes.add(pane);
		}
		if (annotators.size() < 2) {
			var only = new Label(sash, SWT.WRAP);
			only.setText(annotators.isEmpty() ? "No annotator has annotated this article."
					: "Only " + annotators.get(0) + " has annotated this article: there is no other set to compare.");
		}
		return sash;
	}

	/** The annotators' sets in the Compare page, for tests: one text per annotator, in name order. */
	public List<StyledText> comparePanes() {
		return List.copyOf(comparePanes);
	}

	/** Shows the conflicts of one layer only (null: all); the caret goes to the first open one of it. */
	public void showLayer(AnnotationKind layer) {
		shownLayer = layer;
		var first = nextOpen(-1);
		refreshTable();
		if (first != null) {
			caretTo(first);
		} else {
			current = null;
			refreshVersions();
		}
	}

	/** The conflicts of the layer shown, by position. */
	public List<MergeUnit> shownConflicts() {
		return merge().conflicts().stream().filter(u -> shownLayer == null || u.layer() == shownLayer).toList();
	}

	// --- decisions -------------------------------------------------------------------------------------------

	/** Takes the version of the {@code number}th row (1-based) for the conflict at the caret, then moves on. */
	public void choose(int number) {
		var unit = current;
		if (unit == null) {
			say("No conflict at the caret: N goes to the next one.");
			return;
		}
		var groups = unit.groups();
		if (number < 1 || number > groups.size()) {
			say("There " + (groups.size() == 1 ? "is 1 version" : "are " + groups.size() + " versions") + " here.");
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
		var unit = current;
		if (unit != null && session.decide("Accept What Most Agree On", () -> merge().acceptAgreeing(unit)).isEmpty()) {
			say("The annotators are split evenly here: choose a version by its number.");
		}
	}

	/** Takes the majority version of every open conflict that has one, as one step; returns how many. */
	public int acceptAllAgreeing() {
		return session.decide("Accept Every Majority", () -> merge().acceptAllAgreeing()).size();
	}

	public void omit() {
		var unit = current;
		if (unit != null) {
			session.decide("Leave Out", () -> merge().omit(unit));
		}
	}

	/** W: the span of the conflict at the caret takes in the next word (Shift+W, {@code grow} false: gives one back). */
	public void adjustSpan(boolean grow) {
		var unit = current;
		var span = unit == null ? null : curatedSpan(unit);
		if (span == null) {
			say("No span to adjust at the caret: N goes to the next conflict.");
			return;
		}
		var next = grow ? WordBoundaries.extend(text, span.begin(), span.end())
				: WordBoundaries.shrink(text, span.begin(), span.end());
		if (next.end() <= next.begin() || next.equals(span)) {
			say(grow ? "The span cannot grow further in this paragraph." : "The span is one word: it cannot shrink further.");
			return;
		}
		editSpan(unit, next.begin(), next.end(), grow ? "Grow the Span" : "Shrink the Span");
	}

	/**
	 * E: the selected words become the span of the conflict at the caret; for a date, its value is asked (and with
	 * nothing selected, only the value).
	 */
	public void editByHand() {
		var unit = current;
		var base = unit == null ? null : baseAnnotator(unit);
		if (unit == null || base == null) {
			say("No conflict at the caret: N goes to the next one.");
			return;
		}
		var selection = article.getSelection();
		var words = selection.y > selection.x ? WordBoundaries.toTag(text, selection.x, selection.y) : null;
		boolean date = unit.layer() == AnnotationKind.DATE;
		if (words == null && !date) {
			say("Select the words of your version and press E, or grow and shrink it with W and Shift+W.");
			return;
		}
		String value = null;
		if (date) {
			var dialog = new InputDialog(getSite().getShell(), "Edit by hand",
					"The date's value (ISO 8601 or TIMEX3, for example 2024-03-07, 2024-W10, P3D):", currentValue(unit),
					v -> v.isBlank() ? null : DateValues.check(v.strip()));
			if (dialog.open() != Window.OK) {
				return;
			}
			value = dialog.getValue().strip();
		}
		var span = words != null ? words : curatedSpan(unit);
		var previous = unit.resolution() instanceof Resolution.Edited e ? e.edit() : null;
		var edit = new HandEdit(span == null ? null : span.begin(), span == null ? null : span.end(),
				previous == null ? null : previous.kind(), value != null ? value : previous == null ? null : previous.dateValue(),
				previous == null ? null : previous.speakers(), previous == null ? null : previous.cues());
		session.decide("Edit by Hand", () -> merge().edit(unit, base, edit));
	}

	private void editSpan(MergeUnit unit, int begin, int end, String label) {
		var base = baseAnnotator(unit);
		if (base == null) {
			return;
		}
		var previous = unit.resolution() instanceof Resolution.Edited e ? e.edit() : null;
		var edit = previous == null ? HandEdit.span(begin, end)
				: new HandEdit(begin, end, previous.kind(), previous.dateValue(), previous.speakers(), previous.cues());
		session.decide(label, () -> merge().edit(unit, base, edit));
	}

	/** The annotator whose version a hand edit starts from: the one chosen, else the most shared. */
	private static String baseAnnotator(MergeUnit unit) {
		return switch (unit.resolution()) {
		case Resolution.Edited e -> e.baseAnnotator();
		case Resolution.Accepted a -> a.annotator();
		default -> unit.groups().stream().filter(g -> !g.isAbsent()).map(g -> g.annotators().get(0)).findFirst()
				.orElse(null);
		};
	}

	/** The span the unit has in the curated set now, or would have from its most shared version. */
	private static WordBoundaries.Span curatedSpan(MergeUnit unit) {
		if (unit.resolution() instanceof Resolution.Edited e && e.edit().begin() != null && e.edit().end() != null) {
			return new WordBoundaries.Span(e.edit().begin(), e.edit().end());
		}
		var base = baseAnnotator(unit);
		var a = base == null ? null : unit.version(base);
		return a == null ? null : new WordBoundaries.Span(a.getBegin(), a.getEnd());
	}

	private static String currentValue(MergeUnit unit) {
		if (unit.resolution() instanceof Resolution.Edited e && e.edit().dateValue() != null) {
			return e.edit().dateValue();
		}
		var base = baseAnnotator(unit);
		return base != null && unit.version(base) instanceof DateMention d && d.getValue() != null ? d.getValue() : "";
	}

	// --- moving --------------------------------------------------------------------------------------------------

	/** N (+1) and P (-1): the caret goes to the next or previous conflict of the layer shown. */
	public void move(int by) {
		var shown = shownConflicts();
		if (shown.isEmpty()) {
			say(shownLayer == null ? "There are no conflicts in this article." : "No " + shownLayer.label().toLowerCase()
					+ " conflicts: choose every layer above to see the others.");
			return;
		}
		int at = current == null ? -1 : shown.indexOf(current);
		MergeUnit target;
		if (at >= 0) {
			target = shown.get(Math.floorMod(at + by, shown.size()));
		} else {
			// from the caret: the first conflict after it, or the last before it
			int caret = article.getCaretOffset();
			target = by > 0 ? shown.stream().filter(u -> u.begin() > caret).findFirst().orElse(shown.getFirst())
					: shown.stream().filter(u -> u.begin() < caret).reduce((a, b) -> b).orElse(shown.getLast());
		}
		caretTo(target);
	}

	/** Puts the caret at the start of {@code unit}, shows it and lists its versions. */
	private void caretTo(MergeUnit unit) {
		current = unit;
		if (article != null && !article.isDisposed()) {
			article.setSelection(unit.begin());
			article.showSelection();
			article.redraw();
		}
		refreshVersions();
		selectInTable();
	}

	private void caretMoved(int offset) {
		var selection = article.getSelection();
		if (current != null && selection.y > selection.x && selection.x < current.end() && selection.y > current.begin()) {
			return; // words selected over the conflict, to take them as its span with E: it stays the one at the caret
		}
		var here = shownConflicts().stream().filter(u -> u.begin() <= offset && offset < Math.max(u.end(), u.begin() + 1))
				.min(Comparator.comparingInt(u -> u.end() - u.begin())).orElse(null);
		if (here == current || here == null && current != null && current.begin() == offset) {
			return;
		}
		current = here;
		article.redraw();
		refreshVersions();
		selectInTable();
	}

	/**
	 * After a decision, an undo or a redo ({@code units} it changed) and a save: an undo shows the conflict it opened
	 * again, a decision moves on to the next open one.
	 */
	private void changed(List<MergeUnit> units) {
		var reopened = units.stream().filter(u -> !u.isDecided() && u.isConflict()).findFirst();
		MergeUnit next = current;
		if (reopened.isPresent()) {
			next = reopened.get();
		} else if (!units.isEmpty() && current != null && units.contains(current) && current.isDecided()
				&& !(current.resolution() instanceof Resolution.Edited)) {
			// a span being adjusted stays at the caret; any other decision moves on
			var open = nextOpen(shownConflicts().indexOf(current));
			next = open != null ? open : current;
		}
		undo.update();
		redo.update();
		firePropertyChange(PROP_DIRTY);
		if (article != null && !article.isDisposed()) {
			var target = next;
			article.getDisplay().asyncExec(() -> {
				if (!article.isDisposed()) {
					refresh();
					if (target != null) {
						caretTo(target);
					}
				}
			});
		} else {
			current = next;
		}
	}

	/** The first undecided conflict of the layer shown after position {@code from} of the list (wrapping), or null. */
	private MergeUnit nextOpen(int from) {
		var shown = shownConflicts();
		for (int i = 1; i <= shown.size(); i++) {
			var unit = shown.get(Math.floorMod(from + i, shown.size()));
			if (!unit.isDecided()) {
				return unit;
			}
		}
		return null;
	}

	// --- drawing -------------------------------------------------------------------------------------------------

	private void refresh() {
		if (article == null || article.isDisposed()) {
			return;
		}
		var curated = merge().curatedSet().getAnnotations().stream()
				.sorted(Comparator.comparingInt(Annotation::getBegin)).toList();
		article.setStyleRanges(styles.styleRanges(curated, 0, text.length(), Set.of())
				.toArray(org.eclipse.swt.custom.StyleRange[]::new));
		article.redraw();
		var all = merge().conflicts();
		long decided = all.stream().filter(MergeUnit::isDecided).count();
		var annotators = merge().annotators();
		progress.setText(annotators.size() == 1
				? "Only " + annotators.get(0) + "'s set: there is nothing to compare it with, so nothing here is agreed;"
						+ " Ctrl+S takes it as it is into the curated set."
				: all.isEmpty() ? "No conflicts: the annotators agree on everything in this document."
				: decided + " of " + org.sayso.core.Counts.of(all.size(), "conflict") + " decided"
						+ (decided == all.size() ? ": Ctrl+S saves the curated set" : ""));
		refreshTable();
		refreshVersions();
	}

	private void refreshTable() {
		if (conflictTable == null || conflictTable.isDisposed()) {
			return;
		}
		conflictTable.setRedraw(false);
		conflictTable.removeAll();
		for (var unit : shownConflicts()) {
			var item = new TableItem(conflictTable, SWT.NONE);
			item.setData(unit);
			item.setText(new String[] { unit.layer().label(), excerpt(unit.begin(), unit.end(), 24),
					unit.isDecided() ? unit.resolution().describe() : "open" });
			if (!unit.isDecided()) {
				item.setForeground(2, OPEN);
			}
		}
		for (var column : conflictTable.getColumns()) {
			column.pack();
		}
		conflictTable.setRedraw(true);
		selectInTable();
	}

	private void selectInTable() {
		if (conflictTable == null || conflictTable.isDisposed()) {
			return;
		}
		for (int i = 0; i < conflictTable.getItemCount(); i++) {
			if (conflictTable.getItem(i).getData() == current) {
				conflictTable.setSelection(i);
				return;
			}
		}
		conflictTable.deselectAll();
	}

	private void refreshVersions() {
		if (versions == null || versions.isDisposed()) {
			return;
		}
		for (Control c : versions.getChildren()) {
			c.dispose();
		}
		var unit = current;
		if (unit == null) {
			versionsTitle.setText("No conflict at the caret");
			say(shownConflicts().isEmpty() ? "" : "N and P go to the conflicts; a click in the list too.");
		} else {
			versionsTitle.setText(unit.layer().label() + " \u00b7 " + unit.kinds().stream().map(k -> k.label())
					.collect(Collectors.joining(", ")));
			int number = 1;
			for (var group : unit.groups()) {
				row(number++, unit, group);
			}
			say(unit.isDecided() ? "Decided: " + unit.resolution().describe() + "." : "Open: take a version by its number.");
		}
		versions.layout(true, true);
		versions.getParent().layout(true, true);
		if (versions.getParent().getParent() instanceof ScrolledComposite scroller) {
			fit(scroller, versions.getParent());
		}
	}

	private void row(int number, MergeUnit unit, VersionGroup group) {
		var key = new Label(versions, SWT.NONE);
		key.setText(number + "");
		key.setFont(JFaceResources.getBannerFont());
		var what = new Label(versions, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(what);
		boolean taken = unit.resolution() instanceof Resolution.Accepted a && group.annotators().contains(a.annotator())
				|| unit.resolution() instanceof Resolution.Omitted && group.isAbsent();
		what.setText((taken ? "\u2713 " : "") + String.join(", ", group.annotators()) + ": "
				+ (group.isAbsent() ? "do not have it (taking this leaves it out)" : describe(group.annotation())));
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

	private String excerpt(int begin, int end, int max) {
		var s = text.substring(begin, Math.min(end, text.length())).replace('\n', ' ');
		return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
	}

	private void say(String message) {
		if (hint != null && !hint.isDisposed()) {
			hint.setText(message);
			hint.getParent().layout(true, true);
		}
	}

	/** What the hint line under the versions says now (for tests). */
	public String hint() {
		return hint.getText();
	}

	/** Boxes every conflict of the layer shown: the one at the caret red, open ones orange, decided ones grey. */
	private void paintConflicts(PaintEvent e) {
		int top = article.getOffsetAtLine(article.getTopIndex());
		int bottomLine = Math.min(article.getLineCount() - 1, article.getLineIndex(article.getClientArea().height));
		int bottom = bottomLine + 1 < article.getLineCount() ? article.getOffsetAtLine(bottomLine + 1) : text.length();
		for (var unit : shownConflicts()) {
			if (unit != current && unit.end() >= top && unit.begin() <= bottom) {
				drawBoxes(e, article, unit.begin(), unit.end(), unit.isDecided() ? DECIDED : OPEN, 1);
			}
		}
		if (current != null) {
			var span = curatedSpan(current);
			int begin = Math.min(current.begin(), span == null ? current.begin() : span.begin());
			int end = Math.max(current.end(), span == null ? current.end() : span.end());
			drawBoxes(e, article, begin, end, CURRENT, 2);
		}
	}

	private static void drawBoxes(PaintEvent e, StyledText text, int begin, int end, Color colour, int width) {
		var visible = text.getClientArea();
		e.gc.setForeground(colour);
		e.gc.setLineWidth(width);
		for (var box : SpanBoxes.of(text, begin, end)) {
			if (box.intersects(visible)) {
				e.gc.drawRectangle(box.x - 1, box.y, box.width + 1, box.height - 1);
			}
		}
	}

	// --- saving ----------------------------------------------------------------------------------------------

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

	/** The keyboard goes to the article, so the curation keys work at once. */
	@Override
	public void setFocus() {
		article.setFocus();
	}
}
