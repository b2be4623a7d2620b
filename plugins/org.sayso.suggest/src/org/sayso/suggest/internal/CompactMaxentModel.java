package org.sayso.suggest.internal;

import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maximum-entropy model with its weights laid out for speed; the weights, features and outcomes are the
 * model's own. Every token, candidate split and sentence end is scored by such a model, a score being a lookup of
 * 15 to 30 feature strings and a softmax, so the two costs that dominated the pipeline are replaced:
 * <ul>
 * <li>OpenNLP keeps its features in a {@code HashMap<String, Context>}: a lookup visits the table, an entry, the key
 * string and its bytes, the context and its two arrays, half a dozen cache misses in a table far larger than the
 * processor's caches, and these lookups were half the time of the whole pipeline. Here a feature is found by a
 * 64-bit hash of its characters in one open-addressing table whose slot holds that hash and where the feature's
 * weights start in two flat arrays: one or two cache lines for the slot, two for the weights. The hashes of the
 * model's own features are checked to be distinct when the table is built; a feature the model does not know is
 * taken for one it knows only when their 64-bit hashes agree, a chance of about one in 10^18 per lookup.</li>
 * <li>{@link Math#exp}, which the JIT compiles to a few instructions, instead of OpenNLP's {@link StrictMath#exp}, a
 * software routine that was a third of the time. Probabilities differ from OpenNLP's in the last bits at most.</li>
 * </ul>
 * Models of another kind are not wrapped: {@link #of} returns them as they are. It is an {@link AbstractModel}
 * because OpenNLP's model classes accept no other kind.
 */
final class CompactMaxentModel extends AbstractModel {

	/** Slot {@code i} is {@code slots[2i]}, the feature's hash (0: empty), and {@code slots[2i + 1]}, its weights. */
	private final long[] slots;
	private final int mask;
	private final int[] outcomeOf;
	private final double[] weights;
	private final int outcomes;

	private CompactMaxentModel(String[] outcomeNames, long[] slots, int[] outcomeOf, double[] weights) {
		// the features live in the table below; the superclass keeps the outcomes only, not a second feature map
		super(new Context[0], new String[0], outcomeNames);
		this.modelType = ModelType.Maxent;
		this.slots = slots;
		this.mask = slots.length / 2 - 1;
		this.outcomeOf = outcomeOf;
		this.weights = weights;
		this.outcomes = outcomeNames.length;
	}

	/**
	 * The model laid out compactly, or the model itself when it is not a plain GIS model or when two of its features
	 * share a hash (then the layout could not tell them apart).
	 */
	static MaxentModel of(MaxentModel model) {
		if (!(model instanceof AbstractModel m) || m.getModelType() != AbstractModel.ModelType.Maxent
				|| !(m.getDataStructures()[1] instanceof Map<?, ?> features)) {
			return model;
		}
		var data = m.getDataStructures();
		int size = 0;
		for (var context : features.values()) {
			size += ((Context) context).getOutcomes().length;
		}
		int capacity = Integer.highestOneBit(Math.max(16, features.size() * 2 - 1)) << 1;
		var slots = new long[capacity * 2];
		var outcomeOf = new int[size];
		var weights = new double[size];
		int at = 0;
		for (var entry : features.entrySet()) {
			var context = (Context) entry.getValue();
			long hash = hash((String) entry.getKey());
			int slot = (int) hash & (capacity - 1);
			while (slots[slot * 2] != 0) {
				if (slots[slot * 2] == hash) {
					return model;
				}
				slot = (slot + 1) & (capacity - 1);
			}
			int count = context.getOutcomes().length;
			slots[slot * 2] = hash;
			slots[slot * 2 + 1] = (long) at << 32 | count;
			System.arraycopy(context.getOutcomes(), 0, outcomeOf, at, count);
			System.arraycopy(context.getParameters(), 0, weights, at, count);
			at += count;
		}
		return new CompactMaxentModel((String[]) data[2], slots, outcomeOf, weights);
	}

	/** A 64-bit hash of the characters (FNV-1a, then a final mix so the low bits spread): never 0. */
	static long hash(String feature) {
		return finish(extend(FNV_START, feature));
	}

	/** The state of {@link #hash} before any character. */
	static final long FNV_START = 0xcbf29ce484222325L;

	/** The state of {@link #hash} after one more character. */
	static long extend(long state, char c) {
		return (state ^ c) * 0x100000001b3L;
	}

	/** The state of {@link #hash} after more characters. */
	static long extend(long state, String chars) {
		for (int i = 0, n = chars.length(); i < n; i++) {
			state = (state ^ chars.charAt(i)) * 0x100000001b3L;
		}
		return state;
	}

	/** The hash of the characters that led to {@code state}. */
	static long finish(long state) {
		long h = state;
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h == 0 ? 1 : h;
	}

	/** What {@link #locate} returns for a feature the model does not know. */
	static final long UNKNOWN = -1;

	/**
	 * Where the weights of the feature with {@link #hash} {@code hash} lie, for {@link #sums}: a value that stays
	 * valid for the model's life, so a feature whose string is fixed ("f1_alpha", "t=NOUN") is looked up once. Returns
	 * {@link #UNKNOWN} for a feature the model does not know.
	 */
	long locate(long hash) {
		int slot = (int) hash & mask;
		long found;
		while ((found = slots[slot * 2]) != hash && found != 0) {
			slot = (slot + 1) & mask;
		}
		return found == 0 ? UNKNOWN : slots[slot * 2 + 1];
	}

	/**
	 * The index of the most probable outcome for the features at {@code locations[0, count)} (from {@link #locate};
	 * {@link #UNKNOWN} ones count for nothing): {@code getBestOutcome(eval(context))} without the strings and
	 * without the softmax, which changes no order.
	 *
	 * @param sums scratch space of at least {@link #getNumOutcomes()} values
	 */
	int best(long[] locations, int count, double[] sums) {
		java.util.Arrays.fill(sums, 0, outcomes, 0);
		sums(locations, count, sums);
		int best = 0;
		for (int o = 1; o < outcomes; o++) {
			if (sums[o] > sums[best]) {
				best = o;
			}
		}
		return best;
	}

	/**
	 * Adds the weights of the features at {@code locations[0, count)} (from {@link #locate}) to {@code sums}, in that
	 * order: the outcomes' scores before the softmax, which changes no order.
	 */
	void sums(long[] locations, int count, double[] sums) {
		for (int c = 0; c < count; c++) {
			add(locations[c], 1, sums);
		}
	}

	/** Adds the weights at {@code location}, times {@code value}, to the outcomes' sums. */
	private void add(long location, double value, double[] sums) {
		if (location == UNKNOWN) {
			return;
		}
		int from = (int) (location >>> 32);
		int to = from + (int) location;
		for (int a = from; a < to; a++) {
			sums[outcomeOf[a]] += weights[a] * value;
		}
	}

	@Override
	public double[] eval(String[] context) {
		return eval(context, (float[]) null);
	}

	@Override
	public double[] eval(String[] context, double[] probs) {
		return eval(context, null, probs);
	}

	@Override
	public double[] eval(String[] context, float[] values) {
		return eval(context, values, new double[outcomes]);
	}

	/**
	 * As GIS: the weighted sum of the active features per outcome, then a softmax. The uniform prior adds the same
	 * constant to every sum, which the normalization cancels, so it is left out.
	 */
	private double[] eval(String[] context, float[] values, double[] sums) {
		java.util.Arrays.fill(sums, 0, outcomes, 0);
		for (int c = 0; c < context.length; c++) {
			add(locate(hash(context[c])), values == null ? 1 : values[c], sums);
		}
		double normal = 0;
		for (int o = 0; o < outcomes; o++) {
			sums[o] = Math.exp(sums[o]);
			normal += sums[o];
		}
		for (int o = 0; o < outcomes; o++) {
			sums[o] /= normal;
		}
		return sums;
	}
}
