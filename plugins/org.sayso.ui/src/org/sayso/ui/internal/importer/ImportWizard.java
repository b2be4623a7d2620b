package org.sayso.ui.internal.importer;

import org.eclipse.ui.IImportWizard;
import org.sayso.ui.internal.ProjectWizard;

/**
 * File &gt; Import... &gt; Sayso &gt; Articles and Annotated Corpora: the project, the files and folders and the
 * options of {@code sayso import} on one page; the import runs as a job with progress, and its summary shows when it
 * is done.
 */
public class ImportWizard extends ProjectWizard implements IImportWizard {

	public static final String ID = "org.sayso.ui.importWizard";

	private ImportWizardPage page;

	public ImportWizard() {
		super("Import into a Sayso Project");
	}

	@Override
	public void addPages() {
		page = new ImportWizardPage(selectedProject());
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
