package org.sayso.ui.internal.export;

import org.eclipse.ui.IExportWizard;
import org.sayso.ui.internal.ProjectWizard;

/**
 * File &gt; Export... &gt; Sayso &gt; Annotations: picks the project, format, sets and output folder on one page,
 * then runs the export as a job with progress, and shows its summary when it is done.
 */
public class ExportWizard extends ProjectWizard implements IExportWizard {

	public static final String ID = "org.sayso.ui.exportWizard";

	private ExportWizardPage page;

	public ExportWizard() {
		super("Export Sayso Annotations");
	}

	@Override
	public void addPages() {
		page = new ExportWizardPage(selectedProject());
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
		page.remember();
		new ExportJob(settings).schedule();
		return true;
	}
}
