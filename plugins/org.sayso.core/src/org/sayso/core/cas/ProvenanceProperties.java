package org.sayso.core.cas;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.apache.uima.cas.text.AnnotationFS;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.CurationDecision;
import org.sayso.model.Provenance;
import org.sayso.model.SaysoFactory;

/**
 * A curated unit's provenance as properties of {@code AnnotationSetInfo}: the fixed UIMA types have no feature for
 * it, and adding one would change a contract other tools rely on. An annotation's provenance is a group of
 * {@code curation.*} properties targeting the annotation; a unit the curator left out is a group of
 * {@code omitted.*} properties targeting the document annotation, each group opened by its {@code unitKey}.
 */
final class ProvenanceProperties {

	static final String ANNOTATION = "curation.";
	static final String OMITTED = "omitted.";
	private static final String UNIT_KEY = "unitKey";
	private static final String AGREED_BY = "agreedBy";
	private static final String DECISION = "decision";
	private static final String CHOSEN = "chosenAnnotator";
	private static final String DECIDED_BY = "decidedBy";
	private static final String DECIDED_AT = "decidedAt";

	interface Sink {
		void property(AnnotationFS target, String name, String value);
	}

	private final List<String> warnings;

	ProvenanceProperties(List<String> warnings) {
		this.warnings = warnings;
	}

	/** Writes the group; the unit key comes first because it opens an omitted unit's group when read. */
	static void write(Provenance provenance, AnnotationFS target, String prefix, Sink sink) {
		sink.property(target, prefix + UNIT_KEY, provenance.getUnitKey() == null ? "" : provenance.getUnitKey());
		if (!provenance.getAgreedBy().isEmpty()) {
			// annotator names are file names: they never hold a comma
			sink.property(target, prefix + AGREED_BY, String.join(",", provenance.getAgreedBy()));
		}
		if (provenance.getDecision() != null) {
			sink.property(target, prefix + DECISION, provenance.getDecision().getLiteral());
		}
		if (provenance.getChosenAnnotator() != null) {
			sink.property(target, prefix + CHOSEN, provenance.getChosenAnnotator());
		}
		if (provenance.getDecidedBy() != null) {
			sink.property(target, prefix + DECIDED_BY, provenance.getDecidedBy());
		}
		if (provenance.getDecidedAt() != null) {
			sink.property(target, prefix + DECIDED_AT, provenance.getDecidedAt().toInstant().toString());
		}
	}

	/** Reads one {@code curation.*} property into the annotation's provenance; false when the name is not one. */
	boolean read(Annotation annotation, String name, String value) {
		if (!name.startsWith(ANNOTATION)) {
			return false;
		}
		if (annotation.getProvenance() == null) {
			annotation.setProvenance(SaysoFactory.eINSTANCE.createProvenance());
		}
		return set(annotation.getProvenance(), name.substring(ANNOTATION.length()), value);
	}

	/** Reads one {@code omitted.*} property: a unit key opens a new omitted unit, the others fill the last one. */
	void readOmitted(AnnotationSet set, String name, String value) {
		if (!name.startsWith(OMITTED)) {
			warnings.add("Unknown document property '" + name + "' was dropped");
			return;
		}
		var field = name.substring(OMITTED.length());
		if (field.equals(UNIT_KEY) || set.getOmittedUnits().isEmpty()) {
			set.getOmittedUnits().add(SaysoFactory.eINSTANCE.createProvenance());
		}
		var omitted = set.getOmittedUnits().get(set.getOmittedUnits().size() - 1);
		if (!set(omitted, field, value)) {
			warnings.add("Unknown property '" + name + "' of an omitted unit was dropped");
		}
	}

	private boolean set(Provenance provenance, String field, String value) {
		switch (field) {
		case UNIT_KEY -> provenance.setUnitKey(value.isEmpty() ? null : value);
		case AGREED_BY -> provenance.getAgreedBy().addAll(Arrays.asList(value.split(",")));
		case DECISION -> {
			var decision = CurationDecision.get(value);
			if (decision == null) {
				warnings.add("Unknown curation decision '" + value + "' was dropped");
			}
			provenance.setDecision(decision);
		}
		case CHOSEN -> provenance.setChosenAnnotator(value);
		case DECIDED_BY -> provenance.setDecidedBy(value);
		case DECIDED_AT -> {
			try {
				provenance.setDecidedAt(Date.from(Instant.parse(value)));
			} catch (DateTimeParseException e) {
				warnings.add("The decision time '" + value + "' is not an ISO instant; it was dropped");
			}
		}
		default -> {
			return false;
		}
		}
		return true;
	}
}
