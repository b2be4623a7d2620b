package org.sayso.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.sayso.core.ProjectListingException;
import org.sayso.ui.SaysoUi;

/**
 * Opens the project folder named by the {@value SaysoUi#PROJECT_PROPERTY} system property in the workspace and
 * shows it in the Project Explorer. {@code ./sayso workbench [folder]} sets the property. In the standalone workbench
 * it also sets up its windows ({@link StandaloneWindows}).
 */
public class OpenProjectOnStartup implements IStartup {

	@Override
	public void earlyStartup() {
		PlatformUI.getWorkbench().getDisplay().asyncExec(StandaloneWindows::installIfStandalone);
		var folder = System.getProperty(SaysoUi.PROJECT_PROPERTY);
		if (folder != null && !folder.isBlank()) {
			schedule(Path.of(folder));
		}
	}

	/** Imports {@code folder} in a workspace job and reveals it; returns the job so callers can wait for it. */
	public static Job schedule(Path folder) {
		var job = Job.create("Opening Sayso project " + folder, (IProgressMonitor monitor) -> {
			try {
				var project = new WorkspaceProjects(ResourcesPlugin.getWorkspace()).importFolder(folder, monitor);
				reveal(project);
				return Status.OK_STATUS;
			} catch (ProjectListingException e) {
				showError(e.getMessage());
				return Status.info(e.getMessage());
			} catch (CoreException e) {
				showError("The workspace could not open " + folder + ": " + e.getStatus().getMessage());
				return Status.error("Cannot open " + folder, e);
			}
		});
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static void reveal(IProject project) {
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window == null || window.getActivePage() == null) {
				return;
			}
			try {
				var view = window.getActivePage().showView(IPageLayout.ID_PROJECT_EXPLORER);
				if (view instanceof CommonNavigator navigator) {
					// the articles in view, the first selected: a new user sees what to double-click
					navigator.selectReveal(new StructuredSelection(firstArticle(project)));
					var line = navigator.getViewSite().getActionBars().getStatusLineManager();
					line.setMessage("Double-click an article to annotate it; H lists the keys.");
				}
			} catch (PartInitException e) {
				// the project is open all the same; only revealing it failed
				ILog.of(OpenProjectOnStartup.class).log(Status.warning("Cannot show the Project Explorer: " + e.getMessage(), e));
			}
		});
	}

	/** The project's first article (documents/*.txt by name), or the project when it has none. */
	private static org.eclipse.core.resources.IResource firstArticle(IProject project) {
		try {
			var documents = project.getFolder(org.sayso.model.ProjectLayout.DOCUMENTS);
			if (documents.exists()) {
				return java.util.Arrays.stream(documents.members())
						.filter(r -> r.getName().endsWith(org.sayso.model.ProjectLayout.TEXT_EXTENSION))
						.min(java.util.Comparator.comparing(org.eclipse.core.resources.IResource::getName))
						.map(org.eclipse.core.resources.IResource.class::cast).orElse(project);
			}
		} catch (CoreException e) {
			// the project itself is shown then
		}
		return project;
	}

	private static void showError(String message) {
		Ui.error("Sayso", message);
		ILog.of(OpenProjectOnStartup.class).log(Status.error(message));
	}
}
