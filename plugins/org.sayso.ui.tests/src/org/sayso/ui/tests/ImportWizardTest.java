package org.sayso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sayso.ui.tests.UiTestSupport.waitUntil;
import static org.sayso.ui.tests.WizardSupport.find;
import static org.sayso.ui.tests.WizardSupport.press;
import static org.sayso.ui.tests.WizardSupport.shellOrNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sayso.core.store.Folders;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.Claim;
import org.sayso.ui.internal.importer.ImportJob;
import org.sayso.ui.internal.importer.ImportWizard;

/**
 * File &gt; Import... &gt; Sayso &gt; Articles and Annotated Corpora in a running workbench: the wizard from the import
 * wizard registry, filled in through its widgets, finished with its Finish button; the import job brings a brat folder
 * and a plain article into the project, the Project Explorer sees them, and the summary says what became of each.
 */
class ImportWizardTest {

	private static final String TEXT = "The harbour master said the ferry would stop.";

	private final Path temp = WizardSupport.createTemp("sayso-import-wizard");

	@AfterEach
	void removeProjectsButKeepTheirFiles() throws Exception {
		WizardSupport.closeDialogs();
		UiTestSupport.removeWorkspaceProjects();
		Folders.deleteTree(temp);
	}

	@Test
	void theWizardImportsABratFolderAndAnArticleAndShowsTheSummary() throws Exception {
		var folder = temp.resolve("ferry-desk");
		ProjectStore.create(folder, "ferry-desk");
		var project = WizardSupport.openProject(folder);
		var brat = Files.createDirectories(temp.resolve("brat"));
		Files.writeString(brat.resolve("ferry.txt"), TEXT);
		Files.writeString(brat.resolve("ferry_ana.ann"), "T1\tSource 0 18\tThe harbour master\nT2\tCue 19 23\tsaid\n"
				+ "T3\tContent 24 45\tthe ferry would stop.\nT4\tAttribution 19 23\tsaid\n"
				+ "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n");
		var article = temp.resolve("locks.txt");
		Files.writeString(article, "Canal Locks Close\n\nThe locks will close for a week, engineers said.\n");

		var descriptor = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(ImportWizard.ID);
		assertNotNull(descriptor, "the wizard is contributed to File > Import");
		var wizard = (ImportWizard) descriptor.createWizard();
		var dialog = WizardSupport.open(wizard, project);
		var page = wizard.page();
		assertEquals(project.getName(), page.projectCombo().getText(), "the selected project is preselected");
		assertFalse(find(dialog.getShell(), Button.class, "Finish").isEnabled(), "nothing to import yet");
		page.add(brat);
		page.add(article);
		page.dctText().setText("4 May");
		assertFalse(find(dialog.getShell(), Button.class, "Finish").isEnabled(), "a date that is not YYYY-MM-DD");
		page.dctText().setText("2025-05-04");
		press(find(dialog.getShell(), Button.class, "Finish"));

		waitUntil(() -> Job.getJobManager().find(ImportJob.FAMILY).length == 0
				&& shellOrNull(ImportJob.SUMMARY_TITLE) != null, "the import to finish and its summary to show");
		var summary = find(shellOrNull(ImportJob.SUMMARY_TITLE), Text.class, null).getText();
		assertTrue(summary.startsWith("2 of 2 file(s) imported into " + folder), summary);
		assertTrue(summary.contains("ana: 3 annotation(s): 1 speaker, 1 claim, 1 cue, from ferry_ana.ann"), summary);
		var store = ProjectStore.open(folder);
		assertEquals("2025-05-04", store.document("locks").getDct());
		var claim = (Claim) store.openSet(store.document("ferry"), "ana").set().getAnnotations().stream()
				.filter(Claim.class::isInstance).findFirst().orElseThrow();
		assertEquals(0, claim.getSources().get(0).getBegin());
		assertTrue(project.getFile("annotations/ana/ferry.xmi").exists(), "the Project Explorer shows the new files");
	}
}
