package org.sayso.core.cas;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.text.AnnotationFS;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.SpeakerMention;

/** Writes an annotation set, with its document's text and metadata, into an empty CAS. */
final class ModelToCas {

	static final String SPEAKER_ROLE = "speaker";
	static final String CUE_ROLE = "cue";
	static final String AUTHOR = "author";
	static final String NOTE = "note";

	private final SaysoCasTypes t;
	private final CAS cas;
	private final Map<Annotation, AnnotationFS> mapped = new IdentityHashMap<>();
	private final List<AnnotationFS> propertyTargets = new ArrayList<>();
	private final List<String> propertyNames = new ArrayList<>();
	private final List<String> propertyValues = new ArrayList<>();

	ModelToCas(SaysoCasTypes types, CAS cas) {
		this.t = types;
		this.cas = cas;
	}

	void write(AnnotationSet set, String collectionId) {
		var document = set.getDocument();
		cas.reset();
		cas.setDocumentText(document.getText());
		writeMetaData(set, collectionId);

		// speakers and cues first: claims link to them
		for (var annotation : set.getAnnotations()) {
			switch (annotation) {
			case SpeakerMention speaker -> add(speaker, speaker(speaker), set);
			case Cue cue -> add(cue, cue(cue), set);
			default -> {
			}
			}
		}
		for (var annotation : set.getAnnotations()) {
			switch (annotation) {
			case Claim claim -> add(claim, claim(claim), set);
			case DateMention date -> add(date, date(date), set);
			default -> {
			}
			}
		}
		writeSetInfo(set);
	}

	private void writeMetaData(AnnotationSet set, String collectionId) {
		var document = set.getDocument();
		// setDocumentText made a plain DocumentAnnotation; DKPro's DocumentMetaData takes its place, as in DKPro
		var plain = new ArrayList<AnnotationFS>();
		cas.getAnnotationIndex(t.documentAnnotation).forEach(plain::add);
		plain.forEach(cas::removeFsFromIndexes);
		var metaData = (AnnotationFS) cas.createAnnotation(t.metaData, 0, document.getText().length());
		metaData.setStringValue(t.metaId, document.getId());
		metaData.setStringValue(t.metaTitle, document.getTitle());
		metaData.setStringValue(t.metaUri, document.getSourceUri());
		metaData.setStringValue(t.metaCollection, collectionId);
		metaData.setStringValue(t.language, document.getLanguage() == null ? "x-unspecified" : document.getLanguage());
		cas.addFsToIndexes(metaData);
		// the fixed types have no place for a curated set's omitted units: properties of the document annotation
		for (var omitted : set.getOmittedUnits()) {
			ProvenanceProperties.write(omitted, metaData, ProvenanceProperties.OMITTED, this::property);
		}

		if (document.getDct() != null) {
			FeatureStructure dct = cas.createFS(t.dct);
			dct.setStringValue(t.dctValue, document.getDct());
			dct.setStringValue(t.dctOrigin, document.getDctOrigin());
			cas.addFsToIndexes(dct);
		}
	}

	private AnnotationFS speaker(SpeakerMention speaker) {
		var fs = span(t.speaker, speaker);
		if (speaker.getEntity() != null) {
			fs.setStringValue(t.speakerEntity, speaker.getEntity().getId());
			fs.setStringValue(t.speakerEntityName, speaker.getEntity().getName());
		}
		fs.setStringValue(t.speakerKind, speaker.getKind() == null ? null : speaker.getKind().getLiteral());
		fs.setStringValue(t.speakerOrigin, origin(speaker));
		fs.setStringValue(t.speakerNote, speaker.getNote());
		return fs;
	}

	private AnnotationFS cue(Cue cue) {
		var fs = span(t.cue, cue);
		fs.setStringValue(t.cueOrigin, origin(cue));
		if (cue.getNote() != null) {
			property(fs, NOTE, cue.getNote());
		}
		return fs;
	}

	private AnnotationFS claim(Claim claim) {
		var fs = span(t.claim, claim);
		fs.setStringValue(t.claimKind, claim.getKind() == null ? null : claim.getKind().getLiteral());
		fs.setStringValue(t.claimOrigin, origin(claim));
		fs.setStringValue(t.claimNote, claim.getNote());
		var sources = cas.createArrayFS(claim.getSources().size());
		for (int i = 0; i < claim.getSources().size(); i++) {
			var link = cas.createFS(t.sourceLink);
			link.setStringValue(t.sourceRole, SPEAKER_ROLE);
			link.setFeatureValue(t.sourceTarget, target(claim.getSources().get(i), claim));
			sources.set(i, link);
		}
		fs.setFeatureValue(t.claimSources, sources);
		var cues = cas.createArrayFS(claim.getCues().size());
		for (int i = 0; i < claim.getCues().size(); i++) {
			var link = cas.createFS(t.cueLink);
			link.setStringValue(t.cueRole, CUE_ROLE);
			link.setFeatureValue(t.cueTarget, target(claim.getCues().get(i), claim));
			cues.set(i, link);
		}
		fs.setFeatureValue(t.claimCues, cues);
		return fs;
	}

	private AnnotationFS date(DateMention date) {
		var fs = span(t.date, date);
		fs.setStringValue(t.dateValue, date.getValue());
		fs.setStringValue(t.dateType, date.getType() == null ? null : date.getType().getLiteral());
		fs.setBooleanValue(t.dateDctDependent, date.isDctDependent());
		fs.setStringValue(t.dateOrigin, origin(date));
		fs.setStringValue(t.dateNote, date.getNote());
		return fs;
	}

	private AnnotationFS target(Annotation linked, Claim claim) {
		var fs = mapped.get(linked);
		if (fs == null) {
			throw new IllegalStateException("Claim at " + claim.getBegin() + "-" + claim.getEnd()
					+ " links to an annotation that is not in its set (" + linked.eClass().getName() + " at "
					+ linked.getBegin() + "-" + linked.getEnd() + "): validate the set and link the claim again");
		}
		return fs;
	}

	private AnnotationFS span(org.apache.uima.cas.Type type, Annotation annotation) {
		return cas.createAnnotation(type, annotation.getBegin(), annotation.getEnd());
	}

	private void add(Annotation annotation, AnnotationFS fs, AnnotationSet set) {
		if (annotation.getAuthor() != null && !annotation.getAuthor().equals(set.getAnnotator())) {
			property(fs, AUTHOR, annotation.getAuthor());
		}
		if (annotation.getProvenance() != null) {
			ProvenanceProperties.write(annotation.getProvenance(), fs, ProvenanceProperties.ANNOTATION, this::property);
		}
		cas.addFsToIndexes(fs);
		mapped.put(annotation, fs);
	}

	private void property(AnnotationFS target, String name, String value) {
		propertyTargets.add(target);
		propertyNames.add(name);
		propertyValues.add(value);
	}

	private void writeSetInfo(AnnotationSet set) {
		var info = cas.createFS(t.setInfo);
		info.setStringValue(t.infoAnnotator, set.getAnnotator());
		info.setBooleanValue(t.infoCurated, set.isCurated());
		info.setStringValue(t.infoState, set.getState() == null ? null : set.getState().getLiteral());
		info.setStringValue(t.infoLastModified,
				set.getLastModified() == null ? null : set.getLastModified().toInstant().toString());
		var targets = cas.createArrayFS(propertyTargets.size());
		var names = cas.createStringArrayFS(propertyNames.size());
		var values = cas.createStringArrayFS(propertyValues.size());
		for (int i = 0; i < propertyTargets.size(); i++) {
			targets.set(i, propertyTargets.get(i));
			names.set(i, propertyNames.get(i));
			values.set(i, propertyValues.get(i));
		}
		info.setFeatureValue(t.infoTargets, targets);
		info.setFeatureValue(t.infoNames, names);
		info.setFeatureValue(t.infoValues, values);
		if (!set.getRejections().isEmpty()) {
			var rejections = cas.createStringArrayFS(set.getRejections().size());
			for (int i = 0; i < set.getRejections().size(); i++) {
				rejections.set(i, Rejections.format(set.getRejections().get(i)));
			}
			info.setFeatureValue(t.infoRejections, rejections);
		}
		cas.addFsToIndexes(info);
	}

	private static String origin(Annotation annotation) {
		return annotation.getOrigin() == null ? null : annotation.getOrigin().getLiteral();
	}
}
