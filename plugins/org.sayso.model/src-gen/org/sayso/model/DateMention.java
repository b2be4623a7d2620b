/**
 */
package org.sayso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Date Mention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sayso.model.DateMention#getValue <em>Value</em>}</li>
 *   <li>{@link org.sayso.model.DateMention#getType <em>Type</em>}</li>
 *   <li>{@link org.sayso.model.DateMention#isDctDependent <em>Dct Dependent</em>}</li>
 * </ul>
 *
 * @see org.sayso.model.SaysoPackage#getDateMention()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasValue validValue'"
 *        annotation="http://sayso.org/model/constraints hasValue='a date has a normalized value, or a note that says why it has none' validValue='a date\'s value is an ISO 8601 or TimeML value of the scheme that exists in the calendar'"
 * @generated
 */
public interface DateMention extends Annotation {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 8601 at the precision the text supports: 2024, 2024-03, 2024-03-07, 2024-W10, 2024-03-07T15:00, intervals 2024-03-20/2024-03-22, durations P2W.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.sayso.model.SaysoPackage#getDateMention_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.sayso.model.DateMention#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sayso.model.DateType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.sayso.model.DateType
	 * @see #setType(DateType)
	 * @see org.sayso.model.SaysoPackage#getDateMention_Type()
	 * @model
	 * @generated
	 */
	DateType getType();

	/**
	 * Sets the value of the '{@link org.sayso.model.DateMention#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.sayso.model.DateType
	 * @see #getType()
	 * @generated
	 */
	void setType(DateType value);

	/**
	 * Returns the value of the '<em><b>Dct Dependent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dct Dependent</em>' attribute.
	 * @see #setDctDependent(boolean)
	 * @see org.sayso.model.SaysoPackage#getDateMention_DctDependent()
	 * @model
	 * @generated
	 */
	boolean isDctDependent();

	/**
	 * Sets the value of the '{@link org.sayso.model.DateMention#isDctDependent <em>Dct Dependent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dct Dependent</em>' attribute.
	 * @see #isDctDependent()
	 * @generated
	 */
	void setDctDependent(boolean value);

} // DateMention
