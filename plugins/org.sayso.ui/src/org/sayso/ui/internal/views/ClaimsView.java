package org.sayso.ui.internal.views;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.sayso.model.Claim;
import org.sayso.model.DateMention;
import org.sayso.ui.internal.editor.Labels;

/** The claims of the article in the active editor: who said what, with cue, kind and the dates inside each claim. */
public class ClaimsView extends AnnotationViewPart {

	public static final String ID = "org.sayso.ui.views.claims";

	private AnnotationTable<Claim> table;

	@Override
	protected void createContents(Composite parent) {
		table = new AnnotationTable<>(parent, List.of(
				new AnnotationTable.Column<>("Speaker", 150, c -> c.getSources().isEmpty() ? "\u2014 none \u2014"
						: Labels.speakers(c), Comparator.comparing(c -> Labels.speakers(c))),
				new AnnotationTable.Column<>("Claim", 360, c -> text(c, 90)),
				new AnnotationTable.Column<>("Cue", 110, this::cues),
				new AnnotationTable.Column<>("Kind", 70, c -> c.getKind() == null ? "" : c.getKind().getLiteral()),
				new AnnotationTable.Column<>("Date", 110, this::dates),
				AnnotationTable.Column.position()),
				this::reveal);
		getSite().setSelectionProvider(table.viewer());
	}

	@Override
	protected void refresh() {
		var session = session();
		table.setRows(session == null ? List.of()
				: session.index().all(Claim.class));
		setContentDescription(session == null ? "Double-click an article in the Project Explorer (documents folder) to see its claims."
				: session.document().getId() + " [" + session.annotator() + "]");
	}

	private String text(Claim c, int max) {
		var session = session();
		return session == null ? "" : Labels.text(c, session.text(), max);
	}

	private String cues(Claim c) {
		var session = session();
		return session == null ? ""
				: c.getCues().stream().map(q -> Labels.text(q, session.text(), 30)).collect(Collectors.joining(", "));
	}

	/** The values of the dates inside the claim, or their text when they have no value yet. */
	private String dates(Claim c) {
		var session = session();
		if (session == null) {
			return "";
		}
		return session.index().overlapping(c.getBegin(), c.getEnd()).stream()
				.filter(a -> a instanceof DateMention && a.getBegin() >= c.getBegin() && a.getEnd() <= c.getEnd())
				.map(a -> ((DateMention) a).getValue() != null ? ((DateMention) a).getValue()
						: Labels.text(a, session.text(), 20))
				.collect(Collectors.joining(", "));
	}

	/** The claims listed now, filtered and sorted as shown. */
	public List<Claim> shownClaims() {
		return table.shownRows();
	}


	@Override
	protected Control mainControl() {
		return table.viewer().getControl();
	}
}
