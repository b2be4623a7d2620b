package org.sayso.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.sayso.model.Annotation;

/**
 * Annotations by begin offset, answering "does anything overlap this span" without a scan: a 50 MB document
 * holds hundreds of thousands of suggestions, each checked against the set.
 */
final class OverlapIndex {

	private final TreeMap<Integer, List<Annotation>> byBegin = new TreeMap<>();
	private int longest;

	void add(Annotation a) {
		byBegin.computeIfAbsent(a.getBegin(), b -> new ArrayList<>(1)).add(a);
		longest = Math.max(longest, a.getEnd() - a.getBegin());
	}

	/** An annotation overlapping [begin, end), or {@code null}. */
	Annotation overlapping(int begin, int end) {
		for (var list : byBegin.subMap(begin - longest, true, Math.max(begin, end - 1), true).values()) {
			for (var a : list) {
				if (a.getBegin() < end && begin < a.getEnd()
						|| a.getBegin() == a.getEnd() && a.getBegin() >= begin && a.getBegin() < end) {
					return a;
				}
			}
		}
		return null;
	}
}
