package org.sayso.ui.internal.editor;

import java.util.stream.Collectors;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

/** Hovering shows every annotation under the pointer, innermost last, with its features. */
final class AnnotationHover implements ITextHover {

	private final EditorSession session;

	AnnotationHover(EditorSession session) {
		this.session = session;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		var here = session.index().overlapping(region.getOffset(), region.getOffset());
		here.removeIf(a -> a.getEnd() == region.getOffset() && a.getBegin() < a.getEnd());
		if (here.isEmpty()) {
			return null;
		}
		return here.stream().map(a -> Labels.describe(a, session.text())).collect(Collectors.joining("\n\n"));
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
