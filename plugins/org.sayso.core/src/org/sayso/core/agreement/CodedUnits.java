package org.sayso.core.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;

/**
 * Aligned units with each rater's category, for Cohen's kappa per pair and Fleiss' kappa (DKPro Agreement). A rater
 * who lacks a unit gives it the category {@link #ABSENT}: kappa on aligned units alone would ignore the commonest
 * disagreement, one annotator missing what the others marked. Units no rater has cannot occur.
 */
public final class CodedUnits {

	/** The category of a unit a rater does not have. */
	public static final String ABSENT = "(absent)";

	private final List<String> raters;
	private final List<Object[]> items = new ArrayList<>();

	public CodedUnits(List<String> raters) {
		this.raters = List.copyOf(raters);
	}

	/** One unit: the category each rater gave it, in the order of the raters; null for absent. */
	public void add(String... categories) {
		if (categories.length != raters.size()) {
			throw new IllegalArgumentException(categories.length + " categories for " + raters.size() + " raters");
		}
		var item = new Object[categories.length];
		for (int i = 0; i < categories.length; i++) {
			item[i] = categories[i] == null ? ABSENT : categories[i];
		}
		items.add(item);
	}

	public void addAll(CodedUnits other) {
		if (!other.raters.equals(raters)) {
			throw new IllegalArgumentException("Units of raters " + other.raters + " cannot join those of " + raters);
		}
		items.addAll(other.items);
	}

	public int size() {
		return items.size();
	}

	/** Fleiss' kappa; null when undefined (fewer than two raters, no units, or no variation at all). */
	public Double fleissKappa() {
		if (raters.size() < 2 || items.isEmpty()) {
			return null;
		}
		var study = new CodingAnnotationStudy(raters.size());
		items.forEach(study::addItemAsArray);
		try {
			return finite(new FleissKappaAgreement(study).calculateAgreement());
		} catch (InsufficientDataException e) {
			return null; // every rater chose one category for every unit: kappa is undefined, not 1
		}
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

	private Double cohen(int a, int b) {
		var study = new CodingAnnotationStudy(2);
		for (var item : items) {
			// a unit both lack is not a unit of this pair
			if (!(ABSENT.equals(item[a]) && ABSENT.equals(item[b]))) {
				study.addItem(item[a], item[b]);
			}
		}
		if (study.getItemCount() == 0) {
			return null;
		}
		try {
			return finite(new CohenKappaAgreement(study).calculateAgreement());
		} catch (InsufficientDataException e) {
			return null;
		}
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}
}
