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
		SaysoPreferences.store().setToDefault(SaysoPreferences.ANNOTATOR);
	}

	@Test
	void aCopyOfAnAnnotatedStoryOffersItsAnnotationsAndShiftGCarriesThem() throws Exception {
		SaysoPreferences.store().setValue(SaysoPreferences.SUGGEST_ON_OPEN, false);
		SaysoPreferences.store().setValue(SaysoPreferences.ANNOTATOR, "ana");
		var workbench = PlatformUI.getWorkbench();
		var page = workbench.showPerspective(SaysoUi.PERSPECTIVE_ID, workbench.getActiveWorkbenchWindow());
		var quote = "\"This increase pays for cleaner ships, not for profits.\"";
		var project = openWire(store -> solbergSaid(store, "ferry-wire", quote));

		var editor = (AnnotationEditor) IDE.openEditor(page, project.getFile("documents/ferry-fjord-post.txt"));
		waitUntil(() -> editor.copyOffer() != null, "the offer to carry the copy's annotations");
		assertTrue(editor.copyOffer().startsWith("ferry-wire, a copy of this article, is annotated"), editor.copyOffer());
		// the command Shift+G runs (the cheat sheet test checks the key)
		page.activate(editor);
		PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
				.executeCommand("org.sayso.ui.commands.carryFromCopy", null);
		var set = editor.session().set();
		waitUntil(() -> set.getAnnotations().size() == 2, "the speaker and the claim carried");
		var carried = set.getAnnotations().stream().filter(org.sayso.model.Claim.class::isInstance)
				.map(org.sayso.model.Claim.class::cast).findFirst().orElseThrow();
		var post = editor.session().text();
		assertEquals(quote, post.substring(carried.getBegin(), carried.getEnd()));
		assertEquals(org.sayso.model.Origin.PROJECTED, carried.getOrigin());
		assertEquals(1, carried.getSources().size(), "with its speaker");

		editor.select(carried);
		UiTestSupport.settle();
		UiTestSupport.focus(editor.textWidget());
		UiTestSupport.type("a");
		assertEquals(org.sayso.model.Origin.MANUAL, carried.getOrigin(), "A accepts it like a suggestion");
		assertEquals(org.sayso.model.Origin.MANUAL, carried.getSources().get(0).getOrigin(), "with its speaker");
		editor.session().undo();
		editor.session().undo();
		UiTestSupport.settle();
		assertTrue(set.getAnnotations().isEmpty(), "carrying was one undoable edit");
	}

	@Test
	void theClaimsViewsAllArticlesScopeCountsWhereAClaimWasReported() throws Exception {
		SaysoPreferences.store().setValue(SaysoPreferences.SUGGEST_ON_OPEN, false);
		SaysoPreferences.store().setValue(SaysoPreferences.ANNOTATOR, "ana");
		var workbench = PlatformUI.getWorkbench();
		var page = workbench.showPerspective(SaysoUi.PERSPECTIVE_ID, workbench.getActiveWorkbenchWindow());
		var quote = "\"This increase pays for cleaner ships, not for profits.\"";
		var project = openWire(store -> {
			solbergSaid(store, "ferry-wire", quote);
			solbergSaid(store, "ferry-coastal-times", quote);
		});
		var claims = (org.sayso.ui.internal.views.ClaimsView) page.showView(org.sayso.ui.internal.views.ClaimsView.ID);
		IDE.openEditor(page, project.getFile("documents/ferry-wire.txt"));
		claims.showAcross(true);
		waitUntil(() -> claims.shownAcross().size() == 1, "the quote reported in two articles: " + claims.shownAcross());
		assertEquals("Ingrid Solberg | " + quote + " | 2", claims.shownAcross().get(0));
		claims.showAcross(false);
		assertEquals(1, claims.shownClaims().size(), "back to this article's claims");
	}

	@Test
	void theArticleOpenShowsItsCopiesAndTheirSharedPassages() throws Exception {
		SaysoPreferences.store().setValue(SaysoPreferences.SUGGEST_ON_OPEN, false);
		var workbench = PlatformUI.getWorkbench();
		var page = workbench.showPerspective(SaysoUi.PERSPECTIVE_ID, workbench.getActiveWorkbenchWindow());
		var project = openWire(store -> {
			// no sets: the copies are of the texts
		});

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

	/** A copy of the wire sample, with {@code sets} written into it first, opened in the workbench. */
	private org.eclipse.core.resources.IProject openWire(SetWriter sets) throws Exception {
		var root = temp.resolve("wire");
		UiTestSupport.copy(UiTestSupport.SAMPLE.resolveSibling("wire"), root);
		sets.write(org.sayso.core.store.ProjectStore.open(root));
		var job = OpenProjectOnStartup.schedule(root);
		waitUntil(() -> job.getResult() != null, "the project to open");
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(p -> p.getLocation() != null && Path.of(p.getLocation().toOSString()).equals(root)).findFirst()
				.orElseThrow();
	}

	private interface SetWriter {
		void write(org.sayso.core.store.ProjectStore store) throws Exception;
	}

	/** Ingrid Solberg's claim of {@code quote}, linked to her, in ana's set of the article. */
	private static void solbergSaid(org.sayso.core.store.ProjectStore store, String id, String quote) throws Exception {
		var document = store.document(id);
		var text = store.text(document);
		var opened = store.openSet(document, "ana");
		int s = text.indexOf("Ingrid Solberg");
		int q = text.indexOf(quote);
		var speaker = org.sayso.core.edit.AnnotationEdits.tagSpeaker(opened.set(), s, s + 14, "ana");
		var claim = org.sayso.core.edit.AnnotationEdits.tagClaim(opened.set(), q, q + quote.length(), "ana");
		org.sayso.core.edit.AnnotationEdits.link(claim, speaker);
		store.save(opened, false);
	}
}
