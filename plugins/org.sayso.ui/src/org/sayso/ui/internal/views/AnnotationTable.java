package org.sayso.ui.internal.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.sayso.model.Annotation;

/**
 * A filterable, sortable table of annotations: a filter field over the table matches any column, a click on a
 * header sorts by it (again: reverse), double-click or Enter reveals the row in the editor. The table is virtual and
 * filtering and sorting work on the list, so thousands of rows stay quick.
 */
final class AnnotationTable<T> {

	record Column<T>(String title, int width, Function<T, String> text, Comparator<T> order) {

		/** A column sorted by the text it shows. */
		Column(String title, int width, Function<T, String> text) {
			this(title, width, text, Comparator.comparing(text));
		}

		/** The line of the text the annotation starts on, as the editor counts lines; sorted in text order. */
		static <A extends @NonNull Annotation> Column<A> position() {
			return new Column<>("Line", 60, a -> String.valueOf(Lines.of(a)), Comparator.comparingInt(Annotation::getBegin));
		}
	}

	private final TableViewer viewer;
	private final Text filter;
	private final List<Column<T>> columns;
	private final Consumer<T> reveal;
	private List<T> rows = List.of();
	private Column<T> sortedBy;
	private boolean descending;

	AnnotationTable(Composite parent, List<Column<T>> columns, Consumer<T> reveal) {
		this.columns = columns;
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter (any column)");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(e -> show());
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		for (var column : columns) {
			var c = new TableViewerColumn(viewer, SWT.LEFT);
			c.getColumn().setText(column.title());
			c.getColumn().pack(); // the header's own width first: no header is cut ("DCT-depende")
			c.getColumn().setWidth(Math.max(column.width(), c.getColumn().getWidth()));
			c.getColumn().setMoveable(true);
			c.setLabelProvider(new ColumnLabelProvider() {
				@SuppressWarnings("unchecked")
				@Override
				public String getText(Object element) {
					return column.text().apply((T) element);
				}
			});
			c.getColumn().addListener(SWT.Selection, e -> sortBy(column, c));
		}
		viewer.addDoubleClickListener(e -> first(e.getSelection()));
		viewer.getTable().addListener(SWT.DefaultSelection, e -> first(viewer.getStructuredSelection()));
		this.reveal = reveal;
	}

	TableViewer viewer() {
		return viewer;
	}

	Text filterField() {
		return filter;
	}

	void setRows(List<T> rows) {
		this.rows = rows;
		show();
	}

	/** The rows as shown now: filtered and sorted. */
	List<T> shownRows() {
		var wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
		var shown = new ArrayList<T>();
		for (var row : rows) {
			if (wanted.isEmpty() || columns.stream()
					.anyMatch(c -> c.text().apply(row).toLowerCase(Locale.ROOT).contains(wanted))) {
				shown.add(row);
			}
		}
		if (sortedBy != null) {
			shown.sort(descending ? sortedBy.order().reversed() : sortedBy.order());
		}
		return shown;
	}

	private void show() {
		if (!viewer.getControl().isDisposed()) {
			viewer.setInput(shownRows().toArray());
		}
	}

	private void sortBy(Column<T> column, TableViewerColumn c) {
		descending = sortedBy == column && !descending;
		sortedBy = column;
		viewer.getTable().setSortColumn(c.getColumn());
		viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
		show();
	}

	@SuppressWarnings("unchecked")
	private void first(Object selection) {
		if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
			reveal.accept((T) s.getFirstElement());
		}
	}
}
