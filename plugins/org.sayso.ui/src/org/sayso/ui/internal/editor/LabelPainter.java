package org.sayso.ui.internal.editor;

import java.util.HashMap;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.sayso.model.Annotation;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.SpeakerMention;

/**
 * Labels on the spans, when the annotator turns them on: a small tag over the first character of each annotation
 * shown ("speaker", a claim's kind, "cue", a date's value), in the room the editor then leaves between lines. Tags
 * that would meet on one line are set side by side. Only the lines in view are labelled.
 */
final class LabelPainter implements PaintListener {

	private final StyledText text;
	private final Supplier<List<Annotation>> shownBetween;
	private final Palette palette;
	private Font small;

	/** @param shownBetween the annotations shown in the range the paint needs (begin and end set on the painter) */
	LabelPainter(StyledText text, Supplier<List<Annotation>> shownBetween, Palette palette) {
		this.text = text;
		this.shownBetween = shownBetween;
		this.palette = palette;
		text.addDisposeListener(e -> {
			if (small != null) {
				small.dispose();
			}
		});
	}

	/** The room above each line for a label, in pixels. */
	static int room(StyledText text) {
		return Math.max(10, text.getLineHeight() / 2 + 2);
	}

	@Override
	public void paintControl(PaintEvent e) {
		if (small == null) {
			var data = JFaceResources.getDialogFont().getFontData()[0];
			small = new Font(text.getDisplay(), new FontData(data.getName(), Math.max(6, data.getHeight() - 3), 0));
		}
		var gc = e.gc;
		gc.setFont(small);
		int height = gc.getFontMetrics().getHeight();
		var nextFree = new HashMap<Integer, Integer>(); // per line top: where the next label may start
		for (var a : shownBetween.get()) {
			if (a.getBegin() >= text.getCharCount()) {
				continue;
			}
			var at = text.getLocationAtOffset(a.getBegin());
			if (at.y + text.getLineHeight() < e.y || at.y > e.y + e.height + text.getLineHeight()) {
				continue;
			}
			var label = label(a);
			int x = Math.max(at.x, nextFree.getOrDefault(at.y, Integer.MIN_VALUE));
			int width = gc.textExtent(label).x;
			gc.setForeground(colour(a));
			gc.drawText(label, x, at.y - height, true);
			nextFree.put(at.y, x + width + 4);
		}
	}

	private static String label(Annotation a) {
		return switch (a) {
		case SpeakerMention s -> "speaker";
		case Claim c -> c.getKind() == null ? "claim" : c.getKind().getLiteral();
		case Cue q -> "cue";
		case DateMention d -> d.getValue() == null ? "date ?" : d.getValue();
		default -> "";
		};
	}

	private org.eclipse.swt.graphics.Color colour(Annotation a) {
		return switch (a) {
		case SpeakerMention s -> palette.speaker();
		case Cue q -> palette.cue();
		case DateMention d -> palette.date();
		default -> palette.link();
		};
	}
}
