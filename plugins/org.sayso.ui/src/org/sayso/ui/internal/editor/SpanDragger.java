package org.sayso.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.MouseListener;
import org.eclipse.swt.events.MouseMoveListener;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Point;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.model.Annotation;

/**
 * Lets the mouse move the ends of the selected annotation: the pointer turns into a resize cursor over either end,
 * and dragging it to another character moves that end as one undoable edit.
 */
final class SpanDragger implements MouseListener, MouseMoveListener {

	private static final int GRIP = 4;

	private final StyledText text;
	private final AnnotationEditor editor;
	private Annotation dragged;
	private boolean draggingBegin;
	private Cursor resize;

	SpanDragger(StyledText text, AnnotationEditor editor) {
		this.text = text;
		this.editor = editor;
	}

	void install() {
		text.addMouseListener(this);
		text.addMouseMoveListener(this);
		resize = text.getDisplay().getSystemCursor(SWT.CURSOR_SIZEWE);
	}

	@Override
	public void mouseDown(MouseEvent e) {
		if (e.button != 1) {
			return;
		}
		var selected = editor.selectedAnnotation();
		if (selected == null) {
			return;
		}
		if (near(e, selected.getBegin())) {
			dragged = selected;
			draggingBegin = true;
		} else if (near(e, selected.getEnd())) {
			dragged = selected;
			draggingBegin = false;
		}
		if (dragged != null) {
			// a press on the selected text would start dragging the text itself (drag and drop): not while resizing
			text.setDragDetect(false);
		}
	}

	@Override
	public void mouseMove(MouseEvent e) {
		if (dragged != null) {
			return;
		}
		var selected = editor.selectedAnnotation();
		boolean grip = selected != null && (near(e, selected.getBegin()) || near(e, selected.getEnd()));
		text.setCursor(grip ? resize : null);
	}

	@Override
	public void mouseUp(MouseEvent e) {
		if (dragged == null) {
			return;
		}
		var annotation = dragged;
		dragged = null;
		text.setDragDetect(true);
		int offset = offsetAt(e.x, e.y);
		if (offset < 0) {
			return;
		}
		int begin = draggingBegin ? offset : annotation.getBegin();
		int end = draggingBegin ? annotation.getEnd() : offset;
		if (begin != annotation.getBegin() || end != annotation.getEnd()) {
			var session = editor.session();
			session.execute("Move " + Labels.type(annotation) + " ends",
					() -> AnnotationEdits.move(session.set(), annotation, begin, end));
			editor.select(annotation);
		}
	}

	@Override
	public void mouseDoubleClick(MouseEvent e) {
		// double click selects a word, as everywhere
	}

	private boolean near(MouseEvent e, int offset) {
		if (offset < 0 || offset > text.getCharCount()) {
			return false;
		}
		Point p = text.getLocationAtOffset(offset);
		return Math.abs(p.x - e.x) <= GRIP && e.y >= p.y && e.y <= p.y + text.getLineHeight(offset);
	}

	private int offsetAt(int x, int y) {
		int line = text.getLineIndex(y);
		int offset = text.getOffsetAtPoint(new Point(x, y));
		if (offset >= 0) {
			// nearer to the right half of a character means after it
			var left = text.getLocationAtOffset(offset);
			var right = offset + 1 <= text.getCharCount() ? text.getLocationAtOffset(offset + 1) : left;
			return right.y == left.y && x - left.x > (right.x - left.x) / 2 ? offset + 1 : offset;
		}
		int lineEnd = line + 1 < text.getLineCount() ? text.getOffsetAtLine(line + 1) - 1 : text.getCharCount();
		return Math.max(text.getOffsetAtLine(line), lineEnd);
	}
}
