package org.sayso.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.sayso.model.Annotation;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.Origin;
import org.sayso.model.SpeakerMention;

/**
 * How annotations look in a text, for the annotation editor and the curation editor alike. Each type has a channel of
 * its own, so nested and overlapping annotations all stay visible: a claim tints the background, a speaker is boxed, a
 * date is double-underlined, a cue is bold in its colour. Suggestions are drawn fainter (dotted box, wavy underline,
 * italic); emphasised annotations stronger.
 */
public final class SpanStyles {

	private final Palette palette;

	public SpanStyles(Palette palette) {
		this.palette = palette;
	}

	/**
	 * Flattens the annotations over [from, to) into adjacent, non-overlapping style ranges; {@code annotations} in
	 * text order; the {@code emphasised} ones (a selection and what it links to) drawn stronger.
	 */
	public List<StyleRange> styleRanges(List<? extends Annotation> annotations, int from, int to,
			Set<Annotation> emphasised) {
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
			var style = styleOf(active, begin, end, emphasised);
			if (style != null) {
				ranges.add(style);
			}
		}
		return ranges;
	}

	private StyleRange styleOf(List<Annotation> covering, int begin, int end, Set<Annotation> emphasised) {
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
			boolean suggested = a.getOrigin() == Origin.SUGGESTED || a.getOrigin() == Origin.PROJECTED;
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
