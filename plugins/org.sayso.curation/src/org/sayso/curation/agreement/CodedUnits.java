package org.sayso.curation.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Aligned units with each rater's category, for Cohen's kappa per pair and Fleiss' kappa. A rater who lacks a unit
 * gives it the category {@link #ABSENT}: kappa on aligned units alone would ignore the commonest disagreement, one
 * annotator missing what the others marked. Units no rater has cannot occur.
 * <p>
 * Both coefficients are computed from category counts, with the definitions of DKPro Agreement's
 * {@code CohenKappaAgreement} and {@code FleissKappaAgreement} (and the same undefined cases); building DKPro's
 * object model for every pair of every layer of every document cost more than the merge itself. A test holds the
 * values to DKPro's own within 1e-9.
 */
public final class CodedUnits implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	/** The category of a unit a rater does not have. */
	public static final String ABSENT = "(absent)";

	private final List<String> raters;
	/** Category names by number; 0 is {@link #ABSENT}. Shared by the copies of {@link #addAll}, never shrinks. */
	private final List<String> categories = new ArrayList<>(List.of(ABSENT));
	private final Map<String, Integer> numbers = new HashMap<>(Map.of(ABSENT, 0));
	/** Per unit, each rater's category number. */
	private final List<int[]> items = new ArrayList<>();

	public CodedUnits(List<String> raters) {
		this.raters = List.copyOf(raters);
	}

	/** One unit: the category each rater gave it, in the order of the raters; null for absent. */
	public void add(String... categories) {
		if (categories.length != raters.size()) {
			throw new IllegalArgumentException(categories.length + " categories for " + raters.size() + " raters");
		}
		var item = new int[categories.length];
		for (int i = 0; i < categories.length; i++) {
			item[i] = categories[i] == null ? 0 : number(categories[i]);
		}
		items.add(item);
	}

	public void addAll(CodedUnits other) {
		if (!other.raters.equals(raters)) {
			throw new IllegalArgumentException("Units of raters " + other.raters + " cannot join those of " + raters);
		}
		for (var item : other.items) {
			var renumbered = new int[item.length];
			for (int i = 0; i < item.length; i++) {
				renumbered[i] = number(other.categories.get(item[i]));
			}
			items.add(renumbered);
		}
	}

	public int size() {
		return items.size();
	}

	/** Fleiss' kappa; null when undefined (fewer than two raters, no units, or no variation at all). */
	public @Nullable Double fleissKappa() {
		int r = raters.size();
		if (r < 2 || items.isEmpty()) {
			return null;
		}
		var totals = new long[categories.size()];
		var perItem = new int[categories.size()];
		long agreeingPairs = 0;
		for (var item : items) {
			java.util.Arrays.fill(perItem, 0);
			for (int category : item) {
				perItem[category]++;
				totals[category]++;
			}
			for (int count : perItem) {
				agreeingPairs += (long) count * (count - 1);
			}
		}
		double n = items.size();
		double observed = agreeingPairs / (n * r * (r - 1));
		double expected = 0;
		int used = 0;
		for (long total : totals) {
			expected += (double) total * total;
			used += total > 0 ? 1 : 0;
		}
		expected /= (double) r * r * n * n;
		return used < 2 ? null : kappa(observed, expected); // one category for every unit: undefined, not 1
	}

	/** Cohen's kappa of every pair of raters, keyed "a/b" with a before b in rater order. */
	public Map<String, Double> cohenKappa() {
		var result = new LinkedHashMap<String, Double>();
		for (int a = 0; a < raters.size(); a++) {
			for (int b = a + 1; b < raters.size(); b++) {
				result.put(raters.get(a) + "/" + raters.get(b), cohen(a, b));
			}
		}
		return result;
	}

	private @Nullable Double cohen(int a, int b) {
		var ofA = new long[categories.size()];
		var ofB = new long[categories.size()];
		long n = 0, agreeing = 0;
		for (var item : items) {
			// a unit both lack is not a unit of this pair
			if (item[a] != 0 || item[b] != 0) {
				n++;
				ofA[item[a]]++;
				ofB[item[b]]++;
				agreeing += item[a] == item[b] ? 1 : 0;
			}
		}
		if (n == 0) {
			return null;
		}
		long products = 0;
		int used = 0;
		for (int c = 0; c < ofA.length; c++) {
			products += ofA[c] * ofB[c];
			used += ofA[c] + ofB[c] > 0 ? 1 : 0;
		}
		return used < 2 ? null : kappa((double) agreeing / n, products / ((double) n * n));
	}

	/** Scott's combination, as DKPro's {@code AgreementMeasure}; null for a value that is not finite. */
	private static @Nullable Double kappa(double observed, double expected) {
		double value = expected == 0 ? observed : (observed - expected) / (1 - expected);
		return Double.isFinite(value) ? value : null;
	}

	private int number(String category) {
		return numbers.computeIfAbsent(category, c -> {
			categories.add(c);
			return categories.size() - 1;
		});
	}
}
