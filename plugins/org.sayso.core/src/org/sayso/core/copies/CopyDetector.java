package org.sayso.core.copies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Finds the articles that are copies of one another, and what they share. Each text becomes a set of 5-word
 * shingles; a one-permutation MinHash sketch of 128 bins and locality-sensitive hashing (64 bands of 2 bins, so that a
 * short copy of a long story, whose shingle sets overlap by a third or less, is still proposed) propose the pairs
 * likely to share much text, without comparing every pair; each proposed pair is then checked exactly on
 * its shingle sets. Two articles are copies when the smaller shares at least {@code threshold} of its shingles with
 * the other: a republication trimmed at the end, or given a new headline and a photo caption, stays a copy of the
 * story it came from. Groups are the copies' connected sets; the passages of a pair are its longest runs of shared
 * text.
 */
public final class CopyDetector {

	/** A text to compare, by id. */
	public record Text(String id, String text) {
	}

	/**
	 * A run of text two articles share: [beginA, endA) in the first, [beginB, endB) in the second, of {@code words}
	 * words or more.
	 */
	public record Passage(int beginA, int endA, int beginB, int endB) {
	}

	/** Two copies: the share of the smaller one's text found in the other, and the passages they share. */
	public record Pair(String a, String b, double share, List<Passage> passages) {
	}

	/** Articles that are copies of one another (directly or through others), by id. */
	public record Group(List<String> ids) {
	}

	/** The groups (largest first) and every pair found. */
	public record Result(List<Group> groups, List<Pair> pairs, int texts) {

		/** The pairs one article is in, the most shared first. */
		public List<Pair> pairsOf(String id) {
			return pairs.stream().filter(p -> p.a().equals(id) || p.b().equals(id))
					.sorted(Comparator.comparingDouble(Pair::share).reversed()).toList();
		}
	}

	/** The share of shared text from which two articles are copies, unless told otherwise. */
	public static final double DEFAULT_THRESHOLD = 0.5;
	/** A passage is at least this many shingles long (a sentence's worth of words). */
	private static final int MIN_PASSAGE_SHINGLES = 4;
	private static final int BINS = 128;
	private static final int BANDS = 64;
	private static final int ROWS = BINS / BANDS;
	private static final long EMPTY = Long.MAX_VALUE;

	private final double threshold;

	public CopyDetector(double threshold) {
		if (!(threshold > 0 && threshold <= 1)) {
			throw new IllegalArgumentException("the share of shared text must be above 0 and at most 1, not " + threshold);
		}
		this.threshold = threshold;
	}

	/** Finds the copies among {@code texts}. */
	public Result detect(List<Text> texts) {
		return detect(texts, i -> {
		});
	}

	/**
	 * Finds the copies among {@code texts}, telling {@code progress} each text it has sketched (by index), so a
	 * long run can report and be cancelled from there.
	 */
	public Result detect(List<Text> texts, IntConsumer progress) {
		int n = texts.size();
		var shingles = new Shingles[n];
		var sketches = new long[n][];
		for (int i = 0; i < n; i++) {
			shingles[i] = Shingles.of(texts.get(i).text());
			sketches[i] = sketch(shingles[i]);
			progress.accept(i);
		}
		var candidates = candidates(sketches);
		var pairs = new ArrayList<Pair>();
		for (long key : candidates) {
			int i = (int) (key >>> 32);
			int j = (int) key;
			var a = shingles[i];
			var b = shingles[j];
			int smaller = Math.min(a.distinct.length, b.distinct.length);
			if (smaller == 0) {
				continue;
			}
			double share = (double) Shingles.shared(a, b) / smaller;
			if (share >= threshold) {
				pairs.add(new Pair(texts.get(i).id(), texts.get(j).id(), share, passages(a, b)));
			}
		}
		pairs.sort(Comparator.comparing(Pair::a).thenComparing(Pair::b));
		return new Result(groups(texts, pairs), List.copyOf(pairs), n);
	}

	/** Two texts compared directly, whatever their share: the share of the shorter found in the other, the passages. */
	public static Pair compare(String a, String b) {
		var sa = Shingles.of(a);
		var sb = Shingles.of(b);
		int smaller = Math.min(sa.distinct.length, sb.distinct.length);
		double share = smaller == 0 ? 0 : (double) Shingles.shared(sa, sb) / smaller;
		return new Pair("a", "b", share, passages(sa, sb));
	}

	/** One-permutation MinHash: each shingle falls into one of 128 bins by its top bits; a bin keeps its least. */
	private static long[] sketch(Shingles s) {
		var sketch = new long[BINS];
		Arrays.fill(sketch, EMPTY);
		for (long h : s.distinct) {
			int bin = (int) (h >>> 57);
			long value = h & 0x01ffffffffffffffL;
			if (value < sketch[bin]) {
				sketch[bin] = value;
			}
		}
		return sketch;
	}

	/** The pairs (i < j, as i << 32 | j) that agree on all bins of at least one band. */
	private static HashSet<Long> candidates(long[][] sketches) {
		var pairs = new HashSet<Long>();
		for (int band = 0; band < BANDS; band++) {
			var buckets = new HashMap<Long, List<Integer>>();
			for (int i = 0; i < sketches.length; i++) {
				long key = 0;
				boolean empty = false;
				for (int r = 0; r < ROWS; r++) {
					long v = sketches[i][band * ROWS + r];
					empty |= v == EMPTY; // an empty bin is no evidence: two short texts both lack it
					key = Shingles.mix(key * 31 + v);
				}
				if (!empty) {
					buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
				}
			}
			for (var bucket : buckets.values()) {
				for (int x = 0; x < bucket.size(); x++) {
					for (int y = x + 1; y < bucket.size(); y++) {
						pairs.add((long) bucket.get(x) << 32 | bucket.get(y));
					}
				}
			}
		}
		return pairs;
	}

	/** The runs of shingles of {@code a} found in {@code b} one after the other, as passages of both texts. */
	private static List<Passage> passages(Shingles a, Shingles b) {
		var firstInB = new HashMap<Long, Integer>(b.hashes.length * 2);
		for (int j = b.hashes.length - 1; j >= 0; j--) {
			firstInB.put(b.hashes[j], j);
		}
		var passages = new ArrayList<Passage>();
		int i = 0;
		while (i < a.hashes.length) {
			var start = firstInB.get(a.hashes[i]);
			if (start == null) {
				i++;
				continue;
			}
			int length = 1;
			while (i + length < a.hashes.length && start + length < b.hashes.length
					&& a.hashes[i + length] == b.hashes[start + length]) {
				length++;
			}
			if (length >= MIN_PASSAGE_SHINGLES) {
				int last = i + length - 1;
				passages.add(new Passage(a.begins[i], a.ends[last], b.begins[start], b.ends[start + length - 1]));
			}
			i += length;
		}
		return passages;
	}

	private static List<Group> groups(List<Text> texts, List<Pair> pairs) {
		var index = new HashMap<String, Integer>();
		for (int i = 0; i < texts.size(); i++) {
			index.put(texts.get(i).id(), i);
		}
		var parent = new int[texts.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (var pair : pairs) {
			int x = find(parent, index.get(pair.a()));
			int y = find(parent, index.get(pair.b()));
			if (x != y) {
				parent[Math.max(x, y)] = Math.min(x, y);
			}
		}
		var members = new HashMap<Integer, List<String>>();
		for (var pair : pairs) {
			for (var id : List.of(pair.a(), pair.b())) {
				var list = members.computeIfAbsent(find(parent, index.get(id)), k -> new ArrayList<>());
				if (!list.contains(id)) {
					list.add(id);
				}
			}
		}
		return members.values().stream().map(ids -> new Group(ids.stream().sorted().toList()))
				.sorted(Comparator.comparingInt((Group g) -> -g.ids().size()).thenComparing(g -> g.ids().get(0)))
				.toList();
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}
}
