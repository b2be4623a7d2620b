package org.sayso.suggest.internal;

import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maximum-entropy model evaluated with {@link Math#exp}, which the JIT compiles to one instruction, instead
 * of OpenNLP's {@link StrictMath#exp}, a software routine that was a third of the pipeline's time (every token,
 * candidate split and sentence end is scored this way). The weights and features are the model's own; the
 * probabilities differ from OpenNLP's in the last bits at most. Models with a non-uniform prior are not wrapped:
 * {@link #of} returns them as they are. It is an {@link AbstractModel} because OpenNLP's model classes accept no
 * other kind.
 */
final class FastExpModel extends AbstractModel {

	private final Map<String, Context> features;
	private final int outcomes;

	private FastExpModel(Context[] weights, String[] names, String[] outcomeNames) {
		super(weights, names, outcomeNames);
		this.modelType = ModelType.Maxent;
		this.features = pmap;
		this.outcomes = outcomeNames.length;
	}

	@SuppressWarnings("unchecked")
	private static FastExpModel copy(AbstractModel model) {
		var data = model.getDataStructures();
		var features = (Map<String, Context>) data[1];
		var names = new String[features.size()];
		var weights = new Context[features.size()];
		int i = 0;
		for (var e : features.entrySet()) {
			names[i] = e.getKey();
			weights[i++] = e.getValue();
		}
		return new FastExpModel(weights, names, (String[]) data[2]);
	}

	/** The model evaluated with the fast exponential, or the model itself when it is not a plain GIS model. */
	static MaxentModel of(MaxentModel model) {
		return model instanceof AbstractModel m && m.getModelType() == AbstractModel.ModelType.Maxent
				&& m.getDataStructures()[1] instanceof Map ? copy(m) : model;
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
			var feature = features.get(context[c]);
			if (feature == null) {
				continue;
			}
			double value = values == null ? 1 : values[c];
			int[] active = feature.getOutcomes();
			double[] weights = feature.getParameters();
			for (int a = 0; a < active.length; a++) {
				sums[active[a]] += weights[a] * value;
			}
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
