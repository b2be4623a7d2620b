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
 * Lets the mouse move the ends of a span: the pointer turns into a resize cursor over either end, and dragging it to
 * another character moves that end as one undoable edit. The annotation editor moves the selected annotation; the
 * curation editor the span of the conflict at the caret.
 */
public final class SpanDragger implements MouseListener, MouseMoveListener {

	/** The span that can be dragged now, and what moving it does. */
	public interface Target {
		/** The span as {begin, end}, or null when there is none to drag. */
		int[] span();

		/** Moves the span to [begin, end), as one undoable step. */
		void move(int begin, int end);
	}

	private static final int GRIP = 4;

	private final StyledText text;
	private final Target target;
	private int[] dragged;
	private boolean draggingBegin;
	private Cursor resize;

	public SpanDragger(StyledText text, Target target) {
		this.text = text;
		this.target = target;
	}

	/** The selected annotation of the annotation editor, moved with its links. */
	static SpanDragger of(StyledText text, AnnotationEditor editor) {
		return new SpanDragger(text, new Target() {
			private Annotation annotation;

			@Override
			public int[] span() {
				annotation = editor.selectedAnnotation();
				return annotation == null ? null : new int[] { annotation.getBegin(), annotation.getEnd() };
			}

			@Override
			public void move(int begin, int end) {
				var moved = annotation;
				var session = editor.session();
				session.execute("Move " + Labels.type(moved) + " ends",
						() -> AnnotationEdits.move(session.set(), moved, begin, end));
				editor.select(moved);
			}
		});
	}

	public void install() {
		text.addMouseListener(this);
		text.addMouseMoveListener(this);
		resize = text.getDisplay().getSystemCursor(SWT.CURSOR_SIZEWE);
	}

	@Override
	public void mouseDown(MouseEvent e) {
		if (e.button != 1 || (e.stateMask & SWT.MOD1) != 0) {
			return; // Ctrl+drag links a claim to a speaker
		}
		var span = target.span();
		if (span == null) {
			return;
		}
		if (near(e, span[0])) {
			dragged = span;
			draggingBegin = true;
		} else if (near(e, span[1])) {
			dragged = span;
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
		var span = target.span();
		boolean grip = span != null && (near(e, span[0]) || near(e, span[1]));
		text.setCursor(grip ? resize : null);
	}

	@Override
	public void mouseUp(MouseEvent e) {
		if (dragged == null) {
			return;
		}
		var span = dragged;
		dragged = null;
		text.setDragDetect(true);
		int offset = offsetAt(e.x, e.y);
		if (offset < 0) {
			return;
		}
		int begin = Math.min(draggingBegin ? offset : span[0], draggingBegin ? span[1] : offset);
		int end = Math.max(draggingBegin ? offset : span[0], draggingBegin ? span[1] : offset);
		if ((begin != span[0] || end != span[1]) && begin < end) {
			target.move(begin, end);
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
