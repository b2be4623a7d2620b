package org.sayso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sayso.core.store.Folders;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.Annotation;
import org.sayso.model.ClaimKind;
import org.sayso.model.DateType;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerKind;
import org.sayso.ui.internal.OpenProjectOnStartup;
import org.sayso.ui.internal.agreement.AgreementView;

/**
 * The Agreement view on a real project of two stories and two annotators, opened in the workbench and selected in
 * the Project Explorer: the documents table puts the story they disagree on first, the heatmap shows the pair's
 * kappa, and the figures export as CSV.
 */
class AgreementViewTest {

	private static final String FERRIES = "BERGEN (Sayso Wire) - The port director said on Tuesday that fares would stay"
			+ " frozen.";
	private static final String PILOTS = "TROMSO (Sayso Wire) - The pilots' union warned on Monday that flights would be"
			+ " delayed.";
	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	/** Made by hand: this bundle does not import JUnit's io package, so no @TempDir. */
	private final Path temp;

	AgreementViewTest() throws java.io.IOException {
		temp = Files.createTempDirectory("sayso-agreement-view");
	}

	@AfterEach
	void removeProjectsAndFiles() throws Exception {
		UiTestSupport.removeWorkspaceProjects();
		Folders.deleteTree(temp);
	}

	@Test
	void selectingAnArticleMeasuresItsProjectAndListsTheWorstDocumentFirst() throws Exception {
		var folder = temp.resolve("desk");
		var store = ProjectStore.create(folder, "desk");
		store.addDocument("ferries", FERRIES);
		store.addDocument("pilots", PILOTS);
		store.saveProject(false);
		for (var annotator : new String[] { "ana", "ben" }) {
			annotate(store, "ferries", annotator, FERRIES, "Tuesday", "2025-06-03", "fares would stay frozen");
			annotate(store, "pilots", annotator, PILOTS, "Monday", annotator.equals("ana") ? "2025-06-02" : "2025-06-09",
					annotator.equals("ana") ? "flights would be delayed" : "flights would be");
		}
		var job = OpenProjectOnStartup.schedule(folder);
		waitUntil(() -> job.getResult() != null, "the project to open");
		var project = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(p -> p.getLocation() != null && Path.of(p.getLocation().toOSString()).equals(folder)).findFirst()
				.orElseThrow();

		var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		var view = (AgreementView) page.showView(AgreementView.ID);
		var explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		// an article of the project is enough: the view measures the project it belongs to
		var article = project.getFile("documents/ferries.txt");
		assertTrue(article.exists(), "the article is in the workspace");
		explorer.getCommonViewer().setSelection(new StructuredSelection(article), true);
		waitUntil(() -> view.report() != null, "the agreement to be measured on selecting an article");

		var documents = view.documentTable();
		assertEquals(2, documents.getItemCount());
		assertEquals("pilots", documents.getItem(0).getText(0), "they disagree on the pilots story: it comes first");
		assertEquals("ferries", documents.getItem(1).getText(0));
		assertEquals("1.000", documents.getItem(1).getText(1), "full agreement on the ferries story");
		assertEquals("Lowest", documents.getColumn(1).getText());

		var heatmap = view.heatmapTable();
		assertEquals(2, heatmap.getItemCount(), "one row per annotator");
		assertEquals("ana", heatmap.getItem(0).getText(0));
		assertTrue(!heatmap.getItem(0).getText(2).isEmpty(), "ana/ben has a cell");
		assertEquals("", heatmap.getItem(0).getText(1), "no cell for an annotator with herself");

		page.activate(view);
		UiTestSupport.screenshot("agreement.png");
		assertTrue(heatmap.getClientArea().height > heatmap.getHeaderHeight() + 2 * heatmap.getItemHeight(),
				"the pairwise table shows its rows at the view's default size, not only its header");

		// a restart: the view comes back with the memento it saved, nothing selected, and measures the project again
		var memento = org.eclipse.ui.XMLMemento.createWriteRoot("view");
		view.saveState(memento);
		explorer.getCommonViewer().setSelection(StructuredSelection.EMPTY);
		var restored = new AgreementView();
		restored.init(view.getViewSite(), memento);
		var shell = new org.eclipse.swt.widgets.Shell(Display.getCurrent());
		try {
			restored.createPartControl(shell);
			waitUntil(() -> restored.report() != null, "the restored view to measure the project it showed");
			assertEquals(2, restored.documentTable().getItemCount());
		} finally {
			// the restored view listens to the page's selection: disposed as the workbench disposes a view, or later
			// selections reach its disposed controls ("Widget is disposed" in every later test's log)
			restored.dispose();
			shell.dispose();
		}

		var csv = temp.resolve("agreement.csv");
		view.export(csv, "csv");
		var text = Files.readString(csv);
		assertTrue(text.startsWith("scope,type,units,alphaU,fleissKappa"), text);
		assertTrue(text.contains("\ncorpus,Date,2,"), text);
		assertTrue(text.indexOf("\npilots,") < text.indexOf("\nferries,"), text);
		var html = temp.resolve("agreement.html");
		view.export(html, "html");
		assertTrue(Files.readString(html).contains("<h2>Documents, worst agreement first</h2>"));
	}

	private static void annotate(ProjectStore store, String id, String annotator, String text, String dateText,
			String value, String claimText) throws Exception {
		var opened = store.openSet(store.document(id), annotator);
		var speaker = F.createSpeakerMention();
		span(speaker, text, text.contains("port") ? "The port director" : "The pilots' union");
		speaker.setKind(SpeakerKind.ORGANIZATION);
		var claim = F.createClaim();
		span(claim, text, claimText);
		claim.setKind(ClaimKind.INDIRECT);
		claim.getSources().add(speaker);
		var date = F.createDateMention();
		span(date, text, dateText);
		date.setValue(value);
		date.setType(DateType.DATE);
		opened.set().getAnnotations().add(speaker);
		opened.set().getAnnotations().add(claim);
		opened.set().getAnnotations().add(date);
		store.save(opened, false);
	}

	private static void span(Annotation annotation, String text, String phrase) {
		annotation.setBegin(text.indexOf(phrase));
		annotation.setEnd(text.indexOf(phrase) + phrase.length());
	}

	private static void waitUntil(BooleanSupplier condition, String what) {
		var display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out after 60 s waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}
}
