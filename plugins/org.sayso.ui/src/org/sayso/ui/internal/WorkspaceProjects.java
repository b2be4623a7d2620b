package org.sayso.ui.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;

/**
 * Makes a Sayso project folder a project of the workspace, where it is: nothing is copied, so the files the
 * annotator changes stay in the folder (and its Git repository).
 */
public final class WorkspaceProjects {

	private final IWorkspace workspace;

	public WorkspaceProjects(IWorkspace workspace) {
		this.workspace = workspace;
	}

	/**
	 * Returns the open workspace project for {@code folder}, creating it when the workspace does not have one yet.
	 *
	 * @throws ProjectListingException when the folder is not a Sayso project
	 * @throws CoreException when the workspace refuses the project
	 */
	public IProject importFolder(Path folder, IProgressMonitor monitor) throws ProjectListingException, CoreException {
		var sub = SubMonitor.convert(monitor, "Opening " + folder, 3);
		var location = ProjectListing.open(folder).layout().root();
		var existing = projectAt(location);
		var project = existing != null ? existing : create(location, sub.split(1));
		if (!project.isOpen()) {
			project.open(sub.split(1));
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, sub.split(1));
		return project;
	}

	private IProject projectAt(Path location) {
		for (var project : workspace.getRoot().getProjects()) {
			var projectLocation = project.getLocation();
			if (projectLocation != null && Path.of(projectLocation.toOSString()).equals(location)) {
				return project;
			}
		}
		return null;
	}

	private IProject create(Path location, IProgressMonitor monitor) throws CoreException {
		var dotProject = location.resolve(IProjectDescription.DESCRIPTION_FILE_NAME);
		IProjectDescription description = Files.isRegularFile(dotProject)
				? workspace.loadProjectDescription(IPath.fromPath(dotProject))
				: workspace.newProjectDescription(location.getFileName().toString());
		var name = freeName(description.getName());
		description.setName(name);
		description.setLocation(IPath.fromPath(location));
		var project = workspace.getRoot().getProject(name);
		var sub = SubMonitor.convert(monitor, 2);
		project.create(description, sub.split(1));
		project.open(sub.split(1));
		// a project's texts are UTF-8 by its layout: said once, the IDE marks no "no explicit encoding" problem
		if (project.getDefaultCharset(false) == null) {
			project.setDefaultCharset(StandardCharsets.UTF_8.name(), null);
		}
		return project;
	}

	/** The description's name, or the first of name-2, name-3... that the workspace does not use yet. */
	private String freeName(String name) {
		var candidate = name;
		for (int i = 2; workspace.getRoot().getProject(candidate).exists(); i++) {
			candidate = name + "-" + i;
		}
		return candidate;
	}
}
