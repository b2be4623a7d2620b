package org.sayso.core.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.sayso.model.Annotation;

/**
 * The annotations of a set sorted by position, for the questions an editor asks on every keystroke and paint:
 * what lies at this offset, what overlaps the visible range, what comes next. Built in O(n log n); each query is a
 * binary search plus the hits, so painting a screen of a long article never walks all of its annotations.
 * <p>
 * An index is a snapshot: build a new one after the set changes.
 */
public final class SpanIndex {

	/** Text order: by begin, longer first, so an enclosing annotation precedes what it encloses. */
	public static final Comparator<Annotation> TEXT_ORDER = Comparator.comparingInt(Annotation::getBegin)
			.thenComparing(Comparator.comparingInt(Annotation::getEnd).reversed());

	private final Annotation[] sorted;
	private final int[] begins;
	/** maxEnd[i] = the largest end among sorted[0..i]: lets an overlap query stop scanning left early. */
	private final int[] maxEnd;

	public SpanIndex(List<? extends Annotation> annotations) {
		sorted = annotations.toArray(Annotation[]::new);
		Arrays.sort(sorted, TEXT_ORDER);
		begins = new int[sorted.length];
		maxEnd = new int[sorted.length];
		int max = Integer.MIN_VALUE;
		for (int i = 0; i < sorted.length; i++) {
			begins[i] = sorted[i].getBegin();
			max = Math.max(max, sorted[i].getEnd());
			maxEnd[i] = max;
		}
	}

	public int size() {
		return sorted.length;
	}

	/** All annotations in text order. */
	public List<Annotation> all() {
		return List.of(sorted);
	}

	/** The annotations of one type, in text order. */
	public <T extends Annotation> List<T> all(Class<T> type) {
		return all().stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * The annotations that share at least one character with [begin, end), or, for an empty range, that contain the
	 * offset {@code begin} (an annotation ending at the caret counts, so the caret just after a word finds it).
	 */
	public List<Annotation> overlapping(int begin, int end) {
		var hits = new ArrayList<Annotation>();
		int last = firstBeginAtOrAfter(end == begin ? end + 1 : end) - 1;
		for (int i = last; i >= 0 && maxEnd[i] >= begin; i--) {
			var a = sorted[i];
			boolean hit = end == begin ? a.getBegin() <= begin && begin <= a.getEnd() : a.getEnd() > begin;
			if (hit) {
				hits.add(a);
			}
		}
		java.util.Collections.reverse(hits);
		return hits;
	}

	/** The innermost (shortest) annotation containing the offset, or null. */
	public Annotation innermostAt(int offset) {
		Annotation best = null;
		for (var a : overlapping(offset, offset)) {
			if (best == null || a.getEnd() - a.getBegin() < best.getEnd() - best.getBegin()) {
				best = a;
			}
		}
		return best;
	}

	/** The first annotation that begins after {@code offset}, or null. */
	public Annotation next(int offset) {
		int i = firstBeginAtOrAfter(offset + 1);
		return i < sorted.length ? sorted[i] : null;
	}

	/** The last annotation that begins before {@code offset}, or null. */
	public Annotation previous(int offset) {
		int i = firstBeginAtOrAfter(offset) - 1;
		return i >= 0 ? sorted[i] : null;
	}

	/** Position of {@code a} in text order, or -1. */
	public int indexOf(Annotation a) {
		int i = firstBeginAtOrAfter(a.getBegin());
		for (; i < sorted.length && begins[i] == a.getBegin(); i++) {
			if (sorted[i] == a) {
				return i;
			}
		}
		return -1;
	}

	private int firstBeginAtOrAfter(int offset) {
		int lo = 0;
		int hi = sorted.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (begins[mid] < offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}
}
