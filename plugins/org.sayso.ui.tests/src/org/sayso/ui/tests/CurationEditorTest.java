package org.sayso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sayso.ui.tests.UiTestSupport.focus;
import static org.sayso.ui.tests.UiTestSupport.press;
import static org.sayso.ui.tests.UiTestSupport.settle;
import static org.sayso.ui.tests.UiTestSupport.type;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.AnnotationKind;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.core.store.ProjectStore;
import org.sayso.curation.merge.Resolution;
import org.sayso.model.Claim;
import org.sayso.model.CurationDecision;
import org.sayso.model.DateMention;
import org.sayso.ui.SaysoUi;
import org.sayso.ui.internal.curation.CurationEditor;
import org.sayso.ui.internal.curation.CurationHandler;
import org.sayso.ui.internal.prefs.SaysoPreferences;

/**
 * The curation editor on a document three annotators annotated differently: the whole article with what is agreed
 * drawn and the conflicts listed, every conflict resolved by keyboard (a span adjusted by W and Shift+W, with undo),
 * saved, reopened with the decisions kept, the curated XMI holding who agreed and who decided; the annotators'
 * sets compared side by side; sets opened from the Project Explorer in Sayso's editors.
 */
class CurationEditorTest {

	@TempDir
	Path temp;

	private IWorkbenchPage page;
	private Path root;
	private String text;

	@BeforeEach
	void threeAnnotators() throws Exception {
		SaysoPreferences.store().setValue(SaysoPreferences.ANNOTATOR, "lead");
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(SaysoUi.PERSPECTIVE_ID, workbench.getActiveWorkbenchWindow());
		root = temp.resolve("newsroom");
		UiTestSupport.copy(UiTestSupport.SAMPLE, root);
		var store = ProjectStore.open(root);
		var document = store.document("port-strike");
		text = store.text(document);
		document.setDct("2024-03-07");
		for (var annotator : List.of("ana", "bob", "carl")) {
			var opened = store.openSet(document, annotator);
			var set = opened.set();
			var henk = AnnotationEdits.tagSpeaker(set, at("Henk Vermeulen"), at("Henk Vermeulen") + 14, annotator);
			if (!annotator.equals("carl")) {
				var quote = "\"We are not asking for the moon. We are asking to see our families,\"";
				var claim = AnnotationEdits.tagClaim(set, at(quote), at(quote) + quote.length(), annotator);
				AnnotationEdits.link(claim, henk);
			}
			var day = annotator.equals("carl") ? "on Thursday" : "Thursday";
			var date = AnnotationEdits.tagDate(set, at(day), at(day) + day.length(), annotator);
			date.setValue(annotator.equals("bob") ? "2024-03-14" : "2024-03-07");
			store.save(opened, false);
		}
		store.saveProject(false);
	}

	@AfterEach
	void closeEverything() throws Exception {
		page.closeAllEditors(false);
		UiTestSupport.removeWorkspaceProjects();
		SaysoPreferences.store().setToDefault(SaysoPreferences.ANNOTATOR);
	}

	private int at(String phrase) {
		int i = text.indexOf(phrase);
		assertTrue(i >= 0, phrase);
		return i;
	}

	/** Opens the curation the way the Agreement view does: through the command, with document and folder. */
	private CurationEditor openCuration() throws Exception {
		return openCuration("port-strike");
	}

	private CurationEditor openCuration(String documentId) throws Exception {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		var command = window.getService(ICommandService.class).getCommand(CurationHandler.OPEN);
		var parameterized = ParameterizedCommand.generateCommand(command,
				Map.of(CurationHandler.DOCUMENT, documentId, CurationHandler.PROJECT, root.toString()));
		window.getService(IHandlerService.class).executeCommand(parameterized, null);
		settle();
		return assertInstanceOf(CurationEditor.class, page.getActiveEditor());
	}

	@Test
	void everyConflictIsResolvedByKeyboardSavedAndKeptOnReopening() throws Exception {
		var editor = openCuration();
		var merge = editor.merge();
		var conflicts = merge.conflicts();
		assertEquals(2, conflicts.size(), "the claim carl lacks, and the date (span and value): " + conflicts);
		assertTrue(merge.units().stream().anyMatch(u -> !u.isConflict()), "the speaker all three agree on");

		focus(editor.keyboardTarget());
		for (int i = 0; i < conflicts.size(); i++) {
			var shown = editor.currentConflict();
			assertFalse(shown.isDecided());
			type("1"); // the version most annotators share comes first
			assertTrue(shown.isDecided(), "1 decided " + shown);
		}
		assertTrue(merge.openConflicts().isEmpty());
		assertTrue(editor.isDirty());
		focus(editor.keyboardTarget());
		press('s', SWT.MOD1);
		UiTestSupport.waitUntil(() -> !editor.isDirty(), "Ctrl+S to save the curation");

		var curated = ProjectStore.open(root).openCuratedSet(ProjectStore.open(root).document("port-strike"), "lead")
				.set();
		var claim = curated.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
				.findFirst().orElseThrow();
		assertEquals(List.of("ana", "bob"), claim.getProvenance().getAgreedBy());
		assertEquals(CurationDecision.CHOSEN, claim.getProvenance().getDecision());
		assertEquals("lead", claim.getProvenance().getDecidedBy());
		assertEquals(1, claim.getSources().size(), "the claim kept its speaker");
		var date = curated.getAnnotations().stream().filter(DateMention.class::isInstance).map(DateMention.class::cast)
				.findFirst().orElseThrow();
		assertEquals("Thursday", text.substring(date.getBegin(), date.getEnd()));
		assertEquals("2024-03-07", date.getValue());

		page.closeEditor(editor, false);
		settle();
		var again = openCuration();
		assertTrue(again.merge().openConflicts().isEmpty(), "reopening keeps every decision");
		assertFalse(again.isDirty());
	}

	@Test
	void anArticleOnlyOneAnnotatorDidIsNotCalledAgreed() throws Exception {
		var store = ProjectStore.open(root);
		var document = store.document("budget-vote");
		var opened = store.openSet(document, "ana");
		var budget = store.text(document);
		int at = budget.indexOf("council");
		AnnotationEdits.tagSpeaker(opened.set(), at, at + "council".length(), "ana");
		store.save(opened, false);

		var editor = openCuration("budget-vote");
		var shown = UiTestSupport.findAll(editor.keyboardTarget().getShell(), org.eclipse.swt.widgets.Label.class)
				.stream().map(org.eclipse.swt.widgets.Label::getText).toList();
		assertTrue(shown.stream().anyMatch(t -> t.startsWith("Only ana's set: there is nothing to compare it with")),
				shown.toString());
		assertTrue(shown.stream().noneMatch(t -> t.contains("the annotators agree")), shown.toString());
	}

	@Test
	void leavingOutAndMovingBetweenConflicts() throws Exception {
		var editor = openCuration();
		focus(editor.keyboardTarget());
		var first = editor.currentConflict();
		assertEquals(AnnotationKind.DATE, first.layer(), "the caret starts on the first open conflict: the date");
		type("n");
		assertFalse(first == editor.currentConflict(), "N shows the next conflict");
		assertEquals(editor.currentConflict().begin(), editor.article().getCaretOffset(), "the caret went to it");
		type("p");
		assertEquals(first, editor.currentConflict(), "P goes back");
		var check = UiTestSupport.whenOpen("Edit by hand", shell -> {
			UiTestSupport.findAll(shell, org.eclipse.swt.widgets.Text.class).getFirst().setText("2024-03-08");
			pressOk(shell);
		});
		type("e");
		check.run();
		assertTrue(first.isDecided(), "E took the curator's own version");
		var edited = assertInstanceOf(Resolution.Edited.class, first.resolution());
		assertEquals("2024-03-08", edited.edit().dateValue());
		type("o");
		assertInstanceOf(Resolution.Omitted.class, first.resolution(), "O left it out");
		type("A"); // Shift+A: the majority version of what is left
		assertTrue(editor.merge().openConflicts().isEmpty(), "the remaining conflict had a majority");
	}

	@Test
	void theWholeArticleWithAgreedAnnotationsDrawnAndConflictsListed() throws Exception {
		var editor = openCuration();
		var article = editor.article();
		assertEquals(text, article.getText(), "the curation shows the whole article");
		var henk = article.getStyleRangeAtOffset(at("Henk Vermeulen") + 2);
		assertTrue(henk != null && henk.borderStyle != SWT.NONE, "the speaker all three agree on is drawn boxed");
		assertEquals(null, article.getStyleRangeAtOffset(at("We are not asking") + 2),
				"an open conflict is not in the curated set yet, so not drawn as accepted");
		var table = UiTestSupport.findAll(article.getShell(), org.eclipse.swt.widgets.Table.class).stream()
				.filter(t -> t.getColumnCount() == 3).findFirst().orElseThrow();
		assertEquals(2, table.getItemCount(), "both conflicts listed");
		editor.showLayer(AnnotationKind.CLAIM);
		settle();
		assertEquals(1, table.getItemCount(), "filtered to claims");
		assertEquals(AnnotationKind.CLAIM, editor.currentConflict().layer(), "the caret went to the claim conflict");
		editor.showLayer(null);
		settle();
		assertEquals(2, table.getItemCount());

		// the caret decides whose versions are listed
		article.setCaretOffset(at("We are not asking") + 5);
		settle();
		assertEquals(AnnotationKind.CLAIM, editor.currentConflict().layer());
		article.setCaretOffset(at("dispute"));
		settle();
		assertEquals(null, editor.currentConflict(), "no conflict at the caret");
		focus(editor.keyboardTarget());
		type("1");
		assertTrue(editor.merge().openConflicts().size() == 2, "1 without a conflict at the caret decides nothing");
		assertTrue(editor.hint().startsWith("No conflict at the caret"), editor.hint());

		// choosing draws it
		type("n");
		assertEquals(AnnotationKind.CLAIM, editor.currentConflict().layer(), "N from the caret goes to the next conflict");
		type("1");
		settle();
		var claim = article.getStyleRangeAtOffset(at("We are not asking") + 2);
		assertTrue(claim != null && claim.background != null, "the chosen claim is drawn tinted");
		type("p");
		UiTestSupport.screenshot("curation.png");
	}

	@Test
	void aSpanIsGrownAndShrunkByWordWithUndo() throws Exception {
		var editor = openCuration();
		editor.showLayer(AnnotationKind.CLAIM);
		settle();
		var claim = editor.currentConflict();
		var quote = "\"We are not asking for the moon. We are asking to see our families,\"";
		focus(editor.keyboardTarget());
		type("w");
		var grown = assertInstanceOf(Resolution.Edited.class, claim.resolution(), "W edits the span");
		assertEquals(at(quote), grown.edit().begin().intValue());
		assertEquals(quote + " said", text.substring(at(quote), grown.edit().end()), "W took in the next word");
		assertEquals(claim, editor.currentConflict(), "the caret stays on the conflict being adjusted");
		type("w");
		type("W"); // Shift+W
		var shrunk = assertInstanceOf(Resolution.Edited.class, claim.resolution());
		assertEquals(quote + " said", text.substring(shrunk.edit().begin(), shrunk.edit().end()), "Shift+W gave one back");
		press('z', SWT.MOD1);
		UiTestSupport.waitUntil(() -> claim.resolution() instanceof Resolution.Edited e
				&& text.substring(e.edit().begin(), e.edit().end()).equals(quote + " said Henk"), "Ctrl+Z undoes Shift+W");
		editor.session().undo();
		editor.session().undo();
		settle();
		assertFalse(claim.isDecided(), "every adjustment is a step of its own");

		// E takes the selected words
		int said = at("said Henk Vermeulen");
		editor.article().setSelection(at(quote), said + "said".length());
		editor.editByHand();
		var selected = assertInstanceOf(Resolution.Edited.class, claim.resolution());
		assertEquals(quote + " said", text.substring(selected.edit().begin(), selected.edit().end()));
		editor.doSave(null);
		var curated = ProjectStore.open(root).openCuratedSet(ProjectStore.open(root).document("port-strike"), "lead").set();
		var saved = curated.getAnnotations().stream().filter(Claim.class::isInstance).findFirst().orElseThrow();
		assertEquals(quote + " said", text.substring(saved.getBegin(), saved.getEnd()), "the curated set has the edited span");
	}

	@Test
	void draggingAnEndOfTheConflictAtTheCaretMovesIt() throws Exception {
		var editor = openCuration();
		editor.showLayer(AnnotationKind.CLAIM);
		settle();
		var claim = editor.currentConflict();
		var quote = "\"We are not asking for the moon. We are asking to see our families,\"";
		var article = editor.article();
		int from = at(quote) + quote.length();
		int to = at("said Henk") + "said".length();
		// mouse events sent to the text widget (the window system's pointer is not reliable under Xvfb)
		mouse(article, org.eclipse.swt.SWT.MouseMove, article.getLocationAtOffset(from), 0);
		mouse(article, org.eclipse.swt.SWT.MouseDown, article.getLocationAtOffset(from), 1);
		mouse(article, org.eclipse.swt.SWT.MouseMove, article.getLocationAtOffset(to), 0);
		mouse(article, org.eclipse.swt.SWT.MouseUp, article.getLocationAtOffset(to), 1);
		var moved = assertInstanceOf(Resolution.Edited.class, claim.resolution(), "the drag edited the span");
		assertEquals(quote + " said", text.substring(moved.edit().begin(), moved.edit().end()));
		editor.session().undo();
		settle();
		assertFalse(claim.isDecided(), "and is one undoable step");
	}

	private static void mouse(org.eclipse.swt.widgets.Control widget, int type, org.eclipse.swt.graphics.Point at,
			int button) {
		var event = new org.eclipse.swt.widgets.Event();
		event.x = at.x;
		event.y = at.y + 4;
		event.button = button;
		event.stateMask = type == org.eclipse.swt.SWT.MouseMove && button == 0 ? 0 : org.eclipse.swt.SWT.BUTTON1;
		widget.notifyListeners(type, event);
		settle();
	}

	@Test
	void compareShowsEachAnnotatorsSetSideBySide() throws Exception {
		var editor = openCuration();
		var panes = editor.comparePanes();
		assertEquals(3, panes.size(), "ana, bob and carl");
		assertEquals(List.of("ana", "bob", "carl"), panes.stream().map(p -> (String) p.getData("annotator")).toList());
		var quote = at("We are not asking") + 2;
		assertTrue(panes.get(0).getStyleRangeAtOffset(quote) != null, "ana has the claim");
		assertEquals(null, panes.get(2).getStyleRangeAtOffset(quote), "carl does not");
		var on = at("on Thursday");
		assertEquals(null, panes.get(0).getStyleRangeAtOffset(on), "ana's date is 'Thursday' alone");
		assertTrue(panes.get(2).getStyleRangeAtOffset(on) != null, "carl's takes in 'on'");
		var folder = UiTestSupport.findAll(panes.get(0).getShell(), org.eclipse.swt.custom.CTabFolder.class).stream()
				.filter(f -> f.getItemCount() == 2 && f.getItem(1).getText().startsWith("Compare")).findFirst().orElseThrow();
		folder.setSelection(1);
		UiTestSupport.screenshot("curation-compare.png");
	}

	@Test
	void curationXmiFromTheProjectExplorerOpensInSaysosEditors() throws Exception {
		var editor = openCuration();
		type("A");
		editor.doSave(null);
		page.closeAllEditors(false);
		settle();
		var project = UiTestSupport.openCopyOfSample(temp.resolve("copy"));
		UiTestSupport.copy(root.resolve("curation"), temp.resolve("copy").resolve("curation"));
		UiTestSupport.copy(root.resolve("annotations"), temp.resolve("copy").resolve("annotations"));
		project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
		org.eclipse.ui.ide.IDE.openEditor(page, project.getFile("curation/port-strike.xmi"));
		settle();
		var curation = assertInstanceOf(CurationEditor.class, page.getActiveEditor(), "not the XML text editor");
		assertEquals("port-strike [curation]", curation.getTitle());
		org.eclipse.ui.ide.IDE.openEditor(page, project.getFile("annotations/bob/port-strike.xmi"));
		settle();
		var bobs = assertInstanceOf(org.sayso.ui.internal.editor.AnnotationEditor.class, page.getActiveEditor());
		assertEquals("bob", bobs.session().annotator(), "bob's set, not the lead's");
	}

	@Test
	void anOpenCurationIsKeptOverARestart() throws Exception {
		var editor = openCuration();
		var input = (org.sayso.ui.internal.curation.CurationEditorInput) editor.getEditorInput();
		var memento = org.eclipse.ui.XMLMemento.createWriteRoot("editor");
		input.getPersistable().saveState(memento);
		assertEquals(org.sayso.ui.internal.curation.CurationEditorInput.FACTORY_ID, input.getPersistable().getFactoryId());
		var factory = org.eclipse.ui.PlatformUI.getWorkbench().getElementFactory(input.getPersistable().getFactoryId());
		assertEquals(input, factory.createElement(memento), "the registered factory makes the same input again");
		java.nio.file.Files.delete(root.resolve("documents/port-strike.txt"));
		assertEquals(null, factory.createElement(memento), "an article deleted meanwhile does not reopen");
	}

	@Test
	void everyDecisionIsUndoneAndRedoneByKeyboard() throws Exception {
		var editor = openCuration();
		var merge = editor.merge();
		focus(editor.keyboardTarget());
		var first = editor.currentConflict();
		type("1");
		assertTrue(first.isDecided());
		var second = editor.currentConflict();
		assertFalse(first == second, "a decision moves on to the next conflict");
		type("o");
		assertTrue(merge.openConflicts().isEmpty());
		assertEquals("Leave Out", editor.session().undoLabel());

		focus(editor.keyboardTarget());
		press('z', SWT.MOD1);
		UiTestSupport.waitUntil(() -> !second.isDecided(), "Ctrl+Z to take back leaving out");
		assertTrue(first.isDecided(), "only the last decision was taken back");
		assertEquals(second, editor.currentConflict(), "the conflict it reopened is shown");
		focus(editor.keyboardTarget());
		press('z', SWT.MOD1);
		UiTestSupport.waitUntil(() -> !first.isDecided(), "Ctrl+Z again takes back the choice");
		assertEquals(first, editor.currentConflict());
		assertFalse(editor.isDirty(), "back where it was opened: nothing to save");

		focus(editor.keyboardTarget());
		press('z', SWT.MOD1, SWT.SHIFT);
		UiTestSupport.waitUntil(first::isDecided, "Ctrl+Shift+Z takes the choice again");
		assertTrue(editor.isDirty());
		type("A"); // Shift+A: one step for every majority
		assertTrue(merge.openConflicts().isEmpty());
		editor.session().undo();
		settle();
		assertFalse(second.isDecided(), "Shift+A is one step: one undo opens what it decided");
		assertTrue(first.isDecided());
	}

	private static void pressOk(org.eclipse.swt.widgets.Composite parent) {
		for (var child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button b && b.getText().replace("&", "").equals("OK")) {
				b.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
				return;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite c) {
				pressOk(c);
			}
		}
	}
}
