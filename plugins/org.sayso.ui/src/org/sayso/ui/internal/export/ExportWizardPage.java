package org.sayso.ui.internal.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sayso.model.ProjectLayout;
import org.sayso.io.export.Exporter;
import org.osgi.framework.FrameworkUtil;
import org.eclipse.ui.PlatformUI;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;
import org.sayso.io.export.ExportFormat;
import org.sayso.ui.internal.SaysoProjects;
import org.sayso.io.export.SetSelection;

/** The export wizard's page: project, format, sets, output folder, and whether to export invalid sets or replace. */
public final class ExportWizardPage extends WizardPage {

	private static final String CURATED = "curated (the merged sets)";
	private static final String ALL = "all (every annotator and the curated sets)";

	private final IProject initial;
	private final List<IProject> projects = new ArrayList<>();
	private Combo project;
	private Combo format;
	private Label formatDescription;
	private Combo sets;
	private Text output;
	private Button allowInvalid;
	private Button replace;

	ExportWizardPage(IProject initial) {
		super("export");
		this.initial = initial;
		setTitle("Export Annotations");
		setDescription("Export a project's annotations for ML pipelines or other annotation tools.");
	}

	@Override
	public void createControl(Composite parent) {
		var page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		label(page, "&Project:");
		project = combo(page);
		projects.addAll(SaysoProjects.open());
		projects.forEach(p -> project.add(p.getName()));
		project.addListener(SWT.Selection, e -> projectChanged());

		label(page, "&Format:");
		format = combo(page);
		for (var f : ExportFormat.values()) {
			format.add(f.id());
		}
		format.select(0);
		new Label(page, SWT.NONE);
		formatDescription = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(formatDescription);
		format.addListener(SWT.Selection, e -> formatChanged());

		label(page, "&Annotations:");
		sets = combo(page);
		sets.addListener(SWT.Selection, e -> validate());

		label(page, "&To folder:");
		output = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(output);
		output.addListener(SWT.Modify, e -> validate());
		var browse = new Button(page, SWT.PUSH);
		browse.setText("B&rowse...");
		browse.addListener(SWT.Selection, e -> browse());

		allowInvalid = check(page, "Export annotations that fail &validation too (listed in the summary)");
		replace = check(page, "&Replace the folder if it is not empty (once the new export is complete)");

		replace.addListener(SWT.Selection, e -> validate());
		allowInvalid.addListener(SWT.Selection, e -> validate());

		var remembered = settingsSection();
		if (remembered.get(FORMAT) != null && format.indexOf(remembered.get(FORMAT)) >= 0) {
			format.select(format.indexOf(remembered.get(FORMAT)));
		}
		allowInvalid.setSelection(remembered.getBoolean(ALLOW_INVALID));
		int index = initial == null ? -1 : projects.indexOf(initial);
		project.select(index >= 0 ? index : projects.isEmpty() ? -1 : 0);
		projectChanged();
		if (remembered.get(SETS) != null && sets.indexOf(remembered.get(SETS)) >= 0) {
			sets.select(sets.indexOf(remembered.get(SETS)));
		}
		formatChanged();
		setControl(page);
	}

	private static final String FORMAT = "format", SETS = "sets", ALLOW_INVALID = "allowInvalid";

	/** The choices of the last export, offered again: format, annotations, and whether invalid sets go too. */
	private static IDialogSettings settingsSection() {
		var root = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ExportWizardPage.class))
				.getDialogSettings();
		var section = root.getSection("exportWizard");
		return section != null ? section : root.addNewSection("exportWizard");
	}

	/** Keeps the choices for the next export; called when the export starts. */
	void remember() {
		var section = settingsSection();
		section.put(FORMAT, format.getText());
		section.put(SETS, sets.getText());
		section.put(ALLOW_INVALID, allowInvalid.getSelection());
	}

	private static void label(Composite page, String text) {
		new Label(page, SWT.NONE).setText(text);
	}

	private static Combo combo(Composite page) {
		var combo = new Combo(page, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo);
		return combo;
	}

	private Button check(Composite page, String text) {
		var button = new Button(page, SWT.CHECK);
		button.setText(text);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(button);
		return button;
	}

	private IProject selectedProject() {
		int index = project.getSelectionIndex();
		return index < 0 ? null : projects.get(index);
	}

	private void projectChanged() {
		sets.removeAll();
		sets.add(CURATED);
		sets.add(ALL);
		var selected = selectedProject();
		if (selected != null) {
			try {
				ProjectListing.open(SaysoProjects.folderOf(selected)).annotators().forEach(sets::add);
			} catch (ProjectListingException e) {
				setErrorMessage(e.getMessage());
			}
			if (output.getText().isBlank()) {
				output.setText(defaultOutput(SaysoProjects.folderOf(selected)).toString());
			}
		}
		sets.select(0);
		validate();
	}

	/**
	 * Beside the project, not in it: {@code <project>-export}, or the first of -export-2, -export-3... that is new or
	 * an earlier Sayso export.
	 */
	static Path defaultOutput(Path projectFolder) {
		var parent = projectFolder.toAbsolutePath().getParent();
		var name = projectFolder.getFileName() + "-export";
		var candidate = parent == null ? projectFolder.resolve("export") : parent.resolve(name);
		var layout = new ProjectLayout(projectFolder);
		// the export's own rule: a folder is free when it is new, empty or an earlier export one may replace
		for (int i = 2; parent != null && Exporter.outputProblem(candidate, true, layout, "") != null; i++) {
			candidate = parent.resolve(name + "-" + i);
		}
		return candidate;
	}

	private void formatChanged() {
		var chosen = ExportFormat.values()[Math.max(0, format.getSelectionIndex())];
		formatDescription.setText(chosen.description());
		formatDescription.getParent().layout(true);
	}

	private void browse() {
		var dialog = new DirectoryDialog(getShell());
		dialog.setText("Export Folder");
		dialog.setMessage("The folder the export becomes; it must be new or empty.");
		if (!output.getText().isBlank()) {
			dialog.setFilterPath(output.getText());
		}
		var chosen = dialog.open();
		if (chosen != null) {
			output.setText(chosen);
		}
	}

	private void validate() {
		String error = null;
		if (projects.isEmpty()) {
			error = "No Sayso project is open in the workspace: open a project folder first.";
		} else if (selectedProject() == null) {
			error = "Choose the project to export.";
		} else if (output.getText().isBlank()) {
			error = "Choose the folder to export to.";
		} else if (!Path.of(output.getText()).isAbsolute()) {
			error = "The export folder must be a full path, such as "
					+ defaultOutput(SaysoProjects.folderOf(selectedProject()));
		} else {
			// the export's own rules, before Finish: a folder of the project, or one that holds other files, is refused
			error = Exporter.outputProblem(Path.of(output.getText()), replace.getSelection(),
					new ProjectLayout(SaysoProjects.folderOf(selectedProject())), "tick 'Replace the folder' below");
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	/** What the user chose, or null while the page is not complete. */
	ExportSettings settings() {
		if (!isPageComplete()) {
			return null;
		}
		var chosen = selectedProject();
		var setName = sets.getText();
		SetSelection selection = setName.equals(CURATED) ? new SetSelection.Curated()
				: setName.equals(ALL) ? new SetSelection.All() : new SetSelection.Annotator(setName);
		return new ExportSettings(chosen, SaysoProjects.folderOf(chosen), ExportFormat.of(format.getText()), selection,
				Path.of(output.getText()), allowInvalid.getSelection(), replace.getSelection());
	}

	// the controls, for tests that fill in the page as a user does

	public Combo projectCombo() {
		return project;
	}

	public Combo formatCombo() {
		return format;
	}

	public Combo setsCombo() {
		return sets;
	}

	public Text outputText() {
		return output;
	}

	public Button allowInvalidButton() {
		return allowInvalid;
	}
}
