package org.sayso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sayso.ui.tests.UiTestSupport.settle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sayso.core.store.ProjectStore;
import org.sayso.ui.SaysoUi;
import org.sayso.ui.internal.OpenProjectOnStartup;
import org.sayso.ui.internal.editor.AnnotationEditor;
import org.sayso.ui.internal.prefs.SaysoPreferences;

/**
 * The editor's speed on a long article, run by {@code ./sayso bench} (not part of the tests): opening a 1 MB article
 * with 20,000 annotations until its text is painted with the highlights, and tagging one span with all of them
 * present, each beside the same work on the same text with no annotations, measured turn about in the same run.
 * Fails when a target is missed.
 */
class EditorBench {

	private static final int ROUNDS = 7;
	private static final int TAGS = 25;

	@TempDir
	Path temp;

	private IWorkbenchPage page;
	private IProject project;
	private BenchArticle article;

	@BeforeEach
	void makeProject() throws Exception {
		SaysoPreferences.store().setValue(SaysoPreferences.SUGGEST_ON_OPEN, false);
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(SaysoUi.PERSPECTIVE_ID, workbench.getActiveWorkbenchWindow());
		var root = temp.resolve("bench");
		var store = ProjectStore.create(root, "bench");
		article = new BenchArticle(1_000_000);
		var document = store.addDocument("long-article", article.text);
		document.setDct("2024-03-07");
		store.saveProject(false);
		var opened = store.openSet(document, "annotated");
		article.annotate(opened.set());
		store.save(opened, false);
		assertTrue(opened.set().getAnnotations().size() >= 20_000, "20,000 annotations");
		var job = OpenProjectOnStartup.schedule(root);
		UiTestSupport.waitUntil(() -> job.getResult() != null, "the project to open");
		project = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(p -> p.getLocation() != null && Path.of(p.getLocation().toOSString()).equals(root)).findFirst()
				.orElseThrow();
		System.out.printf(Locale.ROOT, "editor bench: article of %,d characters; %,d annotations in set 'annotated',"
				+ " none in set 'empty'%n", article.text.length(), opened.set().getAnnotations().size());
	}

	@AfterEach
	void cleanUp() throws Exception {
		page.closeAllEditors(false);
		UiTestSupport.removeWorkspaceProjects();
		SaysoPreferences.store().setToDefault(SaysoPreferences.ANNOTATOR);
		SaysoPreferences.store().setToDefault(SaysoPreferences.SUGGEST_ON_OPEN);
	}

	private AnnotationEditor open(String annotator) throws Exception {
		SaysoPreferences.store().setValue(SaysoPreferences.ANNOTATOR, annotator);
		return (AnnotationEditor) IDE.openEditor(page, project.getFile("documents/long-article.txt"));
	}

	@Test
	void openAndTagOnALongArticle() throws Exception {
		var annotated = new ArrayList<Long>();
		var empty = new ArrayList<Long>();
		// an annotation in the first screen: opening shows the top of the article
		int probe = article.spans.get(5).begin();
		open("empty");
		page.closeAllEditors(false); // warm up class loading once, outside the figures
		settle();
		for (int round = 0; round < ROUNDS; round++) {
			for (var annotator : List.of("annotated", "empty")) {
				System.gc();
				settle();
				long start = System.nanoTime();
				var editor = open(annotator);
				var text = editor.textWidget();
				text.redraw();
				text.update(); // painted, highlights included
				long elapsed = System.nanoTime() - start;
				(annotator.equals("empty") ? empty : annotated).add(elapsed);
				if (annotator.equals("annotated")) {
					assertNotNull(text.getStyleRangeAtOffset(probe), "highlights are drawn");
				}
				page.closeEditor(editor, false);
				settle();
			}
		}
		report("open 1 MB article, 20,000 annotations, until painted", annotated, empty, 1000);

		var tagAnnotated = tagTimes("annotated");
		var tagEmpty = tagTimes("empty");
		report("tag one span with 20,000 annotations present", tagAnnotated, tagEmpty, 50);
	}

	private List<Long> tagTimes(String annotator) throws Exception {
		var editor = open(annotator);
		settle();
		var handlers = editor.getSite().getService(IHandlerService.class);
		var session = editor.session();
		int before = session.set().getAnnotations().size();
		var times = new ArrayList<Long>();
		for (int i = 0; i < TAGS; i++) {
			int word = article.freeWords.get(i * 37 % article.freeWords.size());
			editor.selectRange(word, word + "figures".length());
			settle();
			long start = System.nanoTime();
			handlers.executeCommand("org.sayso.ui.commands.tagSpeaker", null);
			editor.textWidget().update();
			times.add(System.nanoTime() - start);
			assertEquals(before + 1, session.set().getAnnotations().size());
			session.undo();
			settle();
		}
		page.closeEditor(editor, false);
		settle();
		return times;
	}

	private static void report(String what, List<Long> measured, List<Long> baseline, long targetMillis) {
		double median = median(measured);
		double base = median(baseline);
		boolean met = median <= targetMillis;
		System.out.printf(Locale.ROOT, "%-58s median %8.1f ms (min %7.1f) | no annotations: median %7.1f ms"
				+ " | ratio %5.2fx | target < %d ms: %s%n", what, median, min(measured), base, median / base,
				targetMillis, met ? "met" : "MISSED");
		assertTrue(met, what + ": median " + median + " ms, target " + targetMillis + " ms");
	}

	private static double median(List<Long> nanos) {
		var sorted = nanos.stream().sorted().toList();
		return sorted.get(sorted.size() / 2) / 1e6;
	}

	private static double min(List<Long> nanos) {
		return nanos.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6;
	}
}
