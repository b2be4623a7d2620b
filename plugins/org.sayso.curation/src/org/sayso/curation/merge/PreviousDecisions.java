package org.sayso.curation.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.AnnotationKind;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.CurationDecision;
import org.sayso.model.DateMention;
import org.sayso.model.Provenance;

/**
 * The curator's decisions in an earlier curated set, applied to a new merge. A decision is kept when the unit's
 * key (a digest of every annotator's version) is unchanged: the curator decided between exactly these versions.
 * When an annotator changed the unit, it is a new question and the conflict opens again.
 */
final class PreviousDecisions {

	private record Decided(Provenance provenance, @Nullable Annotation curated) {
	}

	private final Map<String, Decided> byKey = new HashMap<>();

	PreviousDecisions(AnnotationSet previous) {
		for (var annotation : previous.getAnnotations()) {
			var provenance = annotation.getProvenance();
			if (provenance != null && provenance.getUnitKey() != null && isCurators(provenance.getDecision())) {
				byKey.put(provenance.getUnitKey(), new Decided(provenance, annotation));
			}
		}
		for (var provenance : previous.getOmittedUnits()) {
			if (provenance.getUnitKey() != null && isCurators(provenance.getDecision())) {
				byKey.put(provenance.getUnitKey(), new Decided(provenance, null));
			}
		}
	}

	private static boolean isCurators(CurationDecision decision) {
		return decision == CurationDecision.CHOSEN || decision == CurationDecision.EDITED
				|| decision == CurationDecision.OMITTED;
	}

	void applyTo(DocumentMerge merge) {
		for (var unit : merge.units()) {
			var decided = unit.isConflict() ? byKey.get(unit.unitKey()) : null;
			if (decided == null) {
				continue;
			}
			var p = decided.provenance();
			var chosen = p.getChosenAnnotator();
			var curated = decided.curated();
			if (curated == null) {
				unit.resolve(new Resolution.Omitted(p.getDecision(), chosen, p.getDecidedBy(), p.getDecidedAt()));
			} else if (p.getDecision() == CurationDecision.CHOSEN && chosen != null && unit.version(chosen) != null) {
				unit.resolve(new Resolution.Accepted(chosen, CurationDecision.CHOSEN, p.getDecidedBy(), p.getDecidedAt()));
			} else if (p.getDecision() == CurationDecision.EDITED && chosen != null && unit.version(chosen) != null) {
				unit.resolve(new Resolution.Edited(chosen, handEdit(curated, merge, chosen), p.getDecidedBy(),
						p.getDecidedAt()));
			}
		}
	}

	/** The curated annotation as an edit; its speakers and cues found again by their spans among the units. */
	private static HandEdit handEdit(Annotation curated, DocumentMerge merge, String base) {
		String value = curated instanceof DateMention date ? date.getValue() : null;
		List<MergeUnit> speakers = null;
		List<MergeUnit> cues = null;
		if (curated instanceof Claim claim) {
			speakers = new ArrayList<>();
			for (var speaker : claim.getSources()) {
				addUnit(speakers, speaker, AnnotationKind.SPEAKER, merge, base);
			}
			cues = new ArrayList<>();
			for (var cue : claim.getCues()) {
				addUnit(cues, cue, AnnotationKind.CUE, merge, base);
			}
		}
		var kind = UnitForms.type(curated);
		return new HandEdit(curated.getBegin(), curated.getEnd(), kind.isEmpty() ? null : kind, value, speakers, cues);
	}

	private static void addUnit(List<MergeUnit> into, Annotation linked, AnnotationKind layer, DocumentMerge merge, String base) {
		MergeUnit found = null;
		for (var unit : merge.units()) {
			if (unit.layer() != layer) {
				continue;
			}
			for (var version : unit.versions().entrySet()) {
				if (version.getValue().getBegin() == linked.getBegin() && version.getValue().getEnd() == linked.getEnd()
						&& (found == null || version.getKey().equals(base))) {
					found = unit;
				}
			}
		}
		if (found != null) {
			into.add(found);
		}
	}
}
