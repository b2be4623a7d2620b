package org.sayso.suggest.internal;

import java.util.Arrays;

/** A growable int array: offsets of the tokens of a long paragraph should not be boxed one by one. */
final class IntList {

	private int[] values = new int[64];
	private int size;

	void add(int v) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = v;
	}

	int size() {
		return size;
	}

	int[] toArray() {
		return Arrays.copyOf(values, size);
	}
}
