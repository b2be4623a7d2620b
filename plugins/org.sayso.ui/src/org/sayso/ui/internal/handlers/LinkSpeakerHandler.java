package org.sayso.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.model.Claim;
import org.sayso.ui.internal.dialogs.SpeakerQuickPick;
import org.sayso.ui.internal.editor.AnnotationEditor;
import org.sayso.ui.internal.editor.Labels;

/**
 * Links the claim at the caret to a speaker chosen in a quick pick of the speaker mentions, nearest first. "add"
 * (Shift+L) adds a speaker to a joint statement instead of replacing the speaker.
 */
public class LinkSpeakerHandler extends EditorHandler {

	private static SpeakerQuickPick open;
	/** The quick pick now open, if any: lets tests find it without searching shells. */
	public static SpeakerQuickPick openPick() {
		return open != null && open.getShell() != null && !open.getShell().isDisposed() ? open : null;
	}

	@Override
	protected void run(AnnotationEditor editor, ExecutionEvent event) {
		boolean add = "add".equals(option(null));
		var claim = at(editor, Claim.class);
		if (claim == null) {
			hint(editor, "Put the caret in a claim to link it to its speaker (U goes to the next claim without one).");
			return;
		}
		var session = editor.session();
		var speakers = projectSpeakersFirst(session.set(), AnnotationEdits.speakersNear(session.set(), claim));
		if (speakers.isEmpty()) {
			hint(editor, "There is no speaker to link to yet: select the speaker's name and press S.");
			return;
		}
		var text = editor.textWidget();
		var location = text.toDisplay(text.getLocationAtOffset(Math.min(text.getCaretOffset(), text.getCharCount())));
		location.y += 24;
		open = new SpeakerQuickPick(editor.getSite().getShell(), location, speakers, session.text(), speaker -> {
			session.execute((add ? "Add speaker " : "Link claim to ") + Labels.speakerName(speaker), () -> {
				if (add) {
					AnnotationEdits.addSpeaker(claim, speaker);
				} else {
					AnnotationEdits.link(claim, speaker);
				}
			});
			editor.select(claim);
			info(editor, "Claim attributed to " + Labels.speakers(claim));
		});
		open.open();
	}

	/**
	 * The mentions of the project's registered speakers first, each group nearest first: the speaker quoted across
	 * the project is the likelier source.
	 */
	static java.util.List<org.sayso.model.SpeakerMention> projectSpeakersFirst(org.sayso.model.AnnotationSet set,
			java.util.List<org.sayso.model.SpeakerMention> near) {
		var registry = org.sayso.core.project.SpeakerRegistry.of(set);
		if (registry == null) {
			return near;
		}
		var ordered = new java.util.ArrayList<org.sayso.model.SpeakerMention>();
		near.stream().filter(m -> m.getEntity() != null && registry.isRegistered(m.getEntity())).forEach(ordered::add);
		near.stream().filter(m -> !ordered.contains(m)).forEach(ordered::add);
		return ordered;
	}
}
