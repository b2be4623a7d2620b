package org.sayso.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.sayso.model.ProjectLayout;

/** The Sayso projects of the workspace: open projects whose folder is a Sayso project folder. */
public final class SaysoProjects {

	private SaysoProjects() {
	}

	/** The open Sayso projects, in workspace order. */
	public static List<IProject> open() {
		var projects = new ArrayList<IProject>();
		for (var candidate : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (candidate.isOpen() && folderOf(candidate) != null) {
				projects.add(candidate);
			}
		}
		return projects;
	}

	/** The project's folder when it is a Sayso project folder (it has {@code documents/}), else null. */
	public static Path folderOf(IProject project) {
		var location = project.getLocation();
		if (location == null) {
			return null;
		}
		var folder = location.toPath();
		return Files.isDirectory(new ProjectLayout(folder).documentsFolder()) ? folder : null;
	}
}
