package org.sayso.core.cas;

import static org.sayso.core.SaysoTypes.*;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;

/**
 * The types and features of Sayso's type system, looked up once per type system: mapping 100,000 annotations
 * should not look up a feature by name 500,000 times.
 */
final class SaysoCasTypes {

	final Type speaker, cue, claim, sourceLink, cueLink, date, dct, setInfo, metaData, documentAnnotation;
	final Feature speakerEntity, speakerEntityName, speakerKind, speakerOrigin, speakerNote;
	final Feature cueOrigin;
	final Feature claimKind, claimSources, claimCues, claimOrigin, claimNote;
	final Feature sourceRole, sourceTarget, cueRole, cueTarget;
	final Feature dateValue, dateType, dateDctDependent, dateOrigin, dateNote;
	final Feature dctValue, dctOrigin;
	final Feature infoAnnotator, infoCurated, infoState, infoLastModified, infoTargets, infoNames, infoValues, infoRejections;
	final Feature metaId, metaTitle, metaUri, metaCollection, language;

	SaysoCasTypes(TypeSystem ts) {
		speaker = type(ts, SPEAKER);
		cue = type(ts, CUE);
		claim = type(ts, CLAIM);
		sourceLink = type(ts, SOURCE_LINK);
		cueLink = type(ts, CUE_LINK);
		date = type(ts, DATE_MENTION);
		dct = type(ts, DOCUMENT_CREATION_TIME);
		setInfo = type(ts, ANNOTATION_SET_INFO);
		metaData = type(ts, DOCUMENT_META_DATA);
		documentAnnotation = type(ts, CAS.TYPE_NAME_DOCUMENT_ANNOTATION);

		speakerEntity = feature(speaker, F_ENTITY);
		speakerEntityName = feature(speaker, F_ENTITY_NAME);
		speakerKind = feature(speaker, F_KIND);
		speakerOrigin = feature(speaker, F_ORIGIN);
		speakerNote = feature(speaker, F_NOTE);
		cueOrigin = feature(cue, F_ORIGIN);
		claimKind = feature(claim, F_KIND);
		claimSources = feature(claim, F_SOURCES);
		claimCues = feature(claim, F_CUES);
		claimOrigin = feature(claim, F_ORIGIN);
		claimNote = feature(claim, F_NOTE);
		sourceRole = feature(sourceLink, F_ROLE);
		sourceTarget = feature(sourceLink, F_TARGET);
		cueRole = feature(cueLink, F_ROLE);
		cueTarget = feature(cueLink, F_TARGET);
		dateValue = feature(date, F_VALUE);
		dateType = feature(date, F_TYPE);
		dateDctDependent = feature(date, F_DCT_DEPENDENT);
		dateOrigin = feature(date, F_ORIGIN);
		dateNote = feature(date, F_NOTE);
		dctValue = feature(dct, F_VALUE);
		dctOrigin = feature(dct, F_ORIGIN);
		infoAnnotator = feature(setInfo, F_ANNOTATOR);
		infoCurated = feature(setInfo, F_CURATED);
		infoState = feature(setInfo, F_STATE);
		infoLastModified = feature(setInfo, F_LAST_MODIFIED);
		infoTargets = feature(setInfo, F_PROPERTY_TARGETS);
		infoNames = feature(setInfo, F_PROPERTY_NAMES);
		infoValues = feature(setInfo, F_PROPERTY_VALUES);
		infoRejections = feature(setInfo, F_REJECTIONS);
		metaId = feature(metaData, F_DOCUMENT_ID);
		metaTitle = feature(metaData, F_DOCUMENT_TITLE);
		metaUri = feature(metaData, F_DOCUMENT_URI);
		metaCollection = feature(metaData, F_COLLECTION_ID);
		language = feature(documentAnnotation, CAS.FEATURE_BASE_NAME_LANGUAGE);
	}

	private static Type type(TypeSystem ts, String name) {
		var type = ts.getType(name);
		if (type == null) {
			throw new IllegalArgumentException("The CAS lacks Sayso's type " + name
					+ ": create it with SaysoTypeSystem.createCas()");
		}
		return type;
	}

	private static Feature feature(Type type, String name) {
		var feature = type.getFeatureByBaseName(name);
		if (feature == null) {
			throw new IllegalArgumentException("The CAS type " + type.getName() + " lacks the feature " + name);
		}
		return feature;
	}
}
