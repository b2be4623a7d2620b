package org.sayso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
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

	/** The test runs in its bundle's folder: plugins/org.sayso.ui.tests. */
	private static final Path SAMPLE = Path.of("../../sample/newsroom").toAbsolutePath().normalize();

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
		for (var project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
		}
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

	private static void waitUntil(BooleanSupplier condition, String what) {
		var display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 30_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out after 30 s waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Saves a picture of the workbench window under target/screenshots, for the README and for failed runs. */
	private static void screenshot(String name) throws Exception {
		var display = Display.getCurrent();
		var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		while (display.readAndDispatch()) {
			// let every pending paint happen first
		}
		var bounds = shell.getBounds();
		var image = new Image(display, bounds.width, bounds.height);
		var gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			var loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			var folder = Files.createDirectories(Path.of("target/screenshots"));
			loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
