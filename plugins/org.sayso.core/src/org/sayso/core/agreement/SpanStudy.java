package org.sayso.core.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * The spans of several raters on one continuum (a document, or a corpus of documents laid end to end), as a DKPro
 * unitizing study. Alpha-U requires that one rater's units of one category do not overlap; a claim nested in
 * another claim of the same annotator would make DKPro's walk along the continuum go backwards, so a unit that
 * starts inside an earlier one of the same rater and category is not counted (the outer one is).
 */
public final class SpanStudy {

	/** One annotated span. */
	public record Span(long begin, long end, int rater, String category) {
	}

	private final int raters;
	private final long length;
	private final List<Span> spans = new ArrayList<>();

	public SpanStudy(int raters, long length) {
		this.raters = raters;
		this.length = length;
	}

	public void add(long begin, long end, int rater, String category) {
		if (end > begin) {
			spans.add(new Span(begin, end, rater, category));
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
		for (var category : study.getCategories()) {
			double observed = alpha.observed(category);
			double expected = alpha.expected(category);
			result.put((String) category, expected == 0 ? null : 1.0 - observed / expected);
		}
		return result;
	}

	private UnitizingAnnotationStudy study() {
		var study = new UnitizingAnnotationStudy(raters, 0, length);
		var sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparingLong(Span::begin).thenComparing(s -> -s.end()));
		var lastEnd = new HashMap<String, Long>();
		for (var span : sorted) {
			var key = span.rater() + "\n" + span.category();
			if (span.begin() < lastEnd.getOrDefault(key, Long.MIN_VALUE)) {
				continue;
			}
			lastEnd.put(key, span.end());
			study.addUnit(span.begin(), span.end() - span.begin(), span.rater(), span.category());
		}
		return study;
	}

	/** Alpha-U over all categories together, as DKPro defines it (averaged disagreements). */
	public Double alphaUAll() {
		if (raters < 2 || spans.isEmpty()) {
			return null;
		}
		double value = new LinearAlphaU(study()).calculateAgreement();
		return Double.isFinite(value) ? value : null;
	}
}
