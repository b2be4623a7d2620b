package org.sayso.ui.internal.agreement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.sayso.core.Counts;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ControlContribution;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.sayso.curation.agreement.AgreementExport;
import org.sayso.curation.agreement.AgreementReport;
import org.sayso.curation.ProjectAgreement;
import org.sayso.curation.merge.MergeEngine;
import org.sayso.curation.merge.MergeSettings;
import org.sayso.model.ProjectLayout;
import org.sayso.ui.internal.Ui;

/**
 * The Agreement view: for the Sayso project selected in the workbench, measured in a job, a pairwise kappa heatmap
 * per type and the documents by worst agreement (double-click opens one for curation), exportable as CSV and HTML.
 */
public final class AgreementView extends ViewPart {

	public static final String ID = "org.sayso.ui.views.agreement";

	private Label status;
	private KappaHeatmap heatmap;
	private DocumentTable documents;
	private Path folder;
	private IProject project;
	private AgreementReport report;
	private Job running;
	private final ISelectionListener selectionListener = this::selectionChanged;
	/** The folder measured when the workbench last closed, from the view's memento. */
	private Path remembered;
	private static final String MEMENTO_FOLDER = "project";

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		status.setText("Select a Sayso project to measure its annotators' agreement.");
		// what the figures of the type chosen mean, over the view's whole width so the tables below keep their rows
		var figures = new Label(parent, SWT.WRAP);
		var figuresData = new GridData(SWT.FILL, SWT.TOP, true, false);
		var gc = new org.eclipse.swt.graphics.GC(figures);
		try {
			figuresData.heightHint = 2 * gc.getFontMetrics().getHeight(); // two lines; the whole text in its tooltip
		} finally {
			gc.dispose();
		}
		figures.setLayoutData(figuresData);
		var sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		heatmap = new KappaHeatmap(sash, figures);
		documents = new DocumentTable(sash, this::openCuration);
		sash.setWeights(2, 3);
		// side by side where the view is wide (its default place, under the editor), stacked where it is tall: each
		// part keeps the height its rows need
		sash.addListener(SWT.Resize, e -> {
			var size = sash.getSize();
			int orientation = size.x > size.y * 2 ? SWT.HORIZONTAL : SWT.VERTICAL;
			if (sash.getOrientation() != orientation) {
				sash.setOrientation(orientation);
			}
		});
		contributeActions();
		getSite().getPage().addPostSelectionListener(selectionListener);
		selectionChanged(null, getSite().getPage().getSelection());
		if (folder == null && remembered != null && Files.isDirectory(remembered)) {
			// after a restart, before anything is selected: the project measured last time
			measure(remembered, workspaceProjectAt(remembered));
		}
	}

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		var saved = memento == null ? null : memento.getString(MEMENTO_FOLDER);
		remembered = saved == null ? null : Path.of(saved);
	}

	@Override
	public void saveState(IMemento memento) {
		if (folder != null) {
			memento.putString(MEMENTO_FOLDER, folder.toString());
		}
	}

	private static IProject workspaceProjectAt(Path location) {
		for (var candidate : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (candidate.getLocation() != null && Path.of(candidate.getLocation().toOSString()).equals(location)) {
				return candidate;
			}
		}
		return null;
	}

	private void contributeActions() {
		var toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(new ControlContribution("org.sayso.ui.agreement.type") {
			@Override
			protected Control createControl(Composite parent) {
				return heatmap.createTypeChooser(parent);
			}

			@Override
			protected int computeWidth(Control control) {
				// wide enough for "Speaker" before any report has filled it
				return Math.max(control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true).x, 110);
			}
		});
		toolbar.add(action("Measure again", () -> {
			if (folder != null) {
				measure(folder, project);
			}
		}));
		// the exports in the view's menu: the toolbar stays one row beside the view's tab at its default size
		var menu = getViewSite().getActionBars().getMenuManager();
		menu.add(action("Export CSV...", () -> exportWithDialog("csv")));
		menu.add(action("Export HTML...", () -> exportWithDialog("html")));
	}

	private static Action action(String text, Runnable run) {
		var action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(text);
		return action;
	}

	private void selectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
		if (part == this || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return;
		}
		var resource = org.eclipse.core.runtime.Adapters.adapt(structured.getFirstElement(), IResource.class);
		if (resource == null || resource.getProject() == null || resource.getProject().getLocation() == null) {
			return;
		}
		var candidate = resource.getProject();
		var location = Path.of(candidate.getLocation().toOSString());
		var layout = new ProjectLayout(location);
		if (!Files.exists(layout.projectFile()) && !Files.isDirectory(layout.documentsFolder())) {
			return; // not a Sayso project
		}
		if (!location.equals(folder)) {
			measure(location, candidate);
		}
	}

	/** Measures the project in {@code root} in a job and shows the figures when done. */
	public Job measure(Path root, IProject workspaceProject) {
		this.folder = root;
		this.project = workspaceProject;
		if (running != null) {
			running.cancel();
		}
		status.setText("Measuring the agreement in " + root + "...");
		var display = status.getDisplay();
		running = Job.create("Measuring agreement in " + root.getFileName(), monitor -> {
			try {
				var store = Ui.projects().open(root);
				var engine = new MergeEngine(MergeSettings.of(store.project().getSettings(), "curator"));
				var result = ProjectAgreement.measure(store, engine, List.of(), monitor, null);
				display.asyncExec(() -> show(root, result));
				return Status.OK_STATUS;
			} catch (org.sayso.core.store.StoreException e) {
				display.asyncExec(() -> showStatus("Cannot measure " + root + ": " + e.getMessage()));
				return Status.error(e.getMessage(), e);
			}
		});
		running.setUser(false);
		running.schedule();
		return running;
	}

	private void show(Path root, ProjectAgreement.Result result) {
		if (status.isDisposed() || !root.equals(folder)) {
			return;
		}
		report = result.report();
		heatmap.show(report);
		documents.show(report);
		var text = new StringBuilder().append(root.getFileName()).append(": ")
				.append(Counts.of(report.documents().size(), "document")).append(" measured (")
				.append(Counts.of(report.corpusDocuments(), "document")).append(" annotated by every annotator give the"
						+ " corpus figures), annotators ").append(String.join(", ", report.annotators()));
		if (!result.problems().isEmpty()) {
			text.append(". Not measured: ").append(String.join("; ", result.problems()));
		}
		showStatus(text.toString());
	}

	private void showStatus(String text) {
		if (!status.isDisposed()) {
			status.setText(text);
			status.getParent().layout();
		}
	}

	private void openCuration(String documentId) {
		try {
			showStatus(CurationOpener.open(getSite().getPage(), project, folder, documentId));
		} catch (Exception e) {
			showStatus("Cannot open " + documentId + " for curation: " + e.getMessage());
		}
	}

	private void exportWithDialog(String format) {
		if (report == null) {
			showStatus("Nothing to export yet: select a Sayso project first.");
			return;
		}
		var dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFileName("agreement." + format);
		dialog.setFilterExtensions(new String[] { "*." + format });
		var chosen = dialog.open();
		if (chosen != null) {
			try {
				export(Path.of(chosen), format);
				showStatus("Exported to " + chosen);
			} catch (IOException e) {
				showStatus("Cannot write " + chosen + ": " + e.getMessage());
			}
		}
	}

	/** Writes the shown figures as "csv" or "html". */
	public void export(Path file, String format) throws IOException {
		var text = format.equals("html") ? AgreementExport.html(report, folder.getFileName().toString())
				: AgreementExport.csv(report);
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	/** The figures shown, null until a project was measured. */
	public AgreementReport report() {
		return report;
	}

	/** The pairwise kappa table of the chosen type: a row and a column per annotator. */
	public org.eclipse.swt.widgets.Table heatmapTable() {
		return heatmap.table();
	}

	/** The documents, worst agreement first. */
	public org.eclipse.swt.widgets.Table documentTable() {
		return documents.table();
	}

	@Override
	public void setFocus() {
		documents.table().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		if (running != null) {
			running.cancel();
		}
		super.dispose();
	}

}
