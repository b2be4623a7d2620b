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

	int get(int i) {
		return values[i];
	}

	void set(int i, int v) {
		values[i] = v;
	}

	/** Drops the values from {@code newSize} on. */
	void truncate(int newSize) {
		size = Math.min(size, newSize);
	}

	int size() {
		return size;
	}

	int[] toArray() {
		return Arrays.copyOf(values, size);
	}
}
