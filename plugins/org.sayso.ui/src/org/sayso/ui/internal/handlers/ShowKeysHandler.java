package org.sayso.ui.internal.handlers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.keys.IBindingService;
import org.sayso.ui.internal.dialogs.KeysDialog;

/**
 * Opens the keyboard cheat sheet: the commands of the Sayso category with their current keys, in the order an
 * annotator uses them (tag, link and value, adjust, review suggestions, move), not by name.
 */
public class ShowKeysHandler extends AbstractHandler {

	public static final String CATEGORY = "org.sayso.ui.category";

	private static final List<String> ORDER = List.of("tagSpeaker", "tagClaim", "tagCue", "tagDate", "linkSpeaker",
			"addSpeaker", "setDateValue", "cycleClaimKind", "extendSelection", "shrinkSelection", "deleteAnnotation",
			"suggest", "acceptSuggestion", "rejectSuggestion", "acceptSentence", "nextSuggestion", "carryFromCopy",
			"nextAnnotation", "previousAnnotation", "nextUnlinkedClaim", "documentProperties", "toggleFinished",
			"showKeys").stream()
			.map(name -> "org.sayso.ui.commands." + name).toList();

	private static int rank(String commandId) {
		int i = ORDER.indexOf(commandId);
		return i < 0 ? ORDER.size() : i;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		var window = HandlerUtil.getActiveWorkbenchWindow(event);
		var commands = window.getService(ICommandService.class);
		var bindings = window.getService(IBindingService.class);
		var rows = new ArrayList<KeysDialog.Row>();
		var ids = new HashMap<String, String>();
		for (var command : commands.getDefinedCommands()) {
			try {
				if (!CATEGORY.equals(command.getCategory().getId())) {
					continue;
				}
				var keys = new ArrayList<String>();
				for (var binding : bindings.getActiveBindingsFor(command.getId())) {
					keys.add(binding.format());
				}
				ids.put(command.getName(), command.getId());
				rows.add(new KeysDialog.Row(keys.isEmpty() ? "-" : String.join(", ", keys), command.getName(),
						command.getDescription() == null ? "" : command.getDescription()));
			} catch (NotDefinedException e) {
				// a command declared without category or name is not ours: skip it
			}
		}
		rows.sort(Comparator.comparingInt((KeysDialog.Row row) -> rank(ids.get(row.name())))
				.thenComparing(KeysDialog.Row::name));
		new KeysDialog(window.getShell(), rows).open();
		return null;
	}
}
