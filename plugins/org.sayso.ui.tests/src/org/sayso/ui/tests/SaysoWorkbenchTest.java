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
	void theStandaloneWorkbenchHidesVersionControlBlockSelectionAndHelpContents() {
		var activities = PlatformUI.getWorkbench().getActivitySupport().getActivityManager();
		for (var hidden : new String[] { "org.eclipse.team.ui/team.main", "org.eclipse.compare/compareWithMenu",
				"org.eclipse.ui.workbench.texteditor/org.eclipse.ui.edit.text.toggleBlockSelectionMode",
				"org.eclipse.ui.workbench.texteditor/org.eclipse.ui.edit.text.hippieCompletion",
				"org.eclipse.ui/org.eclipse.ui.help.helpContents" }) {
			assertTrue(!activities.getIdentifier(hidden).isEnabled(), hidden + " is hidden in the Sayso product");
		}
		assertTrue(activities.getIdentifier("org.sayso.ui/org.sayso.ui.commands.tagClaim").isEnabled(),
				"Sayso's own commands are not");
		assertTrue(activities.getIdentifier("org.eclipse.ui/org.eclipse.ui.file.save").isEnabled(),
				"nor the platform's others");
		// the guide has a home that works offline instead: Help > Sayso Guide
		var guide = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class)
				.getCommand("org.sayso.ui.commands.openGuide");
		assertTrue(guide.isDefined() && guide.isHandled(), "Help > Sayso Guide");
		waitUntil(() -> helpMenuItems().stream().noneMatch(item -> item.startsWith("Help Contents")),
				"the help system's items to leave the Help menu: " + helpMenuItems());
		assertTrue(!org.eclipse.jface.dialogs.TrayDialog.isDialogHelpAvailable(), "no dead help button in dialogs");
		var help = helpMenuItems();
		assertTrue(help.contains("Sayso Guide"), help.toString());
		assertTrue(help.stream().noneMatch(item -> item.equals("Search") || item.equals("Show Context Help")),
				help.toString());
	}

	/** The texts of the Help menu's items, as the menu shows them when opened. */
	private static java.util.List<String> helpMenuItems() {
		var bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		for (var item : bar.getItems()) {
			if (item.getText().replace("&", "").equals("Help")) {
				var menu = item.getMenu();
				menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
				var texts = Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "").split("\t")[0])
						.toList();
				menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
				return texts;
			}
		}
		throw new AssertionError("no Help menu");
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
		// its first article shown and selected: what a new user double-clicks
		waitUntil(() -> tree.getSelection().length == 1 && tree.getSelection()[0].getText().startsWith("budget-vote.txt"),
				"the project's first article to be selected in view");

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
