package org.sayso.ui.internal.export;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File &gt; Export... &gt; Sayso &gt; Annotations: picks the project, format, sets and output folder on one page,
 * then runs the export as a job with progress, and shows its summary when it is done.
 */
public class ExportWizard extends Wizard implements IExportWizard {

	public static final String ID = "org.sayso.ui.exportWizard";

	private ExportWizardPage page;
	private IProject selected;

	public ExportWizard() {
		setWindowTitle("Export Sayso Annotations");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		var first = selection == null ? null : selection.getFirstElement();
		var resource = first == null ? null : Adapters.adapt(first, IResource.class);
		selected = resource == null ? null : resource.getProject();
	}

	@Override
	public void addPages() {
		page = new ExportWizardPage(selected);
		addPage(page);
	}

	/** The wizard's one page, for the tests that fill it in as a user does. */
	public ExportWizardPage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		var settings = page.settings();
		if (settings == null) {
			return false;
		}
		new ExportJob(settings).schedule();
		return true;
	}
}
