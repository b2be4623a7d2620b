/**
 */
package org.sayso.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Registered Speaker</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A speaker of the whole project (John Kirby, the Pentagon): the id every article's sets use for it, the names it goes by, and an optional id in an outside knowledge base.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sayso.model.RegisteredSpeaker#getId <em>Id</em>}</li>
 *   <li>{@link org.sayso.model.RegisteredSpeaker#getName <em>Name</em>}</li>
 *   <li>{@link org.sayso.model.RegisteredSpeaker#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.sayso.model.RegisteredSpeaker#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sayso.model.RegisteredSpeaker#getExternalId <em>External Id</em>}</li>
 * </ul>
 *
 * @see org.sayso.model.SaysoPackage#getRegisteredSpeaker()
 * @model
 * @generated
 */
public interface RegisteredSpeaker extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.sayso.model.SaysoPackage#getRegisteredSpeaker_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.sayso.model.RegisteredSpeaker#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sayso.model.SaysoPackage#getRegisteredSpeaker_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sayso.model.RegisteredSpeaker#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.sayso.model.SaysoPackage#getRegisteredSpeaker_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sayso.model.SpeakerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.sayso.model.SpeakerKind
	 * @see #setKind(SpeakerKind)
	 * @see org.sayso.model.SaysoPackage#getRegisteredSpeaker_Kind()
	 * @model
	 * @generated
	 */
	SpeakerKind getKind();

	/**
	 * Sets the value of the '{@link org.sayso.model.RegisteredSpeaker#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.sayso.model.SpeakerKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SpeakerKind value);

	/**
	 * Returns the value of the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An id in an outside knowledge base, kept as given (a Wikidata QID such as Q6258380).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Id</em>' attribute.
	 * @see #setExternalId(String)
	 * @see org.sayso.model.SaysoPackage#getRegisteredSpeaker_ExternalId()
	 * @model
	 * @generated
	 */
	String getExternalId();

	/**
	 * Sets the value of the '{@link org.sayso.model.RegisteredSpeaker#getExternalId <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Id</em>' attribute.
	 * @see #getExternalId()
	 * @generated
	 */
	void setExternalId(String value);

} // RegisteredSpeaker
