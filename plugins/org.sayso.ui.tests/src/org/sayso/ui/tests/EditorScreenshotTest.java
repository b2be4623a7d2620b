package org.sayso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sayso.ui.tests.UiTestSupport.settle;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.model.Claim;
import org.sayso.model.DateMention;
import org.sayso.ui.SaysoUi;
import org.sayso.ui.internal.editor.AnnotationEditor;
import org.sayso.ui.internal.prefs.SaysoPreferences;
import org.sayso.ui.internal.views.ClaimsView;

/**
 * Pictures of the editor for the README and for reviewing changes to the drawing: a sample article with speakers,
 * claims, cues and dates (one date nested in a claim), the selected claim's link to its speaker, and the Claims view.
 * Saved under target/screenshots.
 */
class EditorScreenshotTest {

	@TempDir
	Path temp;

	@AfterEach
	void closeEverything() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		UiTestSupport.removeWorkspaceProjects();
		SaysoPreferences.store().setToDefault(SaysoPreferences.ANNOTATOR);
		SaysoPreferences.store().setToDefault(SaysoPreferences.SUGGEST_ON_OPEN);
	}

	@Test
	void editorWithEveryTypeANestedDateAndTheClaimsView() throws Exception {
		SaysoPreferences.store().setValue(SaysoPreferences.ANNOTATOR, "ana");
		SaysoPreferences.store().setValue(SaysoPreferences.SUGGEST_ON_OPEN, false);
		var workbench = PlatformUI.getWorkbench();
		var page = workbench.showPerspective(SaysoUi.PERSPECTIVE_ID, workbench.getActiveWorkbenchWindow());
		workbench.getActiveWorkbenchWindow().getShell().setMaximized(true);
		var project = UiTestSupport.openCopyOfSample(temp.resolve("newsroom"));
		var editor = (AnnotationEditor) IDE.openEditor(page, project.getFile("documents/port-strike.txt"));
		var session = editor.session();
		var text = session.text();
		var set = session.set();
		session.execute("Annotate the sample", () -> {
			session.document().setDct("2024-03-07");
			var henk = speaker(set, text, "Henk Vermeulen", 0);
			int told = text.indexOf("Vermeulen told");
			var vermeulen = AnnotationEdits.tagSpeaker(set, told, told + "Vermeulen".length(), "ana");
			var company = speaker(set, text, "The company", 0);
			var wiersma = speaker(set, text, "Daan Wiersma", 0);
			var official = speaker(set, text, "A union official who asked not to be named", 0);
			int shePos = text.indexOf("she said");
			var she = AnnotationEdits.tagSpeaker(set, shePos, shePos + 3, "ana");
			AnnotationEdits.mergeEntities(set, official.getEntity(), she.getEntity());
			link(set, text, "\"We are not asking for the moon. We are asking to see our families,\"", henk, "said");
			link(set, text, "the walkout would last \"for as long as it takes\"", vermeulen, "told reporters");
			link(set, text, "crews at a third terminal could join on Monday", vermeulen, "warned");
			link(set, text, "the new roster had been agreed with its works council in 2019", company,
					"said in a statement");
			link(set, text, "\"People are tired, and they feel nobody is listening,\"", she, "said");
			link(set, text, "about 14 vessels were waiting at anchor by midday", wiersma, "said");
			for (var date : new String[] { "Thursday", "December", "last month", "Monday", "in 2019", "two weeks ago",
					"on Friday" }) {
				int b = text.indexOf(date);
				AnnotationEdits.tagDate(set, b, b + date.length(), "ana");
			}
		});
		var monday = set.getAnnotations().stream().filter(DateMention.class::isInstance).map(DateMention.class::cast)
				.filter(d -> text.substring(d.getBegin(), d.getEnd()).equals("Monday")).findFirst().orElseThrow();
		var around = set.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
				.filter(c -> c.getBegin() <= monday.getBegin() && monday.getEnd() <= c.getEnd()).findFirst();
		assertTrue(around.isPresent(), "the date is nested in a claim");
		assertEquals("2024-03-11", monday.getValue());

		var previous = page.findView(ClaimsView.ID);
		if (previous != null) {
			page.hideView(previous); // a fresh view: no filter left by another test
		}
		var claims = (ClaimsView) page.showView(ClaimsView.ID);
		page.activate(editor);
		var quote = text.indexOf("We are not asking");
		editor.selectRange(quote + 3, quote + 3);
		editor.textWidget().setTopIndex(0);
		settle();
		var picture = UiTestSupport.screenshot("editor.png");
		assertTrue(Files.size(picture) > 10_000, "a picture was taken");
		settle();
		assertEquals(6, claims.shownClaims().size(), "the Claims view lists them");
		UiTestSupport.screenshot("claims-view.png");
	}

	private static org.sayso.model.SpeakerMention speaker(org.sayso.model.AnnotationSet set, String text, String phrase,
			int from) {
		int b = text.indexOf(phrase, from);
		return AnnotationEdits.tagSpeaker(set, b, b + phrase.length(), "ana");
	}

	private static void link(org.sayso.model.AnnotationSet set, String text, String claimText,
			org.sayso.model.SpeakerMention speaker, String cue) {
		int b = text.indexOf(claimText);
		var claim = AnnotationEdits.tagClaim(set, b, b + claimText.length(), "ana");
		AnnotationEdits.link(claim, speaker);
		int c = text.indexOf(cue, Math.max(0, Math.min(b, speaker.getBegin()) - 40));
		if (c >= 0 && Math.abs(c - b) < 200) {
			var tagged = AnnotationEdits.tagCue(set, c, c + cue.length(), "ana");
			for (var other : set.getAnnotations()) {
				if (other instanceof Claim o) {
					o.getCues().remove(tagged);
				}
			}
			claim.getCues().add(tagged);
		}
	}
}
