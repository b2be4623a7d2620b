package org.sayso.ui.internal.agreement;

import org.sayso.core.Counts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sayso.curation.agreement.AgreementReport;
import org.sayso.curation.agreement.PairwiseKappa;
import org.sayso.curation.agreement.TypeAgreement;

/**
 * Cohen's kappa of every pair of annotators for one annotation type, as a table of coloured cells (annotator by
 * annotator), with the type chosen in a combo of the view's toolbar; the type's corpus figures go to a label the
 * view places.
 */
final class KappaHeatmap {

	private Combo type;
	private final Label figures;
	private final Table table;
	private AgreementReport report;

	/** @param figures where the type's corpus figures are said, above the view's parts, over its whole width */
	KappaHeatmap(Composite parent, Label figures) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setToolTipText("Cohen's kappa of each pair of annotators, for the type chosen in the view's toolbar");
		this.figures = figures;
	}

	/**
	 * The type chooser, made where the view puts it (its toolbar, so that the table keeps the view's height for its
	 * rows).
	 */
	Combo createTypeChooser(Composite parent) {
		type = new Combo(parent, SWT.READ_ONLY);
		type.setToolTipText("The annotation type whose pairwise kappa the table shows");
		type.addListener(SWT.Selection, e -> fill());
		if (report != null) {
			show(report);
		}
		return type;
	}

	void show(AgreementReport newReport) {
		this.report = newReport;
		if (type == null || type.isDisposed()) {
			fill();
			return;
		}
		var selected = type.getText();
		type.setItems(newReport.corpus().keySet().toArray(String[]::new));
		int index = type.indexOf(selected);
		type.select(index >= 0 ? index : newReport.corpus().containsKey("Claim") ? type.indexOf("Claim") : 0);
		type.getParent().layout(true, true);
		fill();
	}

	/** The type shown: the one chosen, or Claim until the chooser exists. */
	private String shownType() {
		if (type != null && !type.isDisposed() && type.getSelectionIndex() >= 0) {
			return type.getText();
		}
		return report == null || report.corpus().isEmpty() ? null
				: report.corpus().containsKey("Claim") ? "Claim" : report.corpus().keySet().iterator().next();
	}

	/** The table, for tests: rows and columns are the annotators. */
	Table table() {
		return table;
	}

	Combo typeCombo() {
		return type;
	}

	private void fill() {
		table.setRedraw(false);
		try {
			table.removeAll();
			for (var column : table.getColumns()) {
				column.dispose();
			}
			var shown = shownType();
			if (report == null || shown == null) {
				return;
			}
			var figures = report.corpus().get(shown);
			describe(figures);
			var annotators = report.annotators();
			new TableColumn(table, SWT.LEFT).setText("kappa: " + shown);
			annotators.forEach(a -> new TableColumn(table, SWT.CENTER).setText(a));
			for (var a : annotators) {
				var row = new TableItem(table, SWT.NONE);
				row.setText(0, a);
				for (int i = 0; i < annotators.size(); i++) {
					var b = annotators.get(i);
					if (a.equals(b)) {
						continue;
					}
					var kappa = PairwiseKappa.of(figures, a, b);
					row.setText(i + 1, AgreementColours.text(kappa));
					row.setBackground(i + 1, AgreementColours.background(kappa));
					row.setForeground(i + 1, AgreementColours.foreground(kappa));
				}
			}
			for (var column : table.getColumns()) {
				column.pack();
				column.setWidth(Math.max(column.getWidth(), 64));
			}
		} finally {
			table.setRedraw(true);
		}
	}

	private void describe(TypeAgreement t) {
		var text = new StringBuilder().append(Counts.of(t.units(), "aligned unit")).append(" over ")
				.append(Counts.of(report.corpusDocuments(), "document")).append(" every annotator annotated; alpha-U ")
				.append(AgreementColours.text(t.alphaU())).append(" (do the spans agree), Fleiss' kappa ")
				.append(AgreementColours.text(t.fleissKappa())).append(" (do the kinds of the aligned units agree)");
		if (t.attributionAgreement() != null) {
			text.append(", same speaker ").append(AgreementColours.text(t.attributionAgreement()));
		}
		if (t.dateValueAgreement() != null) {
			text.append(", same date value ").append(AgreementColours.text(t.dateValueAgreement()));
		}
		if (t.alphaU() != null && t.alphaU() >= 0.8 && t.cohenKappa().values().stream()
				.anyMatch(k -> k != null && Math.abs(k) < 0.2)) {
			// kappa's prevalence paradox, which users read as a contradiction
			text.append(". A kappa near 0 beside a high alpha-U is no contradiction: when an annotator has (nearly)"
					+ " every unit, kappa cannot tell the agreement from chance");
		}
		figures.setText(text.toString());
		figures.setToolTipText(text.toString()); // whole, where the view is too short for the label
		figures.getParent().layout();
	}
}
