package org.sayso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.ClaimKind;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerKind;
import org.sayso.ui.internal.OpenProjectOnStartup;
import org.sayso.ui.internal.export.ExportJob;
import org.sayso.ui.internal.export.ExportSummaryDialog;
import org.sayso.ui.internal.export.ExportWizard;

/**
 * File &gt; Export... &gt; Sayso &gt; Annotations in a running workbench: the wizard from the export wizard registry,
 * filled in through its widgets on a real project in the workspace, finished with its Finish button; the export
 * job writes the files and the summary dialog shows what was exported and refused.
 */
class ExportWizardTest {

	private static final String STORY = "Bridge Reopens\n\nDUBLIN (Sayso Wire) May 5, 2025 - The bridge will reopen"
			+ " on Friday, the city engineer said.\n";
	private static final String LEAK = "Leak Found\n\nCORK (Sayso Wire) May 6, 2025 - Water bills would rise, residents"
			+ " feared.\n";

	// a folder of our own: this fragment does not import JUnit's @TempDir package
	private final Path temp = createTemp();

	private static Path createTemp() {
		try {
			return Files.createTempDirectory("sayso-export-wizard").toRealPath();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@AfterEach
	void removeProjectsButKeepTheirFiles() throws Exception {
		for (var shell : Display.getCurrent().getShells()) {
			if (shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()) {
				shell.close();
			}
		}
		UiTestSupport.removeWorkspaceProjects();
		UiTestSupport.deleteTree(temp);
	}

	@Test
	void theWizardExportsTheProjectAndShowsTheSummary() throws Exception {
		var folder = createProject(temp.resolve("harbour-desk"));
		var opening = OpenProjectOnStartup.schedule(folder);
		waitUntil(() -> opening.getResult() != null, "the project to open");
		var project = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(p -> p.getLocation() != null && p.getLocation().toPath().equals(folder)).findFirst().orElseThrow();

		var descriptor = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(ExportWizard.ID);
		assertNotNull(descriptor, "the wizard is contributed to File > Export");
		var wizard = (ExportWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		var dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();

		var page = wizard.page();
		assertEquals(project.getName(), page.projectCombo().getText(), "the selected project is preselected");
		assertEquals(folder.resolve("export").toString(), page.outputText().getText());
		select(page.formatCombo(), "jsonl");
		assertEquals(java.util.List.of("curated (the merged sets)", "all (every annotator and the curated sets)", "ana"),
				Arrays.asList(page.setsCombo().getItems()));
		select(page.setsCombo(), "ana");
		var output = temp.resolve("training data");
		page.outputText().setText(output.toString());
		press(find(dialog.getShell(), Button.class, "Finish"));

		waitUntil(() -> Job.getJobManager().find(ExportJob.FAMILY).length == 0 && summaryShell() != null,
				"the export to finish and its summary to show");
		var lines = Files.readAllLines(output.resolve("annotations.jsonl"));
		assertEquals(1, lines.size(), "the valid document only");
		assertTrue(lines.get(0).startsWith("{\"id\":\"bridge\",\"set\":\"ana\""), lines.get(0));
		assertTrue(Files.exists(output.resolve("export-summary.txt")));
		var summary = find(summaryShell(), Text.class, null).getText();
		assertTrue(summary.contains("Exported 1 document(s), 1 annotation set(s) (ana) as jsonl"), summary);
		assertTrue(summary.contains("Refused 1 document(s)") && summary.contains("leak (ana)"), summary);
	}

	/** bridge: a speaker, a cue and a claim linked to both; leak: a claim with no speaker, refused. */
	private static Path createProject(Path root) throws Exception {
		var f = SaysoFactory.eINSTANCE;
		var store = ProjectStore.create(root, "harbour-desk");
		var bridge = store.addDocument("bridge", STORY);
		var leak = store.addDocument("leak", LEAK);
		store.saveProject(false);
		var ana = store.openSet(bridge, "ana");
		var speaker = f.createSpeakerMention();
		span(speaker, STORY, "the city engineer");
		speaker.setKind(SpeakerKind.ROLE);
		var claim = f.createClaim();
		span(claim, STORY, "The bridge will reopen on Friday");
		claim.setKind(ClaimKind.INDIRECT);
		claim.getSources().add(speaker);
		ana.set().getAnnotations().add(speaker);
		ana.set().getAnnotations().add(claim);
		store.save(ana, false);
		var refused = store.openSet(leak, "ana");
		var orphan = f.createClaim();
		span(orphan, LEAK, "Water bills would rise");
		refused.set().getAnnotations().add(orphan);
		store.save(refused, false);
		return root.toAbsolutePath().normalize();
	}

	private static void span(org.sayso.model.Annotation annotation, String text, String covered) {
		annotation.setBegin(text.indexOf(covered));
		annotation.setEnd(text.indexOf(covered) + covered.length());
	}

	private static void select(org.eclipse.swt.widgets.Combo combo, String item) {
		combo.select(Arrays.asList(combo.getItems()).indexOf(item));
		combo.notifyListeners(SWT.Selection, null);
	}

	private static void press(Button button) {
		assertTrue(button.isEnabled(), button.getText() + " is enabled");
		button.notifyListeners(SWT.Selection, null);
	}

	private static Shell summaryShell() {
		return Arrays.stream(Display.getCurrent().getShells())
				.filter(s -> !s.isDisposed() && ExportSummaryDialog.TITLE.equals(s.getText())).findFirst().orElse(null);
	}

	/** The first control of the type under {@code parent} whose text contains {@code text} (any text when null). */
	private static <T extends Control> T find(Composite parent, Class<T> type, String text) {
		for (var child : parent.getChildren()) {
			if (type.isInstance(child) && (text == null || textOf(child).contains(text))) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				var found = findOrNull(composite, type, text);
				if (found != null) {
					return found;
				}
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " '" + text + "' in " + parent);
	}

	private static <T extends Control> T findOrNull(Composite parent, Class<T> type, String text) {
		try {
			return find(parent, type, text);
		} catch (AssertionError e) {
			return null;
		}
	}

	private static String textOf(Control control) {
		return control instanceof Button b ? b.getText() : control instanceof Text t ? t.getText() : "";
	}

	private static void waitUntil(BooleanSupplier condition, String what) {
		var display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out after 60 s waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

}
