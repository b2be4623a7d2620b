/**
 */
package org.sayso.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.sayso.model.Claim;
import org.sayso.model.ClaimKind;
import org.sayso.model.Cue;
import org.sayso.model.SaysoPackage;
import org.sayso.model.SpeakerMention;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sayso.model.impl.ClaimImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sayso.model.impl.ClaimImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.sayso.model.impl.ClaimImpl#getCues <em>Cues</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClaimImpl extends AnnotationImpl implements Claim {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ClaimKind KIND_EDEFAULT = ClaimKind.DIRECT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ClaimKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<SpeakerMention> sources;

	/**
	 * The cached value of the '{@link #getCues() <em>Cues</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCues()
	 * @generated
	 * @ordered
	 */
	protected EList<Cue> cues;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClaimImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SaysoPackage.Literals.CLAIM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClaimKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ClaimKind newKind) {
		ClaimKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.CLAIM__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SpeakerMention> getSources() {
		if (sources == null) {
			sources = new EObjectResolvingEList<SpeakerMention>(SpeakerMention.class, this, SaysoPackage.CLAIM__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cue> getCues() {
		if (cues == null) {
			cues = new EObjectResolvingEList<Cue>(Cue.class, this, SaysoPackage.CLAIM__CUES);
		}
		return cues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SaysoPackage.CLAIM__KIND:
				return getKind();
			case SaysoPackage.CLAIM__SOURCES:
				return getSources();
			case SaysoPackage.CLAIM__CUES:
				return getCues();
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
			case SaysoPackage.CLAIM__KIND:
				setKind((ClaimKind)newValue);
				return;
			case SaysoPackage.CLAIM__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends SpeakerMention>)newValue);
				return;
			case SaysoPackage.CLAIM__CUES:
				getCues().clear();
				getCues().addAll((Collection<? extends Cue>)newValue);
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
			case SaysoPackage.CLAIM__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SaysoPackage.CLAIM__SOURCES:
				getSources().clear();
				return;
			case SaysoPackage.CLAIM__CUES:
				getCues().clear();
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
			case SaysoPackage.CLAIM__KIND:
				return kind != KIND_EDEFAULT;
			case SaysoPackage.CLAIM__SOURCES:
				return sources != null && !sources.isEmpty();
			case SaysoPackage.CLAIM__CUES:
				return cues != null && !cues.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //ClaimImpl
