package org.sayso.ui.internal.views;

import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.sayso.model.DateMention;
import org.sayso.ui.internal.editor.Labels;

/** The dates of the article in the active editor with their normalized values, and which depend on the DCT. */
public class DatesView extends AnnotationViewPart {

	public static final String ID = "org.sayso.ui.views.dates";

	private AnnotationTable<DateMention> table;

	@Override
	protected void createContents(Composite parent) {
		table = new AnnotationTable<>(parent, List.of(
				new AnnotationTable.Column<>("Text", 170, this::text),
				new AnnotationTable.Column<>("Value", 150, d -> d.getValue() == null ? "\u2014" : d.getValue(),
						Comparator.comparing(d -> d.getValue() == null ? "" : d.getValue())),
				new AnnotationTable.Column<>("Type", 80, d -> d.getType() == null ? "" : d.getType().getLiteral()),
				new AnnotationTable.Column<>("DCT-dependent", 100, d -> d.isDctDependent() ? "yes" : "",
						Comparator.comparing(DateMention::isDctDependent)),
				new AnnotationTable.Column<>("Note", 220, d -> d.getNote() == null ? "" : d.getNote()),
				AnnotationTable.Column.position()),
				this::reveal);
		getSite().setSelectionProvider(table.viewer());
	}

	@Override
	protected void refresh() {
		var session = session();
		table.setRows(session == null ? List.of()
				: session.index().all(DateMention.class));
		setContentDescription(session == null ? "Double-click an article in the Project Explorer (documents folder) to see its dates."
				: "Article date (DCT): " + (session.document().getDct() == null ? "not set (M sets it)"
						: session.document().getDct()));
	}

	private String text(DateMention d) {
		var session = session();
		return session == null ? "" : Labels.text(d, session.text(), 40);
	}

	/** The dates listed now, filtered and sorted as shown. */
	public List<DateMention> shownDates() {
		return table.shownRows();
	}


	@Override
	protected Control mainControl() {
		return table.viewer().getControl();
	}
}
