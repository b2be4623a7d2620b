package org.sayso.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.MouseListener;
import org.eclipse.swt.events.MouseMoveListener;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Point;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.model.Claim;
import org.sayso.model.SpeakerMention;
import org.sayso.ui.internal.Ui;

/**
 * Links a claim to its speaker with the mouse, as in brat: Ctrl and drag from inside the claim to the speaker, and
 * let go on the speaker. A line follows the pointer while dragging; letting go anywhere else links nothing. The link
 * is one undoable edit, like L.
 */
final class LinkDragger implements MouseListener, MouseMoveListener, PaintListener {

	private final StyledText text;
	private final AnnotationEditor editor;
	private final Palette palette;
	private Claim from;
	private Point pointer;

	LinkDragger(StyledText text, AnnotationEditor editor, Palette palette) {
		this.text = text;
		this.editor = editor;
		this.palette = palette;
	}

	void install() {
		text.addMouseListener(this);
		text.addMouseMoveListener(this);
		text.addPaintListener(this);
	}

	@Override
	public void mouseDown(MouseEvent e) {
		if (e.button != 1 || (e.stateMask & SWT.MOD1) == 0) {
			return;
		}
		var claim = editor.innermostAt(offsetAt(e.x, e.y), Claim.class);
		if (claim != null) {
			from = claim;
			pointer = new Point(e.x, e.y);
			text.setDragDetect(false);
		}
	}

	@Override
	public void mouseMove(MouseEvent e) {
		if (from != null) {
			pointer = new Point(e.x, e.y);
			text.redraw();
		}
	}

	@Override
	public void mouseUp(MouseEvent e) {
		if (from == null) {
			return;
		}
		var claim = from;
		from = null;
		pointer = null;
		text.setDragDetect(true);
		text.redraw();
		var speaker = editor.innermostAt(offsetAt(e.x, e.y), SpeakerMention.class);
		if (speaker == null) {
			Ui.status(editor, "Let go on a speaker to link the claim to it.");
			return;
		}
		link(claim, speaker);
	}

	/** Links {@code claim} to {@code speaker} as one undoable edit and selects the claim (what letting go does). */
	void link(Claim claim, SpeakerMention speaker) {
		editor.session().execute("Link claim to " + Labels.speakerName(speaker), () -> AnnotationEdits.link(claim, speaker));
		editor.select(claim);
		Ui.status(editor, "Claim attributed to " + Labels.speakers(claim));
	}

	@Override
	public void mouseDoubleClick(MouseEvent e) {
		// nothing
	}

	@Override
	public void paintControl(PaintEvent e) {
		if (from == null || pointer == null || from.getBegin() >= text.getCharCount()) {
			return;
		}
		var start = text.getLocationAtOffset(from.getBegin());
		e.gc.setForeground(palette.link());
		e.gc.setLineWidth(2);
		e.gc.setLineStyle(SWT.LINE_DASH);
		e.gc.drawLine(start.x, start.y + text.getLineHeight() / 2, pointer.x, pointer.y);
		e.gc.setLineStyle(SWT.LINE_SOLID);
		e.gc.setLineWidth(1);
	}

	private int offsetAt(int x, int y) {
		int offset = text.getOffsetAtPoint(new Point(x, y));
		return offset < 0 ? -1 : offset;
	}
}
