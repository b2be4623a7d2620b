package org.sayso.core.cas;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jdt.annotation.NonNull;
import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.text.AnnotationFS;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.util.InternalEList;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.ClaimKind;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.DateType;
import org.sayso.model.Document;
import org.sayso.model.Origin;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SetState;
import org.sayso.model.SpeakerEntity;
import org.sayso.model.SpeakerKind;
import org.sayso.model.SpeakerMention;

/** Reads an annotation set (and document metadata) out of a CAS written by {@link ModelToCas} or another tool. */
final class CasToModel {

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	private final SaysoCasTypes t;
	private final CAS cas;
	private final List<String> warnings = new ArrayList<>();
	private final Map<FeatureStructure, Annotation> mapped;
	private final Map<String, SpeakerEntity> entities = new HashMap<>();
	private final Map<SpeakerEntity, List<SpeakerMention>> mentions = new IdentityHashMap<>();

	CasToModel(SaysoCasTypes types, CAS cas) {
		this.t = types;
		this.cas = cas;
		this.mapped = new IdentityHashMap<>(cas.getAnnotationIndex().size());
	}

	List<String> warnings() {
		return warnings;
	}

	/** Fills the document's metadata from the CAS; values the CAS lacks are left as they are. */
	void readDocument(Document document) {
		document.setText(cas.getDocumentText());
		for (var fs : cas.getAnnotationIndex(t.metaData)) {
			setIfPresent(fs.getStringValue(t.metaId), document::setId);
			setIfPresent(fs.getStringValue(t.metaTitle), document::setTitle);
			setIfPresent(fs.getStringValue(t.metaUri), document::setSourceUri);
			var language = fs.getStringValue(t.language);
			if (language != null && !language.equals("x-unspecified")) {
				document.setLanguage(language);
			}
		}
		for (var it = cas.getIndexRepository().getAllIndexedFS(t.dct); it.hasNext();) {
			var fs = it.next();
			document.setDct(fs.getStringValue(t.dctValue));
			document.setDctOrigin(fs.getStringValue(t.dctOrigin));
		}
	}

	AnnotationSet readSet(Document document) {
		var set = F.createAnnotationSet();
		set.setDocument(document);
		var annotations = new ArrayList<Annotation>(cas.getAnnotationIndex().size());
		for (AnnotationFS fs : cas.getAnnotationIndex()) {
			var type = fs.getType();
			Annotation annotation;
			if (type == t.speaker) {
				annotation = speaker(fs, set);
			} else if (type == t.cue) {
				annotation = F.createCue();
				annotation.setOrigin(literal(Origin::get, fs.getStringValue(t.cueOrigin), Origin.MANUAL, "origin"));
			} else if (type == t.claim) {
				annotation = claim(fs);
			} else if (type == t.date) {
				annotation = date(fs);
			} else {
				continue;
			}
			annotation.setBegin(fs.getBegin());
			annotation.setEnd(fs.getEnd());
			annotations.add(annotation);
			mapped.put(fs, annotation);
		}
		((InternalEList<Annotation>) set.getAnnotations()).addAllUnique(annotations);
		mentions.forEach((entity, list) -> ((InternalEList<SpeakerMention>) entity.getMentions()).addAllUnique(list));
		for (var entry : mapped.entrySet()) {
			if (entry.getValue() instanceof Claim claim) {
				links(entry.getKey(), claim);
			}
		}
		readSetInfo(set);
		return set;
	}

	private SpeakerMention speaker(AnnotationFS fs, AnnotationSet set) {
		var speaker = F.createSpeakerMention();
		speaker.setKind(literal(SpeakerKind::get, fs.getStringValue(t.speakerKind), SpeakerKind.PERSON, "speaker kind"));
		speaker.setOrigin(literal(Origin::get, fs.getStringValue(t.speakerOrigin), Origin.MANUAL, "origin"));
		speaker.setNote(fs.getStringValue(t.speakerNote));
		var entityId = fs.getStringValue(t.speakerEntity);
		if (entityId != null) {
			var entity = entities.computeIfAbsent(entityId, id -> {
				var created = F.createSpeakerEntity();
				created.setId(id);
				created.setName(fs.getStringValue(t.speakerEntityName));
				set.getEntities().add(created);
				return created;
			});
			// linked in one batch at the end: adding one by one checks the growing list for duplicates each time
			mentions.computeIfAbsent(entity, e -> new ArrayList<>()).add(speaker);
		}
		return speaker;
	}

	private Claim claim(AnnotationFS fs) {
		var claim = F.createClaim();
		claim.setKind(literal(ClaimKind::get, fs.getStringValue(t.claimKind), ClaimKind.DIRECT, "claim kind"));
		claim.setOrigin(literal(Origin::get, fs.getStringValue(t.claimOrigin), Origin.MANUAL, "origin"));
		claim.setNote(fs.getStringValue(t.claimNote));
		return claim;
	}

	private DateMention date(AnnotationFS fs) {
		var date = F.createDateMention();
		date.setValue(fs.getStringValue(t.dateValue));
		date.setType(literal(DateType::get, fs.getStringValue(t.dateType), DateType.DATE, "date type"));
		date.setDctDependent(fs.getBooleanValue(t.dateDctDependent));
		date.setOrigin(literal(Origin::get, fs.getStringValue(t.dateOrigin), Origin.MANUAL, "origin"));
		date.setNote(fs.getStringValue(t.dateNote));
		return date;
	}

	private void links(FeatureStructure fs, Claim claim) {
		if (fs.getFeatureValue(t.claimSources) instanceof ArrayFS<?> sources) {
			for (int i = 0; i < sources.size(); i++) {
				var target = sources.get(i) == null ? null : sources.get(i).getFeatureValue(t.sourceTarget);
				if (mapped.get(target) instanceof SpeakerMention speaker) {
					((InternalEList<SpeakerMention>) claim.getSources()).addUnique(speaker);
				} else {
					warnings.add("Claim at " + claim.getBegin() + "-" + claim.getEnd()
							+ " had a speaker link without a speaker; the link was dropped");
				}
			}
		}
		if (fs.getFeatureValue(t.claimCues) instanceof ArrayFS<?> cues) {
			for (int i = 0; i < cues.size(); i++) {
				var target = cues.get(i) == null ? null : cues.get(i).getFeatureValue(t.cueTarget);
				if (mapped.get(target) instanceof Cue cue) {
					((InternalEList<Cue>) claim.getCues()).addUnique(cue);
				} else {
					warnings.add("Claim at " + claim.getBegin() + "-" + claim.getEnd()
							+ " had a cue link without a cue; the link was dropped");
				}
			}
		}
	}

	private void readSetInfo(AnnotationSet set) {
		for (var it = cas.getIndexRepository().getAllIndexedFS(t.setInfo); it.hasNext();) {
			var info = it.next();
			set.setAnnotator(info.getStringValue(t.infoAnnotator));
			set.setCurated(info.getBooleanValue(t.infoCurated));
			set.setState(literal(SetState::get, info.getStringValue(t.infoState), SetState.NEW, "set state"));
			var modified = info.getStringValue(t.infoLastModified);
			if (modified != null) {
				try {
					set.setLastModified(Date.from(Instant.parse(modified)));
				} catch (DateTimeParseException e) {
					warnings.add("The set's last-modified time '" + modified + "' is not an ISO instant; it was dropped");
				}
			}
			readProperties(info, set);
			if (info.getFeatureValue(t.infoRejections) instanceof org.apache.uima.cas.StringArrayFS rejections) {
				for (int i = 0; i < rejections.size(); i++) {
					var rejection = Rejections.parse(rejections.get(i));
					if (rejection == null) {
						warnings.add("The rejected suggestion '" + rejections.get(i) + "' is not type:begin-end[=value]; it was dropped");
					} else {
						set.getRejections().add(rejection);
					}
				}
			}
		}
		for (var annotation : set.getAnnotations()) {
			if (annotation.getAuthor() == null) {
				annotation.setAuthor(set.getAnnotator());
			}
		}
	}

	private void readProperties(FeatureStructure info, AnnotationSet set) {
		var targets = (ArrayFS<?>) info.getFeatureValue(t.infoTargets);
		var names = (org.apache.uima.cas.StringArrayFS) info.getFeatureValue(t.infoNames);
		var values = (org.apache.uima.cas.StringArrayFS) info.getFeatureValue(t.infoValues);
		if (targets == null || names == null || values == null) {
			return;
		}
		int n = Math.min(targets.size(), Math.min(names.size(), values.size()));
		var provenance = new ProvenanceProperties(warnings);
		for (int i = 0; i < n; i++) {
			var target = targets.get(i);
			if (target != null && target.getType() == t.metaData) {
				provenance.readOmitted(set, names.get(i), values.get(i));
				continue;
			}
			var annotation = mapped.get(target);
			if (annotation == null) {
				continue;
			}
			switch (names.get(i)) {
			case ModelToCas.AUTHOR -> annotation.setAuthor(values.get(i));
			case ModelToCas.NOTE -> annotation.setNote(values.get(i));
			default -> {
				if (!provenance.read(annotation, names.get(i), values.get(i))) {
					warnings.add("Unknown annotation property '" + names.get(i) + "' was dropped");
				}
			}
			}
		}
	}

	private <E extends Enumerator> E literal(java.util.function.Function<String, @Nullable E> byLiteral,
			@Nullable String literal, @NonNull E fallback, String what) {
		if (literal == null) {
			return fallback;
		}
		var value = byLiteral.apply(literal);
		if (value != null) {
			return value;
		}
		warnings.add("Unknown " + what + " '" + literal + "' was read as '" + fallback.getLiteral() + "'");
		return fallback;
	}

	private static void setIfPresent(String value, java.util.function.Consumer<String> setter) {
		if (value != null) {
			setter.accept(value);
		}
	}
}
