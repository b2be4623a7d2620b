/**
 */
package org.sayso.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EStringToStringMapEntryImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sayso.model.ProjectSettings;
import org.sayso.model.SaysoPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sayso.model.impl.ProjectSettingsImpl#getClaimOverlapThreshold <em>Claim Overlap Threshold</em>}</li>
 *   <li>{@link org.sayso.model.impl.ProjectSettingsImpl#getColours <em>Colours</em>}</li>
 *   <li>{@link org.sayso.model.impl.ProjectSettingsImpl#isSuggestionsEnabled <em>Suggestions Enabled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectSettingsImpl extends MinimalEObjectImpl.Container implements ProjectSettings {
	/**
	 * The default value of the '{@link #getClaimOverlapThreshold() <em>Claim Overlap Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimOverlapThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double CLAIM_OVERLAP_THRESHOLD_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getClaimOverlapThreshold() <em>Claim Overlap Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaimOverlapThreshold()
	 * @generated
	 * @ordered
	 */
	protected double claimOverlapThreshold = CLAIM_OVERLAP_THRESHOLD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getColours() <em>Colours</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColours()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> colours;

	/**
	 * The default value of the '{@link #isSuggestionsEnabled() <em>Suggestions Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSuggestionsEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUGGESTIONS_ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSuggestionsEnabled() <em>Suggestions Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSuggestionsEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean suggestionsEnabled = SUGGESTIONS_ENABLED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SaysoPackage.Literals.PROJECT_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getClaimOverlapThreshold() {
		return claimOverlapThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClaimOverlapThreshold(double newClaimOverlapThreshold) {
		double oldClaimOverlapThreshold = claimOverlapThreshold;
		claimOverlapThreshold = newClaimOverlapThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.PROJECT_SETTINGS__CLAIM_OVERLAP_THRESHOLD, oldClaimOverlapThreshold, claimOverlapThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getColours() {
		if (colours == null) {
			colours = new EcoreEMap<String,String>(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY, EStringToStringMapEntryImpl.class, this, SaysoPackage.PROJECT_SETTINGS__COLOURS);
		}
		return colours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSuggestionsEnabled() {
		return suggestionsEnabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuggestionsEnabled(boolean newSuggestionsEnabled) {
		boolean oldSuggestionsEnabled = suggestionsEnabled;
		suggestionsEnabled = newSuggestionsEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.PROJECT_SETTINGS__SUGGESTIONS_ENABLED, oldSuggestionsEnabled, suggestionsEnabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SaysoPackage.PROJECT_SETTINGS__COLOURS:
				return ((InternalEList<?>)getColours()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SaysoPackage.PROJECT_SETTINGS__CLAIM_OVERLAP_THRESHOLD:
				return getClaimOverlapThreshold();
			case SaysoPackage.PROJECT_SETTINGS__COLOURS:
				if (coreType) return getColours();
				else return getColours().map();
			case SaysoPackage.PROJECT_SETTINGS__SUGGESTIONS_ENABLED:
				return isSuggestionsEnabled();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SaysoPackage.PROJECT_SETTINGS__CLAIM_OVERLAP_THRESHOLD:
				setClaimOverlapThreshold((Double)newValue);
				return;
			case SaysoPackage.PROJECT_SETTINGS__COLOURS:
				((EStructuralFeature.Setting)getColours()).set(newValue);
				return;
			case SaysoPackage.PROJECT_SETTINGS__SUGGESTIONS_ENABLED:
				setSuggestionsEnabled((Boolean)newValue);
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
			case SaysoPackage.PROJECT_SETTINGS__CLAIM_OVERLAP_THRESHOLD:
				setClaimOverlapThreshold(CLAIM_OVERLAP_THRESHOLD_EDEFAULT);
				return;
			case SaysoPackage.PROJECT_SETTINGS__COLOURS:
				getColours().clear();
				return;
			case SaysoPackage.PROJECT_SETTINGS__SUGGESTIONS_ENABLED:
				setSuggestionsEnabled(SUGGESTIONS_ENABLED_EDEFAULT);
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
			case SaysoPackage.PROJECT_SETTINGS__CLAIM_OVERLAP_THRESHOLD:
				return claimOverlapThreshold != CLAIM_OVERLAP_THRESHOLD_EDEFAULT;
			case SaysoPackage.PROJECT_SETTINGS__COLOURS:
				return colours != null && !colours.isEmpty();
			case SaysoPackage.PROJECT_SETTINGS__SUGGESTIONS_ENABLED:
				return suggestionsEnabled != SUGGESTIONS_ENABLED_EDEFAULT;
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
		result.append(" (claimOverlapThreshold: ");
		result.append(claimOverlapThreshold);
		result.append(", suggestionsEnabled: ");
		result.append(suggestionsEnabled);
		result.append(')');
		return result.toString();
	}

} //ProjectSettingsImpl
