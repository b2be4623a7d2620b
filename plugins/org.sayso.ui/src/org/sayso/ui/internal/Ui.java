package org.sayso.ui.internal;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.sayso.core.project.ProjectService;
import org.sayso.core.project.ProjectServices;

/**
 * The few things every part of the workbench does alike: run on the display thread, tell the annotator in the
 * status line, and ask what to do when a file to save was changed on disk by someone else.
 */
public final class Ui {

	private Ui() {
	}

	/**
	 * The project service of core ({@link ProjectService}), which opens, shares and releases project stores for
	 * every part of the workbench.
	 *
	 * @throws IllegalStateException when it is not running, which only a broken installation causes
	 */
	public static ProjectService projects() {
		return ProjectServices.get();
	}

	/** Runs {@code task} on the display thread, later; nothing when the workbench is closing. */
	public static void later(Runnable task) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		var display = PlatformUI.getWorkbench().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(task);
		}
	}

	/** Opens something on the active shell (a summary, an error), later, on the display thread. */
	public static void onActiveShell(Consumer<Shell> open) {
		later(() -> open.accept(PlatformUI.getWorkbench().getDisplay().getActiveShell()));
	}

	/** An error dialog, from any thread. */
	public static void error(String title, String message) {
		onActiveShell(shell -> MessageDialog.openError(shell, title, message));
	}

	/** A message in the editor's status line. */
	public static void status(IEditorPart editor, String message) {
		editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
	}

	/**
	 * Asks whether to overwrite {@code file}, which someone changed on disk since it was opened; the other version
	 * is kept as {@code .bak} either way. Cancel keeps the work open, unsaved.
	 *
	 * @param work what the save holds ("your annotations", "your decisions")
	 * @return true to overwrite
	 */
	public static boolean overwriteChangedOnDisk(Shell shell, Path file, String work) {
		return changedOnDisk(shell, file, work, false) == OnDisk.OVERWRITE;
	}

	/** What to do with a file that changed on disk since it was read: overwrite it, reload it, or neither yet. */
	public enum OnDisk {
		OVERWRITE, RELOAD, CANCEL
	}

	/**
	 * Asks what to do with {@code file}, changed on disk by someone else while {@code work} was open here: overwrite
	 * it (their version is kept as .bak), reload it (when {@code canReload}: {@code work} is thrown away), or cancel
	 * and keep {@code work} unsaved.
	 */
	public static OnDisk changedOnDisk(Shell shell, Path file, String work, boolean canReload) {
		var message = file + " was changed on disk since you opened it (by another program or person).\n\n"
				+ "Overwrite it with " + work + " (the other version is kept as .bak)"
				+ (canReload ? ", reload it and throw " + work + " away," : "") + " or cancel and keep " + work
				+ " unsaved here while you compare?";
		var buttons = canReload ? new String[] { "&Overwrite", "&Reload", "Cancel" }
				: new String[] { "&Overwrite", "Cancel" };
		int choice = MessageDialog.open(MessageDialog.QUESTION, shell, "Changed on disk", message, 0, buttons);
		return choice == 0 ? OnDisk.OVERWRITE : canReload && choice == 1 ? OnDisk.RELOAD : OnDisk.CANCEL;
	}

	/** Says that a save failed and that nothing was lost: {@code work} is still open. */
	public static void saveFailed(Shell shell, String title, String message, String work) {
		MessageDialog.openError(shell, title, message + "\n\n" + capitalized(work) + " are still open here: nothing was lost.");
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
