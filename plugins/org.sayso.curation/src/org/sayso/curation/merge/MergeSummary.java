package org.sayso.curation.merge;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a merge found: units accepted by unanimity or majority, conflicts by kind (a conflict of several kinds
 * counts under each), and how many conflicts are still open.
 */
public record MergeSummary(int units, int unanimous, int majority, int conflicts, int open,
		Map<ConflictKind, Integer> byKind) {

	static MergeSummary of(DocumentMerge merge) {
		int unanimous = 0, majority = 0, conflicts = 0, open = 0;
		var byKind = new EnumMap<ConflictKind, Integer>(ConflictKind.class);
		for (var unit : merge.units()) {
			if (!unit.isConflict()) {
				unanimous++;
				continue;
			}
			if (unit.resolution() instanceof Resolution.Accepted a
					&& a.decision() == org.sayso.model.CurationDecision.MAJORITY
					|| unit.resolution() instanceof Resolution.Omitted o
							&& o.decision() == org.sayso.model.CurationDecision.MAJORITY) {
				majority++;
				continue;
			}
			conflicts++;
			if (!unit.isDecided()) {
				open++;
			}
			unit.kinds().forEach(k -> byKind.merge(k, 1, Integer::sum));
		}
		return new MergeSummary(merge.units().size(), unanimous, majority, conflicts, open, byKind);
	}

	public static MergeSummary empty() {
		return new MergeSummary(0, 0, 0, 0, 0, new EnumMap<>(ConflictKind.class));
	}

	public MergeSummary plus(MergeSummary other) {
		var kinds = new EnumMap<ConflictKind, Integer>(ConflictKind.class);
		kinds.putAll(byKind);
		other.byKind.forEach((k, n) -> kinds.merge(k, n, Integer::sum));
		return new MergeSummary(units + other.units, unanimous + other.unanimous, majority + other.majority,
				conflicts + other.conflicts, open + other.open, kinds);
	}
}
