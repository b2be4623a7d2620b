package org.sayso.ui.internal.handlers;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.handlers.HandlerUtil;
import org.sayso.model.Annotation;
import org.sayso.ui.internal.Ui;
import org.sayso.ui.internal.editor.AnnotationEditor;

/** A command on the active annotation editor: finds it, runs, and says in the status line what stopped it. */
abstract class EditorHandler extends AbstractHandler implements IExecutableExtension {

	/** What follows the class name in plugin.xml ("TagHandler:date"), or null: the variant of the command. */
	private String option;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		option = data instanceof String s && !s.isBlank() ? s : null;
	}

	/** The variant given in plugin.xml, or {@code fallback} when none is. */
	protected String option(String fallback) {
		return option == null ? fallback : option;
	}

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActiveEditor(event) instanceof AnnotationEditor editor && editor.session() != null) {
			run(editor, event);
		}
		return null;
	}

	protected abstract void run(AnnotationEditor editor, ExecutionEvent event) throws ExecutionException;

	/** Tells the annotator in the status line why nothing happened, and what to do instead. */
	static void hint(AnnotationEditor editor, String message) {
		var line = editor.getEditorSite().getActionBars().getStatusLineManager();
		line.setErrorMessage(message);
		editor.getSite().getShell().getDisplay().timerExec(6000, () -> line.setErrorMessage(null));
	}

	static void info(AnnotationEditor editor, String message) {
		Ui.status(editor, message);
	}

	/** The innermost annotation of {@code type} at the selection, the selected one first. */
	static <T extends Annotation> @Nullable T at(AnnotationEditor editor, Class<T> type) {
		for (var annotation : editor.selectedAnnotations()) {
			if (type.isInstance(annotation)) {
				return type.cast(annotation);
			}
		}
		return null;
	}
}
