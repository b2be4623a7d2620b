/**
 */
package org.sayso.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.sayso.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SaysoFactoryImpl extends EFactoryImpl implements SaysoFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SaysoFactory init() {
		try {
			SaysoFactory theSaysoFactory = (SaysoFactory)EPackage.Registry.INSTANCE.getEFactory(SaysoPackage.eNS_URI);
			if (theSaysoFactory != null) {
				return theSaysoFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SaysoFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SaysoFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SaysoPackage.PROJECT: return createProject();
			case SaysoPackage.REGISTERED_SPEAKER: return createRegisteredSpeaker();
			case SaysoPackage.ANNOTATOR: return createAnnotator();
			case SaysoPackage.PROJECT_SETTINGS: return createProjectSettings();
			case SaysoPackage.DOCUMENT: return createDocument();
			case SaysoPackage.ANNOTATION_SET: return createAnnotationSet();
			case SaysoPackage.SPEAKER_ENTITY: return createSpeakerEntity();
			case SaysoPackage.SPEAKER_MENTION: return createSpeakerMention();
			case SaysoPackage.CUE: return createCue();
			case SaysoPackage.CLAIM: return createClaim();
			case SaysoPackage.DATE_MENTION: return createDateMention();
			case SaysoPackage.REJECTION: return createRejection();
			case SaysoPackage.PROVENANCE: return createProvenance();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SaysoPackage.SET_STATE:
				return createSetStateFromString(eDataType, initialValue);
			case SaysoPackage.ORIGIN:
				return createOriginFromString(eDataType, initialValue);
			case SaysoPackage.SPEAKER_KIND:
				return createSpeakerKindFromString(eDataType, initialValue);
			case SaysoPackage.CLAIM_KIND:
				return createClaimKindFromString(eDataType, initialValue);
			case SaysoPackage.DATE_TYPE:
				return createDateTypeFromString(eDataType, initialValue);
			case SaysoPackage.CURATION_DECISION:
				return createCurationDecisionFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SaysoPackage.SET_STATE:
				return convertSetStateToString(eDataType, instanceValue);
			case SaysoPackage.ORIGIN:
				return convertOriginToString(eDataType, instanceValue);
			case SaysoPackage.SPEAKER_KIND:
				return convertSpeakerKindToString(eDataType, instanceValue);
			case SaysoPackage.CLAIM_KIND:
				return convertClaimKindToString(eDataType, instanceValue);
			case SaysoPackage.DATE_TYPE:
				return convertDateTypeToString(eDataType, instanceValue);
			case SaysoPackage.CURATION_DECISION:
				return convertCurationDecisionToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project createProject() {
		ProjectImpl project = new ProjectImpl();
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegisteredSpeaker createRegisteredSpeaker() {
		RegisteredSpeakerImpl registeredSpeaker = new RegisteredSpeakerImpl();
		return registeredSpeaker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotator createAnnotator() {
		AnnotatorImpl annotator = new AnnotatorImpl();
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProjectSettings createProjectSettings() {
		ProjectSettingsImpl projectSettings = new ProjectSettingsImpl();
		return projectSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document createDocument() {
		DocumentImpl document = new DocumentImpl();
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnotationSet createAnnotationSet() {
		AnnotationSetImpl annotationSet = new AnnotationSetImpl();
		return annotationSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpeakerEntity createSpeakerEntity() {
		SpeakerEntityImpl speakerEntity = new SpeakerEntityImpl();
		return speakerEntity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpeakerMention createSpeakerMention() {
		SpeakerMentionImpl speakerMention = new SpeakerMentionImpl();
		return speakerMention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cue createCue() {
		CueImpl cue = new CueImpl();
		return cue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Claim createClaim() {
		ClaimImpl claim = new ClaimImpl();
		return claim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DateMention createDateMention() {
		DateMentionImpl dateMention = new DateMentionImpl();
		return dateMention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rejection createRejection() {
		RejectionImpl rejection = new RejectionImpl();
		return rejection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provenance createProvenance() {
		ProvenanceImpl provenance = new ProvenanceImpl();
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SetState createSetStateFromString(EDataType eDataType, String initialValue) {
		SetState result = SetState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSetStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Origin createOriginFromString(EDataType eDataType, String initialValue) {
		Origin result = Origin.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOriginToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpeakerKind createSpeakerKindFromString(EDataType eDataType, String initialValue) {
		SpeakerKind result = SpeakerKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSpeakerKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ClaimKind createClaimKindFromString(EDataType eDataType, String initialValue) {
		ClaimKind result = ClaimKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertClaimKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DateType createDateTypeFromString(EDataType eDataType, String initialValue) {
		DateType result = DateType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDateTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CurationDecision createCurationDecisionFromString(EDataType eDataType, String initialValue) {
		CurationDecision result = CurationDecision.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCurationDecisionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SaysoPackage getSaysoPackage() {
		return (SaysoPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SaysoPackage getPackage() {
		return SaysoPackage.eINSTANCE;
	}

} //SaysoFactoryImpl
