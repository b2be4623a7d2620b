package org.sayso.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.ui.Saveable;
import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.Counts;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.sayso.core.store.FileChangedOnDiskException;
import org.sayso.ui.internal.prefs.SaysoPreferences;
import org.sayso.core.store.StoreException;
import org.sayso.io.importer.ArticleImport;
import org.sayso.model.Annotation;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.SpeakerMention;
import org.sayso.ui.internal.HistoryAction;
import org.sayso.ui.internal.Ui;

/**
 * The annotation editor: one article, read-only, as one annotator's set. It draws the annotations
 * ({@link AnnotationPresentation}, {@link LinkPainter}), lets the mouse move their ends ({@link SpanDragger}),
 * announces the annotation at the caret to the workbench ({@link EditorSelectionProvider}) and keeps the Problems
 * view current ({@link ProblemMarkers}). What annotators do is in handlers bound to keys in the editor's own context;
 * the model work behind them is in {@code org.sayso.core.edit}, run through the {@link EditorSession}'s undo history.
 */
public class AnnotationEditor extends AbstractDecoratedTextEditor {

	public static final String ID = "org.sayso.ui.editor";
	public static final String CONTEXT_ID = "org.sayso.ui.editorContext";
	public static final String CONTEXT_MENU_ID = "#SaysoEditorContext";

	private EditorSession session;
	private AnnotationPresentation presentation;
	private EditorSelectionProvider selectionProvider;
	private ProblemMarkers problems;
	private final Runnable onModelChange = this::modelChanged;
	private Set<Annotation> emphasised = Set.of();
	/** The claims whose links were drawn last. */
	private Collection<Claim> drawnLinks = Set.of();
	private final DrawnSpans drawn = new DrawnSpans();

	public AnnotationEditor() {
		setDocumentProvider(new ArticleDocumentProvider());
		setEditorContextMenuId(CONTEXT_MENU_ID);
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT_ID });
	}

	/**
	 * The text editor's decorations, but no band across the caret's whole line: with wrapped paragraphs it looked
	 * like the selected annotation painted from the left margin of its first line.
	 */
	@Override
	protected void configureSourceViewerDecorationSupport(
			org.eclipse.ui.texteditor.SourceViewerDecorationSupport support) {
		super.configureSourceViewerDecorationSupport(support);
		support.setCursorLinePainterPreferenceKeys(NO_CURSOR_LINE, NO_CURSOR_LINE);
	}

	/** A preference nobody sets: the cursor line painter it enables never comes on. */
	private static final String NO_CURSOR_LINE = "org.sayso.ui.editor.noCursorLine";

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(new SourceViewerConfiguration() {
			@Override
			public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
				return session == null ? null : new AnnotationHover(session);
			}
		});
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		if (session != null) {
			session.removeListener(onModelChange);
		}
		super.doSetInput(input);
		session = ((ArticleDocumentProvider) getDocumentProvider()).session(input);
		if (session != null) {
			suggestOnFirstOpen();
			offerAnnotatedCopy();
			session.addListener(onModelChange);
			updateTitle();
		}
	}

	/** The article and annotator; an article date that the import only estimated is shown as unconfirmed. */
	private void updateTitle() {
		var document = session.document();
		boolean unconfirmed = ArticleImport.ESTIMATED.equals(document.getDctOrigin());
		boolean finished = session.set().getState() == org.sayso.model.SetState.FINISHED;
		var name = document.getId() + " [" + session.annotator() + "]" + (finished ? " \u00b7 finished" : "")
				+ (unconfirmed ? " \u00b7 date unconfirmed" : "");
		if (!name.equals(getPartName())) {
			setPartName(name);
		}
		setTitleToolTip(session.setFile() + "\nannotator: " + session.annotator()
				+ (unconfirmed ? "\narticle date " + document.getDct() + " estimated from the text: confirm it with M" : ""));
	}

	/**
	 * An article nobody has started gets the suggestions at once, so the annotator starts by reviewing. They come in
	 * the background, a moment after the article shows, as one edit that Ctrl+Z takes back.
	 */
	/**
	 * An article nobody has annotated yet whose copy is annotated (the wire story before its republication): the
	 * status line offers to carry the copy's annotations here. Looked for in the background.
	 */
	private void offerAnnotatedCopy() {
		if (!session.set().getAnnotations().isEmpty()) {
			return;
		}
		var opened = session;
		var display = org.eclipse.swt.widgets.Display.getCurrent();
		var job = org.eclipse.core.runtime.jobs.Job.create("Looking for an annotated copy of " + opened.document().getId(),
				monitor -> {
					try {
						var sources = AnnotatedCopies.of(opened);
						if (!sources.isEmpty() && display != null) {
							var copy = sources.get(0).documentId();
							display.asyncExec(() -> {
								if (session == opened && !opened.isDisposed()) {
									offer = copy + ", a copy of this article, is annotated: Shift+G carries its annotations"
											+ " here as suggestions to review.";
									Ui.status(this, offer);
								}
							});
						}
					} catch (Exception e) {
						// no offer: the copies could not be read; Shift+G says why when asked
					}
					return org.eclipse.core.runtime.Status.OK_STATUS;
				});
		job.setSystem(true);
		job.schedule();
	}

	/** What the status line offered about an annotated copy, or null (for tests). */
	public String copyOffer() {
		return offer;
	}

	private String offer;

	private void suggestOnFirstOpen() {
		var set = session.set();
		var settings = session.store().project().getSettings();
		if (SaysoPreferences.store().getBoolean(SaysoPreferences.SUGGEST_ON_OPEN)
				&& (settings == null || settings.isSuggestionsEnabled()) && set.getAnnotations().isEmpty()
				&& set.getRejections().isEmpty() && session.setFileIsNew()) {
			SuggestionJob.start(this, report -> Ui.status(this, "Suggested " + Counts.of(report.added(), "annotation") + " to review:"
					+ " J goes to the next, A accepts, R rejects; Ctrl+Z takes them all back."));
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		// the legend over the text, the text under it
		var body = new Composite(parent, SWT.NONE);
		org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(body);
		var palette = Palette.fromPreferences();
		legend = new LegendBar(body, this, palette);
		var viewerArea = new Composite(body, SWT.NONE);
		viewerArea.setLayout(new org.eclipse.swt.layout.FillLayout());
		org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, true).applyTo(viewerArea);
		super.createPartControl(viewerArea);
		var viewer = getSourceViewer();
		var text = viewer.getTextWidget();
		text.setWordWrap(true);
		text.setLineSpacing(LINE_SPACING);
		text.setLeftMargin(14); // room for the links that run down the margin
		text.setRightMargin(8);
		if (session == null) {
			return;
		}
		presentation = new AnnotationPresentation(session, palette);
		((ITextViewerExtension4) viewer).addTextPresentationListener(presentation);
		text.addPaintListener(new LinkPainter(text, this::linkedClaims, palette));
		// the links follow the caret: moving into another claim draws its links, and takes the last one's away
		text.addCaretListener(e -> {
			var now = linkedClaims();
			if (!now.equals(drawnLinks)) {
				drawnLinks = now;
				text.redraw();
			}
		});
		SpanDragger.of(text, this).install();
		linkDragger = new LinkDragger(text, this, palette);
		linkDragger.install();
		text.addPaintListener(new LabelPainter(text, this::labelledInView, palette));
		selectionProvider = new EditorSelectionProvider(this);
		getSite().setSelectionProvider(selectionProvider);
		// the status line follows the annotation at the caret, through undo, V, N/P, A and K: never a stale one
		selectionProvider.addSelectionChangedListener(e -> showSelectedInStatus());
		viewer.getSelectionProvider().addSelectionChangedListener(e -> updateEmphasis());
		if (getEditorInput() instanceof IFileEditorInput in) {
			problems = new ProblemMarkers(in.getFile(), session);
			problems.schedule();
		}
		restorePosition();
		drawn.update(session.index().all());
		viewer.invalidateTextPresentation();
		var warnings = session.openingWarnings();
		if (!warnings.isEmpty()) {
			text.getDisplay().asyncExec(() -> MessageDialog.openWarning(getSite().getShell(), "Opened with repairs",
					session.setFile() + ":\n\n" + String.join("\n", warnings)
							+ "\n\nSaving writes the set without what was dropped; the previous file stays as .bak."));
		}
	}

	ISourceViewer viewer() {
		return getSourceViewer();
	}

	public StyledText textWidget() {
		return getSourceViewer().getTextWidget();
	}

	/** Whether the editor's text is on screen: created and not yet disposed. */
	public boolean isShowing() {
		var viewer = getSourceViewer();
		return viewer != null && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed();
	}

	public EditorSession session() {
		return session;
	}

	/**
	 * Undo and redo act on the session's history, not on the text's (which never changes). The platform calls this
	 * whenever the input is set, so the replacement holds for the editor's life.
	 */
	@Override
	protected void createUndoRedoActions() {
		setAction(ITextEditorActionConstants.UNDO, new HistoryAction(this::session, true));
		setAction(ITextEditorActionConstants.REDO, new HistoryAction(this::session, false));
	}

	private void modelChanged() {
		if (presentation == null || getSourceViewer() == null) {
			return;
		}
		for (var id : List.of(ITextEditorActionConstants.UNDO, ITextEditorActionConstants.REDO)) {
			if (getAction(id) instanceof HistoryAction h) {
				h.update();
			}
		}
		firePropertyChange(PROP_DIRTY);
		updateTitle();
		var old = emphasised;
		emphasised = computeEmphasis();
		presentation.setEmphasised(emphasised);
		// redraw only what changed: on a long article a full redraw of the highlights costs far more than an edit
		var changed = drawn.update(session.index().all());
		for (var a : old) {
			changed = changed.include(a.getBegin(), a.getEnd());
		}
		for (var a : emphasised) {
			changed = changed.include(a.getBegin(), a.getEnd());
		}
		invalidate(changed);
		selectionProvider.refresh();
		if (problems != null) {
			problems.schedule();
		}
	}

	private void invalidate(DrawnSpans.Range range) {
		var viewer = getSourceViewer();
		if (range.begin() >= range.end()) {
			return; // nothing drawn changed (a new title or DCT)
		}
		int begin = Math.max(0, range.begin());
		int length = Math.min(viewer.getDocument().getLength(), range.end()) - begin;
		if (length > 0) {
			((ITextViewerExtension2) viewer).invalidateTextPresentation(begin, length);
			viewer.getTextWidget().redraw();
		}
	}

	private void updateEmphasis() {
		if (presentation == null) {
			return;
		}
		var now = computeEmphasis();
		if (now.equals(emphasised)) {
			return;
		}
		var touched = new ArrayList<Annotation>(emphasised);
		touched.addAll(now);
		emphasised = now;
		presentation.setEmphasised(now);
		var viewer = getSourceViewer();
		int from = touched.stream().mapToInt(Annotation::getBegin).min().orElse(0);
		int to = touched.stream().mapToInt(Annotation::getEnd).max().orElse(0);
		int length = Math.min(viewer.getDocument().getLength(), to) - from;
		if (length > 0 && touched.size() <= 4) {
			((ITextViewerExtension2) viewer).invalidateTextPresentation(from, length);
		} else if (!touched.isEmpty()) {
			viewer.invalidateTextPresentation();
		}
		viewer.getTextWidget().redraw();
	}

	private static final int LINE_SPACING = 5;
	private LegendBar legend;
	private LinkDragger linkDragger;
	private final java.util.EnumSet<org.sayso.core.AnnotationKind> hiddenLayers =
			java.util.EnumSet.noneOf(org.sayso.core.AnnotationKind.class);
	private boolean labelsShown;

	/** Shows or hides a layer in the text, as the legend's check box does. */
	public void setLayerShown(org.sayso.core.AnnotationKind kind, boolean shown) {
		if (shown) {
			hiddenLayers.remove(kind);
		} else {
			hiddenLayers.add(kind);
		}
		if (presentation != null) {
			presentation.setHidden(hiddenLayers);
			getSourceViewer().invalidateTextPresentation();
			textWidget().redraw();
		}
	}

	/** Whether the layer is drawn in the text. */
	public boolean isLayerShown(org.sayso.core.AnnotationKind kind) {
		return !hiddenLayers.contains(kind);
	}

	/** Labels on the spans, or not, as the legend's Labels check box says; the lines part to make room for them. */
	public void setLabelsShown(boolean shown) {
		labelsShown = shown;
		var text = textWidget();
		if (text != null && !text.isDisposed()) {
			text.setLineSpacing(shown ? LINE_SPACING + LabelPainter.room(text) : LINE_SPACING);
			text.redraw();
		}
	}

	public boolean labelsShown() {
		return labelsShown;
	}

	/** The legend over the text (for tests). */
	public Composite legend() {
		return legend.control();
	}

	/** The innermost annotation of {@code type} at {@code offset}, or null. */
	<T extends Annotation> T innermostAt(int offset, Class<T> type) {
		if (session == null || offset < 0) {
			return null;
		}
		T best = null;
		for (var a : session.index().overlapping(offset, offset)) {
			if (type.isInstance(a) && (best == null || a.getEnd() - a.getBegin() < best.getEnd() - best.getBegin())) {
				best = type.cast(a);
			}
		}
		return best;
	}

	/** Links a claim to a speaker as letting go of a Ctrl+drag on it does (for tests, without a mouse). */
	public void linkByDrag(Claim claim, SpeakerMention speaker) {
		linkDragger.link(claim, speaker);
	}

	/** The annotations to label: those of the shown layers on the lines in view, when labels are on. */
	private List<Annotation> labelledInView() {
		var text = textWidget();
		if (!labelsShown || session == null || text == null || text.isDisposed() || text.getCharCount() == 0) {
			return List.of();
		}
		int top = text.getOffsetAtLine(text.getTopIndex());
		int bottomLine = Math.min(text.getLineCount() - 1, text.getLineIndex(text.getClientArea().height));
		int bottom = bottomLine + 1 < text.getLineCount() ? text.getOffsetAtLine(bottomLine + 1) : text.getCharCount();
		return session.index().overlapping(top, bottom).stream()
				.filter(a -> a.getBegin() >= top && !hiddenLayers.contains(org.sayso.core.AnnotationKind.of(a)))
				.sorted(java.util.Comparator.comparingInt(Annotation::getBegin)).toList();
	}

	/** The claims whose links to their speakers are drawn: the emphasised ones and every claim around the caret. */
	private Collection<Claim> linkedClaims() {
		var claims = new LinkedHashSet<Claim>();
		for (var a : emphasised) {
			if (a instanceof Claim c) {
				claims.add(c);
			}
		}
		var text = textWidget();
		if (session != null && text != null && !text.isDisposed()) {
			int caret = text.getCaretOffset();
			for (var a : session.index().overlapping(caret, caret)) {
				if (a instanceof Claim c) {
					claims.add(c);
				}
			}
		}
		return claims;
	}

	private Set<Annotation> computeEmphasis() {
		var selected = selectedAnnotation();
		if (selected == null) {
			return Set.of();
		}
		var linked = new LinkedHashSet<Annotation>();
		linked.add(selected);
		switch (selected) {
		case Claim c -> {
			linked.addAll(c.getSources());
			linked.addAll(c.getCues());
		}
		case SpeakerMention s -> session.set().getAnnotations().stream()
				.filter(a -> a instanceof Claim c && c.getSources().contains(s)).forEach(linked::add);
		case Cue q -> session.set().getAnnotations().stream()
				.filter(a -> a instanceof Claim c && c.getCues().contains(q)).forEach(linked::add);
		default -> {
		}
		}
		return linked;
	}

	/** The text selection as [offset, offset + length). */
	public ITextSelection textSelection() {
		return (ITextSelection) getSourceViewer().getSelectionProvider().getSelection();
	}

	/**
	 * The annotation the annotator is on: the one whose span the selection is exactly, else the innermost one at the
	 * caret; null when there is none.
	 */
	public Annotation selectedAnnotation() {
		var all = selectedAnnotations();
		return all.isEmpty() ? null : all.get(0);
	}

	/** The text is read-only: there is no insert mode to show ("Smart Insert" said otherwise). */
	@Override
	protected void updateStatusField(String category) {
		if (ITextEditorActionConstants.STATUS_CATEGORY_INPUT_MODE.equals(category)) {
			var field = getStatusField(category);
			if (field != null) {
				field.setText("");
			}
			return;
		}
		super.updateStatusField(category);
	}

	private void showSelectedInStatus() {
		var selected = selectedAnnotation();
		Ui.status(this, selected == null ? "" : Labels.describe(selected, session.text()).replace('\n', ' '));
	}

	/** The annotations at the selection, the selected one first. */
	public List<Annotation> selectedAnnotations() {
		if (session == null || getSourceViewer() == null) {
			return List.of();
		}
		var selection = textSelection();
		int begin = selection.getOffset();
		int end = begin + selection.getLength();
		var index = session.index();
		var result = new ArrayList<Annotation>();
		if (end > begin) {
			for (var a : index.overlapping(begin, end)) {
				if (a.getBegin() == begin && a.getEnd() == end) {
					result.add(a);
				}
			}
		}
		var inner = index.innermostAt(begin);
		if (inner != null && !result.contains(inner)) {
			result.add(inner);
		}
		for (var a : index.overlapping(begin, begin)) {
			if (!result.contains(a)) {
				result.add(a);
			}
		}
		return result;
	}

	/** Selects the annotation's span and shows it. */
	public void select(Annotation annotation) {
		selectAndReveal(annotation.getBegin(), annotation.getEnd() - annotation.getBegin());
	}

	/** Selects [begin, end) without scrolling more than needed. */
	public void selectRange(int begin, int end) {
		selectAndReveal(begin, end - begin);
	}

	@Override
	public boolean isDirty() {
		return session != null && session.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isEditable() {
		return false;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (save(false)) {
			refreshWorkspace();
		} else if (monitor != null) {
			monitor.setCanceled(true);
		}
	}

	private boolean save(boolean overwrite) {
		try {
			session.save(overwrite);
			return true;
		} catch (FileChangedOnDiskException e) {
			return switch (Ui.changedOnDisk(getSite().getShell(), e.file(), "your annotations", true)) {
			case OVERWRITE -> save(true);
			case RELOAD -> {
				reload();
				yield false;
			}
			case CANCEL -> false;
			};
		} catch (StoreException e) {
			Ui.saveFailed(getSite().getShell(), "Could not save", e.getMessage(), "your annotations");
			return false;
		}
	}

	private void refreshWorkspace() {
		if (getEditorInput() instanceof IFileEditorInput in) {
			IFile file = in.getFile();
			var project = file.getProject();
			Job.create("Refreshing " + project.getName(), monitor -> {
				project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			}).schedule();
		}
	}

	/** What the editor saves, named as the annotator knows it: "ana's annotations of port-strike", not the text file. */
	private @Nullable SetSaveable saveable;

	private final class SetSaveable extends TextEditorSavable {
		SetSaveable() {
			super(AnnotationEditor.this);
		}

		@Override
		public String getName() {
			return session == null ? super.getName()
					: session.annotator() + "'s annotations of " + session.document().getId();
		}
	}

	/** Set by dispose: a closed editor has nothing to save, and its saveable must not be asked again. */
	private boolean disposed;

	@Override
	public Saveable[] getSaveables() {
		if (disposed) {
			// the workbench evaluates its Save command while the closing editor's context goes away; a saveable
			// disconnected from its editor then logs "isDirty check after disconnect" as an error
			return new Saveable[0];
		}
		if (saveable == null) {
			saveable = new SetSaveable();
		}
		return new Saveable[] { saveable };
	}

	@Override
	public Saveable[] getActiveSaveables() {
		return getSaveables();
	}

	@Override
	public void doRevertToSaved() {
		if (!MessageDialog.openConfirm(getSite().getShell(), "Revert",
				"Throw away your unsaved work on " + getPartName() + " and read the set again from disk?")) {
			return;
		}
		reload();
	}

	/** The set as it is on disk, the unsaved work thrown away. */
	private void reload() {
		try {
			session.revert();
		} catch (StoreException e) {
			MessageDialog.openError(getSite().getShell(), "Could not revert", e.getMessage());
		}
	}

	private String positionKey() {
		return session.setFile().toAbsolutePath().toString();
	}

	/** Puts the caret and scroll position back where the annotator left this set, and remembers them on close. */
	private void restorePosition() {
		var text = getSourceViewer().getTextWidget();
		var key = positionKey();
		text.addDisposeListener(e -> CaretMemory.remember(key,
				new CaretMemory.Position(text.getCaretOffset(), text.getTopIndex())));
		var position = CaretMemory.recall(key);
		if (position == null) {
			return;
		}
		// after the editor has laid out its text: the platform places the caret at the start while opening
		text.getDisplay().asyncExec(() -> {
			if (!text.isDisposed()) {
				int caret = Math.min(position.caret(), text.getCharCount());
				text.setSelection(caret);
				text.setTopIndex(Math.min(position.topLine(), text.getLineCount() - 1));
				updateEmphasis();
			}
		});
	}

	@Override
	public void dispose() {
		disposed = true;
		if (saveable != null) {
			saveable.disconnectEditor();
			saveable = null;
		}
		if (problems != null) {
			problems.dispose();
		}
		if (session != null) {
			session.removeListener(onModelChange);
		}
		super.dispose();
	}
}
