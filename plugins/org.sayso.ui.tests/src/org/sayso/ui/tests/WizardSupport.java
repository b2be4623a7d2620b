package org.sayso.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.sayso.ui.internal.OpenProjectOnStartup;

/** Wizards driven through their widgets, as a user fills them in: open, select, press, find, and their projects. */
final class WizardSupport {

	private WizardSupport() {
	}

	/** A folder of our own (the UI test fragment does not import JUnit's @TempDir package). */
	static Path createTemp(String prefix) {
		try {
			return Files.createTempDirectory(prefix).toRealPath();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Opens the project folder in the workspace, as the workbench does at start, and returns its project. */
	static IProject openProject(Path folder) {
		var opening = OpenProjectOnStartup.schedule(folder);
		UiTestSupport.waitUntil(() -> opening.getResult() != null, "the project to open");
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(p -> p.getLocation() != null && p.getLocation().toPath().equals(folder)).findFirst().orElseThrow();
	}

	/** Opens the wizard, not blocking, with the project selected as it would be in the Project Explorer. */
	static WizardDialog open(IWorkbenchWizard wizard, IProject selected) {
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(selected));
		var dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), (IWizard) wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	/** Closes every window but the workbench's: wizards and summaries a test left open. */
	static void closeDialogs() {
		for (var shell : Display.getCurrent().getShells()) {
			if (shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()) {
				shell.close();
			}
		}
	}

	static void select(Combo combo, String item) {
		combo.select(Arrays.asList(combo.getItems()).indexOf(item));
		combo.notifyListeners(SWT.Selection, null);
	}

	static void press(Button button) {
		assertTrue(button.isEnabled(), button.getText() + " is enabled");
		button.notifyListeners(SWT.Selection, null);
	}

	/** The open window titled {@code title}, or null. */
	static Shell shellOrNull(String title) {
		return Arrays.stream(Display.getCurrent().getShells())
				.filter(s -> !s.isDisposed() && title.equals(s.getText())).findFirst().orElse(null);
	}

	/** The first control of the type under {@code parent} whose text contains {@code text} (any text when null). */
	static <T extends Control> T find(Composite parent, Class<T> type, String text) {
		var found = findOrNull(parent, type, text);
		if (found == null) {
			throw new AssertionError("no " + type.getSimpleName() + " '" + text + "' in " + parent);
		}
		return found;
	}

	private static <T extends Control> T findOrNull(Composite parent, Class<T> type, String text) {
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
		return null;
	}

	private static String textOf(Control control) {
		return control instanceof Button b ? b.getText() : control instanceof Text t ? t.getText() : "";
	}
}
