package org.sayso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sayso.ui.tests.UiTestSupport.focus;
import static org.sayso.ui.tests.UiTestSupport.press;
import static org.sayso.ui.tests.UiTestSupport.settle;
import static org.sayso.ui.tests.UiTestSupport.type;
import static org.sayso.ui.tests.UiTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.edit.SpanIndex;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.ClaimKind;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.Origin;
import org.sayso.model.SpeakerMention;
import org.sayso.ui.SaysoUi;
import org.sayso.ui.internal.editor.AnnotationEditor;
import org.sayso.ui.internal.handlers.LinkSpeakerHandler;
import org.sayso.ui.internal.prefs.SaysoPreferences;

/**
 * The annotation editor in a running IDE workbench, driven as an annotator drives it: real key presses through the
 * window system, commands through the handler service; asserting on the model and on the XMI saved on disk.
 */
class AnnotationEditorTest {

	private static final String ANNOTATOR = "ana";
	private static final String DOC = "port-strike";

	@TempDir
	Path temp;

	private IWorkbenchPage page;
	private IProject project;
	private Path root;
	private AnnotationEditor editor;
	private String text;

	@BeforeEach
	void openArticle() throws Exception {
		SaysoPreferences.store().setValue(SaysoPreferences.ANNOTATOR, ANNOTATOR);
		SaysoPreferences.store().setValue(SaysoPreferences.SUGGEST_ON_OPEN, false);
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(SaysoUi.PERSPECTIVE_ID, workbench.getActiveWorkbenchWindow());
		root = temp.resolve("newsroom");
		project = UiTestSupport.openCopyOfSample(root);
		editor = open(DOC);
		text = editor.session().text();
	}

	@AfterEach
	void closeEverything() throws CoreException {
		page.closeAllEditors(false);
		UiTestSupport.removeWorkspaceProjects();
		SaysoPreferences.store().setToDefault(SaysoPreferences.ANNOTATOR);
		SaysoPreferences.store().setToDefault(SaysoPreferences.SUGGEST_ON_OPEN);
	}

	private AnnotationEditor open(String id) throws Exception {
		var part = IDE.openEditor(page, project.getFile("documents/" + id + ".txt"));
		var opened = assertInstanceOf(AnnotationEditor.class, part, "articles open in the annotation editor");
		settle();
		return opened;
	}

	private int at(String phrase) {
		int i = text.indexOf(phrase);
		assertTrue(i >= 0, phrase);
		return i;
	}

	/** Selects the first occurrence of {@code phrase}; "Vermeulen|told" selects Vermeulen where "told" follows. */
	private void select(String phrase) {
		var parts = phrase.split("\\|");
		int begin = at(parts[0] + (parts.length > 1 ? " " + parts[1] : ""));
		editor.selectRange(begin, begin + parts[0].length());
		settle();
	}

	/** Keys go to the article text, as when the annotator works in it. */
	private void keys(String keys) {
		focus(editor.textWidget());
		type(keys);
	}

	private AnnotationSet set() {
		return editor.session().set();
	}

	private <T extends Annotation> List<T> all(Class<T> type) {
		return set().getAnnotations().stream().filter(type::isInstance).map(type::cast).sorted(SpanIndex.TEXT_ORDER)
				.toList();
	}

	private String covered(Annotation a) {
		return text.substring(a.getBegin(), a.getEnd());
	}

	/** Sets the article's date with the M key, accepting the date the dialog proposes from the dateline. */
	private void acceptDctFromDateline() {
		var check = UiTestSupport.whenOpen("Article", shell -> click(shell, "OK"));
		keys("m");
		check.run();
		waitUntil(() -> editor.session().document().getDct() != null, "the DCT to be set");
		assertEquals("Dockworkers Walk Out at Rotterdam Container Terminals Over Night Shifts",
				editor.session().document().getTitle(), "M proposes the headline as the title");
	}

	@Test
	void anEstimatedArticleDateShowsAsUnconfirmedUntilMConfirmsIt() throws Exception {
		var document = editor.session().document();
		// as an import leaves an article whose date it estimated from the text
		editor.session().execute("estimate", () -> {
			document.setDct("2024-03-06");
			document.setDctOrigin("estimated");
		});
		settle();
		assertTrue(editor.getPartName().endsWith("date unconfirmed"), editor.getPartName());

		var check = UiTestSupport.whenOpen("Article", shell -> click(shell, "OK"));
		keys("m");
		check.run();
		waitUntil(() -> "manual".equals(document.getDctOrigin()), "the date to be confirmed");

		assertEquals("2024-03-06", document.getDct(), "confirmed as it was");
		assertEquals(DOC + " [" + ANNOTATOR + "]", editor.getPartName());
		focus(editor.textWidget());
		press('z', SWT.MOD1);
		settle();
		assertEquals("estimated", document.getDctOrigin(), "confirming is undoable");
	}

	@Test
	void tagsEachTypeByKeyboardAndLinksTheClaimToItsSpeaker() throws Exception {
		acceptDctFromDateline();
		assertEquals("2024-03-07", editor.session().document().getDct(), "the dateline's date was proposed");

		select("Henk Vermeulen");
		keys("s");
		var speaker = all(SpeakerMention.class).get(0);
		assertEquals("Henk Vermeulen", covered(speaker));
		assertEquals("Henk Vermeulen", speaker.getEntity().getName());
		assertEquals(ANNOTATOR, speaker.getAuthor());

		select("\"We are not asking for the moon. We are asking to see our families,\"");
		keys("c");
		var claim = all(Claim.class).get(0);
		assertEquals(ClaimKind.DIRECT, claim.getKind());
		assertTrue(claim.getSources().isEmpty());

		editor.selectRange(at("said Henk"), at("said Henk") + 4);
		keys("q");
		var cue = all(Cue.class).get(0);
		assertEquals("said", covered(cue));
		assertEquals(List.of(cue), claim.getCues(), "the cue went to the nearest claim");

		select("Thursday");
		keys("d");
		var thursday = all(DateMention.class).get(0);
		assertEquals("2024-03-07", thursday.getValue(), "Thursday in a past-tense sentence is the DCT's own Thursday");
		assertTrue(thursday.isDctDependent());

		editor.selectRange(at("moon") , at("moon"));
		keys("l");
		waitUntil(() -> LinkSpeakerHandler.openPick() != null, "the speaker quick pick");
		type("verm");
		assertEquals(List.of(speaker), LinkSpeakerHandler.openPick().shown());
		press(SWT.CR);
		assertEquals(List.of(speaker), claim.getSources(), "Enter linked the claim to the speaker");
		assertTrue(editor.isDirty());

		keys("w"); // a harmless selection move must not edit anything
		press('s', SWT.MOD1);
		waitUntil(() -> !editor.isDirty(), "Ctrl+S to save");

		var saved = ProjectStore.open(root);
		var reread = saved.openSet(saved.document(DOC), ANNOTATOR).set();
		assertEquals(4, reread.getAnnotations().size());
		var savedClaim = reread.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
				.findFirst().orElseThrow();
		assertEquals("Henk Vermeulen", savedClaim.getSources().get(0).getEntity().getName());
		assertEquals(1, savedClaim.getCues().size());
		var xmi = Files.readString(root.resolve("annotations/ana/port-strike.xmi"));
		assertTrue(xmi.contains("http:///org/sayso/type.ecore") && xmi.matches("(?s).*<\\w+:Claim .*"),
				"a UIMA XMI of our types");
	}

	@Test
	void setsADateValueWithTheKeyAndTheProposedValueCanBeReplaced() {
		acceptDctFromDateline();
		select("Monday");
		keys("d");
		var monday = all(DateMention.class).get(0);
		assertEquals("2024-03-11", monday.getValue(), "'could join on Monday' looks forward");

		var check = UiTestSupport.whenOpen("Date value", shell -> {
			type("2024-03-18");
			click(shell, "OK");
		});
		keys("v");
		check.run();
		assertEquals("2024-03-18", monday.getValue());
		assertFalse(monday.isDctDependent(), "a value typed by hand does not follow the DCT");

		check = UiTestSupport.whenOpen("Date value", shell -> {
			type("next tuesday");
			assertFalse(button(shell, "OK").isEnabled(), "a value that is not ISO 8601 cannot be confirmed");
			click(shell, "Cancel");
		});
		keys("v");
		check.run();
		assertEquals("2024-03-18", monday.getValue(), "a value that is not ISO 8601 is refused");

		check = UiTestSupport.whenOpen("Date value", shell -> {
			type("2024-02-30");
			assertFalse(button(shell, "OK").isEnabled(), "a day February does not have cannot be confirmed");
			click(shell, "Cancel");
		});
		keys("v");
		check.run();

		editor.selectRange(at("Monday") + 2, at("Monday") + 2);
		settle();
		keys("d");
		assertEquals(1, all(DateMention.class).size(), "D inside a date selects it and makes no second one");
		assertEquals(monday, editor.selectedAnnotations().get(0));
	}

	@Test
	void theStatusLineFollowsTheAnnotationAtTheCaretThroughUndo() {
		select("Daan Wiersma");
		keys("s");
		waitUntil(() -> statusLine().contains("Daan Wiersma"), "the status line to describe the new speaker");
		focus(editor.textWidget());
		press('z', SWT.MOD1);
		waitUntil(() -> set().getAnnotations().isEmpty(), "Ctrl+Z to take the speaker back");
		waitUntil(() -> !statusLine().contains("Daan Wiersma"), "the status line not to describe what is gone: "
				+ statusLine());
		assertFalse(statusLine().contains("Insert"), "a read-only text has no insert mode: " + statusLine());
	}

	/** What the workbench window's status line says. */
	private String statusLine() {
		return findAll(editor.getSite().getShell(), org.eclipse.swt.custom.CLabel.class).stream()
				.map(org.eclipse.swt.custom.CLabel::getText).filter(t -> t != null).collect(Collectors.joining(" | "));
	}

	@Test
	void anEditInThePropertiesViewIsAnUndoableStepOfTheEditor() {
		acceptDctFromDateline();
		select("Monday");
		keys("d");
		var monday = all(DateMention.class).get(0);
		var properties = org.eclipse.core.runtime.Adapters.adapt(monday,
				org.eclipse.ui.views.properties.IPropertySource.class);
		assertNotNull(properties, "an annotation has properties");
		properties.setPropertyValue("note", "checked with the ministry");
		assertEquals("checked with the ministry", monday.getNote());
		assertTrue(editor.isDirty());
		editor.session().undo();
		assertEquals(null, monday.getNote(), "the properties view edits through the editor's session: undo takes it back");
		editor.session().redo();
		assertEquals("checked with the ministry", monday.getNote());
	}

	/** A readable fingerprint of the whole set, to compare states before and after undo and redo. */
	private String state() {
		var lines = new ArrayList<String>();
		for (var a : set().getAnnotations().stream().sorted(SpanIndex.TEXT_ORDER).toList()) {
			var line = a.eClass().getName() + " " + a.getBegin() + "-" + a.getEnd();
			line += switch (a) {
			case SpeakerMention s -> " entity=" + (s.getEntity() == null ? null : s.getEntity().getName());
			case Claim c -> " kind=" + c.getKind() + " speakers=" + c.getSources().stream().map(Annotation::getBegin)
					.toList() + " cues=" + c.getCues().stream().map(Annotation::getBegin).toList();
			case DateMention d -> " value=" + d.getValue();
			default -> "";
			};
			lines.add(line);
		}
		lines.add("entities=" + set().getEntities().stream().map(e -> e.getId() + ":" + e.getName() + ":"
				+ e.getMentions().size()).sorted().collect(Collectors.joining(",")));
		return String.join("\n", lines);
	}

	@Test
	void undoAndRedoOfTwentyEditsRestoreEveryStateExactly() throws Exception {
		var handlers = editor.getSite().getService(IHandlerService.class);
		var states = new ArrayList<String>();
		states.add(state());
		String[][] script = {
				{ "Henk Vermeulen", "tagSpeaker" }, { "Vermeulen|told", "tagSpeaker" },
				{ "Daan Wiersma", "tagSpeaker" }, { "Noordkade Logistics", "tagSpeaker" },
				{ "the walkout would last \"for as long as it takes\"", "tagClaim" }, { "@", "cycleClaimKind" },
				{ "told reporters", "tagCue" }, { "Thursday", "tagDate" }, { "December", "tagDate" },
				{ "last month", "tagDate" }, { "Monday", "tagDate" }, { "@", "deleteAnnotation" },
				{ "about 14 vessels were waiting at anchor by midday", "tagClaim" }, { "midday", "tagDate" },
				{ "@", "deleteAnnotation" }, { "Antwerp", "tagSpeaker" }, { "@", "deleteAnnotation" },
				{ "Friday", "tagDate" }, { "two weeks ago", "tagDate" }, { "@", "cycleClaimKind" } };
		focus(editor.textWidget());
		for (var step : script) {
			if (step[1].equals("cycleClaimKind")) {
				editor.selectRange(at("the walkout"), at("the walkout"));
			} else if (!step[0].equals("@")) {
				select(step[0]);
			}
			handlers.executeCommand("org.sayso.ui.commands." + step[1], null);
			settle();
			var now = state();
			assertFalse(now.equals(states.get(states.size() - 1)), "step " + states.size() + " changed the set");
			states.add(now);
		}
		assertEquals(21, states.size());
		assertEquals(2, all(Claim.class).size());
		assertEquals(5, all(DateMention.class).size(), "two of the seven dates were deleted again");

		for (int i = 20; i > 0; i--) {
			focus(editor.textWidget());
			press('z', SWT.MOD1);
			waitUntil(() -> true, "");
			assertEquals(states.get(i - 1), state(), "after undoing edit " + i + " (undo enabled: "
					+ editor.session().canUndo() + ", focus: " + Display.getCurrent().getFocusControl() + ")");
		}
		assertFalse(editor.isDirty(), "undoing everything leaves nothing to save");
		for (int i = 1; i <= 20; i++) {
			focus(editor.textWidget());
			press('z', SWT.MOD1, SWT.SHIFT);
			assertEquals(states.get(i), state(), "after redoing edit " + i);
		}
		assertTrue(editor.isDirty());
	}

	@Test
	void savingAndReopeningKeepsTheAnnotationsAndTheCaret() throws Exception {
		select("Daan Wiersma");
		keys("s");
		select("some shipping lines have already begun diverting cargo to Antwerp");
		keys("c");
		var before = state();
		editor.selectRange(at("diverting"), at("diverting"));
		int caret = editor.textWidget().getCaretOffset();
		editor.doSave(null);
		assertFalse(editor.isDirty());
		page.closeEditor(editor, false);
		settle();

		editor = open(DOC);
		assertEquals(before, state(), "the reopened set is the saved one");
		assertEquals(caret, editor.textWidget().getCaretOffset(), "the caret is where it was");
	}

	private List<IMarker> problems() throws CoreException {
		return Arrays.asList(project.getFile("documents/" + DOC + ".txt").findMarkers("org.sayso.ui.problem", false,
				IResource.DEPTH_ZERO));
	}

	@Test
	void problemsShowAClaimWithoutSpeakerUntilItIsLinked() throws Exception {
		select("Daan Wiersma");
		keys("s");
		select("about 14 vessels were waiting at anchor by midday");
		keys("c");
		waitUntil(() -> {
			try {
				return problems().stream().anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("speaker"));
			} catch (CoreException e) {
				throw new AssertionError(e);
			}
		}, "a problem marker for the claim without speaker");
		var marker = problems().get(0);
		assertEquals(at("about 14 vessels"), marker.getAttribute(IMarker.CHAR_START, -1));
		assertNotNull(page.findView("org.eclipse.ui.views.ProblemView"), "the Problems view is in the perspective");

		keys("l");
		waitUntil(() -> LinkSpeakerHandler.openPick() != null, "the speaker quick pick");
		press(SWT.CR);
		waitUntil(() -> {
			try {
				return problems().isEmpty();
			} catch (CoreException e) {
				throw new AssertionError(e);
			}
		}, "the problem to clear once the claim has its speaker");
	}

	@Test
	void aSetChangedOnDiskIsNotOverwrittenWithoutAskingAndTheWorkStays() throws Exception {
		select("Daan Wiersma");
		keys("s");
		editor.doSave(null);
		var file = root.resolve("annotations/ana/port-strike.xmi");
		select("Antwerp");
		keys("s");
		var theirs = Files.readString(file).replace("Daan Wiersma", "Daan Wiersma (checked)");
		Files.writeString(file, theirs, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));

		var check = UiTestSupport.whenOpen("Changed on disk", shell -> click(shell, "Cancel"));
		editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
		check.run();
		assertTrue(editor.isDirty(), "cancelled: the work stays unsaved in the editor");
		assertEquals(2, all(SpeakerMention.class).size());
		assertEquals(theirs, Files.readString(file), "their file was not touched");

		check = UiTestSupport.whenOpen("Changed on disk", shell -> click(shell, "&Overwrite"));
		editor.doSave(null);
		check.run();
		assertFalse(editor.isDirty());
		assertTrue(Files.exists(file.resolveSibling("port-strike.xmi.bak")), "their version is kept as .bak");
		assertTrue(Files.readString(file.resolveSibling("port-strike.xmi.bak")).contains("(checked)"));
		assertEquals("ana's annotations of port-strike", editor.getSaveables()[0].getName(),
				"closing asks about the annotator's set, not the article's text file");
	}

	@Test
	void theProjectSaysItsTextsAreUtf8AndShowsWhatTheCommandLineWrites() throws Exception {
		assertEquals("UTF-8", project.getDefaultCharset(false), "no 'no explicit encoding' problem");
		Files.writeString(root.resolve("export-notes.txt"), "written by sayso export", StandardCharsets.UTF_8);
		waitUntil(() -> project.getFile("export-notes.txt").exists(),
				"a file written outside the workbench to show in the project without F5");
	}

	@Test
	void aSetChangedOnDiskCanBeReloadedThrowingTheUnsavedWorkAway() throws Exception {
		select("Daan Wiersma");
		keys("s");
		editor.doSave(null);
		var file = root.resolve("annotations/ana/port-strike.xmi");
		select("Antwerp");
		keys("s");
		var theirs = Files.readString(file) + "<!-- checked by the desk -->\n";
		Files.writeString(file, theirs, StandardCharsets.UTF_8);
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));

		var check = UiTestSupport.whenOpen("Changed on disk", shell -> click(shell, "&Reload"));
		editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
		check.run();
		assertFalse(editor.isDirty(), "reloaded: nothing unsaved");
		assertEquals(List.of("Daan Wiersma"), all(SpeakerMention.class).stream().map(this::covered).toList(),
				"the set as it is on disk: the unsaved speaker is gone");
		assertEquals(theirs, Files.readString(file), "their file was not touched");
	}

	@Test
	void fMarksTheSetFinishedAndTheProjectExplorerCountsIt() throws Exception {
		select("Henk Vermeulen");
		keys("s");
		var decorator = PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator();
		var article = project.getFile("documents/" + DOC + ".txt");
		press('s', SWT.MOD1);
		waitUntil(() -> !editor.isDirty(), "Ctrl+S to save");
		waitUntil(() -> decorator.decorateText(article.getName(), article).endsWith("0/1 finished"),
				"the Project Explorer to count ana's set, not yet finished");

		keys("f");
		assertEquals(org.sayso.model.SetState.FINISHED, set().getState());
		assertTrue(editor.getPartName().contains("finished"), editor.getPartName());
		editor.session().undo();
		assertEquals(org.sayso.model.SetState.IN_PROGRESS, set().getState(), "F is an undoable step");
		keys("f");
		press('s', SWT.MOD1);
		waitUntil(() -> !editor.isDirty(), "Ctrl+S to save the mark");
		assertEquals(org.sayso.model.SetState.FINISHED,
				org.sayso.core.store.SetStates.of(root.resolve("annotations/ana/" + DOC + ".xmi")));
		waitUntil(() -> decorator.decorateText(article.getName(), article).endsWith("1/1 finished"),
				"the Project Explorer to show the set finished");
	}

	@Test
	void noBandIsPaintedAcrossTheCaretsLineFromTheLeftMargin() {
		select("We are not asking");
		var widget = editor.textWidget();
		settle();
		int line = widget.getLineAtOffset(widget.getCaretOffset());
		// the middle of the paragraph's last, short visual line, far right: no text there, only what a band paints
		var end = widget.getLocationAtOffset(widget.getOffsetAtLine(line) + widget.getLine(line).length() - 1);
		int y = end.y + widget.getLineHeight() / 2;
		int x = widget.getClientArea().width - 40;
		assertTrue(x > end.x + 20, "the paragraph's last visual line is short");
		var image = new org.eclipse.swt.graphics.Image(widget.getDisplay(), widget.getSize().x, widget.getSize().y);
		var gc = new org.eclipse.swt.graphics.GC(widget);
		try {
			gc.copyArea(image, 0, 0);
			var data = image.getImageData();
			assertEquals(widget.getBackground().getRGB(), data.palette.getRGB(data.getPixel(x, y)),
					"the caret's line is not painted across from margin to margin");
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	@Test
	void theCheatSheetListsEveryCommandWithItsKey() {
		var rows = new ArrayList<String>();
		var check = UiTestSupport.whenOpen("Sayso keys", shell -> {
			var table = find(shell, Table.class);
			Arrays.stream(table.getItems()).map(i -> i.getText(0) + " " + i.getText(1)).forEach(rows::add);
			press(SWT.ESC);
		});
		keys("h");
		check.run();
		assertTrue(rows.contains("S Tag Speaker"), rows.toString());
		assertTrue(rows.contains("L Link Claim to Speaker"), rows.toString());
		assertTrue(rows.contains("Shift+L Add Speaker to Claim"), rows.toString());
		assertEquals(23, rows.size(), rows.toString());
		assertTrue(rows.contains("F Mark Finished"), rows.toString());
		assertTrue(rows.contains("Shift+G Carry Annotations from a Copy"), rows.toString());
		assertEquals(List.of("S Tag Speaker", "C Tag Claim", "Q Tag Cue", "D Tag Date"), rows.subList(0, 4),
				"the tagging keys come first, in the order an annotator uses them, not by name");
		assertTrue(Arrays.stream(Display.getCurrent().getShells())
				.noneMatch(s -> !s.isDisposed() && s.isVisible() && "Sayso keys".equals(s.getText())), "Escape closed it");
	}

	@Test
	void suggestionsAreReviewedWithAcceptAndRejectAndARejectionStaysAway() throws Exception {
		keys("g");
		waitUntil(() -> set().getAnnotations().stream().anyMatch(a -> a.getOrigin() == Origin.SUGGESTED),
				"the suggestions, computed in the background");
		assertTrue(editor.session().canUndo(), "one undoable edit");
		var suggested = set().getAnnotations().stream().filter(a -> a.getOrigin() == Origin.SUGGESTED)
				.sorted(SpanIndex.TEXT_ORDER).toList();
		assertTrue(suggested.size() >= 10, "the article gets suggestions: " + suggested.size());
		assertEquals("2024-03-07", editor.session().document().getDct(), "the DCT came from the dateline");
		var first = suggested.get(0);
		var style = editor.textWidget().getStyleRangeAtOffset(first.getBegin());
		assertTrue(style != null && (style.fontStyle & SWT.ITALIC) != 0, "suggestions are drawn apart (italic)");

		keys("j");
		assertEquals(first, editor.selectedAnnotation(), "J goes to the first suggestion");
		keys("a");
		assertEquals(Origin.MANUAL, first.getOrigin(), "A made it the annotator's own");
		var second = editor.selectedAnnotation();
		assertEquals(Origin.SUGGESTED, second.getOrigin(), "and moved on to the next suggestion");
		int begin = second.getBegin();
		int end = second.getEnd();
		keys("r");
		assertFalse(set().getAnnotations().contains(second), "R removed it");
		assertEquals(1, set().getRejections().size(), "and remembered it");

		int before = set().getAnnotations().size();
		keys("g");
		waitUntil(() -> Job.getJobManager().find(editor.session()).length == 0, "the second run of the suggestions");
		settle();
		assertEquals(before, set().getAnnotations().size(), "nothing new to suggest");
		assertTrue(set().getAnnotations().stream().noneMatch(a -> a.getBegin() == begin && a.getEnd() == end
				&& a.eClass() == second.eClass()), "suggesting again does not bring a rejected suggestion back");
		assertEquals(1, set().getAnnotations().stream().filter(a -> a.getBegin() == first.getBegin()
				&& a.getEnd() == first.getEnd() && a.eClass() == first.eClass()).count(), "nor duplicates an accepted one");

		var sentence = at("Port authority spokesman Daan Wiersma");
		var sentenceEnd = at("by midday.") + "by midday".length();
		var inSentence = set().getAnnotations().stream()
				.filter(a -> a.getEnd() > sentence && a.getBegin() < sentenceEnd).toList();
		assertTrue(inSentence.stream().anyMatch(a -> a.getOrigin() == Origin.SUGGESTED), "suggestions to accept");
		editor.selectRange(at("about 14 vessels"), at("about 14 vessels"));
		keys("A"); // Shift+A
		assertTrue(inSentence.stream().allMatch(a -> a.getOrigin() == Origin.MANUAL),
				"Shift+A accepted every suggestion of the sentence");
		assertTrue(set().getAnnotations().stream().anyMatch(a -> a.getOrigin() == Origin.SUGGESTED),
				"and only those");
	}

	@Test
	void aNewArticleGetsItsSuggestionsInTheBackgroundAsOneUndoableEdit() throws Exception {
		SaysoPreferences.store().setValue(SaysoPreferences.SUGGEST_ON_OPEN, true);
		var fresh = open("flood-defences");
		var set = fresh.session().set();
		waitUntil(() -> !set.getAnnotations().isEmpty(), "the suggestions of a new article");
		assertTrue(set.getAnnotations().stream().allMatch(a -> a.getOrigin() == Origin.SUGGESTED), "all suggested");
		assertTrue(fresh.isDirty(), "the suggestions are an edit like any other");
		fresh.session().undo();
		assertTrue(set.getAnnotations().isEmpty(), "one undo takes them all back");
		assertFalse(fresh.isDirty());
	}

	@Test
	void draggingTheEndOfTheSelectedAnnotationMovesIt() {
		select("Noordkade Logistics");
		keys("s");
		var speaker = all(SpeakerMention.class).get(0);
		var widget = editor.textWidget();
		int from = speaker.getEnd();
		int to = at("Noordkade Logistics broke") + "Noordkade Logistics broke".length();
		widget.setTopIndex(0);
		settle();
		// mouse events sent to the text widget (the window system's pointer is not reliable under Xvfb)
		mouse(widget, SWT.MouseMove, widget.getLocationAtOffset(from), 0);
		mouse(widget, SWT.MouseDown, widget.getLocationAtOffset(from), 1);
		mouse(widget, SWT.MouseMove, widget.getLocationAtOffset(to), 0);
		mouse(widget, SWT.MouseUp, widget.getLocationAtOffset(to), 1);
		assertEquals("Noordkade Logistics broke", covered(speaker), "the end moved to where the mouse let go");
		press('z', SWT.MOD1);
		assertEquals("Noordkade Logistics", covered(speaker), "and the move is undoable");
	}

	@Test
	void ctrlDraggingFromAClaimToASpeakerLinksThem() {
		select("Henk Vermeulen");
		keys("s");
		var henk = all(SpeakerMention.class).get(0);
		select("\"We are not asking for the moon. We are asking to see our families,\"");
		keys("c");
		var claim = all(Claim.class).get(0);
		assertTrue(claim.getSources().isEmpty());
		var widget = editor.textWidget();
		widget.setTopIndex(0);
		settle();
		var inClaim = widget.getLocationAtOffset(claim.getBegin() + 5);
		var onSpeaker = widget.getLocationAtOffset(henk.getBegin() + 3);
		ctrlMouse(widget, SWT.MouseDown, inClaim, 1);
		ctrlMouse(widget, SWT.MouseMove, onSpeaker, 0);
		ctrlMouse(widget, SWT.MouseUp, onSpeaker, 1);
		assertEquals(List.of(henk), claim.getSources(), "letting go on the speaker linked the claim");
		press('z', SWT.MOD1);
		assertTrue(claim.getSources().isEmpty(), "the link is one undoable edit");

		// letting go elsewhere links nothing
		ctrlMouse(widget, SWT.MouseDown, inClaim, 1);
		ctrlMouse(widget, SWT.MouseUp, widget.getLocationAtOffset(at("the union's chief")), 1);
		assertTrue(claim.getSources().isEmpty());
	}

	@Test
	void theLegendHidesALayerAndTurnsLabelsOn() throws Exception {
		select("Thursday");
		keys("d");
		var widget = editor.textWidget();
		int thursday = at("Thursday") + 2;
		assertTrue(widget.getStyleRangeAtOffset(thursday).underline, "the date is drawn");
		var boxes = findAll(editor.legend(), Button.class);
		assertEquals(5, boxes.size(), "a check box per layer and one for labels");
		var date = boxes.stream().filter(b -> b.getData("kind") == org.sayso.core.AnnotationKind.DATE).findFirst()
				.orElseThrow();
		date.setSelection(false);
		date.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		settle();
		var style = widget.getStyleRangeAtOffset(thursday);
		assertTrue(style == null || !style.underline, "the date layer is hidden");
		assertFalse(editor.isLayerShown(org.sayso.core.AnnotationKind.DATE));
		date.setSelection(true);
		date.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		settle();
		assertTrue(widget.getStyleRangeAtOffset(thursday).underline, "and shown again");

		int spacing = widget.getLineSpacing();
		var labels = boxes.stream().filter(b -> b.getData("labels") != null).findFirst().orElseThrow();
		labels.setSelection(true);
		labels.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		settle();
		assertTrue(editor.labelsShown());
		assertTrue(widget.getLineSpacing() > spacing, "the lines part to make room for the labels");
		// the label is painted over the date's first character, in the room above its line
		var at = widget.getLocationAtOffset(at("Thursday"));
		var image = new org.eclipse.swt.graphics.Image(widget.getDisplay(), widget.getSize().x, widget.getSize().y);
		var gc = new org.eclipse.swt.graphics.GC(widget);
		try {
			gc.copyArea(image, 0, 0);
			var data = image.getImageData();
			boolean inked = false;
			for (int x = at.x; x < at.x + 40 && !inked; x++) {
				for (int y = Math.max(0, at.y - 8); y < at.y - 1 && !inked; y++) {
					inked = !data.palette.getRGB(data.getPixel(x, y)).equals(widget.getBackground().getRGB());
				}
			}
			assertTrue(inked, "a label over the date");
		} finally {
			gc.dispose();
			image.dispose();
		}
		UiTestSupport.screenshot("editor-labels.png");
	}

	private static void ctrlMouse(Control widget, int type, org.eclipse.swt.graphics.Point at, int button) {
		var event = new org.eclipse.swt.widgets.Event();
		event.x = at.x + 1;
		event.y = at.y + 4;
		event.button = button;
		event.stateMask = SWT.MOD1 | (type == SWT.MouseMove && button == 0 ? 0 : SWT.BUTTON1);
		widget.notifyListeners(type, event);
		settle();
	}

	@Test
	void theClaimsViewFiltersAndRevealsAClaimInTheText() throws Exception {
		select("Daan Wiersma");
		keys("s");
		select("about 14 vessels were waiting at anchor by midday");
		keys("c");
		select("the new roster had been agreed with its works council in 2019");
		keys("c");
		var view = (org.sayso.ui.internal.views.ClaimsView) page.showView(org.sayso.ui.internal.views.ClaimsView.ID);
		settle();
		assertEquals(2, view.shownClaims().size());
		var filter = findAll(view.getViewSite().getShell(), org.eclipse.swt.widgets.Text.class).stream()
				.filter(t -> "Filter (any column)".equals(t.getMessage())).findFirst().orElseThrow();
		focus(filter);
		type("vessels");
		assertEquals(1, view.shownClaims().size(), "the filter matches any column");
		var table = findAll(view.getViewSite().getShell(), Table.class).stream()
				.filter(t -> t.getItemCount() == 1 && t.getColumnCount() == 6).findFirst().orElseThrow();
		int line = Arrays.stream(table.getColumns()).map(org.eclipse.swt.widgets.TableColumn::getText).toList()
				.indexOf("Line");
		assertTrue(line >= 0, "a Line column, not raw offsets");
		long lineOfClaim = text.substring(0, at("about 14 vessels")).chars().filter(c -> c == '\n').count() + 1;
		assertEquals(String.valueOf(lineOfClaim), table.getItem(0).getText(line), "the line the claim is on");
		focus(table);
		table.setSelection(0);
		press(SWT.CR);
		assertEquals(editor, page.getActivePart(), "Enter went to the editor");
		assertEquals(at("about 14 vessels"), editor.textSelection().getOffset(), "with the claim selected");
		page.hideView(view);
	}

	private static void mouse(Control widget, int type, org.eclipse.swt.graphics.Point at, int button) {
		var event = new org.eclipse.swt.widgets.Event();
		event.x = at.x + 1;
		event.y = at.y + 4;
		event.button = button;
		event.stateMask = type == SWT.MouseMove && button == 0 ? 0 : SWT.BUTTON1;
		widget.notifyListeners(type, event);
		settle();
	}

	private static Button button(Shell shell, String label) {
		for (var button : findAll(shell, Button.class)) {
			if (button.getText().replace("&", "").equals(label.replace("&", ""))) {
				return button;
			}
		}
		throw new AssertionError("no button " + label + " in " + shell.getText());
	}

	private static void click(Shell shell, String label) {
		var button = button(shell, label);
		assertTrue(button.isEnabled(), label + " is enabled");
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	private static <T extends Control> T find(Composite parent, Class<T> type) {
		var all = findAll(parent, type);
		assertFalse(all.isEmpty(), "no " + type.getSimpleName());
		return all.get(0);
	}

	private static <T extends Control> List<T> findAll(Composite parent, Class<T> type) {
		return UiTestSupport.findAll(parent, type);
	}
}
