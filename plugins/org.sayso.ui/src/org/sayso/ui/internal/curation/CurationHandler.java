package org.sayso.ui.internal.curation;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The curation commands: open a document's curation (parameters: document id and project folder), and the keys of
 * the curation editor (choose 1-9, accept agreeing, accept all agreeing, edit, leave out, next, previous, grow and
 * shrink the span).
 */
public class CurationHandler extends AbstractHandler implements IExecutableExtension {

	public static final String OPEN = "org.sayso.ui.commands.openCuration";
	public static final String DOCUMENT = "org.sayso.ui.commands.openCuration.document";
	public static final String PROJECT = "org.sayso.ui.commands.openCuration.project";

	private String action = "open";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String s && !s.isBlank()) {
			action = s;
		}
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (action.equals("open")) {
			var input = new CurationEditorInput(Path.of(event.getParameter(PROJECT)), event.getParameter(DOCUMENT));
			try {
				HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().openEditor(input, CurationEditor.ID);
			} catch (PartInitException e) {
				throw new ExecutionException(e.getMessage(), e);
			}
			return null;
		}
		if (!(HandlerUtil.getActiveEditor(event) instanceof CurationEditor editor)) {
			return null;
		}
		switch (action) {
		case "agreeing" -> editor.acceptAgreeing();
		case "allAgreeing" -> editor.acceptAllAgreeing();
		case "omit" -> editor.omit();
		case "edit" -> editor.editByHand();
		case "next" -> editor.move(1);
		case "previous" -> editor.move(-1);
		case "grow" -> editor.adjustSpan(true);
		case "shrink" -> editor.adjustSpan(false);
		default -> editor.choose(Integer.parseInt(action));
		}
		return null;
	}
}
