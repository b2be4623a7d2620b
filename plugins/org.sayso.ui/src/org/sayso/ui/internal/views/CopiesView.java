package org.sayso.ui.internal.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.sayso.core.Counts;
import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;
import org.sayso.core.copies.CopyDetector;
import org.sayso.core.project.ProjectCopies;

/**
 * The copies of the article in the active editor: the project's other articles that share most of its text (a wire
 * story and its republications), with the share and the passages they have in common. Selecting a copy lists the
 * passages; double-clicking one opens the copy. Measured in the background when the article changes.
 */
public class CopiesView extends AnnotationViewPart {

	public static final String ID = "org.sayso.ui.views.copies";

	private Table copies;
	private Table passages;
	private Path measuredProject;
	private String measuredArticle;
	private CopyDetector.Result result;
	private Job running;

	@Override
	protected void createContents(Composite parent) {
		var sash = new SashForm(parent, SWT.HORIZONTAL);
		copies = table(sash, "Copy", 200, "Shared", 70, "Passages", 70);
		copies.addListener(SWT.Selection, e -> showPassages());
		copies.addListener(SWT.DefaultSelection, e -> openSelected());
		passages = table(sash, "Passage shared with the copy", 520, "Here", 90, "There", 90);
		sash.setWeights(2, 3);
	}

	private static Table table(Composite parent, String first, int firstWidth, String second, int secondWidth,
			String third, int thirdWidth) {
		var area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(area);
		var table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		new TableColumn(table, SWT.LEFT).setText(first);
		new TableColumn(table, SWT.RIGHT).setText(second);
		new TableColumn(table, SWT.RIGHT).setText(third);
		table.getColumn(0).setWidth(firstWidth);
		table.getColumn(1).setWidth(secondWidth);
		table.getColumn(2).setWidth(thirdWidth);
		return table;
	}

	@Override
	protected void refresh() {
		var session = session();
		if (session == null) {
			measuredArticle = null;
			copies.removeAll();
			passages.removeAll();
			setContentDescription("Double-click an article in the Project Explorer (documents folder) to see its copies.");
			return;
		}
		var root = session.store().layout().root();
		var article = session.document().getId();
		if (root.equals(measuredProject) && article.equals(measuredArticle)) {
			return; // an edit of the annotations changes no text
		}
		measuredArticle = article;
		if (root.equals(measuredProject) && result != null) {
			show();
			return;
		}
		measure(root, article);
	}

	/** Measures the copies of the project at {@code root} in a job, then shows those of {@code article}. */
	private void measure(Path root, String article) {
		if (running != null) {
			running.cancel();
		}
		setContentDescription("Looking for copies of " + article + " among the project's articles...");
		var display = copies.getDisplay();
		running = Job.create("Looking for copies in " + root.getFileName(), monitor -> {
			try {
				var texts = ProjectCopies.texts(ProjectListing.open(root), message -> {
					// an unreadable article is left out; the import and validate name it
				});
				var found = new CopyDetector(CopyDetector.DEFAULT_THRESHOLD).detect(texts, i -> {
					if (monitor.isCanceled()) {
						throw new OperationCanceledException();
					}
				});
				display.asyncExec(() -> {
					if (!copies.isDisposed()) {
						measuredProject = root;
						result = found;
						show();
					}
				});
				return Status.OK_STATUS;
			} catch (ProjectListingException e) {
				display.asyncExec(() -> {
					if (!copies.isDisposed()) {
						setContentDescription("Cannot look for copies in " + root + ": " + e.getMessage());
					}
				});
				return Status.info(e.getMessage());
			}
		});
		running.setSystem(true);
		running.schedule();
	}

	/** The copies of the article shown, from the last measurement. */
	private void show() {
		copies.removeAll();
		passages.removeAll();
		var pairs = result.pairsOf(measuredArticle);
		for (var pair : pairs) {
			var item = new TableItem(copies, SWT.NONE);
			item.setData(pair);
			item.setText(new String[] { other(pair), String.format(Locale.ROOT, "%.0f%%", pair.share() * 100),
					String.valueOf(pair.passages().size()) });
		}
		setContentDescription(pairs.isEmpty()
				? measuredArticle + " has no copy among the project's " + Counts.of(result.texts(), "article")
				: measuredArticle + ": " + Counts.of(pairs.size(), "copy", "copies") + " among the project's "
						+ Counts.of(result.texts(), "article") + "; double-click one to open it");
		if (!pairs.isEmpty()) {
			copies.setSelection(0);
			showPassages();
		}
	}

	private String other(CopyDetector.Pair pair) {
		return pair.a().equals(measuredArticle) ? pair.b() : pair.a();
	}

	private void showPassages() {
		passages.removeAll();
		var session = session();
		if (copies.getSelectionCount() == 0 || session == null) {
			return;
		}
		var pair = (CopyDetector.Pair) copies.getSelection()[0].getData();
		boolean here = pair.a().equals(measuredArticle);
		var text = session.text();
		for (var p : pair.passages()) {
			int begin = here ? p.beginA() : p.beginB();
			int end = here ? p.endA() : p.endB();
			var item = new TableItem(passages, SWT.NONE);
			var excerpt = text.substring(begin, Math.min(end, text.length())).replaceAll("\\s+", " ");
			item.setText(new String[] { excerpt.length() > 90 ? excerpt.substring(0, 89) + "\u2026" : excerpt,
					begin + "-" + end, here ? p.beginB() + "-" + p.endB() : p.beginA() + "-" + p.endA() });
		}
	}

	private void openSelected() {
		if (copies.getSelectionCount() == 0 || measuredProject == null) {
			return;
		}
		var pair = (CopyDetector.Pair) copies.getSelection()[0].getData();
		var file = measuredProject.resolve("documents").resolve(other(pair) + ".txt");
		var resource = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(file));
		if (resource == null) {
			setContentDescription(file + " is not in the workspace: refresh the project (F5) to open it.");
			return;
		}
		try {
			IDE.openEditor(getSite().getPage(), resource);
		} catch (PartInitException e) {
			setContentDescription("Cannot open " + file + ": " + e.getMessage());
		}
	}

	/** The copies listed now, as "id share" (for tests). */
	public List<String> shownCopies() {
		var rows = new ArrayList<String>();
		for (var item : copies.getItems()) {
			rows.add(item.getText(0) + " " + item.getText(1));
		}
		return rows;
	}

	/** The passages listed for the selected copy (for tests). */
	public List<String> shownPassages() {
		var rows = new ArrayList<String>();
		for (var item : passages.getItems()) {
			rows.add(item.getText(0));
		}
		return rows;
	}

	@Override
	protected Control mainControl() {
		return copies;
	}

	@Override
	public void dispose() {
		if (running != null) {
			running.cancel();
		}
		super.dispose();
	}
}
