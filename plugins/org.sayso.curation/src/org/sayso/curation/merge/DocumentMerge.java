package org.sayso.curation.merge;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.model.AnnotationSet;
import org.sayso.model.CurationDecision;
import org.sayso.model.Document;

/**
 * The merge of one document's annotator sets, as a curation editor drives it: the units and their conflicts, each
 * conflict with every annotator's version; decisions (choose an annotator's version, accept the version most agree
 * on, edit by hand, leave out); and the curated set built from the decisions, with provenance on every unit.
 * Made by {@link MergeEngine#merge}.
 */
public final class DocumentMerge {

	private final Document document;
	private final List<String> annotators;
	private final List<MergeUnit> units;
	private final Map<Object, MergeUnit> unitOf;
	private final SpeakerIdentities identities;
	private final MergeSettings settings;

	DocumentMerge(Document document, List<String> annotators, List<MergeUnit> units, Map<Object, MergeUnit> unitOf,
			SpeakerIdentities identities, MergeSettings settings) {
		this.document = document;
		this.annotators = List.copyOf(annotators);
		this.units = List.copyOf(units);
		this.unitOf = unitOf;
		this.identities = identities;
		this.settings = settings;
	}

	public Document document() {
		return document;
	}

	/** The annotators whose sets were merged, sorted by name. */
	public List<String> annotators() {
		return annotators;
	}

	/** Every unit, by layer (speakers, claims, cues, dates) and then by position. */
	public List<MergeUnit> units() {
		return units;
	}

	/** The units the annotators do not all have alike, by position in the text, whether decided or not. */
	public List<MergeUnit> conflicts() {
		return units.stream().filter(MergeUnit::isConflict)
				.sorted((a, b) -> a.begin() != b.begin() ? a.begin() - b.begin() : a.layer().compareTo(b.layer()))
				.toList();
	}

	/** The conflicts still waiting for the curator. */
	public List<MergeUnit> openConflicts() {
		return conflicts().stream().filter(u -> !u.isDecided()).toList();
	}

	/** The unit an annotator's annotation belongs to. */
	public MergeUnit unitOf(org.sayso.model.Annotation annotation) {
		return unitOf.get(annotation);
	}

	/**
	 * Who {@code annotator} attributes the claim unit to, as one comparable string: equal for two annotators exactly
	 * when their speakers are the same sources (by aligned mentions, whatever the entity ids). Null when the
	 * annotator does not have the claim.
	 */
	public @Nullable String speakersOf(MergeUnit claimUnit, String annotator) {
		return claimUnit.version(annotator) instanceof org.sayso.model.Claim claim
				? identities.speakersOf(annotator, claim, unitOf)
				: null;
	}

	/** Takes {@code annotator}'s version; an annotator without the unit means: leave it out. */
	public void choose(MergeUnit unit, String annotator) {
		requireOwn(unit);
		if (!annotators.contains(annotator)) {
			throw new IllegalArgumentException("'" + annotator + "' is not one of the annotators merged: " + annotators);
		}
		if (unit.version(annotator) == null) {
			unit.resolve(new Resolution.Omitted(CurationDecision.CHOSEN, annotator, settings.curator(), new Date()));
		} else {
			unit.resolve(new Resolution.Accepted(annotator, CurationDecision.CHOSEN, settings.curator(), new Date()));
		}
	}

	/**
	 * Takes the version most annotators share, when one group is larger than every other.
	 *
	 * @return false, deciding nothing, when there is a tie
	 */
	public boolean acceptAgreeing(MergeUnit unit) {
		requireOwn(unit);
		var groups = unit.groups();
		if (groups.size() > 1 && groups.get(0).annotators().size() == groups.get(1).annotators().size()) {
			return false;
		}
		choose(unit, groups.get(0).annotators().get(0));
		return true;
	}

	/** {@link #acceptAgreeing} on every open conflict; returns how many were decided. */
	public int acceptAllAgreeing() {
		int decided = 0;
		for (var unit : openConflicts()) {
			if (acceptAgreeing(unit)) {
				decided++;
			}
		}
		return decided;
	}

	/** Leaves the unit out of the curated set. */
	public void omit(MergeUnit unit) {
		requireOwn(unit);
		unit.resolve(new Resolution.Omitted(CurationDecision.OMITTED, null, settings.curator(), new Date()));
	}

	/** The curator's own version, starting from {@code baseAnnotator}'s. */
	public void edit(MergeUnit unit, String baseAnnotator, HandEdit edit) {
		requireOwn(unit);
		if (unit.version(baseAnnotator) == null) {
			throw new IllegalArgumentException(baseAnnotator + " has no version of " + unit + " to edit");
		}
		unit.resolve(new Resolution.Edited(baseAnnotator, edit, settings.curator(), new Date()));
	}

	/** Undoes the decision of a conflict; a unit all agree on cannot be reopened. */
	public void reopen(MergeUnit unit) {
		requireOwn(unit);
		if (unit.isConflict()) {
			unit.resolve(Resolution.PENDING);
		}
	}

	/** The decision of every unit, in unit order: what an undo of the curator's next decision restores. */
	public List<Resolution> decisions() {
		return units.stream().map(MergeUnit::resolution).toList();
	}

	/** Puts back the decisions {@link #decisions()} returned for this merge (undo and redo of a decision). */
	public void restore(List<Resolution> decisions) {
		if (decisions.size() != units.size()) {
			throw new IllegalArgumentException("decisions of " + decisions.size() + " units for a merge of "
					+ units.size() + " units of " + document.getId());
		}
		for (int i = 0; i < units.size(); i++) {
			units.get(i).resolve(decisions.get(i));
		}
	}

	/**
	 * Builds the curated set from the decisions so far: every accepted unit with its provenance, and the decisions
	 * to leave units out. Open conflicts are not in it, except a speaker or cue that an accepted claim links to: it
	 * comes in as the claim's annotator has it, so no claim ever loses its speaker.
	 */
	public AnnotationSet curatedSet() {
		return new CuratedSetBuilder(this, identities).build();
	}

	/** Counts for a summary line. */
	public MergeSummary summary() {
		return MergeSummary.of(this);
	}

	MergeSettings settings() {
		return settings;
	}

	private void requireOwn(MergeUnit unit) {
		if (unit == null || unit.id() >= units.size() || units.get(unit.id()) != unit) {
			throw new IllegalArgumentException("The unit " + unit + " is not from this merge of " + document.getId());
		}
	}
}
