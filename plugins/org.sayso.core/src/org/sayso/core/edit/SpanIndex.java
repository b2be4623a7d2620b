package org.sayso.core.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.model.Annotation;

/**
 * The annotations of a set sorted by position, for the questions an editor asks on every keystroke and paint:
 * what lies at this offset, what overlaps the visible range, what comes next. Built in O(n log n); each query is a
 * binary search plus the hits, so painting a screen of a long article never walks all of its annotations.
 * <p>
 * An index is a snapshot of the set: build a new one after the set changes, or {@link #add} what one adds to it
 * (the suggester adds hundreds of thousands to a long article, asking before each whether it overlaps another).
 */
public final class SpanIndex {

	/** Text order: by begin, longer first, so an enclosing annotation precedes what it encloses. */
	public static final Comparator<Annotation> TEXT_ORDER = Comparator.comparingInt(Annotation::getBegin)
			.thenComparing(Comparator.comparingInt(Annotation::getEnd).reversed());

	private Annotation[] sorted = new Annotation[0];
	private int[] begins = new int[0];
	/** maxEnd[i] = the largest end among sorted[0..i]: lets an overlap query stop scanning left early. */
	private int[] maxEnd = new int[0];
	/** What {@link #add} added since the arrays were sorted, by begin; merged into them when a query needs order. */
	private final TreeMap<Integer, List<Annotation>> added = new TreeMap<>();
	private int addedCount;
	private int longestAdded;

	public SpanIndex(List<? extends Annotation> annotations) {
		sort(annotations.toArray(Annotation[]::new));
	}

	private void sort(Annotation[] annotations) {
		sorted = annotations;
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

	/**
	 * Adds an annotation that was added to the set. {@link #overlapping} sees it at once, at the cost of a tree
	 * lookup; the other queries merge the additions into the sorted arrays first.
	 */
	public void add(Annotation a) {
		added.computeIfAbsent(a.getBegin(), b -> new ArrayList<>(1)).add(a);
		addedCount++;
		longestAdded = Math.max(longestAdded, a.getEnd() - a.getBegin());
	}

	/** Merges what {@link #add} added into the sorted arrays. */
	private void merge() {
		if (addedCount == 0) {
			return;
		}
		var all = Arrays.copyOf(sorted, sorted.length + addedCount);
		int i = sorted.length;
		for (var list : added.values()) {
			for (var a : list) {
				all[i++] = a;
			}
		}
		added.clear();
		addedCount = 0;
		longestAdded = 0;
		sort(all);
	}

	public int size() {
		return sorted.length + addedCount;
	}

	/** All annotations in text order. */
	public List<Annotation> all() {
		merge();
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
			if (overlaps(a, begin, end)) {
				hits.add(a);
			}
		}
		java.util.Collections.reverse(hits);
		if (addedCount > 0) {
			for (var list : added.subMap(begin - longestAdded, true, end, true).values()) {
				for (var a : list) {
					if (overlaps(a, begin, end)) {
						hits.add(a);
					}
				}
			}
			hits.sort(TEXT_ORDER);
		}
		return hits;
	}

	/** Whether {@code a} is a hit of {@link #overlapping(int, int)}. */
	private static boolean overlaps(Annotation a, int begin, int end) {
		return end == begin ? a.getBegin() <= begin && begin <= a.getEnd() : a.getBegin() < end && a.getEnd() > begin;
	}

	/** The innermost (shortest) annotation containing the offset, or null. */
	public @Nullable Annotation innermostAt(int offset) {
		@Nullable Annotation best = null;
		for (var a : overlapping(offset, offset)) {
			if (best == null || a.getEnd() - a.getBegin() < best.getEnd() - best.getBegin()) {
				best = a;
			}
		}
		return best;
	}

	/** The first annotation that begins after {@code offset}, or null. */
	public @Nullable Annotation next(int offset) {
		merge();
		int i = firstBeginAtOrAfter(offset + 1);
		return i < sorted.length ? sorted[i] : null;
	}

	/** The last annotation that begins before {@code offset}, or null. */
	public @Nullable Annotation previous(int offset) {
		merge();
		int i = firstBeginAtOrAfter(offset) - 1;
		return i >= 0 ? sorted[i] : null;
	}

	/** Position of {@code a} in text order, or -1. */
	public int indexOf(Annotation a) {
		merge();
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
