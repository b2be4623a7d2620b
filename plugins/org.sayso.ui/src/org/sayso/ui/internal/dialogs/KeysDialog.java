package org.sayso.ui.internal.dialogs;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TrayDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The keyboard cheat sheet: every Sayso command with its key, as bound now (so user changes show). */
public final class KeysDialog extends TrayDialog {

	public record Row(String key, String name, String description) {
	}

	private final List<Row> rows;
	private Table table;

	public KeysDialog(Shell parent, List<Row> rows) {
		super(parent);
		this.rows = rows;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Sayso keys");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		var area = (Composite) super.createDialogArea(parent);
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 420).applyTo(table);
		for (var header : List.of("Key", "Command", "What it does")) {
			new TableColumn(table, SWT.LEFT).setText(header);
		}
		for (var row : rows) {
			new TableItem(table, SWT.NONE).setText(new String[] { row.key(), row.name(), row.description() });
		}
		for (var column : table.getColumns()) {
			column.pack();
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	public Table table() {
		return table;
	}
}
