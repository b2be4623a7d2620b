package org.sayso.curation.merge;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.AnnotationKind;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.CurationDecision;

/**
 * Merges the annotator sets of a document: aligns them into units (speaker mentions, claims with their speakers
 * and cues, cues, dates with their values), accepts the units all annotators have alike (or, when a majority share
 * is set, that share of them), and leaves the rest as conflicts of named kinds. Given the document's earlier
 * curated set, it keeps the curator's decisions for every unit that no annotator changed since. Headless and
 * without side effects: {@link ProjectMerge} reads and writes the files.
 */
public final class MergeEngine {

	private final MergeSettings settings;

	public MergeEngine(MergeSettings settings) {
		this.settings = settings;
	}

	public MergeSettings settings() {
		return settings;
	}

	/**
	 * @param sets each annotator's set of the same document
	 * @param previous the document's curated set from an earlier merge, or null
	 */
	public DocumentMerge merge(Map<String, AnnotationSet> sets, @Nullable AnnotationSet previous) {
		if (sets.isEmpty()) {
			throw new IllegalArgumentException("A merge needs at least one annotator's set");
		}
		var sorted = new TreeMap<>(sets);
		var annotators = List.copyOf(sorted.keySet());
		var document = sorted.firstEntry().getValue().getDocument();
		for (var entry : sorted.entrySet()) {
			if (entry.getValue().getDocument() != document
					&& !entry.getValue().getDocument().getId().equals(document.getId())) {
				throw new IllegalArgumentException("The set of " + entry.getKey() + " belongs to document "
						+ entry.getValue().getDocument().getId() + ", not " + document.getId());
			}
		}
		var units = new ArrayList<MergeUnit>();
		Map<Object, MergeUnit> unitOf = new IdentityHashMap<>();
		for (var layer : AnnotationKind.values()) {
			var byAnnotator = new TreeMap<String, List<Annotation>>();
			sorted.forEach((annotator, set) -> byAnnotator.put(annotator,
					set.getAnnotations().stream().filter(a -> AnnotationKind.of(a) == layer).toList()));
			for (var versions : UnitAligner.align(byAnnotator, settings.threshold(layer))) {
				var unit = new MergeUnit(units.size(), layer, versions, annotators);
				units.add(unit);
				versions.values().forEach(a -> unitOf.put(a, unit));
			}
		}
		var identities = new SpeakerIdentities();
		units.stream().filter(u -> u.layer() == AnnotationKind.SPEAKER).forEach(identities::join);
		var forms = new UnitForms(identities, unitOf);
		units.forEach(forms::classify);
		units.forEach(this::acceptAgreed);
		var merge = new DocumentMerge(document, annotators, units, unitOf, identities, settings);
		if (previous != null) {
			new PreviousDecisions(previous).applyTo(merge);
		}
		return merge;
	}

	private void acceptAgreed(MergeUnit unit) {
		var groups = unit.groups();
		if (!unit.isConflict()) {
			unit.resolve(new Resolution.Accepted(unit.annotators().get(0), CurationDecision.UNANIMOUS, null, null));
			return;
		}
		if (!settings.majorityEnabled()) {
			return;
		}
		var top = groups.get(0);
		boolean unique = groups.size() == 1 || groups.get(1).annotators().size() < top.annotators().size();
		if (unique && top.annotators().size() >= settings.majority() * unit.annotators().size()) {
			unit.resolve(top.isAbsent()
					? new Resolution.Omitted(CurationDecision.MAJORITY, null, null, null)
					: new Resolution.Accepted(top.annotators().get(0), CurationDecision.MAJORITY, null, null));
		}
	}
}
