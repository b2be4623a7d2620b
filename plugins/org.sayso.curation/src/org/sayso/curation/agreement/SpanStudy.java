package org.sayso.curation.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.Nullable;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * The spans of several raters on one continuum (a document), as a DKPro unitizing study, and the corpus made of
 * such documents laid end to end. Alpha-U requires that one rater's units of one category do not overlap; a claim
 * nested in another claim of the same annotator would make DKPro's walk along the continuum go backwards, so a unit
 * that starts inside an earlier one of the same rater and category is not counted (the outer one is).
 */
public final class SpanStudy implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	/** One annotated span. */
	public record Span(long begin, long end, int rater, String category) implements java.io.Serializable {
	}

	private final int raters;
	private final long length;
	private final List<Span> spans = new ArrayList<>();
	private @Nullable List<Span> counted;
	/** Per category, DKPro's observed disagreement before its division by R(R-1)L^2/2: additive over documents. */
	private @Nullable Map<String, Double> observedSums;

	public SpanStudy(int raters, long length) {
		this.raters = raters;
		this.length = length;
	}

	public void add(long begin, long end, int rater, String category) {
		if (end > begin) {
			spans.add(new Span(begin, end, rater, category));
			counted = null;
		}
	}

	public long length() {
		return length;
	}

	public int raters() {
		return raters;
	}

	/** Alpha-U per category; categories without any span are missing. Null values: undefined (no variation). */
	public Map<String, Double> alphaU() {
		var result = new HashMap<String, Double>();
		if (raters < 2 || length <= 0) {
			return result;
		}
		var study = study();
		var alpha = new LinearAlphaU(study);
		observedSums = new HashMap<>();
		double norm = raters * (raters - 1.0) * length * length / 2.0;
		for (var category : study.getCategories()) {
			double observed = alpha.observed(category);
			double expected = alpha.expected(category);
			observedSums.put((String) category, observed * norm);
			result.put((String) category, expected == 0 ? null : 1.0 - observed / expected);
		}
		return result;
	}

	/** Alpha-U over all categories together, as DKPro defines it (averaged disagreements). */
	public @Nullable Double alphaUAll() {
		if (raters < 2 || spans.isEmpty()) {
			return null;
		}
		double value = new LinearAlphaU(study()).calculateAgreement();
		return Double.isFinite(value) ? value : null;
	}

	/**
	 * Alpha-U per category of documents laid end to end in the given order, each measured by {@link #alphaU()}
	 * first, all with the same raters. DKPro's observed disagreement sums distances along the continuum, and no unit
	 * crosses from one document into the next, so the corpus sum is the sum of the documents' sums: only the expected
	 * disagreement, linear in the units, is computed over the whole corpus. A study of a million units in DKPro would
	 * walk the whole continuum for every pair of raters and category.
	 */
	public static Map<String, Double> corpusAlphaU(List<SpanStudy> documents, int raters) {
		var result = new TreeMap<String, Double>();
		long total = documents.stream().mapToLong(SpanStudy::length).sum();
		if (raters < 2 || total <= 0) {
			return result;
		}
		var observed = new HashMap<String, Double>();
		var units = new HashMap<String, List<long[]>>();
		long offset = 0;
		for (var document : documents) {
			if (document.raters != raters || document.observedSums == null) {
				throw new IllegalArgumentException("Every document must have " + raters + " raters and be measured first");
			}
			document.observedSums.forEach((category, sum) -> observed.merge(category, sum, Double::sum));
			for (var span : document.counted()) {
				units.computeIfAbsent(span.category(), c -> new ArrayList<>())
						.add(new long[] { offset + span.begin(), span.end() - span.begin(), span.rater() });
			}
			offset += document.length;
		}
		double norm = raters * (raters - 1.0) * total * total / 2.0;
		units.forEach((category, list) -> {
			double expected = LinearAlphaU.expected(0, total, raters, list);
			double observedCategory = observed.getOrDefault(category, 0.0) / norm;
			result.put(category, expected == 0 ? null : 1.0 - observedCategory / expected);
		});
		return result;
	}

	/** The spans alpha-U counts, by begin: nested units of one rater and category dropped. */
	private List<Span> counted() {
		var result = counted;
		if (result == null) {
			var sorted = new ArrayList<>(spans);
			sorted.sort(Comparator.comparingLong(Span::begin).thenComparing(s -> -s.end()));
			var lastEnd = new HashMap<String, Long>();
			result = new ArrayList<>(sorted.size());
			for (var span : sorted) {
				var key = span.rater() + "\n" + span.category();
				if (span.begin() >= lastEnd.getOrDefault(key, Long.MIN_VALUE)) {
					lastEnd.put(key, span.end());
					result.add(span);
				}
			}
			counted = result;
		}
		return result;
	}

	private UnitizingAnnotationStudy study() {
		var study = new UnitizingAnnotationStudy(raters, 0, length);
		counted().forEach(s -> study.addUnit(s.begin(), s.end() - s.begin(), s.rater(), s.category()));
		return study;
	}
}
