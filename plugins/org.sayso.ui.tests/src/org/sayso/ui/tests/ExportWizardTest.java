package org.sayso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sayso.ui.tests.UiTestSupport.waitUntil;
import static org.sayso.ui.tests.WizardSupport.find;
import static org.sayso.ui.tests.WizardSupport.press;
import static org.sayso.ui.tests.WizardSupport.select;
import static org.sayso.ui.tests.WizardSupport.shellOrNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sayso.core.store.Folders;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.ClaimKind;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerKind;
import org.sayso.ui.internal.export.ExportJob;
import org.sayso.ui.internal.dialogs.ExportSummaryDialog;
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

	private final Path temp = WizardSupport.createTemp("sayso-export-wizard");

	@AfterEach
	void removeProjectsButKeepTheirFiles() throws Exception {
		WizardSupport.closeDialogs();
		UiTestSupport.removeWorkspaceProjects();
		Folders.deleteTree(temp);
	}

	@Test
	void theWizardExportsTheProjectAndShowsTheSummary() throws Exception {
		var folder = createProject(temp.resolve("harbour-desk"));
		var project = WizardSupport.openProject(folder);

		var descriptor = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(ExportWizard.ID);
		assertNotNull(descriptor, "the wizard is contributed to File > Export");
		var wizard = (ExportWizard) descriptor.createWizard();
		var dialog = WizardSupport.open(wizard, project);

		var page = wizard.page();
		assertEquals(project.getName(), page.projectCombo().getText(), "the selected project is preselected");
		assertEquals(temp.resolve("harbour-desk-export").toString(), page.outputText().getText(),
				"the default folder is beside the project, not in it");
		select(page.formatCombo(), "jsonl");
		assertEquals(java.util.List.of("curated (the merged sets)", "all (every annotator and the curated sets)", "ana"),
				Arrays.asList(page.setsCombo().getItems()));
		select(page.setsCombo(), "ana");
		var output = temp.resolve("training data");
		page.outputText().setText(output.toString());
		press(find(dialog.getShell(), Button.class, "Finish"));

		waitUntil(() -> Job.getJobManager().find(ExportJob.FAMILY).length == 0 && shellOrNull(ExportSummaryDialog.TITLE) != null,
				"the export to finish and its summary to show");
		var lines = Files.readAllLines(output.resolve("annotations.jsonl"));
		assertEquals(1, lines.size(), "the valid document only");
		assertTrue(lines.get(0).startsWith("{\"id\":\"bridge\",\"set\":\"ana\""), lines.get(0));
		assertTrue(Files.exists(output.resolve("export-summary.txt")));
		var summary = find(shellOrNull(ExportSummaryDialog.TITLE), Text.class, null).getText();
		assertTrue(summary.contains("Exported 1 document(s), 1 annotation set(s) (ana) as jsonl"), summary);
		assertTrue(summary.contains("Refused 1 document(s)") && summary.contains("leak (ana)"), summary);
	}

	@Test
	void finishWaitsForAFolderTheExportCanUseAndTheLastChoicesAreOfferedAgain() throws Exception {
		var folder = createProject(temp.resolve("harbour-desk"));
		var project = WizardSupport.openProject(folder);
		var wizard = (ExportWizard) PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(ExportWizard.ID)
				.createWizard();
		var dialog = WizardSupport.open(wizard, project);
		var page = wizard.page();
		var finish = find(dialog.getShell(), Button.class, "Finish");

		var thesis = Files.createDirectories(temp.resolve("thesis"));
		Files.writeString(thesis.resolve("thesis.tex"), "\\chapter{Sources}");
		page.outputText().setText(thesis.toString());
		assertFalse(finish.isEnabled(), "a folder of other files is refused before Finish");
		assertTrue(page.getErrorMessage().contains("thesis.tex"), page.getErrorMessage());
		assertFalse(page.getErrorMessage().contains("--replace"), "the wizard speaks of its own controls");
		page.outputText().setText(folder.resolve("documents").toString());
		assertFalse(finish.isEnabled(), "a folder of the project is refused");

		var earlier = Files.createDirectories(temp.resolve("earlier"));
		Files.writeString(earlier.resolve("export-summary.json"), "{}");
		Files.writeString(earlier.resolve("annotations.jsonl"), "");
		page.outputText().setText(earlier.toString());
		assertFalse(finish.isEnabled(), "an earlier export is replaced only when asked");
		assertTrue(page.getErrorMessage().contains("tick 'Replace the folder'"), page.getErrorMessage());
		var replace = find(dialog.getShell(), Button.class, "Replace the folder");
		replace.setSelection(true);
		replace.notifyListeners(org.eclipse.swt.SWT.Selection, null);
		assertTrue(finish.isEnabled(), "with Replace ticked the earlier export may go");

		select(page.formatCombo(), "conll");
		select(page.setsCombo(), "ana");
		var allowInvalid = page.allowInvalidButton();
		allowInvalid.setSelection(true);
		allowInvalid.notifyListeners(org.eclipse.swt.SWT.Selection, null);
		press(finish);
		waitUntil(() -> Job.getJobManager().find(ExportJob.FAMILY).length == 0 && shellOrNull(ExportSummaryDialog.TITLE) != null,
				"the export to finish");
		assertTrue(Files.exists(earlier.resolve("annotations.conll")), "the earlier export was replaced");
		WizardSupport.closeDialogs();

		var again = (ExportWizard) PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(ExportWizard.ID)
				.createWizard();
		WizardSupport.open(again, project);
		assertEquals("conll", again.page().formatCombo().getText(), "the last format is offered again");
		assertEquals("ana", again.page().setsCombo().getText(), "and the annotations chosen");
		assertTrue(again.page().allowInvalidButton().getSelection());
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
}
