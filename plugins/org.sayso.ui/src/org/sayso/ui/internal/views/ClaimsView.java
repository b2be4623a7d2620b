package org.sayso.ui.internal.views;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.sayso.core.Counts;
import org.sayso.core.copies.ClaimClusters;
import org.sayso.model.Claim;
import org.sayso.model.DateMention;
import org.sayso.ui.internal.editor.EditorSession;
import org.sayso.ui.internal.editor.Labels;

/**
 * The claims of the article in the active editor: who said what, with cue, kind and the dates inside each claim. Its
 * "All Articles" scope lists instead the claims reported in several of the project's articles, with how many.
 */
public class ClaimsView extends AnnotationViewPart {

	public static final String ID = "org.sayso.ui.views.claims";

	private AnnotationTable<Claim> table;

	/** The two scopes: this article's claims, or the claims reported across the project's articles. */
	private Composite stack;
	private Composite articleScope;
	private org.eclipse.swt.widgets.Table acrossTable;
	private boolean across;
	private Job measuring;
	private java.nio.file.Path measuredProject;

	@Override
	protected void createContents(Composite parent) {
		stack = new Composite(parent, SWT.NONE);
		stack.setLayout(new StackLayout());
		articleScope = new Composite(stack, SWT.NONE);
		acrossTable = new org.eclipse.swt.widgets.Table(stack, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		acrossTable.setHeaderVisible(true);
		acrossTable.setLinesVisible(true);
		for (var column : List.of("Speaker:150", "Claim:420", "Articles:70", "Where:360")) {
			var c = new org.eclipse.swt.widgets.TableColumn(acrossTable, column.startsWith("Articles") ? SWT.RIGHT : SWT.LEFT);
			c.setText(column.substring(0, column.indexOf(':')));
			c.setWidth(Integer.parseInt(column.substring(column.indexOf(':') + 1)));
		}
		((StackLayout) stack.getLayout()).topControl = articleScope;
		var toggle = new Action("All Articles", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				showAcross(isChecked());
			}
		};
		toggle.setToolTipText("The claims reported in several of the project's articles, with how many report each");
		getViewSite().getActionBars().getToolBarManager().add(toggle);
		createArticleScope(articleScope);
	}

	/** Shows the claims across the project's articles ({@code true}) or those of the article open. */
	public void showAcross(boolean all) {
		across = all;
		((StackLayout) stack.getLayout()).topControl = all ? acrossTable : articleScope;
		stack.layout();
		measuredProject = null;
		refresh();
	}

	/** The rows of the "all articles" scope, as "speaker | claim | articles" (for tests). */
	public List<String> shownAcross() {
		var rows = new java.util.ArrayList<String>();
		for (var item : acrossTable.getItems()) {
			rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
		}
		return rows;
	}

	/** Measures the clusters of the project the article open belongs to, in a job. */
	private void measureAcross(EditorSession session) {
		var root = session.store().layout().root();
		if (root.equals(measuredProject)) {
			return;
		}
		measuredProject = root;
		if (measuring != null) {
			measuring.cancel();
		}
		setContentDescription("Looking for claims reported in several articles of " + root.getFileName() + "...");
		var display = acrossTable.getDisplay();
		var store = session.store();
		measuring = Job.create("Claims across the articles of " + root.getFileName(), monitor -> {
			try {
				var clusters = ClaimClusters.of(articles(store));
				display.asyncExec(() -> showClusters(root, clusters));
				return Status.OK_STATUS;
			} catch (Exception e) {
				display.asyncExec(() -> setContentDescription("Cannot read the project's sets: " + e.getMessage()));
				return Status.info(e.getMessage());
			}
		});
		measuring.setSystem(true);
		measuring.schedule();
	}

	/** Each article with the set to read: its curated set, else every annotator's. */
	private static List<ClaimClusters.Article> articles(org.sayso.core.store.ProjectStore store) throws Exception {
		var listing = org.sayso.core.ProjectListing.open(store.layout().root());
		var annotators = listing.annotators();
		var curated = new java.util.HashSet<>(listing.curatedDocumentIds());
		var articles = new java.util.ArrayList<ClaimClusters.Article>();
		for (var document : store.project().getDocuments()) {
			var text = store.text(document);
			if (curated.contains(document.getId())) {
				articles.add(new ClaimClusters.Article(document.getId(), document.getDct(), text,
						store.openCuratedSet(document, null).set()));
				continue;
			}
			for (var annotator : annotators) {
				if (java.nio.file.Files.isRegularFile(store.layout().annotations(annotator, document.getId()))) {
					articles.add(new ClaimClusters.Article(document.getId(), document.getDct(), text,
							store.openSet(document, annotator).set()));
				}
			}
		}
		return articles;
	}

	private void showClusters(java.nio.file.Path root, List<ClaimClusters.Cluster> clusters) {
		if (acrossTable.isDisposed() || !root.equals(measuredProject)) {
			return;
		}
		acrossTable.removeAll();
		for (var cluster : clusters) {
			var item = new org.eclipse.swt.widgets.TableItem(acrossTable, SWT.NONE);
			item.setText(new String[] { cluster.speaker(), cluster.content(), String.valueOf(cluster.articles().size()),
					String.join(", ", cluster.articles()) });
		}
		setContentDescription(root.getFileName() + ": " + Counts.of(clusters.size(), "claim")
				+ " reported in several articles (reviewed claims of curated sets, else of every annotator)");
	}

	private void createArticleScope(Composite parent) {
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
		if (across) {
			if (session == null) {
				setContentDescription("Open an article of a project to see the claims reported across its articles.");
			} else {
				measureAcross(session);
			}
			return;
		}
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

	@Override
	public void dispose() {
		if (measuring != null) {
			measuring.cancel();
		}
		super.dispose();
	}
}
