package org.sayso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sayso.ui.tests.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.ui.SaysoUi;
import org.sayso.ui.internal.OpenProjectOnStartup;
import org.sayso.ui.internal.editor.AnnotationEditor;
import org.sayso.ui.internal.prefs.SaysoPreferences;
import org.sayso.ui.internal.views.CopiesView;

/** The Copies view on the wire sample: the article open, its four republications, and what each shares with it. */
class CopiesViewTest {

	@TempDir
	Path temp;

	@AfterEach
	void closeEverything() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		UiTestSupport.removeWorkspaceProjects();
		SaysoPreferences.store().setToDefault(SaysoPreferences.SUGGEST_ON_OPEN);
	}

	@Test
	void theArticleOpenShowsItsCopiesAndTheirSharedPassages() throws Exception {
		SaysoPreferences.store().setValue(SaysoPreferences.SUGGEST_ON_OPEN, false);
		var workbench = PlatformUI.getWorkbench();
		var page = workbench.showPerspective(SaysoUi.PERSPECTIVE_ID, workbench.getActiveWorkbenchWindow());
		var root = temp.resolve("wire");
		UiTestSupport.copy(UiTestSupport.SAMPLE.resolveSibling("wire"), root);
		var job = OpenProjectOnStartup.schedule(root);
		waitUntil(() -> job.getResult() != null, "the project to open");
		var project = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(p -> p.getLocation() != null && Path.of(p.getLocation().toOSString()).equals(root)).findFirst()
				.orElseThrow();

		var view = (CopiesView) page.showView(CopiesView.ID);
		var editor = (AnnotationEditor) IDE.openEditor(page, project.getFile("documents/ferry-wire.txt"));
		waitUntil(() -> view.shownCopies().size() == 4, "the four republications: " + view.shownCopies());
		var copies = view.shownCopies();
		assertTrue(copies.stream().anyMatch(c -> c.matches("ferry-harbour-news 9\\d%")), copies.toString());
		assertTrue(copies.stream().noneMatch(c -> c.startsWith("ferry-commuters")), "not the story in its own words");
		assertTrue(!view.shownPassages().isEmpty(), "the first copy's passages are listed");
		assertTrue(view.shownPassages().stream().anyMatch(p -> p.startsWith("BERGEN (Sayso Wire) March 4, 2025")),
				view.shownPassages().toString());
		UiTestSupport.screenshot("copies.png");

		// another article: its own copies, from the same measurement
		var commuters = IDE.openEditor(page, project.getFile("documents/ferry-commuters.txt"));
		waitUntil(() -> view.shownCopies().isEmpty() && view.getContentDescription().startsWith("ferry-commuters has no copy"),
				"no copies of the story in its own words: " + view.getContentDescription());
		page.activate(editor);
		waitUntil(() -> view.shownCopies().size() == 4, "back on the wire story");
		assertEquals(4, view.shownCopies().size());
		page.closeEditor(commuters, false);
	}
}
