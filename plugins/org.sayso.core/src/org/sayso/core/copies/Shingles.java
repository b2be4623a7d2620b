package org.sayso.core.copies;

import java.util.Arrays;

/**
 * A text as overlapping runs of {@value #SIZE} words ("shingles"), each hashed to 64 bits, with where each run starts
 * and ends in the text. Words are runs of letters and digits, compared without case, so punctuation, line breaks and
 * case do not tell copies apart; a changed word changes the {@value #SIZE} shingles it is in.
 */
final class Shingles {

	/** Words per shingle: long enough that common phrases rarely match by chance, short enough for small edits. */
	static final int SIZE = 5;

	/** The hash of each shingle, in text order. */
	final long[] hashes;
	/** Where the i-th shingle's first word starts, and where its last word ends, in the text. */
	final int[] begins;
	final int[] ends;
	/** The distinct hashes, sorted: the set the share is measured on. */
	final long[] distinct;

	private Shingles(long[] hashes, int[] begins, int[] ends) {
		this.hashes = hashes;
		this.begins = begins;
		this.ends = ends;
		var sorted = hashes.clone();
		Arrays.sort(sorted);
		int n = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[n++] = sorted[i];
			}
		}
		this.distinct = Arrays.copyOf(sorted, n);
	}

	static Shingles of(CharSequence text) {
		// the words: their hashes and their spans
		int capacity = Math.max(16, text.length() / 5);
		var wordHashes = new long[capacity];
		var wordBegins = new int[capacity];
		var wordEnds = new int[capacity];
		int words = 0;
		int i = 0;
		int length = text.length();
		while (i < length) {
			while (i < length && !Character.isLetterOrDigit(text.charAt(i))) {
				i++;
			}
			if (i >= length) {
				break;
			}
			int begin = i;
			long h = 0xcbf29ce484222325L;
			while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
				h = (h ^ Character.toLowerCase(text.charAt(i))) * 0x100000001b3L;
				i++;
			}
			if (words == wordHashes.length) {
				wordHashes = Arrays.copyOf(wordHashes, words * 2);
				wordBegins = Arrays.copyOf(wordBegins, words * 2);
				wordEnds = Arrays.copyOf(wordEnds, words * 2);
			}
			wordHashes[words] = h;
			wordBegins[words] = begin;
			wordEnds[words] = i;
			words++;
		}
		int count = Math.max(0, words - SIZE + 1);
		var hashes = new long[count];
		var begins = new int[count];
		var ends = new int[count];
		for (int s = 0; s < count; s++) {
			long h = 0;
			for (int w = 0; w < SIZE; w++) {
				h = mix(h * 31 + wordHashes[s + w]);
			}
			hashes[s] = h;
			begins[s] = wordBegins[s];
			ends[s] = wordEnds[s + SIZE - 1];
		}
		return new Shingles(hashes, begins, ends);
	}

	/** How many distinct shingles two texts share. */
	static int shared(Shingles a, Shingles b) {
		int i = 0;
		int j = 0;
		int n = 0;
		while (i < a.distinct.length && j < b.distinct.length) {
			long x = a.distinct[i];
			long y = b.distinct[j];
			if (x == y) {
				n++;
				i++;
				j++;
			} else if (x < y) {
				i++;
			} else {
				j++;
			}
		}
		return n;
	}

	/** A finaliser that spreads the bits (from SplitMix64), so shingle hashes are uniform for the sketch. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}
}
