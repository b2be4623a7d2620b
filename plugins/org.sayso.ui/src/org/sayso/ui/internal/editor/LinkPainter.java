package org.sayso.ui.internal.editor;

import java.util.Collection;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Point;
import org.sayso.model.Claim;
import org.sayso.model.SpeakerMention;

/**
 * Draws the attribution of the claims at the caret (the selected claim, the claims around the caret, a selected
 * speaker's or cue's claims) as a line from the claim's first character to each of its speakers, so the link is seen,
 * not only read in a hover. The line never crosses text: it runs in the gap the editor keeps between lines (a tick
 * up from the claim, along the gap, a tick down to the speaker) and, between lines, down the left margin. A link
 * with an end scrolled out of view is drawn to the edge of the view.
 */
final class LinkPainter implements PaintListener {

	private final StyledText text;
	private final Supplier<Collection<Claim>> claims;
	private final Palette palette;

	/** @param claims the claims whose links to draw, asked at each paint */
	LinkPainter(StyledText text, Supplier<Collection<Claim>> claims, Palette palette) {
		this.text = text;
		this.claims = claims;
		this.palette = palette;
	}

	@Override
	public void paintControl(PaintEvent e) {
		var gc = e.gc;
		gc.setAntialias(SWT.ON);
		gc.setAlpha(200);
		gc.setLineWidth(2);
		gc.setForeground(palette.link());
		gc.setBackground(palette.link());
		try {
			for (var claim : claims.get()) {
				for (var speaker : claim.getSources()) {
					draw(e, claim, speaker);
				}
			}
		} finally {
			gc.setAlpha(255);
			gc.setLineWidth(1);
		}
	}

	private void draw(PaintEvent e, Claim claim, SpeakerMention speaker) {
		int length = text.getCharCount();
		if (claim.getBegin() >= length || speaker.getEnd() > length || speaker.getBegin() >= length) {
			return;
		}
		Point from = text.getLocationAtOffset(claim.getBegin());
		Point to = text.getLocationAtOffset(speaker.getBegin() + (speaker.getEnd() - speaker.getBegin()) / 2);
		int height = text.getClientArea().height;
		if (from.y > height && to.y > height || from.y + text.getLineHeight() < 0 && to.y + text.getLineHeight() < 0) {
			return; // both ends above or below what is shown
		}
		int gap = Math.max(2, text.getLineSpacing() / 2 + 1);
		int fromGap = from.y - gap;
		int toGap = to.y - gap;
		var gc = e.gc;
		if (from.y == to.y) {
			// on one line: a bracket in the gap above it
			gc.drawPolyline(new int[] { from.x, from.y + 2, from.x, fromGap, to.x, toGap, to.x, to.y + 2 });
		} else {
			// on two lines: along the gap to the left margin, down (or up) the margin, along the speaker's gap
			int margin = Math.max(2, text.getLeftMargin() / 2);
			gc.drawPolyline(new int[] { from.x, from.y + 2, from.x, fromGap, margin, fromGap, margin, toGap, to.x, toGap,
					to.x, to.y + 2 });
		}
		e.gc.fillOval(to.x - 3, to.y, 6, 6);
	}
}
