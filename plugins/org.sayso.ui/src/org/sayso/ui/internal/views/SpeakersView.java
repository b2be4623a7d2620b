package org.sayso.ui.internal.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.jface.action.Separator;
import org.sayso.core.Counts;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.core.edit.SpanIndex;
import org.sayso.model.SpeakerEntity;
import org.sayso.model.SpeakerMention;
import org.sayso.ui.internal.editor.Labels;

/**
 * The speakers of the article in the active editor: each entity with its mentions and how many claims they have.
 * Merge two entities ("Lopez" and "Maria Lopez" are one person) or split a mention off into its own entity.
 */
public class SpeakersView extends AnnotationViewPart {

	public static final String ID = "org.sayso.ui.views.speakers";

	private TreeViewer viewer;
	private final Action merge = new Action("&Merge Entities") {
		@Override
		public void run() {
			mergeSelected();
		}
	};
	private final Action split = new Action("&Split Mention Off") {
		@Override
		public void run() {
			splitSelected();
		}
	};

	@Override
	protected void createContents(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof Object[] a ? a : new Object[0];
			}

			@Override
			public Object[] getChildren(Object parent) {
				return parent instanceof SpeakerEntity e
						? e.getMentions().stream().sorted(SpanIndex.TEXT_ORDER).toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return element instanceof SpeakerMention m ? m.getEntity() : null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof SpeakerEntity e && !e.getMentions().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label(element);
			}
		});
		viewer.addDoubleClickListener(e -> {
			var first = viewer.getStructuredSelection().getFirstElement();
			if (first instanceof SpeakerMention m) {
				reveal(m);
			} else if (first instanceof SpeakerEntity en && !en.getMentions().isEmpty()) {
				reveal(en.getMentions().stream().min(SpanIndex.TEXT_ORDER).get());
			}
		});
		viewer.addSelectionChangedListener(e -> updateActions());
		var menu = new MenuManager();
		menu.add(merge);
		menu.add(split);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		// two buttons, not one phrase: a separator between them
		var toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(merge);
		toolbar.add(new Separator());
		toolbar.add(split);
		getSite().setSelectionProvider(viewer);
		updateActions();
	}

	private String label(Object element) {
		var session = session();
		if (element instanceof SpeakerEntity e) {
			long claims = session == null ? 0 : session.set().getAnnotations().stream()
					.filter(a -> a instanceof org.sayso.model.Claim c
							&& c.getSources().stream().anyMatch(s -> s.getEntity() == e))
					.count();
			return e.getName() + "  (" + e.getMentions().size() + " mention" + (e.getMentions().size() == 1 ? "" : "s")
					+ ", " + claims + " claim" + (claims == 1 ? "" : "s") + ")";
		}
		if (element instanceof SpeakerMention m && session != null) {
			return "\u201c" + Labels.text(m, session.text(), 60) + "\u201d at " + m.getBegin()
					+ (m.getKind() == null ? "" : "  \u00b7 " + m.getKind().getLiteral());
		}
		return String.valueOf(element);
	}

	@Override
	protected void refresh() {
		var session = session();
		var expanded = viewer.getExpandedElements();
		viewer.setInput(session == null ? new Object[0]
				: session.set().getEntities().stream()
						.sorted(Comparator.comparingInt((SpeakerEntity e) -> -e.getMentions().size())
								.thenComparing(e -> e.getName() == null ? "" : e.getName()))
						.toArray());
		viewer.setExpandedElements(expanded);
		setContentDescription(session == null ? "Double-click an article in the Project Explorer (documents folder) to see its speakers."
				: Counts.of(session.set().getEntities().size(), "speaker")
						+ ". Select two and Merge when they are one person.");
		updateActions();
	}

	private List<SpeakerEntity> selectedEntities() {
		var entities = new LinkedHashSet<SpeakerEntity>();
		for (var o : viewer.getStructuredSelection()) {
			if (o instanceof SpeakerEntity e) {
				entities.add(e);
			} else if (o instanceof SpeakerMention m && m.getEntity() != null) {
				entities.add(m.getEntity());
			}
		}
		return new ArrayList<>(entities);
	}

	private void updateActions() {
		merge.setEnabled(session() != null && selectedEntities().size() >= 2);
		split.setEnabled(session() != null && viewer.getStructuredSelection().size() == 1
				&& viewer.getStructuredSelection().getFirstElement() instanceof SpeakerMention m
				&& m.getEntity() != null && m.getEntity().getMentions().size() > 1);
	}

	/** Merges the selected entities into the first one selected. */
	void mergeSelected() {
		var session = session();
		var entities = selectedEntities();
		if (session == null || entities.size() < 2) {
			return;
		}
		var into = entities.get(0);
		session.execute("Merge speakers into " + into.getName(), () -> {
			for (var from : entities.subList(1, entities.size())) {
				AnnotationEdits.mergeEntities(session.set(), into, from);
			}
		});
	}

	void splitSelected() {
		var session = session();
		if (session != null && viewer.getStructuredSelection().getFirstElement() instanceof SpeakerMention m) {
			session.execute("Split speaker mention", () -> AnnotationEdits.splitMention(session.set(), m));
		}
	}

	TreeViewer viewer() {
		return viewer;
	}


	@Override
	protected Control mainControl() {
		return viewer.getControl();
	}
}
