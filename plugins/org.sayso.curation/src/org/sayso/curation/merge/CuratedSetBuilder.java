package org.sayso.curation.merge;

import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.AnnotationKind;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.ClaimKind;
import org.sayso.model.Cue;
import org.sayso.model.CurationDecision;
import org.sayso.model.DateMention;
import org.sayso.model.DateType;
import org.sayso.model.Origin;
import org.sayso.model.Provenance;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SetState;
import org.sayso.model.SpeakerEntity;
import org.sayso.model.SpeakerKind;
import org.sayso.model.SpeakerMention;

/**
 * Builds a curated set from a merge's decisions. A claim's links are made to the curated annotations of the units
 * its speakers and cues belong to, never to the annotator's objects: whatever was decided for a speaker unit, the
 * claim links to what the curated set holds for it, and when it holds nothing the claim's own annotator's version
 * comes in with the claim. That is what makes losing a relation in a merge impossible.
 */
final class CuratedSetBuilder {

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	private final DocumentMerge merge;
	private final SpeakerIdentities identities;
	private final AnnotationSet set = F.createAnnotationSet();
	private final Map<MergeUnit, Annotation> curated = new IdentityHashMap<>();
	private final Map<MergeUnit, Provenance> omitted = new IdentityHashMap<>();
	/** The annotator's mention each curated mention was copied from, for its entity. */
	private final Map<SpeakerMention, Source> sources = new IdentityHashMap<>();
	private final Map<String, SpeakerEntity> entities = new HashMap<>();

	private record Source(String annotator, SpeakerMention mention, MergeUnit unit) {
	}

	CuratedSetBuilder(DocumentMerge merge, SpeakerIdentities identities) {
		this.merge = merge;
		this.identities = identities;
	}

	AnnotationSet build() {
		set.setDocument(merge.document());
		set.setAnnotator(merge.settings().curator());
		set.setCurated(true);
		set.setState(merge.openConflicts().isEmpty() ? SetState.FINISHED : SetState.IN_PROGRESS);
		// speakers and cues first: claims link to them
		for (var layer : List.of(AnnotationKind.SPEAKER, AnnotationKind.CUE, AnnotationKind.CLAIM, AnnotationKind.DATE)) {
			for (var unit : merge.units()) {
				if (unit.layer() == layer && !curated.containsKey(unit)) {
					resolve(unit);
				}
			}
		}
		omitted.values().forEach(set.getOmittedUnits()::add);
		assignEntities();
		return set;
	}

	private void resolve(MergeUnit unit) {
		switch (unit.resolution()) {
		case Resolution.Accepted a -> {
			var copy = copy(unit, a.annotator());
			var chosen = a.decision() == CurationDecision.CHOSEN ? a.annotator() : null;
			copy.setProvenance(provenance(unit, unit.agreeingWith(a.annotator()), a.decision(), chosen, a.decidedBy(),
					a.decidedAt()));
		}
		case Resolution.Edited e -> {
			var copy = copy(unit, e.baseAnnotator());
			apply(e.edit(), copy);
			copy.setProvenance(provenance(unit, List.of(), CurationDecision.EDITED, e.baseAnnotator(), e.decidedBy(),
					e.decidedAt()));
		}
		case Resolution.Omitted o -> omitted.put(unit, provenance(unit,
				unit.annotators().stream().filter(a -> unit.version(a) == null).toList(), o.decision(),
				o.chosenAnnotator(), o.decidedBy(), o.decidedAt()));
		case Resolution.Pending p -> {
			// an open conflict stays out, unless a claim pulls it in
		}
		}
	}

	/** Adds a copy of {@code annotator}'s version of the unit, with its links when it is a claim. */
	private Annotation copy(MergeUnit unit, String annotator) {
		var original = unit.version(annotator);
		var copy = switch (original) {
		case SpeakerMention s -> {
			var m = F.createSpeakerMention();
			m.setKind(s.getKind());
			sources.put(m, new Source(annotator, s, unit));
			yield m;
		}
		case Cue c -> F.createCue();
		case Claim c -> {
			var claim = F.createClaim();
			claim.setKind(c.getKind());
			yield claim;
		}
		case DateMention d -> {
			var date = F.createDateMention();
			date.setValue(d.getValue());
			date.setType(d.getType());
			date.setDctDependent(d.isDctDependent());
			yield date;
		}
		default -> throw new IllegalStateException("Unknown annotation " + original.eClass().getName());
		};
		copy.setBegin(original.getBegin());
		copy.setEnd(original.getEnd());
		copy.setNote(original.getNote());
		copy.setOrigin(Origin.MERGED);
		copy.setAuthor(annotator);
		set.getAnnotations().add(copy);
		curated.put(unit, copy);
		if (original instanceof Claim from && copy instanceof Claim to) {
			for (var speaker : from.getSources()) {
				to.getSources().add((SpeakerMention) linked(merge.unitOf(speaker), annotator, speaker));
			}
			for (var cue : from.getCues()) {
				to.getCues().add((Cue) linked(merge.unitOf(cue), annotator, cue));
			}
		}
		return copy;
	}

	/** What the curated set holds for a linked unit, or the linking annotator's version brought in for the link. */
	private Annotation linked(@Nullable MergeUnit unit, String annotator, @Nullable Annotation original) {
		if (unit == null) {
			throw new IllegalStateException("A claim of " + annotator + " in " + merge.document().getId()
					+ " links to an annotation outside their set (" + original.getBegin() + "-" + original.getEnd()
					+ "): run sayso validate and link the claim again");
		}
		var existing = curated.get(unit);
		if (existing != null) {
			return existing;
		}
		omitted.remove(unit); // a claim needs it: it cannot be left out
		var from = unit.version(annotator) != null ? annotator : unit.versions().keySet().iterator().next();
		var pulled = copy(unit, from);
		pulled.setProvenance(provenance(unit, unit.agreeingWith(from), null, null, null, null));
		return pulled;
	}

	private void apply(HandEdit edit, Annotation copy) {
		if (edit.begin() != null) {
			copy.setBegin(edit.begin());
		}
		if (edit.end() != null) {
			copy.setEnd(edit.end());
		}
		switch (copy) {
		case SpeakerMention s when edit.kind() != null -> s.setKind(SpeakerKind.get(edit.kind()));
		case Claim c -> {
			if (edit.kind() != null) {
				c.setKind(ClaimKind.get(edit.kind()));
			}
			if (edit.speakers() != null) {
				c.getSources().clear();
				edit.speakers().forEach(u -> c.getSources().add((SpeakerMention) linked(u, first(u), null)));
			}
			if (edit.cues() != null) {
				c.getCues().clear();
				edit.cues().forEach(u -> c.getCues().add((Cue) linked(u, first(u), null)));
			}
		}
		case DateMention d -> {
			if (edit.kind() != null) {
				d.setType(DateType.get(edit.kind()));
			}
			if (edit.dateValue() != null) {
				d.setValue(edit.dateValue());
			}
		}
		default -> {
		}
		}
	}

	private static String first(MergeUnit unit) {
		return unit.versions().keySet().iterator().next();
	}

	private Provenance provenance(MergeUnit unit, List<String> agreedBy, @Nullable CurationDecision decision,
			@Nullable String chosen, @Nullable String decidedBy, @Nullable Date decidedAt) {
		var provenance = F.createProvenance();
		provenance.getAgreedBy().addAll(agreedBy);
		provenance.setDecision(decision);
		provenance.setChosenAnnotator(chosen);
		provenance.setDecidedBy(decidedBy);
		provenance.setDecidedAt(decidedAt);
		provenance.setUnitKey(unit.unitKey());
		return provenance;
	}

	/** One curated entity per source identity, numbered in text order, named as its first named mention. */
	private void assignEntities() {
		var mentions = set.getAnnotations().stream().filter(SpeakerMention.class::isInstance)
				.map(SpeakerMention.class::cast).sorted((a, b) -> a.getBegin() - b.getBegin()).toList();
		for (var mention : mentions) {
			var source = sources.get(mention);
			var identity = identities.identity(source.annotator(), source.mention(), source.unit());
			var entity = entities.computeIfAbsent(identity, i -> {
				var created = F.createSpeakerEntity();
				created.setId("E" + (entities.size() + 1));
				set.getEntities().add(created);
				return created;
			});
			if (entity.getName() == null && source.mention().getEntity() != null) {
				entity.setName(source.mention().getEntity().getName());
			}
			mention.setEntity(entity);
		}
	}
}
