package org.sayso.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.sayso.model.Claim;
import org.sayso.model.SpeakerMention;

/**
 * Draws the attribution of the selected claim as an arc from the claim's first character to each of its speakers,
 * so the link is seen, not only read in a hover. Speakers outside the visible lines are not drawn (the emphasis in the
 * text still shows them when scrolled to).
 */
final class LinkPainter implements PaintListener {

	private final StyledText text;
	private final AnnotationPresentation presentation;
	private final Palette palette;

	LinkPainter(StyledText text, AnnotationPresentation presentation, Palette palette) {
		this.text = text;
		this.presentation = presentation;
		this.palette = palette;
	}

	@Override
	public void paintControl(PaintEvent e) {
		int top = text.getOffsetAtLine(text.getTopIndex());
		int bottomLine = Math.min(text.getLineCount() - 1, text.getLineIndex(text.getClientArea().height));
		int bottom = bottomLine + 1 < text.getLineCount() ? text.getOffsetAtLine(bottomLine + 1) : text.getCharCount();
		for (var a : presentation.emphasised()) {
			if (a instanceof Claim claim) {
				for (var speaker : claim.getSources()) {
					draw(e, claim, speaker, top, bottom);
				}
			}
		}
	}

	private void draw(PaintEvent e, Claim claim, SpeakerMention speaker, int top, int bottom) {
		if (!visible(claim.getBegin(), top, bottom) || !visible(speaker.getBegin(), top, bottom)
				|| speaker.getEnd() > text.getCharCount()) {
			return;
		}
		Point from = text.getLocationAtOffset(claim.getBegin());
		Point to = text.getLocationAtOffset(speaker.getBegin() + (speaker.getEnd() - speaker.getBegin()) / 2);
		if (from.equals(to)) {
			return;
		}
		var gc = e.gc;
		gc.setAntialias(SWT.ON);
		gc.setAlpha(190);
		gc.setLineWidth(2);
		gc.setForeground(palette.link());
		int lift = Math.max(14, Math.abs(to.x - from.x) / 6);
		var path = new Path(e.display);
		try {
			path.moveTo(from.x, from.y + 1);
			path.cubicTo(from.x, from.y - lift, to.x, to.y - lift, to.x, to.y + 1);
			gc.drawPath(path);
			gc.fillOval(to.x - 3, to.y - 2, 6, 6);
		} finally {
			path.dispose();
			gc.setAlpha(255);
		}
	}

	private static boolean visible(int offset, int top, int bottom) {
		return offset >= top && offset <= bottom;
	}
}
