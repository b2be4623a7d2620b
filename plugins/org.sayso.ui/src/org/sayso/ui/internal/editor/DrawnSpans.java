package org.sayso.ui.internal.editor;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.sayso.model.Annotation;

/**
 * What the editor has drawn: each annotation's span and origin as of the last paint. After a change (an edit, an
 * undo, a redo) comparing the set with this record gives the one range whose drawing is out of date, in one pass
 * over the annotations, so a tag in a long article repaints a line, not the article.
 */
final class DrawnSpans {

	/** A text range to draw again; empty when begin >= end. */
	record Range(int begin, int end) {
		static final Range NONE = new Range(Integer.MAX_VALUE, Integer.MIN_VALUE);

		Range include(int b, int e) {
			return new Range(Math.min(begin, b), Math.max(end, e));
		}
	}

	private record Drawn(int begin, int end, Object origin) {
	}

	private Map<Annotation, Drawn> drawn = new IdentityHashMap<>();

	/** Records the annotations as drawn now and returns the range that differs from before. */
	Range update(List<Annotation> now) {
		var next = new IdentityHashMap<Annotation, Drawn>(now.size() * 2);
		var range = Range.NONE;
		for (var a : now) {
			var d = new Drawn(a.getBegin(), a.getEnd(), a.getOrigin());
			next.put(a, d);
			var before = drawn.remove(a);
			if (!d.equals(before)) {
				range = range.include(d.begin(), d.end());
				if (before != null) {
					range = range.include(before.begin(), before.end());
				}
			}
		}
		for (var gone : drawn.values()) {
			range = range.include(gone.begin(), gone.end());
		}
		drawn = next;
		return range;
	}
}
