package org.sayso.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationStudy;
import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationUnit;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;

/**
 * DKPro Agreement's Krippendorff alpha-U with the same expected disagreement computed in O(n log n) instead of
 * O(units x gaps). DKPro's version sums, for every unit, over every gap at least as long as the unit; on a corpus
 * of thousands of documents that is hundreds of billions of BigDecimal additions. Sorting the gaps once and
 * keeping their prefix sums gives each unit's sum in one binary search: the same formula, the same value (tested
 * against DKPro's own on Krippendorff's worked examples and on random studies). Observed disagreement is DKPro's.
 */
final class LinearAlphaU extends KrippendorffAlphaUnitizingAgreement {

	LinearAlphaU(IUnitizingAnnotationStudy study) {
		super(study);
	}

	@Override
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

	/** Observed disagreement of one category, DKPro's. */
	double observed(Object category) {
		return calculateObservedCategoryDisagreement(category);
	}

	/** Expected disagreement of one category, the linear version. */
	double expected(Object category) {
		return calculateExpectedCategoryDisagreement(category);
	}
}
