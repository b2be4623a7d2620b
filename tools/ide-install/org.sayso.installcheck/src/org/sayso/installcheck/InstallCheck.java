package org.sayso.installcheck;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * What a user does first in an IDE where Sayso was just installed, done by the IDE install test: open the Sayso
 * perspective and an article of a project, tag a speaker, save; or, after Sayso was uninstalled, find that it is
 * gone. The outcome goes to the result file named by {@code -Dsayso.installcheck}, and the IDE closes.
 * <p>
 * It names Sayso's perspective, editor and command by their ids only, so it also runs in an IDE without Sayso.
 * Without the system property it does nothing.
 */
public final class InstallCheck implements IStartup {

	private static final String PERSPECTIVE = "org.sayso.ui.perspective";
	private static final String EDITOR = "org.sayso.ui.editor";
	private static final String TAG_SPEAKER = "org.sayso.ui.commands.tagSpeaker";

	@Override
	public void earlyStartup() {
		var result = System.getProperty("sayso.installcheck");
		if (result == null) {
			return;
		}
		var expectSayso = !"absent".equals(System.getProperty("sayso.installcheck.expect"));
		var display = PlatformUI.getWorkbench().getDisplay();
		// after the workbench has settled: early startup runs while the first window may still be opening
		display.asyncExec(() -> display.timerExec(2000, () -> {
			String outcome;
			try {
				outcome = expectSayso ? annotate() : checkAbsent();
			} catch (Throwable e) {
				outcome = "FAILED: " + e;
			}
			try {
				Files.writeString(Path.of(result), outcome + "\n", StandardCharsets.UTF_8);
			} catch (java.io.IOException e) {
				System.err.println("install check: cannot write " + result + ": " + e);
			}
			PlatformUI.getWorkbench().close();
		}));
	}

	private static String annotate() throws Exception {
		var folder = Path.of(System.getProperty("sayso.installcheck.project"));
		var documentId = System.getProperty("sayso.installcheck.document");
		var speaker = System.getProperty("sayso.installcheck.speaker");
		var workbench = PlatformUI.getWorkbench();
		var window = workbench.getActiveWorkbenchWindow();
		var page = workbench.showPerspective(PERSPECTIVE, window);
		var project = importProject(folder);
		var part = IDE.openEditor(page, project.getFile("documents/" + documentId + ".txt"));
		waitForJobs(); // the suggestions an article gets when it is first opened
		if (!EDITOR.equals(part.getSite().getId())) {
			return "FAILED: the article opened in " + part.getSite().getId() + ", not in Sayso's editor";
		}
		var editor = (ITextEditor) part;
		var text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		int at = text.indexOf(speaker);
		if (at < 0) {
			return "FAILED: '" + speaker + "' is not in " + documentId;
		}
		editor.selectAndReveal(at, speaker.length());
		settle();
		var before = savedSpeakerAt(folder, documentId, at, speaker.length());
		var command = workbench.getService(ICommandService.class).getCommand(TAG_SPEAKER);
		workbench.getService(IHandlerService.class).executeCommand(
				org.eclipse.core.commands.ParameterizedCommand.generateCommand(command, Map.of()), null);
		settle();
		editor.doSave(new NullProgressMonitor());
		settle();
		if (editor.isDirty()) {
			return "FAILED: the editor is still dirty after saving";
		}
		try (var sets = Files.walk(folder.resolve("annotations"))) {
			var saved = sets.filter(p -> p.getFileName().toString().equals(documentId + ".xmi")).findFirst();
			if (saved.isEmpty()) {
				return "FAILED: no annotations/<annotator>/" + documentId + ".xmi was saved";
			}
			var after = savedSpeakerAt(folder, documentId, at, speaker.length());
			if (after == null || !after.contains("origin=\"manual\"")) {
				return "FAILED: " + saved.get() + " holds no speaker tagged by hand at " + at + " (before: " + before
						+ ", after: " + after + ")";
			}
			return "ok: tagged '" + speaker + "' in " + part.getSite().getId() + " and saved " + saved.get();
		}
	}

	/** The saved XMI element of a speaker at that span in any annotator's set of the document, or null. */
	private static String savedSpeakerAt(Path folder, String documentId, int begin, int length) throws java.io.IOException {
		if (!Files.isDirectory(folder.resolve("annotations"))) {
			return null;
		}
		var pattern = java.util.regex.Pattern.compile("<\\w+:Speaker [^>]*begin=\"" + begin + "\" end=\"" + (begin + length)
				+ "\"[^>]*>");
		try (var sets = Files.walk(folder.resolve("annotations"))) {
			for (var file : (Iterable<Path>) sets.filter(p -> p.getFileName().toString().equals(documentId + ".xmi"))::iterator) {
				var matcher = pattern.matcher(Files.readString(file));
				if (matcher.find()) {
					return matcher.group();
				}
			}
		}
		return null;
	}

	/** Waits, up to a minute, until no job runs (the editor's background work). */
	private static void waitForJobs() {
		long end = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < end) {
			settle();
			if (org.eclipse.core.runtime.jobs.Job.getJobManager().isIdle()) {
				return;
			}
		}
	}

	private static String checkAbsent() {
		var registry = PlatformUI.getWorkbench().getPerspectiveRegistry();
		if (registry.findPerspectiveWithId(PERSPECTIVE) != null) {
			return "FAILED: the Sayso perspective is still there";
		}
		if (Platform.getBundle("org.sayso.ui") != null) {
			return "FAILED: the bundle org.sayso.ui is still installed";
		}
		return "ok: Sayso is gone";
	}

	private static IProject importProject(Path folder) throws Exception {
		var workspace = ResourcesPlugin.getWorkspace();
		var project = workspace.getRoot().getProject(folder.getFileName().toString());
		if (!project.exists()) {
			var description = workspace.newProjectDescription(project.getName());
			description.setLocation(new org.eclipse.core.runtime.Path(folder.toString()));
			project.create(description, null);
		}
		project.open(null);
		return project;
	}

	/** Lets the display run what the last step queued (jobs of the editor, redraws). */
	private static void settle() {
		var display = Display.getCurrent();
		long end = System.currentTimeMillis() + 1500;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
				}); // wakes the sleep below
				display.sleep();
			}
		}
	}
}
