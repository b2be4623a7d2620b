/**
 */
package org.sayso.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.sayso.model.CurationDecision;
import org.sayso.model.Provenance;
import org.sayso.model.SaysoPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Provenance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sayso.model.impl.ProvenanceImpl#getAgreedBy <em>Agreed By</em>}</li>
 *   <li>{@link org.sayso.model.impl.ProvenanceImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.sayso.model.impl.ProvenanceImpl#getChosenAnnotator <em>Chosen Annotator</em>}</li>
 *   <li>{@link org.sayso.model.impl.ProvenanceImpl#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.sayso.model.impl.ProvenanceImpl#getDecidedAt <em>Decided At</em>}</li>
 *   <li>{@link org.sayso.model.impl.ProvenanceImpl#getUnitKey <em>Unit Key</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProvenanceImpl extends MinimalEObjectImpl.Container implements Provenance {
	/**
	 * The cached value of the '{@link #getAgreedBy() <em>Agreed By</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<String> agreedBy;

	/**
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final CurationDecision DECISION_EDEFAULT = CurationDecision.UNANIMOUS;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected CurationDecision decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getChosenAnnotator() <em>Chosen Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChosenAnnotator()
	 * @generated
	 * @ordered
	 */
	protected static final String CHOSEN_ANNOTATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChosenAnnotator() <em>Chosen Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChosenAnnotator()
	 * @generated
	 * @ordered
	 */
	protected String chosenAnnotator = CHOSEN_ANNOTATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecidedBy() <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String DECIDED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedBy() <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedBy()
	 * @generated
	 * @ordered
	 */
	protected String decidedBy = DECIDED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecidedAt() <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date DECIDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedAt() <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedAt()
	 * @generated
	 * @ordered
	 */
	protected Date decidedAt = DECIDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitKey() <em>Unit Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitKey()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnitKey() <em>Unit Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitKey()
	 * @generated
	 * @ordered
	 */
	protected String unitKey = UNIT_KEY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProvenanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SaysoPackage.Literals.PROVENANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAgreedBy() {
		if (agreedBy == null) {
			agreedBy = new EDataTypeUniqueEList<String>(String.class, this, SaysoPackage.PROVENANCE__AGREED_BY);
		}
		return agreedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CurationDecision getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(CurationDecision newDecision) {
		CurationDecision oldDecision = decision;
		decision = newDecision == null ? DECISION_EDEFAULT : newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.PROVENANCE__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChosenAnnotator() {
		return chosenAnnotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChosenAnnotator(String newChosenAnnotator) {
		String oldChosenAnnotator = chosenAnnotator;
		chosenAnnotator = newChosenAnnotator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.PROVENANCE__CHOSEN_ANNOTATOR, oldChosenAnnotator, chosenAnnotator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecidedBy() {
		return decidedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedBy(String newDecidedBy) {
		String oldDecidedBy = decidedBy;
		decidedBy = newDecidedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.PROVENANCE__DECIDED_BY, oldDecidedBy, decidedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDecidedAt() {
		return decidedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedAt(Date newDecidedAt) {
		Date oldDecidedAt = decidedAt;
		decidedAt = newDecidedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.PROVENANCE__DECIDED_AT, oldDecidedAt, decidedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnitKey() {
		return unitKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitKey(String newUnitKey) {
		String oldUnitKey = unitKey;
		unitKey = newUnitKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.PROVENANCE__UNIT_KEY, oldUnitKey, unitKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SaysoPackage.PROVENANCE__AGREED_BY:
				return getAgreedBy();
			case SaysoPackage.PROVENANCE__DECISION:
				return getDecision();
			case SaysoPackage.PROVENANCE__CHOSEN_ANNOTATOR:
				return getChosenAnnotator();
			case SaysoPackage.PROVENANCE__DECIDED_BY:
				return getDecidedBy();
			case SaysoPackage.PROVENANCE__DECIDED_AT:
				return getDecidedAt();
			case SaysoPackage.PROVENANCE__UNIT_KEY:
				return getUnitKey();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SaysoPackage.PROVENANCE__AGREED_BY:
				getAgreedBy().clear();
				getAgreedBy().addAll((Collection<? extends String>)newValue);
				return;
			case SaysoPackage.PROVENANCE__DECISION:
				setDecision((CurationDecision)newValue);
				return;
			case SaysoPackage.PROVENANCE__CHOSEN_ANNOTATOR:
				setChosenAnnotator((String)newValue);
				return;
			case SaysoPackage.PROVENANCE__DECIDED_BY:
				setDecidedBy((String)newValue);
				return;
			case SaysoPackage.PROVENANCE__DECIDED_AT:
				setDecidedAt((Date)newValue);
				return;
			case SaysoPackage.PROVENANCE__UNIT_KEY:
				setUnitKey((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SaysoPackage.PROVENANCE__AGREED_BY:
				getAgreedBy().clear();
				return;
			case SaysoPackage.PROVENANCE__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case SaysoPackage.PROVENANCE__CHOSEN_ANNOTATOR:
				setChosenAnnotator(CHOSEN_ANNOTATOR_EDEFAULT);
				return;
			case SaysoPackage.PROVENANCE__DECIDED_BY:
				setDecidedBy(DECIDED_BY_EDEFAULT);
				return;
			case SaysoPackage.PROVENANCE__DECIDED_AT:
				setDecidedAt(DECIDED_AT_EDEFAULT);
				return;
			case SaysoPackage.PROVENANCE__UNIT_KEY:
				setUnitKey(UNIT_KEY_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SaysoPackage.PROVENANCE__AGREED_BY:
				return agreedBy != null && !agreedBy.isEmpty();
			case SaysoPackage.PROVENANCE__DECISION:
				return decision != DECISION_EDEFAULT;
			case SaysoPackage.PROVENANCE__CHOSEN_ANNOTATOR:
				return CHOSEN_ANNOTATOR_EDEFAULT == null ? chosenAnnotator != null : !CHOSEN_ANNOTATOR_EDEFAULT.equals(chosenAnnotator);
			case SaysoPackage.PROVENANCE__DECIDED_BY:
				return DECIDED_BY_EDEFAULT == null ? decidedBy != null : !DECIDED_BY_EDEFAULT.equals(decidedBy);
			case SaysoPackage.PROVENANCE__DECIDED_AT:
				return DECIDED_AT_EDEFAULT == null ? decidedAt != null : !DECIDED_AT_EDEFAULT.equals(decidedAt);
			case SaysoPackage.PROVENANCE__UNIT_KEY:
				return UNIT_KEY_EDEFAULT == null ? unitKey != null : !UNIT_KEY_EDEFAULT.equals(unitKey);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (agreedBy: ");
		result.append(agreedBy);
		result.append(", decision: ");
		result.append(decision);
		result.append(", chosenAnnotator: ");
		result.append(chosenAnnotator);
		result.append(", decidedBy: ");
		result.append(decidedBy);
		result.append(", decidedAt: ");
		result.append(decidedAt);
		result.append(", unitKey: ");
		result.append(unitKey);
		result.append(')');
		return result.toString();
	}

} //ProvenanceImpl
