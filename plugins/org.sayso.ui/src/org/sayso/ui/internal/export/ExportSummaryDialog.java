package org.sayso.ui.internal.export;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sayso.core.export.ExportSummary;

/**
 * The summary of a finished export: documents, annotations per type, refused and skipped documents with the
 * reasons. Not modal: the user can keep working and look up the refused documents while it is open.
 */
public final class ExportSummaryDialog extends Dialog {

	public static final String TITLE = "Sayso Export Summary";

	private final ExportSummary summary;

	ExportSummaryDialog(Shell parent, ExportSummary summary) {
		super(parent);
		this.summary = summary;
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		var area = (Composite) super.createDialogArea(parent);
		var text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setText(summary.toText());
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 320).applyTo(text);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	public ExportSummary summary() {
		return summary;
	}
}
