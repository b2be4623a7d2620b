package org.sayso.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.sayso.core.store.Folders;
import org.sayso.ui.internal.OpenProjectOnStartup;

/** What the UI tests share: waiting on the event loop, real key events, projects on disk, screenshots. */
final class UiTestSupport {

	/** The tests run in their bundle's folder: plugins/org.sayso.ui.tests. */
	static final Path SAMPLE = Path.of("../../sample/newsroom").toAbsolutePath().normalize();

	private UiTestSupport() {
	}

	static void waitUntil(BooleanSupplier condition, String what) {
		var display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 30_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out after 30 s waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Runs the event loop until nothing is pending (paints, async runnables). */
	static void settle() {
		var display = Display.getCurrent();
		for (int i = 0; i < 3; i++) {
			while (display.readAndDispatch()) {
				// drain
			}
			long until = System.currentTimeMillis() + 30;
			while (System.currentTimeMillis() < until) {
				if (!display.readAndDispatch()) {
					Thread.onSpinWait();
				}
			}
		}
	}

	/** Copies the sample project to {@code target} and opens it in the workspace, as ./sayso workbench does. */
	static IProject openCopyOfSample(Path target) throws IOException {
		copy(SAMPLE, target);
		var job = OpenProjectOnStartup.schedule(target);
		waitUntil(() -> job.getResult() != null, "the project to open");
		if (!job.getResult().isOK()) {
			throw new AssertionError(job.getResult().toString());
		}
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
				.filter(p -> p.getLocation() != null && Path.of(p.getLocation().toOSString()).equals(target))
				.findFirst().orElseThrow();
	}

	/** Removes every project from the workspace, leaving its files on disk for the next test to see or delete. */
	static void removeWorkspaceProjects() throws CoreException {
		for (var project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
		}
	}

	static void copy(Path from, Path to) throws IOException {
		Folders.copyTree(from, to);
	}

	/** Gives {@code control} the keyboard, as a click would. */
	static void focus(Control control) {
		pointAt(control);
		var shell = control.getShell();
		var display = control.getDisplay();
		if (display.getActiveShell() != shell) {
			shell.forceActive();
			waitUntil(() -> display.getActiveShell() == shell, "the window system to activate " + shell.getText());
		}
		control.forceFocus();
		waitUntil(() -> control.isFocusControl(), "the keyboard focus on " + control);
	}

	/**
	 * Without a window manager (Xvfb) the X keyboard focus can fall back to "the window under the pointer" once a
	 * dialog closes, so the pointer is put over the control that should get the keys.
	 */
	private static void pointAt(Control control) {
		if (control == null || control.isDisposed()) {
			return;
		}
		var size = control.getSize();
		var centre = control.toDisplay(size.x / 2, size.y / 2);
		var move = new Event();
		move.type = SWT.MouseMove;
		move.x = centre.x;
		move.y = centre.y;
		Display.getCurrent().post(move);
		if ((Display.getCurrent().getCursorControl() != null) && stuckButton() != 0) {
			var release = new Event();
			release.type = SWT.MouseUp;
			release.button = stuckButton();
			Display.getCurrent().post(release);
		}
	}

	/** A mouse button the window system believes held (seen under Xvfb), which would turn Enter into a no-op. */
	private static int stuckButton() {
		var probe = new int[1];
		org.eclipse.swt.widgets.Listener l = e -> probe[0] = e.stateMask;
		var display = Display.getCurrent();
		display.addFilter(SWT.MouseMove, l);
		var p = display.getCursorLocation();
		var nudge = new Event();
		nudge.type = SWT.MouseMove;
		nudge.x = p.x + 1;
		nudge.y = p.y;
		display.post(nudge);
		while (display.readAndDispatch()) {
			// deliver the move
		}
		display.removeFilter(SWT.MouseMove, l);
		int mask = probe[0];
		return (mask & SWT.BUTTON3) != 0 ? 3 : (mask & SWT.BUTTON2) != 0 ? 2 : (mask & SWT.BUTTON1) != 0 ? 1 : 0;
	}

	/** Types {@code keys} as real key presses through the window system (X11 XTest under Xvfb). */
	static void type(String keys) {
		pointAt(Display.getCurrent().getFocusControl());
		for (char c : keys.toCharArray()) {
			boolean shift = Character.isUpperCase(c);
			if (shift) {
				post(SWT.KeyDown, SWT.SHIFT, '\0');
			}
			char key = Character.toLowerCase(c);
			post(SWT.KeyDown, key, key);
			post(SWT.KeyUp, key, key);
			if (shift) {
				post(SWT.KeyUp, SWT.SHIFT, '\0');
			}
			settle();
		}
	}

	/** Presses one key (an SWT key code such as {@link SWT#CR}), with modifiers held (e.g. {@link SWT#MOD1}). */
	static void press(int keyCode, int... modifiers) {
		pointAt(Display.getCurrent().getFocusControl());
		for (int m : modifiers) {
			post(SWT.KeyDown, m, '\0');
		}
		char character = switch (keyCode) {
		case SWT.CR -> '\r';
		case SWT.ESC -> 0x1b;
		case SWT.DEL -> 0x7f;
		case SWT.BS -> '\b';
		default -> keyCode < 0x10000 ? (char) keyCode : '\0';
		};
		post(SWT.KeyDown, keyCode, character);
		post(SWT.KeyUp, keyCode, character);
		for (int i = modifiers.length - 1; i >= 0; i--) {
			post(SWT.KeyUp, modifiers[i], '\0');
		}
		settle();
	}

	private static void post(int type, int keyCode, char character) {
		var event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		if (!Display.getCurrent().post(event)) {
			throw new AssertionError("the window system refused a key event");
		}
	}

	/** What a test does in a modal window that blocks it, run from the event loop; failures come back to the test. */
	interface InDialog {
		void run(Shell shell) throws Exception;
	}

	/**
	 * Arranges for {@code script} to run in the window titled {@code title} as soon as it opens (a modal window blocks
	 * the test until it closes). The window is closed afterwards in any case, so a failing script cannot hang the run;
	 * {@link Runnable#run()} on the returned object rethrows what went wrong.
	 */
	static Runnable whenOpen(String title, InDialog script) {
		var failure = new Throwable[1];
		var display = Display.getCurrent();
		var seen = new boolean[1];
		org.eclipse.swt.widgets.Listener[] onActivate = new org.eclipse.swt.widgets.Listener[1];
		onActivate[0] = e -> {
			if (seen[0] || !(e.widget instanceof Shell shell) || !title.equals(shell.getText())) {
				return;
			}
			seen[0] = true;
			display.removeFilter(SWT.Activate, onActivate[0]);
			display.asyncExec(() -> {
				try {
					settle();
					script.run(shell);
				} catch (Throwable t) {
					failure[0] = t;
				} finally {
					settle();
					if (!shell.isDisposed()) {
						if (failure[0] == null) {
							failure[0] = new AssertionError("'" + title + "' was still open after the test's keys");
						}
						shell.close();
					}
				}
			});
		};
		display.addFilter(SWT.Activate, onActivate[0]);
		return () -> {
			display.removeFilter(SWT.Activate, onActivate[0]);
			if (!seen[0]) {
				throw new AssertionError("'" + title + "' never opened");
			}
			if (failure[0] instanceof Error e) {
				throw e;
			}
			if (failure[0] != null) {
				throw new AssertionError(failure[0]);
			}
		};
	}

	/** The active shell whose title is {@code title}, once it is open. */
	static Shell shellTitled(String title) {
		var display = Display.getCurrent();
		Shell[] found = new Shell[1];
		waitUntil(() -> {
			for (var shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
					found[0] = shell;
					return true;
				}
			}
			return false;
		}, "a window titled '" + title + "'");
		return found[0];
	}

	/** Saves a picture of the workbench window under target/screenshots, for the README and for failed runs. */
	static Path screenshot(String name) throws IOException {
		settle();
		var display = Display.getCurrent();
		var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		var bounds = shell.getBounds();
		var image = new Image(display, bounds.width, bounds.height);
		var gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			var loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			var folder = Files.createDirectories(Path.of("target/screenshots"));
			var file = folder.resolve(name);
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Every control of {@code type} under {@code parent}, depth first. */
	static <T extends org.eclipse.swt.widgets.Control> java.util.List<T> findAll(org.eclipse.swt.widgets.Composite parent,
			Class<T> type) {
		var found = new java.util.ArrayList<T>();
		for (var child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof org.eclipse.swt.widgets.Composite c) {
				found.addAll(findAll(c, type));
			}
		}
		return found;
	}
}
