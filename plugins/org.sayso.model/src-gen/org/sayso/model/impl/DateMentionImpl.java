/**
 */
package org.sayso.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.sayso.model.DateMention;
import org.sayso.model.DateType;
import org.sayso.model.SaysoPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Date Mention</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sayso.model.impl.DateMentionImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.sayso.model.impl.DateMentionImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.sayso.model.impl.DateMentionImpl#isDctDependent <em>Dct Dependent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DateMentionImpl extends AnnotationImpl implements DateMention {
	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected String value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final DateType TYPE_EDEFAULT = DateType.DATE;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected DateType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #isDctDependent() <em>Dct Dependent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDctDependent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DCT_DEPENDENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDctDependent() <em>Dct Dependent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDctDependent()
	 * @generated
	 * @ordered
	 */
	protected boolean dctDependent = DCT_DEPENDENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DateMentionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SaysoPackage.Literals.DATE_MENTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(String newValue) {
		String oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.DATE_MENTION__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DateType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(DateType newType) {
		DateType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.DATE_MENTION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDctDependent() {
		return dctDependent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDctDependent(boolean newDctDependent) {
		boolean oldDctDependent = dctDependent;
		dctDependent = newDctDependent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.DATE_MENTION__DCT_DEPENDENT, oldDctDependent, dctDependent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SaysoPackage.DATE_MENTION__VALUE:
				return getValue();
			case SaysoPackage.DATE_MENTION__TYPE:
				return getType();
			case SaysoPackage.DATE_MENTION__DCT_DEPENDENT:
				return isDctDependent();
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
			case SaysoPackage.DATE_MENTION__VALUE:
				setValue((String)newValue);
				return;
			case SaysoPackage.DATE_MENTION__TYPE:
				setType((DateType)newValue);
				return;
			case SaysoPackage.DATE_MENTION__DCT_DEPENDENT:
				setDctDependent((Boolean)newValue);
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
			case SaysoPackage.DATE_MENTION__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case SaysoPackage.DATE_MENTION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case SaysoPackage.DATE_MENTION__DCT_DEPENDENT:
				setDctDependent(DCT_DEPENDENT_EDEFAULT);
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
			case SaysoPackage.DATE_MENTION__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case SaysoPackage.DATE_MENTION__TYPE:
				return type != TYPE_EDEFAULT;
			case SaysoPackage.DATE_MENTION__DCT_DEPENDENT:
				return dctDependent != DCT_DEPENDENT_EDEFAULT;
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
		result.append(" (value: ");
		result.append(value);
		result.append(", type: ");
		result.append(type);
		result.append(", dctDependent: ");
		result.append(dctDependent);
		result.append(')');
		return result.toString();
	}

} //DateMentionImpl
