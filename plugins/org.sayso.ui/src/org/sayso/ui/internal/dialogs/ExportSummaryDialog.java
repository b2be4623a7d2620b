package org.sayso.ui.internal.dialogs;

import org.eclipse.swt.widgets.Shell;
import org.sayso.io.export.ExportSummary;

/** The summary of a finished export: documents, annotations per type, refused and skipped documents with reasons. */
public final class ExportSummaryDialog extends SummaryDialog {

	public static final String TITLE = "Sayso Export Summary";

	private final ExportSummary summary;

	public ExportSummaryDialog(Shell parent, ExportSummary summary) {
		super(parent, TITLE, summary.toText());
		this.summary = summary;
	}

	public ExportSummary summary() {
		return summary;
	}
}
