package org.sayso.ui.internal.agreement;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sayso.curation.agreement.AgreementReport;
import org.sayso.curation.agreement.DocumentAgreement;

/**
 * The documents, worst agreement first: the lowest figure of any type, alpha-U per type, and the attribution and
 * date value agreement. Double-click (or Enter) opens the document for curation.
 */
final class DocumentTable {

	private static final List<String> TYPES = List.of("Speaker", "Claim", "Cue", "Date");

	private final Table table;

	DocumentTable(Composite parent, Consumer<String> open) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column("Document", 180);
		column("Lowest", 70).setToolTipText("The lowest figure of the row (alpha-U, same speaker, same date value):"
				+ " the documents to curate first come first. Kappas are not in it: see the pairs above.");
		TYPES.forEach(type -> column(type + " alpha-U", 100));
		column("Same speaker", 100);
		column("Same date value", 110);
		table.addListener(SWT.DefaultSelection, e -> {
			if (e.item instanceof TableItem item) {
				open.accept(item.getText(0));
			}
		});
	}

	Table table() {
		return table;
	}

	void show(AgreementReport report) {
		table.setRedraw(false);
		try {
			table.removeAll();
			for (var document : report.byWorstAgreement()) {
				row(document);
			}
		} finally {
			table.setRedraw(true);
		}
	}

	private void row(DocumentAgreement document) {
		var item = new TableItem(table, SWT.NONE);
		item.setText(0, document.documentId());
		cell(item, 1, document.worst());
		for (int i = 0; i < TYPES.size(); i++) {
			var type = document.types().get(TYPES.get(i));
			cell(item, 2 + i, type == null ? null : type.alphaU());
		}
		var claims = document.types().get("Claim");
		var dates = document.types().get("Date");
		cell(item, 2 + TYPES.size(), claims == null ? null : claims.attributionAgreement());
		cell(item, 3 + TYPES.size(), dates == null ? null : dates.dateValueAgreement());
	}

	private static void cell(TableItem item, int column, Double value) {
		item.setText(column, AgreementColours.text(value));
		item.setBackground(column, AgreementColours.background(value));
		item.setForeground(column, AgreementColours.foreground(value));
	}

	private TableColumn column(String name, int width) {
		var column = new TableColumn(table, name.equals("Document") ? SWT.LEFT : SWT.RIGHT);
		column.setText(name);
		column.pack(); // the header's own width first: no header is cut ("Speaker alph")
		column.setWidth(Math.max(width, column.getWidth()));
		return column;
	}
}
