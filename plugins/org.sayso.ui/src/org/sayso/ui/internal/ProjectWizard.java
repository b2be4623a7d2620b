package org.sayso.ui.internal;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbench;

/**
 * A wizard of one page that works on a Sayso project: it starts on the project of the workbench selection, and its
 * finish hands a background job what the page holds.
 */
public abstract class ProjectWizard extends Wizard {

	private IProject selected;

	protected ProjectWizard(String title) {
		setWindowTitle(title);
		setNeedsProgressMonitor(false);
	}

	/** As {@code IImportWizard} and {@code IExportWizard} ask: remembers the project of the selection. */
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		var first = selection == null ? null : selection.getFirstElement();
		var resource = first == null ? null : Adapters.adapt(first, IResource.class);
		selected = resource == null ? null : resource.getProject();
	}

	/** The project selected when the wizard was started, or null. */
	protected IProject selectedProject() {
		return selected;
	}
}
