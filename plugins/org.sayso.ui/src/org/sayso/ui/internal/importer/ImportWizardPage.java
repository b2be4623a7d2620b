package org.sayso.ui.internal.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sayso.model.ProjectLayout;
import org.sayso.ui.internal.SaysoProjects;

/**
 * The import wizard's page: the project, the files and folders to import (articles, INCEpTION zips, brat folders,
 * TimeML), and the options of {@code sayso import}: the annotator of imported sets, the articles' date, a metadata
 * table and a brat mapping.
 */
public final class ImportWizardPage extends WizardPage {

	private final IProject initial;
	private final List<IProject> projects = new ArrayList<>();
	private Combo project;
	private org.eclipse.swt.widgets.List sources;
	private Text annotator;
	private Text dct;
	private Text metadata;
	private Text mapping;
	private Combo encoding;

	ImportWizardPage(IProject initial) {
		super("import");
		this.initial = initial;
		setTitle("Import Articles and Annotated Corpora");
		setDescription("Articles (text, HTML), INCEpTION exports, brat standoff folders and TimeML files.");
	}

	@Override
	public void createControl(Composite parent) {
		var page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		label(page, "&Project:");
		project = new Combo(page, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(project);
		projects.addAll(SaysoProjects.open());
		projects.forEach(p -> project.add(p.getName()));
		project.addListener(SWT.Selection, e -> validate());

		label(page, "&Files and folders:");
		sources = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 120).applyTo(sources);
		var buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, "Add F&iles...", this::addFiles);
		button(buttons, "Add F&older...", this::addFolder);
		button(buttons, "&Remove", () -> {
			sources.remove(sources.getSelectionIndices());
			validate();
		});

		annotator = field(page, "&Annotator of imported sets:",
				"from each .ann file's name (doc_annotator.ann), else brat or timeml");
		dct = field(page, "Article &date (DCT):", "YYYY-MM-DD, for articles whose metadata and text give none");
		metadata = fileField(page, "&Metadata table:", "a .tsv, .csv or .jsonl with file, dct, title, url (optional)");
		mapping = fileField(page, "brat ma&pping:", "rules for another brat schema (optional; default PARC/PolNeAR)");
		label(page, "&Encoding:");
		encoding = new Combo(page, SWT.READ_ONLY);
		encoding.add("Detect (UTF-8, UTF-16 with BOM, windows-1252, ISO-8859-1)");
		org.sayso.io.importer.ArticleImport.Settings.ENCODINGS.forEach(encoding::add);
		encoding.select(0);
		encoding.setToolTipText("The encoding of every text and HTML file, for a file whose encoding was guessed wrong");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(encoding);

		int index = initial == null ? -1 : projects.indexOf(initial);
		project.select(index >= 0 ? index : projects.isEmpty() ? -1 : 0);
		validate();
		setControl(page);
	}

	private static void label(Composite page, String text) {
		new Label(page, SWT.NONE).setText(text);
	}

	private static void button(Composite parent, String text, Runnable action) {
		var button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private Text field(Composite page, String label, String hint) {
		label(page, label);
		var text = new Text(page, SWT.BORDER);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(text);
		text.addListener(SWT.Modify, e -> validate());
		return text;
	}

	private Text fileField(Composite page, String label, String hint) {
		label(page, label);
		var text = new Text(page, SWT.BORDER);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		text.addListener(SWT.Modify, e -> validate());
		var browse = new Button(page, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			var dialog = new FileDialog(getShell(), SWT.OPEN);
			var chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
	}

	private void addFiles() {
		var dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Files to Import");
		dialog.setFilterExtensions(new String[] { "*.txt;*.html;*.htm;*.zip;*.ann;*.tml;*.tsv;*.csv;*.jsonl", "*" });
		if (dialog.open() != null) {
			Arrays.stream(dialog.getFileNames()).map(name -> Path.of(dialog.getFilterPath(), name)).forEach(this::add);
		}
	}

	private void addFolder() {
		var dialog = new DirectoryDialog(getShell());
		dialog.setText("Folder to Import");
		dialog.setMessage("Its articles and annotation files are imported, sub-folders included.");
		var chosen = dialog.open();
		if (chosen != null) {
			add(Path.of(chosen));
		}
	}

	/** Adds a file or folder to import, as the Add buttons do. */
	public void add(Path path) {
		var name = path.toString();
		if (!Arrays.asList(sources.getItems()).contains(name)) {
			sources.add(name);
		}
		validate();
	}

	private void validate() {
		setErrorMessage(problem());
		setPageComplete(getErrorMessage() == null);
	}

	private String problem() {
		if (projects.isEmpty()) {
			return "No Sayso project is open in the workspace: open a project folder first.";
		}
		if (project.getSelectionIndex() < 0) {
			return "Choose the project to import into.";
		}
		if (sources.getItemCount() == 0) {
			return "Add the files or folders to import.";
		}
		for (var item : sources.getItems()) {
			if (!Files.exists(Path.of(item))) {
				return item + " does not exist: remove it, or add it again.";
			}
		}
		var name = annotator.getText().strip();
		if (!name.isEmpty() && !ProjectLayout.isSafeName(name)) {
			return "'" + name + "' is not a usable annotator name: letters, digits, '.', '_' and '-'.";
		}
		var date = dct.getText().strip();
		if (!date.isEmpty()) {
			try {
				LocalDate.parse(date);
			} catch (DateTimeParseException e) {
				return "The article date must be written YYYY-MM-DD, such as 2025-03-04.";
			}
		}
		for (var file : List.of(metadata, mapping)) {
			if (!file.getText().isBlank() && !Files.isRegularFile(Path.of(file.getText().strip()))) {
				return file.getText().strip() + " is not a file.";
			}
		}
		return null;
	}

	/** What the user chose, or null while the page is not complete. */
	ImportRequest request() {
		if (!isPageComplete()) {
			return null;
		}
		var chosen = projects.get(project.getSelectionIndex());
		return new ImportRequest(chosen, SaysoProjects.folderOf(chosen),
				Arrays.stream(sources.getItems()).map(Path::of).toList(), blankToNull(annotator), blankToNull(dct),
				pathOrNull(metadata), pathOrNull(mapping), encoding.getSelectionIndex() <= 0 ? null
						: java.nio.charset.Charset.forName(encoding.getItem(encoding.getSelectionIndex())));
	}

	private static String blankToNull(Text text) {
		var value = text.getText().strip();
		return value.isEmpty() ? null : value;
	}

	private static Path pathOrNull(Text text) {
		var value = blankToNull(text);
		return value == null ? null : Path.of(value);
	}

	// the controls, for tests that fill in the page as a user does

	public Combo projectCombo() {
		return project;
	}

	public Text annotatorText() {
		return annotator;
	}

	public Text dctText() {
		return dct;
	}
}
