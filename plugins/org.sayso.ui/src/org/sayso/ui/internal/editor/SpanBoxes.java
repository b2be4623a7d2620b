package org.sayso.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The rectangles a span of a wrapped text covers, one per visual line, so a box or a highlight around a span that
 * runs over lines follows its text instead of spanning from the left margin of its first line.
 */
public final class SpanBoxes {

	private SpanBoxes() {
	}

	/** The boxes of [begin, end) in {@code text}, in text order; none for an empty or out-of-range span. */
	public static List<Rectangle> of(StyledText text, int begin, int end) {
		var boxes = new ArrayList<Rectangle>();
		end = Math.min(end, text.getCharCount());
		if (begin < 0 || end <= begin) {
			return boxes;
		}
		var chars = text.getText(begin, end - 1);
		int runStart = begin;
		int runY = text.getLocationAtOffset(begin).y;
		for (int i = begin + 1; i < end; i++) {
			int y = text.getLocationAtOffset(i).y;
			if (y != runY) {
				add(text, chars, begin, boxes, runStart, i);
				runStart = i;
				runY = y;
			}
		}
		add(text, chars, begin, boxes, runStart, end);
		return boxes;
	}

	private static void add(StyledText text, String chars, int base, List<Rectangle> boxes, int begin, int end) {
		// a run that is only the line break or spaces at a wrap has nothing to box
		int e = end;
		while (e > begin && Character.isWhitespace(chars.charAt(e - 1 - base))) {
			e--;
		}
		if (e > begin) {
			boxes.add(text.getTextBounds(begin, e - 1));
		}
	}
}
