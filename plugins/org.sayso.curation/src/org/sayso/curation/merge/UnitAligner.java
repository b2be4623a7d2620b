package org.sayso.curation.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sayso.model.Annotation;

/**
 * Groups the annotations of one layer from all annotators into units: at most one annotation per annotator per
 * unit. The same span always aligns; otherwise two annotations align when their overlap is at least the threshold
 * share of the shorter one, and among candidates the unit with the largest overlap over union wins. Annotations
 * are visited by begin, so only units still open at that offset are compared: linear in practice.
 */
final class UnitAligner {

	private record Item(String annotator, Annotation annotation) {
	}

	private static final class Cluster {
		final Map<String, Annotation> members = new LinkedHashMap<>();
		int maxEnd;
	}

	private UnitAligner() {
	}

	/** The units of one layer, each a map from annotator to their annotation, in the order of their first begin. */
	static List<Map<String, Annotation>> align(Map<String, List<Annotation>> byAnnotator, double threshold) {
		var items = new ArrayList<Item>();
		byAnnotator.forEach((annotator, list) -> list.forEach(a -> items.add(new Item(annotator, a))));
		items.sort(Comparator.comparingInt((Item i) -> i.annotation.getBegin())
				.thenComparing(i -> -i.annotation.getEnd()));
		var clusters = new ArrayList<Cluster>();
		var open = new ArrayList<Cluster>();
		for (var item : items) {
			int begin = item.annotation.getBegin();
			open.removeIf(c -> c.maxEnd < begin);
			Cluster best = null;
			double bestScore = 0;
			for (var cluster : open) {
				if (cluster.members.containsKey(item.annotator)) {
					continue;
				}
				double score = score(cluster, item.annotation, threshold);
				if (score > bestScore) {
					best = cluster;
					bestScore = score;
				}
			}
			if (best == null) {
				best = new Cluster();
				clusters.add(best);
				open.add(best);
			}
			best.members.put(item.annotator, item.annotation);
			best.maxEnd = Math.max(best.maxEnd, item.annotation.getEnd());
		}
		var units = new ArrayList<Map<String, Annotation>>(clusters.size());
		clusters.forEach(c -> units.add(c.members));
		return units;
	}

	/** 0 when the annotation does not align with the cluster; above 1 for an identical span. */
	private static double score(Cluster cluster, Annotation a, double threshold) {
		double best = 0;
		for (var member : cluster.members.values()) {
			if (member.getBegin() == a.getBegin() && member.getEnd() == a.getEnd()) {
				return 2;
			}
			int overlap = Math.min(member.getEnd(), a.getEnd()) - Math.max(member.getBegin(), a.getBegin());
			int shorter = Math.min(member.getEnd() - member.getBegin(), a.getEnd() - a.getBegin());
			if (overlap <= 0 || shorter <= 0 || (double) overlap / shorter < threshold) {
				continue;
			}
			int union = Math.max(member.getEnd(), a.getEnd()) - Math.min(member.getBegin(), a.getBegin());
			best = Math.max(best, (double) overlap / union);
		}
		return best;
	}
}
