/**
 */
package org.sayso.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Sayso's annotation model: a project of news articles, each annotated by several annotators with speakers, claims, cues and dates.
 * <!-- end-model-doc -->
 * @see org.sayso.model.SaysoFactory
 * @model kind="package"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore validationDelegates='http://sayso.org/model/constraints'"
 * @generated
 */
public interface SaysoPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://sayso.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "sayso";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SaysoPackage eINSTANCE = org.sayso.model.impl.SaysoPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.sayso.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.impl.ProjectImpl
	 * @see org.sayso.model.impl.SaysoPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Annotators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ANNOTATORS = 1;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SETTINGS = 2;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DOCUMENTS = 3;

	/**
	 * The feature id for the '<em><b>Speakers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SPEAKERS = 4;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sayso.model.impl.RegisteredSpeakerImpl <em>Registered Speaker</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.impl.RegisteredSpeakerImpl
	 * @see org.sayso.model.impl.SaysoPackageImpl#getRegisteredSpeaker()
	 * @generated
	 */
	int REGISTERED_SPEAKER = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_SPEAKER__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_SPEAKER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_SPEAKER__ALIASES = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_SPEAKER__KIND = 3;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_SPEAKER__EXTERNAL_ID = 4;

	/**
	 * The number of structural features of the '<em>Registered Speaker</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_SPEAKER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Registered Speaker</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_SPEAKER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sayso.model.impl.AnnotatorImpl <em>Annotator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.impl.AnnotatorImpl
	 * @see org.sayso.model.impl.SaysoPackageImpl#getAnnotator()
	 * @generated
	 */
	int ANNOTATOR = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Full Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR__FULL_NAME = 1;

	/**
	 * The number of structural features of the '<em>Annotator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Annotator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sayso.model.impl.ProjectSettingsImpl <em>Project Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.impl.ProjectSettingsImpl
	 * @see org.sayso.model.impl.SaysoPackageImpl#getProjectSettings()
	 * @generated
	 */
	int PROJECT_SETTINGS = 3;

	/**
	 * The feature id for the '<em><b>Claim Overlap Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__CLAIM_OVERLAP_THRESHOLD = 0;

	/**
	 * The feature id for the '<em><b>Colours</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__COLOURS = 1;

	/**
	 * The feature id for the '<em><b>Suggestions Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS__SUGGESTIONS_ENABLED = 2;

	/**
	 * The number of structural features of the '<em>Project Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Project Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sayso.model.impl.DocumentImpl <em>Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.impl.DocumentImpl
	 * @see org.sayso.model.impl.SaysoPackageImpl#getDocument()
	 * @generated
	 */
	int DOCUMENT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Source Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__SOURCE_URI = 2;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__LANGUAGE = 3;

	/**
	 * The feature id for the '<em><b>Dct</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__DCT = 4;

	/**
	 * The feature id for the '<em><b>Dct Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__DCT_ORIGIN = 5;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT__TEXT = 6;

	/**
	 * The number of structural features of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sayso.model.impl.AnnotationSetImpl <em>Annotation Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.impl.AnnotationSetImpl
	 * @see org.sayso.model.impl.SaysoPackageImpl#getAnnotationSet()
	 * @generated
	 */
	int ANNOTATION_SET = 5;

	/**
	 * The feature id for the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__DOCUMENT = 0;

	/**
	 * The feature id for the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__ANNOTATOR = 1;

	/**
	 * The feature id for the '<em><b>Curated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__CURATED = 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__STATE = 3;

	/**
	 * The feature id for the '<em><b>Last Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__LAST_MODIFIED = 4;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__ANNOTATIONS = 5;

	/**
	 * The feature id for the '<em><b>Entities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__ENTITIES = 6;

	/**
	 * The feature id for the '<em><b>Rejections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__REJECTIONS = 7;

	/**
	 * The feature id for the '<em><b>Omitted Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET__OMITTED_UNITS = 8;

	/**
	 * The number of structural features of the '<em>Annotation Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Annotation Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sayso.model.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.impl.AnnotationImpl
	 * @see org.sayso.model.impl.SaysoPackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 6;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__BEGIN = 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__END = 1;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ORIGIN = 2;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__AUTHOR = 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__NOTE = 4;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__PROVENANCE = 5;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sayso.model.impl.SpeakerEntityImpl <em>Speaker Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.impl.SpeakerEntityImpl
	 * @see org.sayso.model.impl.SaysoPackageImpl#getSpeakerEntity()
	 * @generated
	 */
	int SPEAKER_ENTITY = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_ENTITY__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_ENTITY__NAME = 1;

	/**
	 * The feature id for the '<em><b>Mentions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_ENTITY__MENTIONS = 2;

	/**
	 * The number of structural features of the '<em>Speaker Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_ENTITY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Speaker Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_ENTITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sayso.model.impl.SpeakerMentionImpl <em>Speaker Mention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.impl.SpeakerMentionImpl
	 * @see org.sayso.model.impl.SaysoPackageImpl#getSpeakerMention()
	 * @generated
	 */
	int SPEAKER_MENTION = 8;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__AUTHOR = ANNOTATION__AUTHOR;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__NOTE = ANNOTATION__NOTE;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__PROVENANCE = ANNOTATION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__KIND = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Entity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION__ENTITY = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Speaker Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Speaker Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEAKER_MENTION_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sayso.model.impl.CueImpl <em>Cue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.impl.CueImpl
	 * @see org.sayso.model.impl.SaysoPackageImpl#getCue()
	 * @generated
	 */
	int CUE = 9;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__AUTHOR = ANNOTATION__AUTHOR;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__NOTE = ANNOTATION__NOTE;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE__PROVENANCE = ANNOTATION__PROVENANCE;

	/**
	 * The number of structural features of the '<em>Cue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Cue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUE_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sayso.model.impl.ClaimImpl <em>Claim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.impl.ClaimImpl
	 * @see org.sayso.model.impl.SaysoPackageImpl#getClaim()
	 * @generated
	 */
	int CLAIM = 10;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__AUTHOR = ANNOTATION__AUTHOR;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__NOTE = ANNOTATION__NOTE;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__PROVENANCE = ANNOTATION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__KIND = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__SOURCES = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cues</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM__CUES = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Claim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIM_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sayso.model.impl.DateMentionImpl <em>Date Mention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.impl.DateMentionImpl
	 * @see org.sayso.model.impl.SaysoPackageImpl#getDateMention()
	 * @generated
	 */
	int DATE_MENTION = 11;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION__BEGIN = ANNOTATION__BEGIN;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION__END = ANNOTATION__END;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION__ORIGIN = ANNOTATION__ORIGIN;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION__AUTHOR = ANNOTATION__AUTHOR;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION__NOTE = ANNOTATION__NOTE;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION__PROVENANCE = ANNOTATION__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION__VALUE = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION__TYPE = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Dct Dependent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION__DCT_DEPENDENT = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Date Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Date Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_MENTION_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.sayso.model.impl.RejectionImpl <em>Rejection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.impl.RejectionImpl
	 * @see org.sayso.model.impl.SaysoPackageImpl#getRejection()
	 * @generated
	 */
	int REJECTION = 12;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTION__TYPE = 0;

	/**
	 * The feature id for the '<em><b>Begin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTION__BEGIN = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTION__END = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTION__VALUE = 3;

	/**
	 * The number of structural features of the '<em>Rejection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Rejection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REJECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sayso.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.impl.ProvenanceImpl
	 * @see org.sayso.model.impl.SaysoPackageImpl#getProvenance()
	 * @generated
	 */
	int PROVENANCE = 13;

	/**
	 * The feature id for the '<em><b>Agreed By</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__AGREED_BY = 0;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__DECISION = 1;

	/**
	 * The feature id for the '<em><b>Chosen Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__CHOSEN_ANNOTATOR = 2;

	/**
	 * The feature id for the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__DECIDED_BY = 3;

	/**
	 * The feature id for the '<em><b>Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__DECIDED_AT = 4;

	/**
	 * The feature id for the '<em><b>Unit Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__UNIT_KEY = 5;

	/**
	 * The number of structural features of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.sayso.model.SetState <em>Set State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.SetState
	 * @see org.sayso.model.impl.SaysoPackageImpl#getSetState()
	 * @generated
	 */
	int SET_STATE = 14;

	/**
	 * The meta object id for the '{@link org.sayso.model.Origin <em>Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.Origin
	 * @see org.sayso.model.impl.SaysoPackageImpl#getOrigin()
	 * @generated
	 */
	int ORIGIN = 15;

	/**
	 * The meta object id for the '{@link org.sayso.model.SpeakerKind <em>Speaker Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.SpeakerKind
	 * @see org.sayso.model.impl.SaysoPackageImpl#getSpeakerKind()
	 * @generated
	 */
	int SPEAKER_KIND = 16;

	/**
	 * The meta object id for the '{@link org.sayso.model.ClaimKind <em>Claim Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.ClaimKind
	 * @see org.sayso.model.impl.SaysoPackageImpl#getClaimKind()
	 * @generated
	 */
	int CLAIM_KIND = 17;

	/**
	 * The meta object id for the '{@link org.sayso.model.DateType <em>Date Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.DateType
	 * @see org.sayso.model.impl.SaysoPackageImpl#getDateType()
	 * @generated
	 */
	int DATE_TYPE = 18;

	/**
	 * The meta object id for the '{@link org.sayso.model.CurationDecision <em>Curation Decision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.sayso.model.CurationDecision
	 * @see org.sayso.model.impl.SaysoPackageImpl#getCurationDecision()
	 * @generated
	 */
	int CURATION_DECISION = 19;


	/**
	 * Returns the meta object for class '{@link org.sayso.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.sayso.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Project#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sayso.model.Project#getName()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sayso.model.Project#getAnnotators <em>Annotators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotators</em>'.
	 * @see org.sayso.model.Project#getAnnotators()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Annotators();

	/**
	 * Returns the meta object for the containment reference '{@link org.sayso.model.Project#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Settings</em>'.
	 * @see org.sayso.model.Project#getSettings()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Settings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sayso.model.Project#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.sayso.model.Project#getDocuments()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Documents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sayso.model.Project#getSpeakers <em>Speakers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Speakers</em>'.
	 * @see org.sayso.model.Project#getSpeakers()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Speakers();

	/**
	 * Returns the meta object for class '{@link org.sayso.model.RegisteredSpeaker <em>Registered Speaker</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Registered Speaker</em>'.
	 * @see org.sayso.model.RegisteredSpeaker
	 * @generated
	 */
	EClass getRegisteredSpeaker();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.RegisteredSpeaker#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sayso.model.RegisteredSpeaker#getId()
	 * @see #getRegisteredSpeaker()
	 * @generated
	 */
	EAttribute getRegisteredSpeaker_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.RegisteredSpeaker#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sayso.model.RegisteredSpeaker#getName()
	 * @see #getRegisteredSpeaker()
	 * @generated
	 */
	EAttribute getRegisteredSpeaker_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.sayso.model.RegisteredSpeaker#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.sayso.model.RegisteredSpeaker#getAliases()
	 * @see #getRegisteredSpeaker()
	 * @generated
	 */
	EAttribute getRegisteredSpeaker_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.RegisteredSpeaker#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.sayso.model.RegisteredSpeaker#getKind()
	 * @see #getRegisteredSpeaker()
	 * @generated
	 */
	EAttribute getRegisteredSpeaker_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.RegisteredSpeaker#getExternalId <em>External Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External Id</em>'.
	 * @see org.sayso.model.RegisteredSpeaker#getExternalId()
	 * @see #getRegisteredSpeaker()
	 * @generated
	 */
	EAttribute getRegisteredSpeaker_ExternalId();

	/**
	 * Returns the meta object for class '{@link org.sayso.model.Annotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotator</em>'.
	 * @see org.sayso.model.Annotator
	 * @generated
	 */
	EClass getAnnotator();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Annotator#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sayso.model.Annotator#getName()
	 * @see #getAnnotator()
	 * @generated
	 */
	EAttribute getAnnotator_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Annotator#getFullName <em>Full Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Full Name</em>'.
	 * @see org.sayso.model.Annotator#getFullName()
	 * @see #getAnnotator()
	 * @generated
	 */
	EAttribute getAnnotator_FullName();

	/**
	 * Returns the meta object for class '{@link org.sayso.model.ProjectSettings <em>Project Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project Settings</em>'.
	 * @see org.sayso.model.ProjectSettings
	 * @generated
	 */
	EClass getProjectSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.ProjectSettings#getClaimOverlapThreshold <em>Claim Overlap Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Claim Overlap Threshold</em>'.
	 * @see org.sayso.model.ProjectSettings#getClaimOverlapThreshold()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_ClaimOverlapThreshold();

	/**
	 * Returns the meta object for the map '{@link org.sayso.model.ProjectSettings#getColours <em>Colours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Colours</em>'.
	 * @see org.sayso.model.ProjectSettings#getColours()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EReference getProjectSettings_Colours();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.ProjectSettings#isSuggestionsEnabled <em>Suggestions Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suggestions Enabled</em>'.
	 * @see org.sayso.model.ProjectSettings#isSuggestionsEnabled()
	 * @see #getProjectSettings()
	 * @generated
	 */
	EAttribute getProjectSettings_SuggestionsEnabled();

	/**
	 * Returns the meta object for class '{@link org.sayso.model.Document <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document</em>'.
	 * @see org.sayso.model.Document
	 * @generated
	 */
	EClass getDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Document#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sayso.model.Document#getId()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Document#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.sayso.model.Document#getTitle()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Document#getSourceUri <em>Source Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Uri</em>'.
	 * @see org.sayso.model.Document#getSourceUri()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_SourceUri();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Document#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.sayso.model.Document#getLanguage()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Document#getDct <em>Dct</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dct</em>'.
	 * @see org.sayso.model.Document#getDct()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Dct();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Document#getDctOrigin <em>Dct Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dct Origin</em>'.
	 * @see org.sayso.model.Document#getDctOrigin()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_DctOrigin();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Document#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.sayso.model.Document#getText()
	 * @see #getDocument()
	 * @generated
	 */
	EAttribute getDocument_Text();

	/**
	 * Returns the meta object for class '{@link org.sayso.model.AnnotationSet <em>Annotation Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation Set</em>'.
	 * @see org.sayso.model.AnnotationSet
	 * @generated
	 */
	EClass getAnnotationSet();

	/**
	 * Returns the meta object for the reference '{@link org.sayso.model.AnnotationSet#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Document</em>'.
	 * @see org.sayso.model.AnnotationSet#getDocument()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EReference getAnnotationSet_Document();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.AnnotationSet#getAnnotator <em>Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annotator</em>'.
	 * @see org.sayso.model.AnnotationSet#getAnnotator()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EAttribute getAnnotationSet_Annotator();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.AnnotationSet#isCurated <em>Curated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Curated</em>'.
	 * @see org.sayso.model.AnnotationSet#isCurated()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EAttribute getAnnotationSet_Curated();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.AnnotationSet#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.sayso.model.AnnotationSet#getState()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EAttribute getAnnotationSet_State();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.AnnotationSet#getLastModified <em>Last Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Modified</em>'.
	 * @see org.sayso.model.AnnotationSet#getLastModified()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EAttribute getAnnotationSet_LastModified();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sayso.model.AnnotationSet#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see org.sayso.model.AnnotationSet#getAnnotations()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EReference getAnnotationSet_Annotations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sayso.model.AnnotationSet#getEntities <em>Entities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entities</em>'.
	 * @see org.sayso.model.AnnotationSet#getEntities()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EReference getAnnotationSet_Entities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sayso.model.AnnotationSet#getRejections <em>Rejections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rejections</em>'.
	 * @see org.sayso.model.AnnotationSet#getRejections()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EReference getAnnotationSet_Rejections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.sayso.model.AnnotationSet#getOmittedUnits <em>Omitted Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Omitted Units</em>'.
	 * @see org.sayso.model.AnnotationSet#getOmittedUnits()
	 * @see #getAnnotationSet()
	 * @generated
	 */
	EReference getAnnotationSet_OmittedUnits();

	/**
	 * Returns the meta object for class '{@link org.sayso.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see org.sayso.model.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Annotation#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.sayso.model.Annotation#getBegin()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Annotation#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.sayso.model.Annotation#getEnd()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_End();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Annotation#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.sayso.model.Annotation#getOrigin()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Annotation#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.sayso.model.Annotation#getAuthor()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Annotation#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.sayso.model.Annotation#getNote()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Note();

	/**
	 * Returns the meta object for the containment reference '{@link org.sayso.model.Annotation#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provenance</em>'.
	 * @see org.sayso.model.Annotation#getProvenance()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Provenance();

	/**
	 * Returns the meta object for class '{@link org.sayso.model.SpeakerEntity <em>Speaker Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Speaker Entity</em>'.
	 * @see org.sayso.model.SpeakerEntity
	 * @generated
	 */
	EClass getSpeakerEntity();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.SpeakerEntity#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.sayso.model.SpeakerEntity#getId()
	 * @see #getSpeakerEntity()
	 * @generated
	 */
	EAttribute getSpeakerEntity_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.SpeakerEntity#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.sayso.model.SpeakerEntity#getName()
	 * @see #getSpeakerEntity()
	 * @generated
	 */
	EAttribute getSpeakerEntity_Name();

	/**
	 * Returns the meta object for the reference list '{@link org.sayso.model.SpeakerEntity#getMentions <em>Mentions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mentions</em>'.
	 * @see org.sayso.model.SpeakerEntity#getMentions()
	 * @see #getSpeakerEntity()
	 * @generated
	 */
	EReference getSpeakerEntity_Mentions();

	/**
	 * Returns the meta object for class '{@link org.sayso.model.SpeakerMention <em>Speaker Mention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Speaker Mention</em>'.
	 * @see org.sayso.model.SpeakerMention
	 * @generated
	 */
	EClass getSpeakerMention();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.SpeakerMention#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.sayso.model.SpeakerMention#getKind()
	 * @see #getSpeakerMention()
	 * @generated
	 */
	EAttribute getSpeakerMention_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.sayso.model.SpeakerMention#getEntity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Entity</em>'.
	 * @see org.sayso.model.SpeakerMention#getEntity()
	 * @see #getSpeakerMention()
	 * @generated
	 */
	EReference getSpeakerMention_Entity();

	/**
	 * Returns the meta object for class '{@link org.sayso.model.Cue <em>Cue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cue</em>'.
	 * @see org.sayso.model.Cue
	 * @generated
	 */
	EClass getCue();

	/**
	 * Returns the meta object for class '{@link org.sayso.model.Claim <em>Claim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claim</em>'.
	 * @see org.sayso.model.Claim
	 * @generated
	 */
	EClass getClaim();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Claim#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.sayso.model.Claim#getKind()
	 * @see #getClaim()
	 * @generated
	 */
	EAttribute getClaim_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.sayso.model.Claim#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see org.sayso.model.Claim#getSources()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Sources();

	/**
	 * Returns the meta object for the reference list '{@link org.sayso.model.Claim#getCues <em>Cues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Cues</em>'.
	 * @see org.sayso.model.Claim#getCues()
	 * @see #getClaim()
	 * @generated
	 */
	EReference getClaim_Cues();

	/**
	 * Returns the meta object for class '{@link org.sayso.model.DateMention <em>Date Mention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Date Mention</em>'.
	 * @see org.sayso.model.DateMention
	 * @generated
	 */
	EClass getDateMention();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.DateMention#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.sayso.model.DateMention#getValue()
	 * @see #getDateMention()
	 * @generated
	 */
	EAttribute getDateMention_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.DateMention#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.sayso.model.DateMention#getType()
	 * @see #getDateMention()
	 * @generated
	 */
	EAttribute getDateMention_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.DateMention#isDctDependent <em>Dct Dependent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dct Dependent</em>'.
	 * @see org.sayso.model.DateMention#isDctDependent()
	 * @see #getDateMention()
	 * @generated
	 */
	EAttribute getDateMention_DctDependent();

	/**
	 * Returns the meta object for class '{@link org.sayso.model.Rejection <em>Rejection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rejection</em>'.
	 * @see org.sayso.model.Rejection
	 * @generated
	 */
	EClass getRejection();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Rejection#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.sayso.model.Rejection#getType()
	 * @see #getRejection()
	 * @generated
	 */
	EAttribute getRejection_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Rejection#getBegin <em>Begin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Begin</em>'.
	 * @see org.sayso.model.Rejection#getBegin()
	 * @see #getRejection()
	 * @generated
	 */
	EAttribute getRejection_Begin();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Rejection#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.sayso.model.Rejection#getEnd()
	 * @see #getRejection()
	 * @generated
	 */
	EAttribute getRejection_End();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Rejection#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.sayso.model.Rejection#getValue()
	 * @see #getRejection()
	 * @generated
	 */
	EAttribute getRejection_Value();

	/**
	 * Returns the meta object for class '{@link org.sayso.model.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provenance</em>'.
	 * @see org.sayso.model.Provenance
	 * @generated
	 */
	EClass getProvenance();

	/**
	 * Returns the meta object for the attribute list '{@link org.sayso.model.Provenance#getAgreedBy <em>Agreed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Agreed By</em>'.
	 * @see org.sayso.model.Provenance#getAgreedBy()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_AgreedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Provenance#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see org.sayso.model.Provenance#getDecision()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Decision();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Provenance#getChosenAnnotator <em>Chosen Annotator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chosen Annotator</em>'.
	 * @see org.sayso.model.Provenance#getChosenAnnotator()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_ChosenAnnotator();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Provenance#getDecidedBy <em>Decided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided By</em>'.
	 * @see org.sayso.model.Provenance#getDecidedBy()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_DecidedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Provenance#getDecidedAt <em>Decided At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided At</em>'.
	 * @see org.sayso.model.Provenance#getDecidedAt()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_DecidedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.sayso.model.Provenance#getUnitKey <em>Unit Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Key</em>'.
	 * @see org.sayso.model.Provenance#getUnitKey()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_UnitKey();

	/**
	 * Returns the meta object for enum '{@link org.sayso.model.SetState <em>Set State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Set State</em>'.
	 * @see org.sayso.model.SetState
	 * @generated
	 */
	EEnum getSetState();

	/**
	 * Returns the meta object for enum '{@link org.sayso.model.Origin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Origin</em>'.
	 * @see org.sayso.model.Origin
	 * @generated
	 */
	EEnum getOrigin();

	/**
	 * Returns the meta object for enum '{@link org.sayso.model.SpeakerKind <em>Speaker Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Speaker Kind</em>'.
	 * @see org.sayso.model.SpeakerKind
	 * @generated
	 */
	EEnum getSpeakerKind();

	/**
	 * Returns the meta object for enum '{@link org.sayso.model.ClaimKind <em>Claim Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Claim Kind</em>'.
	 * @see org.sayso.model.ClaimKind
	 * @generated
	 */
	EEnum getClaimKind();

	/**
	 * Returns the meta object for enum '{@link org.sayso.model.DateType <em>Date Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Date Type</em>'.
	 * @see org.sayso.model.DateType
	 * @generated
	 */
	EEnum getDateType();

	/**
	 * Returns the meta object for enum '{@link org.sayso.model.CurationDecision <em>Curation Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Curation Decision</em>'.
	 * @see org.sayso.model.CurationDecision
	 * @generated
	 */
	EEnum getCurationDecision();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SaysoFactory getSaysoFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.sayso.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.impl.ProjectImpl
		 * @see org.sayso.model.impl.SaysoPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__NAME = eINSTANCE.getProject_Name();

		/**
		 * The meta object literal for the '<em><b>Annotators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__ANNOTATORS = eINSTANCE.getProject_Annotators();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SETTINGS = eINSTANCE.getProject_Settings();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__DOCUMENTS = eINSTANCE.getProject_Documents();

		/**
		 * The meta object literal for the '<em><b>Speakers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SPEAKERS = eINSTANCE.getProject_Speakers();

		/**
		 * The meta object literal for the '{@link org.sayso.model.impl.RegisteredSpeakerImpl <em>Registered Speaker</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.impl.RegisteredSpeakerImpl
		 * @see org.sayso.model.impl.SaysoPackageImpl#getRegisteredSpeaker()
		 * @generated
		 */
		EClass REGISTERED_SPEAKER = eINSTANCE.getRegisteredSpeaker();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_SPEAKER__ID = eINSTANCE.getRegisteredSpeaker_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_SPEAKER__NAME = eINSTANCE.getRegisteredSpeaker_Name();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_SPEAKER__ALIASES = eINSTANCE.getRegisteredSpeaker_Aliases();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_SPEAKER__KIND = eINSTANCE.getRegisteredSpeaker_Kind();

		/**
		 * The meta object literal for the '<em><b>External Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_SPEAKER__EXTERNAL_ID = eINSTANCE.getRegisteredSpeaker_ExternalId();

		/**
		 * The meta object literal for the '{@link org.sayso.model.impl.AnnotatorImpl <em>Annotator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.impl.AnnotatorImpl
		 * @see org.sayso.model.impl.SaysoPackageImpl#getAnnotator()
		 * @generated
		 */
		EClass ANNOTATOR = eINSTANCE.getAnnotator();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATOR__NAME = eINSTANCE.getAnnotator_Name();

		/**
		 * The meta object literal for the '<em><b>Full Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATOR__FULL_NAME = eINSTANCE.getAnnotator_FullName();

		/**
		 * The meta object literal for the '{@link org.sayso.model.impl.ProjectSettingsImpl <em>Project Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.impl.ProjectSettingsImpl
		 * @see org.sayso.model.impl.SaysoPackageImpl#getProjectSettings()
		 * @generated
		 */
		EClass PROJECT_SETTINGS = eINSTANCE.getProjectSettings();

		/**
		 * The meta object literal for the '<em><b>Claim Overlap Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__CLAIM_OVERLAP_THRESHOLD = eINSTANCE.getProjectSettings_ClaimOverlapThreshold();

		/**
		 * The meta object literal for the '<em><b>Colours</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT_SETTINGS__COLOURS = eINSTANCE.getProjectSettings_Colours();

		/**
		 * The meta object literal for the '<em><b>Suggestions Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT_SETTINGS__SUGGESTIONS_ENABLED = eINSTANCE.getProjectSettings_SuggestionsEnabled();

		/**
		 * The meta object literal for the '{@link org.sayso.model.impl.DocumentImpl <em>Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.impl.DocumentImpl
		 * @see org.sayso.model.impl.SaysoPackageImpl#getDocument()
		 * @generated
		 */
		EClass DOCUMENT = eINSTANCE.getDocument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__ID = eINSTANCE.getDocument_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TITLE = eINSTANCE.getDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Source Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__SOURCE_URI = eINSTANCE.getDocument_SourceUri();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__LANGUAGE = eINSTANCE.getDocument_Language();

		/**
		 * The meta object literal for the '<em><b>Dct</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__DCT = eINSTANCE.getDocument_Dct();

		/**
		 * The meta object literal for the '<em><b>Dct Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__DCT_ORIGIN = eINSTANCE.getDocument_DctOrigin();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT__TEXT = eINSTANCE.getDocument_Text();

		/**
		 * The meta object literal for the '{@link org.sayso.model.impl.AnnotationSetImpl <em>Annotation Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.impl.AnnotationSetImpl
		 * @see org.sayso.model.impl.SaysoPackageImpl#getAnnotationSet()
		 * @generated
		 */
		EClass ANNOTATION_SET = eINSTANCE.getAnnotationSet();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_SET__DOCUMENT = eINSTANCE.getAnnotationSet_Document();

		/**
		 * The meta object literal for the '<em><b>Annotator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_SET__ANNOTATOR = eINSTANCE.getAnnotationSet_Annotator();

		/**
		 * The meta object literal for the '<em><b>Curated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_SET__CURATED = eINSTANCE.getAnnotationSet_Curated();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_SET__STATE = eINSTANCE.getAnnotationSet_State();

		/**
		 * The meta object literal for the '<em><b>Last Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION_SET__LAST_MODIFIED = eINSTANCE.getAnnotationSet_LastModified();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_SET__ANNOTATIONS = eINSTANCE.getAnnotationSet_Annotations();

		/**
		 * The meta object literal for the '<em><b>Entities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_SET__ENTITIES = eINSTANCE.getAnnotationSet_Entities();

		/**
		 * The meta object literal for the '<em><b>Rejections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_SET__REJECTIONS = eINSTANCE.getAnnotationSet_Rejections();

		/**
		 * The meta object literal for the '<em><b>Omitted Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION_SET__OMITTED_UNITS = eINSTANCE.getAnnotationSet_OmittedUnits();

		/**
		 * The meta object literal for the '{@link org.sayso.model.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.impl.AnnotationImpl
		 * @see org.sayso.model.impl.SaysoPackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__BEGIN = eINSTANCE.getAnnotation_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__END = eINSTANCE.getAnnotation_End();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__ORIGIN = eINSTANCE.getAnnotation_Origin();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__AUTHOR = eINSTANCE.getAnnotation_Author();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__NOTE = eINSTANCE.getAnnotation_Note();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__PROVENANCE = eINSTANCE.getAnnotation_Provenance();

		/**
		 * The meta object literal for the '{@link org.sayso.model.impl.SpeakerEntityImpl <em>Speaker Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.impl.SpeakerEntityImpl
		 * @see org.sayso.model.impl.SaysoPackageImpl#getSpeakerEntity()
		 * @generated
		 */
		EClass SPEAKER_ENTITY = eINSTANCE.getSpeakerEntity();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER_ENTITY__ID = eINSTANCE.getSpeakerEntity_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER_ENTITY__NAME = eINSTANCE.getSpeakerEntity_Name();

		/**
		 * The meta object literal for the '<em><b>Mentions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPEAKER_ENTITY__MENTIONS = eINSTANCE.getSpeakerEntity_Mentions();

		/**
		 * The meta object literal for the '{@link org.sayso.model.impl.SpeakerMentionImpl <em>Speaker Mention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.impl.SpeakerMentionImpl
		 * @see org.sayso.model.impl.SaysoPackageImpl#getSpeakerMention()
		 * @generated
		 */
		EClass SPEAKER_MENTION = eINSTANCE.getSpeakerMention();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEAKER_MENTION__KIND = eINSTANCE.getSpeakerMention_Kind();

		/**
		 * The meta object literal for the '<em><b>Entity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPEAKER_MENTION__ENTITY = eINSTANCE.getSpeakerMention_Entity();

		/**
		 * The meta object literal for the '{@link org.sayso.model.impl.CueImpl <em>Cue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.impl.CueImpl
		 * @see org.sayso.model.impl.SaysoPackageImpl#getCue()
		 * @generated
		 */
		EClass CUE = eINSTANCE.getCue();

		/**
		 * The meta object literal for the '{@link org.sayso.model.impl.ClaimImpl <em>Claim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.impl.ClaimImpl
		 * @see org.sayso.model.impl.SaysoPackageImpl#getClaim()
		 * @generated
		 */
		EClass CLAIM = eINSTANCE.getClaim();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIM__KIND = eINSTANCE.getClaim_Kind();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__SOURCES = eINSTANCE.getClaim_Sources();

		/**
		 * The meta object literal for the '<em><b>Cues</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIM__CUES = eINSTANCE.getClaim_Cues();

		/**
		 * The meta object literal for the '{@link org.sayso.model.impl.DateMentionImpl <em>Date Mention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.impl.DateMentionImpl
		 * @see org.sayso.model.impl.SaysoPackageImpl#getDateMention()
		 * @generated
		 */
		EClass DATE_MENTION = eINSTANCE.getDateMention();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATE_MENTION__VALUE = eINSTANCE.getDateMention_Value();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATE_MENTION__TYPE = eINSTANCE.getDateMention_Type();

		/**
		 * The meta object literal for the '<em><b>Dct Dependent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATE_MENTION__DCT_DEPENDENT = eINSTANCE.getDateMention_DctDependent();

		/**
		 * The meta object literal for the '{@link org.sayso.model.impl.RejectionImpl <em>Rejection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.impl.RejectionImpl
		 * @see org.sayso.model.impl.SaysoPackageImpl#getRejection()
		 * @generated
		 */
		EClass REJECTION = eINSTANCE.getRejection();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTION__TYPE = eINSTANCE.getRejection_Type();

		/**
		 * The meta object literal for the '<em><b>Begin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTION__BEGIN = eINSTANCE.getRejection_Begin();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTION__END = eINSTANCE.getRejection_End();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REJECTION__VALUE = eINSTANCE.getRejection_Value();

		/**
		 * The meta object literal for the '{@link org.sayso.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.impl.ProvenanceImpl
		 * @see org.sayso.model.impl.SaysoPackageImpl#getProvenance()
		 * @generated
		 */
		EClass PROVENANCE = eINSTANCE.getProvenance();

		/**
		 * The meta object literal for the '<em><b>Agreed By</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__AGREED_BY = eINSTANCE.getProvenance_AgreedBy();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__DECISION = eINSTANCE.getProvenance_Decision();

		/**
		 * The meta object literal for the '<em><b>Chosen Annotator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__CHOSEN_ANNOTATOR = eINSTANCE.getProvenance_ChosenAnnotator();

		/**
		 * The meta object literal for the '<em><b>Decided By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__DECIDED_BY = eINSTANCE.getProvenance_DecidedBy();

		/**
		 * The meta object literal for the '<em><b>Decided At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__DECIDED_AT = eINSTANCE.getProvenance_DecidedAt();

		/**
		 * The meta object literal for the '<em><b>Unit Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__UNIT_KEY = eINSTANCE.getProvenance_UnitKey();

		/**
		 * The meta object literal for the '{@link org.sayso.model.SetState <em>Set State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.SetState
		 * @see org.sayso.model.impl.SaysoPackageImpl#getSetState()
		 * @generated
		 */
		EEnum SET_STATE = eINSTANCE.getSetState();

		/**
		 * The meta object literal for the '{@link org.sayso.model.Origin <em>Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.Origin
		 * @see org.sayso.model.impl.SaysoPackageImpl#getOrigin()
		 * @generated
		 */
		EEnum ORIGIN = eINSTANCE.getOrigin();

		/**
		 * The meta object literal for the '{@link org.sayso.model.SpeakerKind <em>Speaker Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.SpeakerKind
		 * @see org.sayso.model.impl.SaysoPackageImpl#getSpeakerKind()
		 * @generated
		 */
		EEnum SPEAKER_KIND = eINSTANCE.getSpeakerKind();

		/**
		 * The meta object literal for the '{@link org.sayso.model.ClaimKind <em>Claim Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.ClaimKind
		 * @see org.sayso.model.impl.SaysoPackageImpl#getClaimKind()
		 * @generated
		 */
		EEnum CLAIM_KIND = eINSTANCE.getClaimKind();

		/**
		 * The meta object literal for the '{@link org.sayso.model.DateType <em>Date Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.DateType
		 * @see org.sayso.model.impl.SaysoPackageImpl#getDateType()
		 * @generated
		 */
		EEnum DATE_TYPE = eINSTANCE.getDateType();

		/**
		 * The meta object literal for the '{@link org.sayso.model.CurationDecision <em>Curation Decision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.sayso.model.CurationDecision
		 * @see org.sayso.model.impl.SaysoPackageImpl#getCurationDecision()
		 * @generated
		 */
		EEnum CURATION_DECISION = eINSTANCE.getCurationDecision();

	}

} //SaysoPackage
