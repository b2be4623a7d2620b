package org.sayso.curation.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationStudy;
import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationUnit;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;

/**
 * DKPro Agreement's Krippendorff alpha-U with the same expected disagreement computed in O(n log n) instead of
 * O(units x gaps). DKPro's version sums, for every unit, over every gap at least as long as the unit; on a corpus
 * of thousands of documents that is hundreds of billions of BigDecimal additions. Sorting the gaps once and
 * keeping their prefix sums gives each unit's sum in one binary search: the same formula, the same value (tested
 * against DKPro's own on Krippendorff's worked examples and on random studies). Observed disagreement likewise.
 */
final class LinearAlphaU extends KrippendorffAlphaUnitizingAgreement {

	LinearAlphaU(IUnitizingAnnotationStudy study) {
		super(study);
	}

	@Override
	@NonNullByDefault({})
	protected double calculateExpectedCategoryDisagreement(Object category) {
		var units = new ArrayList<long[]>();
		for (IUnitizingAnnotationUnit unit : study.getUnits()) {
			if (category.equals(unit.getCategory())) {
				units.add(new long[] { unit.getOffset(), unit.getLength(), unit.getRaterIdx() });
			}
		}
		return expected(study.getContinuumBegin(), study.getContinuumLength(), study.getRaterCount(), units);
	}

	/**
	 * The expected disagreement of one category, from its units ({offset, length, rater}) sorted by offset, one
	 * rater's units not overlapping.
	 */
	static double expected(long begin, long length, int raters, List<long[]> units) {
		var unitLengths = new long[units.size()];
		double squaredLengths = 0;
		var gaps = new ArrayList<Long>();
		var lastEnd = new long[raters];
		Arrays.fill(lastEnd, begin);
		// the gaps of each rater are the stretches between their units of the category
		for (int i = 0; i < unitLengths.length; i++) {
			var unit = units.get(i);
			long l = unit[1];
			unitLengths[i] = l;
			squaredLengths += (double) l * (l - 1);
			int r = (int) unit[2];
			if (unit[0] > lastEnd[r]) {
				gaps.add(unit[0] - lastEnd[r]);
			}
			lastEnd[r] = unit[0] + l;
		}
		for (int r = 0; r < raters; r++) {
			if (begin + length > lastEnd[r]) {
				gaps.add(begin + length - lastEnd[r]);
			}
		}
		long[] sorted = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
		// suffix sums over the ascending gaps: the gaps at least l long are a suffix
		double[] suffix = new double[sorted.length + 1];
		for (int i = sorted.length - 1; i >= 0; i--) {
			suffix[i] = suffix[i + 1] + sorted[i];
		}
		int n = unitLengths.length;
		double result = 0;
		for (long l : unitLengths) {
			double sum1 = (n - 1.0) * (2.0 * l * l * l - 3.0 * l * l + l) / 3.0;
			int first = firstAtLeast(sorted, l);
			int count = sorted.length - first;
			double sum2 = (suffix[first] - count * (l - 1.0)) * ((double) l * l);
			result += sum1 + sum2;
		}
		result *= 2.0 / length;
		double rl = (double) raters * length;
		return result / (rl * (rl - 1) - squaredLengths);
	}

	private static int firstAtLeast(long[] ascending, long value) {
		int low = 0, high = ascending.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (ascending[mid] < value) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	/**
	 * DKPro's observed disagreement, without its cost: DKPro walks the continuum for every pair of raters, finding
	 * each rater's next unit by scanning the study's whole sorted set of units, so a document's figures took longer
	 * than its merge. Here each rater's units of the category are laid out once as segments (units and the gaps
	 * between them) tiling the continuum, and every pair of overlapping segments of two raters is compared once, in
	 * the order of the continuum: the same sum, term by term (the pairs DKPro's walk stops before all count 0).
	 */
	@Override
	@NonNullByDefault({})
	protected double calculateObservedCategoryDisagreement(Object category) {
		long begin = study.getContinuumBegin();
		long length = study.getContinuumLength();
		int raters = study.getRaterCount();
		var units = new ArrayList<List<IUnitizingAnnotationUnit>>();
		for (int r = 0; r < raters; r++) {
			units.add(new ArrayList<>());
		}
		for (IUnitizingAnnotationUnit unit : study.getUnits()) { // sorted by offset
			if (category.equals(unit.getCategory())) {
				units.get(unit.getRaterIdx()).add(unit);
			}
		}
		var segments = new ArrayList<long[][]>();
		units.forEach(list -> segments.add(segments(list, begin, begin + length)));
		double result = 0;
		for (int r1 = 0; r1 < raters; r1++) {
			for (int r2 = r1 + 1; r2 < raters; r2++) {
				result += pairDistance(segments.get(r1), segments.get(r2));
			}
		}
		return result * 2.0 / (double) (raters * (raters - 1) * (length * length));
	}

	/** {offset, length, 1 for a unit or 0 for a gap} covering [begin, end); one rater's units never overlap. */
	private static long[][] segments(List<IUnitizingAnnotationUnit> units, long begin, long end) {
		var result = new ArrayList<long[]>(2 * units.size() + 1);
		long at = begin;
		for (var unit : units) {
			if (unit.getOffset() > at) {
				result.add(new long[] { at, unit.getOffset() - at, 0 });
			}
			result.add(new long[] { unit.getOffset(), unit.getLength(), 1 });
			at = unit.getOffset() + unit.getLength();
		}
		if (end > at) {
			result.add(new long[] { at, end - at, 0 });
		}
		return result.toArray(long[][]::new);
	}

	private static double pairDistance(long[][] first, long[][] second) {
		double sum = 0;
		int i = 0, j = 0;
		while (i < first.length && j < second.length) {
			var a = first[i];
			var b = second[j];
			sum += distance(a, b);
			long endA = a[0] + a[1], endB = b[0] + b[1];
			i += endA <= endB ? 1 : 0;
			j += endB <= endA ? 1 : 0;
		}
		return sum;
	}

	/**
	 * Krippendorff's distance of two overlapping segments: two units, the squares of the differences of their
	 * begins and ends; a unit inside a gap of the other rater, the square of its length; otherwise 0.
	 */
	private static double distance(long[] a, long[] b) {
		long endA = a[0] + a[1], endB = b[0] + b[1];
		if (a[2] == 1 && b[2] == 1) {
			long begins = a[0] - b[0], ends = endA - endB;
			return begins * begins + ends * ends;
		}
		if (a[2] == 1 && b[0] <= a[0] && endA <= endB) {
			return a[1] * a[1];
		}
		if (b[2] == 1 && a[0] <= b[0] && endB <= endA) {
			return b[1] * b[1];
		}
		return 0;
	}

	/** Observed disagreement of one category, as DKPro defines it. */
	double observed(Object category) {
		return calculateObservedCategoryDisagreement(category);
	}

	/** Expected disagreement of one category, the linear version. */
	double expected(Object category) {
		return calculateExpectedCategoryDisagreement(category);
	}
}
