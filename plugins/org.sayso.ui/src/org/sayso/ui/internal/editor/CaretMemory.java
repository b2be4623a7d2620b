package org.sayso.ui.internal.editor;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * Where the annotator was in each article (caret and first visible line), per annotator, kept in the workbench's
 * settings for this bundle, so reopening an article, also after a restart, continues where they left off.
 */
final class CaretMemory {

	record Position(int caret, int topLine) {
	}

	private static final String SECTION = "caret";

	private CaretMemory() {
	}

	static void remember(String key, Position position) {
		section().put(key, position.caret() + "," + position.topLine());
	}

	static Position recall(String key) {
		var value = section().get(key);
		if (value == null) {
			return null;
		}
		var parts = value.split(",");
		try {
			return new Position(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
		} catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
			return null; // a damaged entry only means starting at the top
		}
	}

	private static IDialogSettings section() {
		IDialogSettings root = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(CaretMemory.class))
				.getDialogSettings();
		var section = root.getSection(SECTION);
		return section != null ? section : root.addNewSection(SECTION);
	}
}
