package org.sayso.ui.internal.importer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File &gt; Import... &gt; Sayso &gt; Articles and Annotated Corpora: the project, the files and folders and the
 * options of {@code sayso import} on one page; the import runs as a job with progress, and its summary shows when it
 * is done.
 */
public class ImportWizard extends Wizard implements IImportWizard {

	public static final String ID = "org.sayso.ui.importWizard";

	private ImportWizardPage page;
	private IProject selected;

	public ImportWizard() {
		setWindowTitle("Import into a Sayso Project");
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
		page = new ImportWizardPage(selected);
		addPage(page);
	}

	/** The wizard's one page, for the tests that fill it in as a user does. */
	public ImportWizardPage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		var request = page.request();
		if (request == null) {
			return false;
		}
		new ImportJob(request).schedule();
		return true;
	}
}
