package org.sayso.ui.internal.editor;

import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.custom.StyleRange;
import org.sayso.model.Annotation;

/**
 * Draws the annotations into the text as {@link SpanStyles} has them look. The selected annotation and the
 * annotations linked to it (a claim's speakers and cues, a speaker's claims) are emphasised.
 * <p>
 * Only the range the viewer asks for is computed, from the session's position index, so a change repaints a few
 * lines, not the article.
 */
final class AnnotationPresentation implements ITextPresentationListener {

	private final EditorSession session;
	private final SpanStyles styles;
	private Set<Annotation> emphasised = Set.of();

	AnnotationPresentation(EditorSession session, Palette palette) {
		this.session = session;
		this.styles = new SpanStyles(palette);
	}

	/** Layers the annotator hid with the legend: not drawn. */
	private Set<org.sayso.core.AnnotationKind> hidden = Set.of();

	void setHidden(Set<org.sayso.core.AnnotationKind> kinds) {
		hidden = Set.copyOf(kinds);
	}

	void setEmphasised(Set<Annotation> annotations) {
		emphasised = annotations;
	}

	Set<Annotation> emphasised() {
		return emphasised;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		var extent = presentation.getExtent();
		int from = extent.getOffset();
		int to = from + extent.getLength();
		var ranges = styleRanges(session.index().overlapping(from, Math.max(to, from + 1)), from, to);
		if (!ranges.isEmpty()) {
			presentation.replaceStyleRanges(ranges.toArray(StyleRange[]::new));
		}
	}

	/** Flattens the annotations over [from, to) into adjacent, non-overlapping style ranges. */
	List<StyleRange> styleRanges(List<Annotation> annotations, int from, int to) {
		var shown = hidden.isEmpty() ? annotations
				: annotations.stream().filter(a -> !hidden.contains(org.sayso.core.AnnotationKind.of(a))).toList();
		return styles.styleRanges(shown, from, to, emphasised);
	}
}
