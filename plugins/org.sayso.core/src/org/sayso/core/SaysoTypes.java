package org.sayso.core;

/**
 * The UIMA type and feature names of Sayso's type system ({@code typesystem/TypeSystem.xml}). They are a
 * contract with tools outside Sayso, so code refers to them through these constants only.
 */
public final class SaysoTypes {

	public static final String SPEAKER = "org.sayso.type.Speaker";
	public static final String CUE = "org.sayso.type.Cue";
	public static final String CLAIM = "org.sayso.type.Claim";
	public static final String SOURCE_LINK = "org.sayso.type.SourceLink";
	public static final String CUE_LINK = "org.sayso.type.CueLink";
	public static final String DATE_MENTION = "org.sayso.type.DateMention";
	public static final String DOCUMENT_CREATION_TIME = "org.sayso.type.DocumentCreationTime";
	public static final String ANNOTATION_SET_INFO = "org.sayso.type.AnnotationSetInfo";
	public static final String DOCUMENT_META_DATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";

	public static final String F_ENTITY = "entity";
	public static final String F_ENTITY_NAME = "entityName";
	public static final String F_KIND = "kind";
	public static final String F_ORIGIN = "origin";
	public static final String F_NOTE = "note";
	public static final String F_SOURCES = "sources";
	public static final String F_CUES = "cues";
	public static final String F_ROLE = "role";
	public static final String F_TARGET = "target";
	public static final String F_VALUE = "value";
	public static final String F_TYPE = "type";
	public static final String F_DCT_DEPENDENT = "dctDependent";
	public static final String F_ANNOTATOR = "annotator";
	public static final String F_CURATED = "curated";
	public static final String F_STATE = "state";
	public static final String F_LAST_MODIFIED = "lastModified";
	public static final String F_PROPERTY_TARGETS = "propertyTargets";
	public static final String F_PROPERTY_NAMES = "propertyNames";
	public static final String F_PROPERTY_VALUES = "propertyValues";
	public static final String F_REJECTIONS = "rejections";
	public static final String F_DOCUMENT_ID = "documentId";
	public static final String F_DOCUMENT_TITLE = "documentTitle";
	public static final String F_DOCUMENT_URI = "documentUri";
	public static final String F_COLLECTION_ID = "collectionId";

	/** Every annotation type of the scheme, in the order annotators meet them. */
	public static final String[] ANNOTATION_TYPES = { SPEAKER, CLAIM, CUE, DATE_MENTION };

	private SaysoTypes() {
	}
}
