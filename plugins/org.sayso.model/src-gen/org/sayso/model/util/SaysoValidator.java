/**
 */
package org.sayso.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.sayso.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.sayso.model.SaysoPackage
 * @generated
 */
public class SaysoValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final SaysoValidator INSTANCE = new SaysoValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.sayso.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SaysoValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return SaysoPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case SaysoPackage.PROJECT:
				return validateProject((Project)value, diagnostics, context);
			case SaysoPackage.REGISTERED_SPEAKER:
				return validateRegisteredSpeaker((RegisteredSpeaker)value, diagnostics, context);
			case SaysoPackage.ANNOTATOR:
				return validateAnnotator((Annotator)value, diagnostics, context);
			case SaysoPackage.PROJECT_SETTINGS:
				return validateProjectSettings((ProjectSettings)value, diagnostics, context);
			case SaysoPackage.DOCUMENT:
				return validateDocument((Document)value, diagnostics, context);
			case SaysoPackage.ANNOTATION_SET:
				return validateAnnotationSet((AnnotationSet)value, diagnostics, context);
			case SaysoPackage.ANNOTATION:
				return validateAnnotation((Annotation)value, diagnostics, context);
			case SaysoPackage.SPEAKER_ENTITY:
				return validateSpeakerEntity((SpeakerEntity)value, diagnostics, context);
			case SaysoPackage.SPEAKER_MENTION:
				return validateSpeakerMention((SpeakerMention)value, diagnostics, context);
			case SaysoPackage.CUE:
				return validateCue((Cue)value, diagnostics, context);
			case SaysoPackage.CLAIM:
				return validateClaim((Claim)value, diagnostics, context);
			case SaysoPackage.DATE_MENTION:
				return validateDateMention((DateMention)value, diagnostics, context);
			case SaysoPackage.REJECTION:
				return validateRejection((Rejection)value, diagnostics, context);
			case SaysoPackage.PROVENANCE:
				return validateProvenance((Provenance)value, diagnostics, context);
			case SaysoPackage.SET_STATE:
				return validateSetState((SetState)value, diagnostics, context);
			case SaysoPackage.ORIGIN:
				return validateOrigin((Origin)value, diagnostics, context);
			case SaysoPackage.SPEAKER_KIND:
				return validateSpeakerKind((SpeakerKind)value, diagnostics, context);
			case SaysoPackage.CLAIM_KIND:
				return validateClaimKind((ClaimKind)value, diagnostics, context);
			case SaysoPackage.DATE_TYPE:
				return validateDateType((DateType)value, diagnostics, context);
			case SaysoPackage.CURATION_DECISION:
				return validateCurationDecision((CurationDecision)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProject(Project project, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(project, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRegisteredSpeaker(RegisteredSpeaker registeredSpeaker, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(registeredSpeaker, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnnotator(Annotator annotator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(annotator, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProjectSettings(ProjectSettings projectSettings, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(projectSettings, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDocument(Document document, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(document, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnnotationSet(AnnotationSet annotationSet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(annotationSet, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnnotation(Annotation annotation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(annotation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(annotation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(annotation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(annotation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(annotation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(annotation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(annotation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(annotation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(annotation, diagnostics, context);
		if (result || diagnostics != null) result &= validateAnnotation_spanInBounds(annotation, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the spanInBounds constraint of '<em>Annotation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String ANNOTATION__SPAN_IN_BOUNDS__EEXPRESSION = "0 <= begin <= end <= length of the document text";

	/**
	 * Validates the spanInBounds constraint of '<em>Annotation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnnotation_spanInBounds(Annotation annotation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SaysoPackage.Literals.ANNOTATION,
				 annotation,
				 diagnostics,
				 context,
				 "http://sayso.org/model/constraints",
				 "spanInBounds",
				 ANNOTATION__SPAN_IN_BOUNDS__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpeakerEntity(SpeakerEntity speakerEntity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(speakerEntity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpeakerMention(SpeakerMention speakerMention, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(speakerMention, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(speakerMention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(speakerMention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(speakerMention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(speakerMention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(speakerMention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(speakerMention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(speakerMention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(speakerMention, diagnostics, context);
		if (result || diagnostics != null) result &= validateAnnotation_spanInBounds(speakerMention, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCue(Cue cue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(cue, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(cue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(cue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(cue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(cue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(cue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(cue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(cue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(cue, diagnostics, context);
		if (result || diagnostics != null) result &= validateAnnotation_spanInBounds(cue, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClaim(Claim claim, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(claim, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validateAnnotation_spanInBounds(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validateClaim_hasSpeaker(claim, diagnostics, context);
		if (result || diagnostics != null) result &= validateClaim_speakersExist(claim, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the hasSpeaker constraint of '<em>Claim</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String CLAIM__HAS_SPEAKER__EEXPRESSION = "a claim is attributed to at least one speaker";

	/**
	 * Validates the hasSpeaker constraint of '<em>Claim</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClaim_hasSpeaker(Claim claim, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SaysoPackage.Literals.CLAIM,
				 claim,
				 diagnostics,
				 context,
				 "http://sayso.org/model/constraints",
				 "hasSpeaker",
				 CLAIM__HAS_SPEAKER__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the speakersExist constraint of '<em>Claim</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String CLAIM__SPEAKERS_EXIST__EEXPRESSION = "every speaker of the claim is a mention in the same annotation set";

	/**
	 * Validates the speakersExist constraint of '<em>Claim</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClaim_speakersExist(Claim claim, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SaysoPackage.Literals.CLAIM,
				 claim,
				 diagnostics,
				 context,
				 "http://sayso.org/model/constraints",
				 "speakersExist",
				 CLAIM__SPEAKERS_EXIST__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDateMention(DateMention dateMention, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(dateMention, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(dateMention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(dateMention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(dateMention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(dateMention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(dateMention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(dateMention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(dateMention, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(dateMention, diagnostics, context);
		if (result || diagnostics != null) result &= validateAnnotation_spanInBounds(dateMention, diagnostics, context);
		if (result || diagnostics != null) result &= validateDateMention_hasValue(dateMention, diagnostics, context);
		if (result || diagnostics != null) result &= validateDateMention_validValue(dateMention, diagnostics, context);
		return result;
	}

	/**
	 * The cached validation expression for the hasValue constraint of '<em>Date Mention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String DATE_MENTION__HAS_VALUE__EEXPRESSION = "a date has a normalized value, or a note that says why it has none";

	/**
	 * Validates the hasValue constraint of '<em>Date Mention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDateMention_hasValue(DateMention dateMention, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SaysoPackage.Literals.DATE_MENTION,
				 dateMention,
				 diagnostics,
				 context,
				 "http://sayso.org/model/constraints",
				 "hasValue",
				 DATE_MENTION__HAS_VALUE__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * The cached validation expression for the validValue constraint of '<em>Date Mention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final String DATE_MENTION__VALID_VALUE__EEXPRESSION = "a date's value is an ISO 8601 or TimeML value of the scheme that exists in the calendar";

	/**
	 * Validates the validValue constraint of '<em>Date Mention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDateMention_validValue(DateMention dateMention, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return
			validate
				(SaysoPackage.Literals.DATE_MENTION,
				 dateMention,
				 diagnostics,
				 context,
				 "http://sayso.org/model/constraints",
				 "validValue",
				 DATE_MENTION__VALID_VALUE__EEXPRESSION,
				 Diagnostic.ERROR,
				 DIAGNOSTIC_SOURCE,
				 0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRejection(Rejection rejection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(rejection, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProvenance(Provenance provenance, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(provenance, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSetState(SetState setState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrigin(Origin origin, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpeakerKind(SpeakerKind speakerKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClaimKind(ClaimKind claimKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDateType(DateType dateType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCurationDecision(CurationDecision curationDecision, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //SaysoValidator
