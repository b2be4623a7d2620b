package org.sayso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sayso.ui.tests.UiTestSupport.focus;
import static org.sayso.ui.tests.UiTestSupport.press;
import static org.sayso.ui.tests.UiTestSupport.settle;
import static org.sayso.ui.tests.UiTestSupport.type;
import static org.sayso.ui.tests.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.project.SpeakerRegistry;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.Claim;
import org.sayso.model.SpeakerMention;
import org.sayso.ui.SaysoUi;
import org.sayso.ui.internal.editor.AnnotationEditor;
import org.sayso.ui.internal.handlers.LinkSpeakerHandler;
import org.sayso.ui.internal.prefs.SaysoPreferences;
import org.sayso.ui.internal.views.SpeakersView;

/**
 * The project's speakers in the workbench: registering an article's speaker (an undoable step of the article, the
 * registry written at once), the project scope of the Speakers view, and project speakers first in the quick pick.
 */
class SpeakersViewTest {

	@TempDir
	Path temp;

	private IWorkbenchPage page;
	private IProject project;
	private Path root;
	private AnnotationEditor editor;
	private String text;

	@BeforeEach
	void openArticle() throws Exception {
		SaysoPreferences.store().setValue(SaysoPreferences.ANNOTATOR, "ana");
		SaysoPreferences.store().setValue(SaysoPreferences.SUGGEST_ON_OPEN, false);
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(SaysoUi.PERSPECTIVE_ID, workbench.getActiveWorkbenchWindow());
		root = temp.resolve("newsroom");
		project = UiTestSupport.openCopyOfSample(root);
		editor = assertInstanceOf(AnnotationEditor.class, IDE.openEditor(page, project.getFile("documents/port-strike.txt")));
		settle();
		text = editor.session().text();
	}

	@AfterEach
	void closeEverything() throws Exception {
		page.closeAllEditors(false);
		UiTestSupport.removeWorkspaceProjects();
		SaysoPreferences.store().setToDefault(SaysoPreferences.ANNOTATOR);
		SaysoPreferences.store().setToDefault(SaysoPreferences.SUGGEST_ON_OPEN);
	}

	private void tag(String phrase, String key) {
		int at = text.indexOf(phrase);
		assertTrue(at >= 0, phrase);
		editor.selectRange(at, at + phrase.length());
		settle();
		focus(editor.textWidget());
		type(key);
	}

	private String entityId(String name) {
		return editor.session().set().getEntities().stream().filter(e -> name.equals(e.getName())).findFirst()
				.orElseThrow().getId();
	}

	@Test
	void aSpeakerRegisteredInOneArticleIsAProjectSpeakerOfferedFirstAndCountedForTheProject() throws Exception {
		tag("Henk Vermeulen", "s");
		tag("Daan Wiersma", "s");
		var view = (SpeakersView) page.showView(SpeakersView.ID);
		settle();
		view.selectSpeaker("Henk Vermeulen");
		settle();

		view.registerSelected();
		settle();

		assertEquals("henk-vermeulen", entityId("Henk Vermeulen"), "the article's speaker takes the project id");
		assertTrue(Files.readString(root.resolve("sayso.project")).contains("id=\"henk-vermeulen\""),
				"the registry is written at once");
		assertTrue(view.rows().stream().anyMatch(r -> r.startsWith("Henk Vermeulen") && r.endsWith("project speaker")),
				view.rows().toString());
		// undo gives the entity its own id back; the registry stays
		focus(editor.textWidget());
		press('z', SWT.MOD1);
		settle();
		assertNotEquals("henk-vermeulen", entityId("Henk Vermeulen"));
		editor.session().redo();
		settle();
		assertEquals("henk-vermeulen", entityId("Henk Vermeulen"));

		// the quick pick lists the project speaker first, though Wiersma is nearer the claim
		tag("about 14 vessels were waiting at anchor by midday", "c");
		int in = text.indexOf("about 14 vessels");
		editor.selectRange(in, in);
		settle();
		focus(editor.textWidget());
		type("l");
		waitUntil(() -> LinkSpeakerHandler.openPick() != null, "the speaker quick pick");
		var shown = LinkSpeakerHandler.openPick().shown().stream().map(SpeakerMention::getEntity).map(e -> e.getName())
				.toList();
		assertEquals(List.of("Henk Vermeulen", "Daan Wiersma"), shown);
		press(SWT.ESC);
		settle();
		var claim = editor.session().set().getAnnotations().stream().filter(Claim.class::isInstance).findFirst();
		assertTrue(claim.isPresent());

		press('s', SWT.MOD1);
		waitUntil(() -> !editor.isDirty(), "Ctrl+S to save");
		view.showWholeProject(true);
		waitUntil(() -> view.rows().stream().anyMatch(r -> r.contains("Henk Vermeulen")), "the project's speakers");
		assertEquals(List.of("Henk Vermeulen  [person]  (1 mention in 1 article)"), view.rows());
		view.showWholeProject(false);
		settle();
		assertEquals(2, view.rows().size(), "the article's two speakers again");

		var registry = new SpeakerRegistry(ProjectStore.open(root).project());
		assertEquals(List.of("henk-vermeulen"), registry.speakers().stream().map(s -> s.getId()).toList());
		page.hideView(view);
	}

	@Test
	void mergingProjectSpeakersChangesTheOpenArticleUndoablyAndEveryOtherOnDisk() throws Exception {
		tag("Henk Vermeulen", "s");
		int second = text.indexOf("Vermeulen told");
		editor.selectRange(second, second + "Vermeulen".length());
		settle();
		focus(editor.textWidget());
		type("s");
		var session = editor.session();
		var mention = session.set().getAnnotations().stream().filter(SpeakerMention.class::isInstance)
				.map(SpeakerMention.class::cast).filter(m -> m.getBegin() == second).findFirst().orElseThrow();
		session.execute("split", () -> org.sayso.core.edit.AnnotationEdits.splitMention(session.set(), mention));
		var view = (SpeakersView) page.showView(SpeakersView.ID);
		settle();
		for (var name : List.of("Henk Vermeulen", "Vermeulen")) {
			view.selectSpeaker(name);
			settle();
			view.registerSelected();
			settle();
		}
		assertEquals("vermeulen", mention.getEntity().getId());
		press('s', SWT.MOD1);
		waitUntil(() -> !editor.isDirty(), "Ctrl+S to save");
		// another annotator's set of another article, not open, mentions the short-named speaker
		var other = ProjectStore.open(root);
		var rail = other.document("rail-tender");
		var opened = other.openSet(rail, "ben");
		var railText = other.text(rail);
		var railMention = org.sayso.core.edit.AnnotationEdits.tagSpeaker(opened.set(), 0, railText.indexOf(' '), "ben");
		railMention.getEntity().setId("vermeulen");
		other.save(opened, false);

		view.mergeProjectSpeakers("henk-vermeulen", "vermeulen", false);
		settle();

		assertEquals("henk-vermeulen", mention.getEntity().getId(), "the open article changed");
		assertEquals(1, session.set().getEntities().size());
		assertTrue(editor.isDirty(), "as an unsaved step of its editor");
		var reread = ProjectStore.open(root);
		var railSet = reread.openSet(reread.document("rail-tender"), "ben").set();
		assertEquals(List.of("henk-vermeulen"), railSet.getEntities().stream().map(e -> e.getId()).toList(),
				"the article not open was rewritten on disk");
		assertEquals(List.of("henk-vermeulen"), reread.project().getSpeakers().stream().map(s -> s.getId()).toList());
		assertEquals(List.of("Vermeulen"), reread.project().getSpeakers().get(0).getAliases());
		focus(editor.textWidget());
		press('z', SWT.MOD1);
		settle();
		assertEquals("vermeulen", mention.getEntity().getId(), "undo covers the merge in the open editor");
		session.redo();
		settle();

		// split off again, in this article only
		view.showWholeProject(true);
		waitUntil(() -> !view.rows().isEmpty(), "the project's speakers");
		view.selectProjectSpeakers("henk-vermeulen");
		view.splitOffHere("Henk Vermeulen (union)");
		settle();
		assertEquals("henk-vermeulen-union", mention.getEntity().getId());
		var last = ProjectStore.open(root);
		assertEquals(List.of("henk-vermeulen", "henk-vermeulen-union"),
				last.project().getSpeakers().stream().map(s -> s.getId()).toList());
		assertEquals(List.of("henk-vermeulen"), last.openSet(last.document("rail-tender"), "ben").set().getEntities()
				.stream().map(e -> e.getId()).toList(), "other articles keep the speaker");
		view.showWholeProject(false);
		page.hideView(view);
	}
}
