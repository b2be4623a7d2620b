package org.sayso.ui.internal;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.sayso.ui.internal.prefs.SaysoPreferences;

/**
 * What the standalone Sayso workbench does to its windows that an Eclipse IDE with Sayso installed does not: the
 * very first window opens maximised, and the help system's menu items and the dialogs' help buttons, which need a
 * help browser this product does not have, are taken out (Help > Sayso Guide opens the guide instead).
 */
final class StandaloneWindows implements IWindowListener {

	/** The product id of the standalone workbench (its {@code eclipse.product}). */
	static final String PRODUCT = "org.sayso.ui.workbench";
	/** The help system's actions in the IDE's Help menu, by id. */
	private static final String[] HELP_ITEMS = { "helpContents", "helpSearch", "dynamicHelp" };

	private StandaloneWindows() {
	}

	/** Installs itself when the running product is the standalone workbench; call on the UI thread. */
	static void installIfStandalone() {
		if (!PRODUCT.equals(System.getProperty("eclipse.product"))) {
			return;
		}
		// no "?" button in dialogs and wizards: it opens the help system, which needs a browser this product lacks
		org.eclipse.jface.dialogs.TrayDialog.setDialogHelpAvailable(false);
		var workbench = PlatformUI.getWorkbench();
		var listener = new StandaloneWindows();
		workbench.addWindowListener(listener);
		for (var window : workbench.getWorkbenchWindows()) {
			listener.windowOpened(window);
		}
		var first = workbench.getActiveWorkbenchWindow();
		var preferences = SaysoPreferences.store();
		if (first != null && !preferences.getBoolean(SaysoPreferences.FIRST_WINDOW_SHOWN)) {
			first.getShell().setMaximized(true);
			preferences.setValue(SaysoPreferences.FIRST_WINDOW_SHOWN, true);
		}
	}

	@Override
	public void windowOpened(IWorkbenchWindow window) {
		hideHelpItems(window);
	}

	/** Takes the help system's items out of the window's Help menu. */
	static int hideHelpItems(IWorkbenchWindow window) {
		var models = window.getService(EModelService.class);
		var model = window.getService(MWindow.class);
		if (models == null || model == null) {
			return 0;
		}
		int hidden = 0;
		for (var id : HELP_ITEMS) {
			for (var item : models.findElements(model, id, MMenuElement.class, null, EModelService.IN_MAIN_MENU)) {
				item.setVisible(false);
				item.setToBeRendered(false);
				hidden++;
			}
		}
		return hidden;
	}

	@Override
	public void windowActivated(IWorkbenchWindow window) {
		// nothing: the menu is fixed when the window opens
	}

	@Override
	public void windowDeactivated(IWorkbenchWindow window) {
		// nothing
	}

	@Override
	public void windowClosed(IWorkbenchWindow window) {
		// nothing
	}
}
