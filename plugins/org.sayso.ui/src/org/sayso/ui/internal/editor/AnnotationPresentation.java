package org.sayso.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.sayso.model.Annotation;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.Origin;
import org.sayso.model.SpeakerMention;

/**
 * Draws the annotations into the text. Each type has a channel of its own, so nested and overlapping annotations
 * all stay visible: a claim tints the background, a speaker is boxed, a date is double-underlined, a cue is bold in
 * its colour. Suggestions are drawn fainter (dotted box, wavy underline, italic). The selected annotation and the
 * annotations linked to it (a claim's speakers and cues, a speaker's claims) are emphasised.
 * <p>
 * Only the range the viewer asks for is computed, from the session's position index, so a change repaints a few
 * lines, not the article.
 */
final class AnnotationPresentation implements ITextPresentationListener {

	private final EditorSession session;
	private final Palette palette;
	private Set<Annotation> emphasised = Set.of();

	AnnotationPresentation(EditorSession session, Palette palette) {
		this.session = session;
		this.palette = palette;
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
		int n = annotations.size();
		var cuts = new int[2 * n + 2];
		int k = 0;
		for (var a : annotations) {
			cuts[k++] = Math.max(from, a.getBegin());
			cuts[k++] = Math.min(to, a.getEnd());
		}
		cuts = Arrays.stream(cuts, 0, k).sorted().distinct().toArray();
		var ranges = new ArrayList<StyleRange>();
		var active = new ArrayList<Annotation>();
		int next = 0; // annotations are in text order: the next one to become active
		for (int i = 0; i + 1 < cuts.length; i++) {
			int begin = cuts[i];
			int end = cuts[i + 1];
			while (next < n && Math.max(from, annotations.get(next).getBegin()) <= begin) {
				active.add(annotations.get(next++));
			}
			active.removeIf(a -> a.getEnd() <= begin);
			var style = styleOf(active, begin, end);
			if (style != null) {
				ranges.add(style);
			}
		}
		return ranges;
	}

	private StyleRange styleOf(List<Annotation> covering, int begin, int end) {
		StyleRange style = null;
		for (var a : covering) {
			if (a.getBegin() > begin || a.getEnd() < end) {
				continue;
			}
			if (style == null) {
				style = new StyleRange();
				style.start = begin;
				style.length = end - begin;
			}
			boolean suggested = a.getOrigin() == Origin.SUGGESTED;
			boolean strong = emphasised.contains(a);
			switch (a) {
			case Claim c -> style.background = strong ? palette.claimStrong()
					: suggested ? palette.claimFaint() : palette.claim();
			case SpeakerMention s -> {
				style.borderStyle = suggested && !strong ? SWT.BORDER_DOT : SWT.BORDER_SOLID;
				style.borderColor = palette.speaker();
				if (strong) {
					style.fontStyle |= SWT.BOLD;
				}
			}
			case DateMention d -> {
				style.underline = true;
				style.underlineStyle = suggested ? SWT.UNDERLINE_SQUIGGLE : SWT.UNDERLINE_DOUBLE;
				style.underlineColor = palette.date();
				if (strong) {
					style.fontStyle |= SWT.BOLD;
				}
			}
			case Cue q -> {
				style.foreground = palette.cue();
				style.fontStyle |= suggested && !strong ? SWT.ITALIC : SWT.BOLD;
			}
			default -> {
			}
			}
			if (suggested) {
				style.fontStyle |= SWT.ITALIC;
			}
		}
		return style;
	}
}
