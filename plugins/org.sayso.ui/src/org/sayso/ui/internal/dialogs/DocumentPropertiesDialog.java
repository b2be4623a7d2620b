package org.sayso.ui.internal.dialogs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The article's title and creation date (DCT), the date relative expressions are resolved against. */
public final class DocumentPropertiesDialog extends TitleAreaDialog {

	private final String initialTitle;
	private final String initialDct;
	private final String dctNote;
	private Text title;
	private Text dct;
	private String chosenTitle;
	private String chosenDct;

	public DocumentPropertiesDialog(Shell parent, String title, String dct, String dctNote) {
		super(parent);
		this.initialTitle = title == null ? "" : title;
		this.initialDct = dct == null ? "" : dct;
		this.dctNote = dctNote;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Article");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		var area = (Composite) super.createDialogArea(parent);
		setTitle("Article");
		setMessage(dctNote);
		var body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
		new Label(body, SWT.NONE).setText("&Title:");
		title = new Text(body, SWT.BORDER);
		title.setText(initialTitle);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(title);
		new Label(body, SWT.NONE).setText("&Date (DCT):");
		dct = new Text(body, SWT.BORDER);
		dct.setMessage("YYYY-MM-DD");
		dct.setText(initialDct);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(dct);
		dct.addModifyListener(e -> validate());
		dct.setFocus();
		dct.selectAll();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		var error = check(dct.getText().strip());
		setErrorMessage(error);
		var ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(error == null);
		}
	}

	public static String check(String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			if (value.length() == 10) {
				LocalDate.parse(value);
			} else {
				LocalDateTime.parse(value);
			}
			return null;
		} catch (DateTimeParseException e) {
			return "The article's date is a calendar date such as 2024-03-14 (or 2024-03-14T09:30).";
		}
	}

	@Override
	protected void okPressed() {
		chosenTitle = title.getText().strip();
		chosenDct = dct.getText().strip();
		super.okPressed();
	}

	public String chosenTitle() {
		return chosenTitle.isEmpty() ? null : chosenTitle;
	}

	public String chosenDct() {
		return chosenDct.isEmpty() ? null : chosenDct;
	}
}
