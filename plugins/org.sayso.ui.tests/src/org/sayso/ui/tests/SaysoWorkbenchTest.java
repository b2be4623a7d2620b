package org.sayso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sayso.ui.tests.UiTestSupport.screenshot;
import static org.sayso.ui.tests.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sayso.ui.SaysoUi;
import org.sayso.ui.internal.OpenProjectOnStartup;

/** The Sayso perspective in a running IDE workbench, with the sample project opened the way ./sayso workbench opens it. */
class SaysoWorkbenchTest {

	private static final Path SAMPLE = UiTestSupport.SAMPLE;

	private IWorkbenchPage page;

	@BeforeEach
	void openSaysoPerspective() throws Exception {
		var workbench = PlatformUI.getWorkbench();
		var window = workbench.getActiveWorkbenchWindow();
		assertNotNull(window, "the UI harness opens a workbench window");
		page = workbench.showPerspective(SaysoUi.PERSPECTIVE_ID, window);
	}

	@AfterEach
	void removeProjectsButKeepTheirFiles() throws CoreException {
		UiTestSupport.removeWorkspaceProjects();
	}

	@Test
	void theWindowTitleNamesSaysoNotTheWorkspaceFolder() {
		var workspace = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getLocation().lastSegment();
		var title = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText();
		UiTestSupport.waitUntil(() -> !PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText()
				.startsWith(workspace), "a title without the workspace folder '" + workspace + "': " + title);
	}

	@Test
	void helpAboutSaysWhatSaysoIsAndWhereItsGuideIs() {
		var product = org.eclipse.core.runtime.Platform.getProduct();
		assertNotNull(product, "the tests run the Sayso product");
		var about = product.getProperty("aboutText");
		assertNotNull(about, "Help > About is not blank");
		assertTrue(about.contains("annotation workbench for news text") && about.contains("README.md"), about);
	}

	@Test
	void perspectiveShowsProjectExplorerPropertiesAndProblems() {
		assertEquals(SaysoUi.PERSPECTIVE_ID, page.getPerspective().getId());
		assertNotNull(page.findView(IPageLayout.ID_PROJECT_EXPLORER), "Project Explorer is shown");
		var viewIds = Arrays.stream(page.getViewReferences()).map(r -> r.getId()).toList();
		assertTrue(viewIds.contains(IPageLayout.ID_PROP_SHEET), viewIds.toString());
		assertTrue(viewIds.contains(IPageLayout.ID_PROBLEM_VIEW), viewIds.toString());
	}

	@Test
	void sampleProjectOpenedAtStartupIsVisibleInProjectExplorer() throws Exception {
		var job = OpenProjectOnStartup.schedule(SAMPLE);
		waitUntil(() -> job.getResult() != null, "the project to open");
		assertTrue(job.getResult().isOK(), job.getResult().toString());

		IProject project = projectAt(SAMPLE);
		assertNotNull(project, "a workspace project located at " + SAMPLE);
		assertTrue(project.getFolder("documents").getFile("port-strike.txt").exists());

		var explorer = (CommonNavigator) page.findView(IPageLayout.ID_PROJECT_EXPLORER);
		var tree = explorer.getCommonViewer().getTree();
		waitUntil(() -> Arrays.stream(tree.getItems()).map(TreeItem::getText).anyMatch(project.getName()::equals),
				"the project to appear in the Project Explorer");
		waitUntil(() -> tree.getSelection().length == 1 && tree.getSelection()[0].getText().equals(project.getName()),
				"the project to be selected");

		screenshot("sayso-perspective.png");
	}

	@Test
	void openingTheSameFolderTwiceReusesItsProject() throws Exception {
		for (int i = 0; i < 2; i++) {
			var job = OpenProjectOnStartup.schedule(SAMPLE);
			waitUntil(() -> job.getResult() != null, "the project to open");
		}
		var located = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(p -> p.getLocation() != null && Path.of(p.getLocation().toOSString()).equals(SAMPLE)).count();
		assertEquals(1, located);
	}

	private static IProject projectAt(Path location) {
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(p -> p.getLocation() != null && Path.of(p.getLocation().toOSString()).equals(location))
				.findFirst().orElse(null);
	}
}
