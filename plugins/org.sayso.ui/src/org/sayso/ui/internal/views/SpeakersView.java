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
import org.sayso.core.project.ProjectSpeakers;
import org.sayso.core.project.SpeakerRegistry;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.RegisteredSpeaker;
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
	private final Action merge = action("&Merge Entities", this::mergeSelected);
	private final Action split = action("&Split Mention Off", this::splitSelected);
	private final Action linkToProject = action("&Link to Project Speaker...", this::linkSelectedToProject);
	private final Action register = action("&Register as Project Speaker", this::registerSelected);
	private final Action mergeProject = action("&Merge Project Speakers", () -> {
		var rows = selectedRows();
		if (rows.size() == 2) {
			mergeProjectSpeakers(rows.get(0).speaker().getId(), rows.get(1).speaker().getId(), true);
		}
	});
	private final Action splitHere = action("&Split Off in This Article...", () -> splitOffHere(null));
	private final Action wholeProject = new Action("Whole &Project", Action.AS_CHECK_BOX) {
		@Override
		public void run() {
			refresh();
		}
	};
	/** The registry and where each of its speakers is mentioned, measured in the background for the project scope. */
	private volatile ProjectScope projectScope;

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/** A registered speaker with where it is mentioned, one row of the project scope. */
	record ProjectRow(RegisteredSpeaker speaker, ProjectSpeakers.Usage usage) {
	}

	private record ProjectScope(java.nio.file.Path root, List<ProjectRow> rows) {
	}

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
				// a project speaker's row has no children: its mentions are in other articles
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
		menu.add(new Separator());
		menu.add(linkToProject);
		menu.add(register);
		menu.add(mergeProject);
		menu.add(splitHere);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		// two buttons, not one phrase: a separator between them
		var toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(merge);
		toolbar.add(new Separator());
		toolbar.add(split);
		toolbar.add(new Separator());
		toolbar.add(wholeProject);
		wholeProject.setToolTipText("Show the speakers of the whole project (its registry), with the articles that mention each");
		getSite().setSelectionProvider(viewer);
		updateActions();
	}

	private String label(Object element) {
		var session = session();
		if (element instanceof ProjectRow row) {
			var s = row.speaker();
			return s.getName() + (s.getKind() == null ? "" : "  [" + s.getKind().getLiteral() + "]")
					+ (s.getExternalId() == null ? "" : "  " + s.getExternalId()) + "  (" + Counts.of(row.usage().mentions(),
							"mention") + " in " + Counts.of(row.usage().documents().size(), "article") + ")"
					+ (s.getAliases().isEmpty() ? "" : "  also " + String.join(", ", s.getAliases()));
		}
		if (element instanceof SpeakerEntity e) {
			long claims = session == null ? 0 : session.set().getAnnotations().stream()
					.filter(a -> a instanceof org.sayso.model.Claim c
							&& c.getSources().stream().anyMatch(s -> s.getEntity() == e))
					.count();
			var registry = session == null ? null : SpeakerRegistry.of(session.set());
			return e.getName() + "  (" + e.getMentions().size() + " mention" + (e.getMentions().size() == 1 ? "" : "s")
					+ ", " + claims + " claim" + (claims == 1 ? "" : "s") + ")"
					+ (registry != null && registry.isRegistered(e) ? "  \u00b7 project speaker" : "");
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
		if (wholeProject.isChecked()) {
			showProject(session);
			updateActions();
			return;
		}
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
		var project = wholeProject.isChecked();
		var one = selectedEntities().size() == 1 ? selectedEntities().get(0) : null;
		var registry = session() == null ? null : SpeakerRegistry.of(session().set());
		boolean unregistered = !project && one != null && registry != null && !registry.isRegistered(one);
		linkToProject.setEnabled(unregistered && !registry.speakers().isEmpty());
		register.setEnabled(unregistered);
		merge.setEnabled(!project && session() != null && selectedEntities().size() >= 2);
		mergeProject.setEnabled(project && session() != null && selectedRows().size() == 2);
		splitHere.setEnabled(project && session() != null && selectedRows().size() == 1
				&& entityHere(selectedRows().get(0).speaker().getId()) != null);
		linkToProject.setText("&Link to Project Speaker...");
		split.setEnabled(!project && session() != null && viewer.getStructuredSelection().size() == 1
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

	/**
	 * The project scope: the registry's speakers, most mentioned first, with where each is mentioned over every set
	 * of the project, counted in a background job (a fresh store, so the editor's models are not touched).
	 */
	private void showProject(org.sayso.ui.internal.editor.EditorSession session) {
		if (session == null) {
			viewer.setInput(new Object[0]);
			setContentDescription("Open an article of a project to see the project's speakers.");
			return;
		}
		var root = session.store().layout().root();
		var scope = projectScope;
		if (scope != null && scope.root().equals(root)) {
			viewer.setInput(scope.rows().toArray());
			setContentDescription(Counts.of(scope.rows().size(), "project speaker") + " in the registry of "
					+ root.getFileName() + (scope.rows().isEmpty()
							? ". Register a speaker of the article (context menu) or run sayso speakers --register." : "."));
			return;
		}
		viewer.setInput(new Object[0]);
		setContentDescription("Counting the project's speakers in every article...");
		var job = org.eclipse.core.runtime.jobs.Job.create("Speakers of " + root.getFileName(), monitor -> {
			try {
				var store = ProjectStore.open(root);
				var usage = ProjectSpeakers.usage(store, monitor);
				var rows = new ArrayList<ProjectRow>();
				for (var speaker : new SpeakerRegistry(store.project()).speakers()) {
					rows.add(new ProjectRow(speaker, usage.get(speaker.getId())));
				}
				rows.sort(Comparator.comparingInt((ProjectRow r) -> -r.usage().mentions())
						.thenComparing(r -> r.speaker().getName() == null ? "" : r.speaker().getName()));
				projectScope = new ProjectScope(root, List.copyOf(rows));
			} catch (org.sayso.core.store.StoreException e) {
				projectScope = new ProjectScope(root, List.of());
				org.sayso.ui.internal.Ui.later(() -> setContentDescription("Cannot count the project's speakers: "
						+ e.getMessage()));
				return org.eclipse.core.runtime.Status.OK_STATUS;
			}
			org.sayso.ui.internal.Ui.later(() -> {
				if (!viewer.getControl().isDisposed()) {
					refresh();
				}
			});
			return org.eclipse.core.runtime.Status.OK_STATUS;
		});
		job.setSystem(false);
		job.schedule();
	}

	/** Links the selected entity of the article to a project speaker chosen in a list; one undoable step. */
	void linkSelectedToProject() {
		var session = session();
		var entities = selectedEntities();
		var registry = session == null ? null : SpeakerRegistry.of(session.set());
		if (session == null || entities.size() != 1 || registry == null) {
			return;
		}
		var entity = entities.get(0);
		var dialog = new org.eclipse.ui.dialogs.ElementListSelectionDialog(getSite().getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				var s = (RegisteredSpeaker) element;
				return s.getName() + (s.getAliases().isEmpty() ? "" : "  (also " + String.join(", ", s.getAliases()) + ")");
			}
		});
		dialog.setTitle("Link to Project Speaker");
		dialog.setMessage("The project speaker '" + entity.getName() + "' is (type to filter):");
		dialog.setElements(registry.speakers().toArray());
		var match = SpeakerRegistry.namesOf(entity).stream().map(registry::find).flatMap(java.util.Optional::stream)
				.findFirst();
		match.ifPresent(s -> dialog.setInitialSelections(s));
		if (dialog.open() == org.eclipse.jface.window.Window.OK && dialog.getFirstResult() instanceof RegisteredSpeaker chosen) {
			linkTo(session, entity, chosen);
		}
	}

	void linkTo(org.sayso.ui.internal.editor.EditorSession session, SpeakerEntity entity, RegisteredSpeaker speaker) {
		session.execute("Link " + entity.getName() + " to project speaker " + speaker.getName(),
				() -> SpeakerRegistry.assign(session.set(), entity, speaker.getId(), speaker.getName()));
		projectScope = null;
	}

	/**
	 * Registers the selected entity as a speaker of the whole project (written to sayso.project at once) and gives
	 * the entity its id, one undoable step of the article; undo gives the entity its own id back and leaves the
	 * registry as it is.
	 */
	public void registerSelected() {
		var session = session();
		var entities = selectedEntities();
		var registry = session == null ? null : SpeakerRegistry.of(session.set());
		if (session == null || entities.size() != 1 || registry == null) {
			return;
		}
		var entity = entities.get(0);
		var names = SpeakerRegistry.namesOf(entity);
		var name = names.isEmpty() ? entity.getName() : names.iterator().next();
		var kind = entity.getMentions().stream().map(SpeakerMention::getKind).filter(k -> k != null).findFirst()
				.orElse(null);
		var speaker = registry.register(name, kind);
		names.forEach(n -> registry.addAlias(speaker, n));
		saveAndLink(session, entity, speaker);
	}

	/**
	 * Writes the project file with {@code speaker} just registered and links the set's entity to it; when the file
	 * cannot be written, the registration is taken back and the user told why. Returns whether it was linked.
	 */
	private boolean saveAndLink(org.sayso.ui.internal.editor.EditorSession session, SpeakerEntity entity,
			RegisteredSpeaker speaker) {
		try {
			session.store().saveProject(false);
		} catch (org.sayso.core.store.StoreException e) {
			session.store().project().getSpeakers().remove(speaker);
			org.sayso.ui.internal.Ui.error("Could not register " + speaker.getName(), e.getMessage());
			return false;
		}
		linkTo(session, entity, speaker);
		return true;
	}

	TreeViewer viewer() {
		return viewer;
	}

	private List<ProjectRow> selectedRows() {
		var rows = new ArrayList<ProjectRow>();
		for (var o : viewer.getStructuredSelection()) {
			if (o instanceof ProjectRow row) {
				rows.add(row);
			}
		}
		return rows;
	}

	private @org.eclipse.jdt.annotation.Nullable SpeakerEntity entityHere(String id) {
		var session = session();
		return session == null ? null
				: session.set().getEntities().stream().filter(e -> id.equals(e.getId())).findFirst().orElse(null);
	}

	/** The annotation editors open on sets of the project at {@code root}, in every window. */
	private static List<org.sayso.ui.internal.editor.EditorSession> openSessions(java.nio.file.Path root) {
		var sessions = new ArrayList<org.sayso.ui.internal.editor.EditorSession>();
		for (var window : org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (var page : window.getPages()) {
				for (var reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof org.sayso.ui.internal.editor.AnnotationEditor editor
							&& editor.session() != null && !editor.session().isDisposed()
							&& editor.session().store().layout().root().equals(root)) {
						sessions.add(editor.session());
					}
				}
			}
		}
		return sessions;
	}

	/**
	 * Merges project speaker {@code goneId} into {@code keptId} (the action: the second selected into the first, the
	 * one listed higher, more mentioned) in every article: the articles open in editors change
	 * there, each as an undoable step (saved with the editor); every other set is rewritten at once through the safe
	 * store; the registry loses the second speaker when every set is done.
	 */
	public void mergeProjectSpeakers(String keptId, String goneId, boolean ask) {
		var session = session();
		var registry = session == null ? null : SpeakerRegistry.of(session.set());
		if (session == null || registry == null) {
			return;
		}
		var kept = registry.byId(keptId).orElse(null);
		var gone = registry.byId(goneId).orElse(null);
		if (kept == null || gone == null) {
			return;
		}
		if (ask && !org.eclipse.jface.dialogs.MessageDialog.openConfirm(getSite().getShell(), "Merge Project Speakers",
				"Make '" + gone.getName() + "' part of '" + kept.getName() + "' in every article of the project?\n\n"
						+ "Articles open in editors change there, as a step you can undo, and are saved with them;"
						+ " every other annotation set is saved at once.")) {
			return;
		}
		var root = session.store().layout().root();
		var open = openSessions(root);
		for (var s : open) {
			var entity = s.set().getEntities().stream().filter(e -> gone.getId().equals(e.getId())).findFirst().orElse(null);
			if (entity != null) {
				s.execute("Merge project speaker " + gone.getName() + " into " + kept.getName(),
						() -> SpeakerRegistry.assign(s.set(), entity, kept.getId(), kept.getName()));
			}
		}
		var files = open.stream().map(org.sayso.ui.internal.editor.EditorSession::setFile).toList();
		var goneName = gone.getName();
		var result = new ProjectSpeakers.Result[1];
		var failure = new String[1];
		try {
			new org.eclipse.jface.dialogs.ProgressMonitorDialog(getSite().getShell()).run(false, true, monitor -> {
				try {
					result[0] = ProjectSpeakers.merge(session.store(), kept, gone, files::contains, monitor);
				} catch (org.sayso.core.store.StoreException e) {
					failure[0] = e.getMessage();
				}
			});
		} catch (java.lang.reflect.InvocationTargetException | InterruptedException e) {
			failure[0] = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
		}
		if (failure[0] == null && result[0] != null && !result[0].ok()) {
			failure[0] = result[0].failed().entrySet().stream().map(f -> f.getKey() + ": " + f.getValue())
					.collect(java.util.stream.Collectors.joining("\n")) + "\n\n'" + goneName
					+ "' stays registered; merge again once these sets can be read and written.";
		}
		if (failure[0] != null) {
			org.sayso.ui.internal.Ui.error("Merge Project Speakers", failure[0]);
		}
		projectScope = null;
		refresh();
	}

	/**
	 * Splits the selected project speaker off in this article: its mentions here become a new project speaker named
	 * {@code name} (asked when null), one undoable step of the article.
	 */
	public void splitOffHere(@org.eclipse.jdt.annotation.Nullable String name) {
		var session = session();
		var rows = selectedRows();
		var registry = session == null ? null : SpeakerRegistry.of(session.set());
		if (session == null || rows.size() != 1 || registry == null) {
			return;
		}
		var speaker = rows.get(0).speaker();
		var entity = entityHere(speaker.getId());
		if (entity == null) {
			return;
		}
		String newName;
		if (name != null) {
			newName = name;
		} else {
			var dialog = new org.eclipse.jface.dialogs.InputDialog(getSite().getShell(), "Split Off in This Article",
					"In " + session.document().getId() + ", '" + speaker.getName() + "' is another speaker, named:",
					speaker.getName() + " (" + session.document().getId() + ")",
					v -> v.isBlank() ? "Give the other speaker a name." : null);
			if (dialog.open() != org.eclipse.jface.window.Window.OK) {
				return;
			}
			newName = dialog.getValue().strip();
		}
		if (saveAndLink(session, entity, registry.register(newName, speaker.getKind()))) {
			refresh();
		}
	}

	/** Selects the project speakers with these ids, in the Whole Project scope, in this order. */
	public void selectProjectSpeakers(String... ids) {
		var rows = new ArrayList<Object>();
		for (var id : ids) {
			for (var item : viewer.getTree().getItems()) {
				if (item.getData() instanceof ProjectRow row && row.speaker().getId().equals(id)) {
					rows.add(row);
				}
			}
		}
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(rows));
	}

	// for tests, which drive the view as the context menu and the toolbar do

	/** Selects the article's speaker entity named {@code name}. */
	public void selectSpeaker(String name) {
		var session = session();
		session.set().getEntities().stream().filter(e -> name.equals(e.getName())).findFirst()
				.ifPresent(e -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(e), true));
	}

	/** Turns the Whole Project scope on or off, as its toolbar button does. */
	public void showWholeProject(boolean on) {
		wholeProject.setChecked(on);
		wholeProject.run();
	}

	/** The labels of the rows shown at the top level. */
	public List<String> rows() {
		var tree = viewer.getTree();
		return java.util.Arrays.stream(tree.getItems()).map(org.eclipse.swt.widgets.TreeItem::getText).toList();
	}


	@Override
	protected Control mainControl() {
		return viewer.getControl();
	}
}
