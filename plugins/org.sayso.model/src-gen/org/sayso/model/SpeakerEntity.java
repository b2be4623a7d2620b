/**
 */
package org.sayso.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Speaker Entity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One source of statements: the mentions that refer to it (Maria Lopez, Lopez, she).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sayso.model.SpeakerEntity#getId <em>Id</em>}</li>
 *   <li>{@link org.sayso.model.SpeakerEntity#getName <em>Name</em>}</li>
 *   <li>{@link org.sayso.model.SpeakerEntity#getMentions <em>Mentions</em>}</li>
 * </ul>
 *
 * @see org.sayso.model.SaysoPackage#getSpeakerEntity()
 * @model
 * @generated
 */
public interface SpeakerEntity extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.sayso.model.SaysoPackage#getSpeakerEntity_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.sayso.model.SpeakerEntity#getId <em>Id</em>}' attribute.
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
	 * @see org.sayso.model.SaysoPackage#getSpeakerEntity_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sayso.model.SpeakerEntity#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Mentions</b></em>' reference list.
	 * The list contents are of type {@link org.sayso.model.SpeakerMention}.
	 * It is bidirectional and its opposite is '{@link org.sayso.model.SpeakerMention#getEntity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mentions</em>' reference list.
	 * @see org.sayso.model.SaysoPackage#getSpeakerEntity_Mentions()
	 * @see org.sayso.model.SpeakerMention#getEntity
	 * @model opposite="entity"
	 * @generated
	 */
	EList<SpeakerMention> getMentions();

} // SpeakerEntity
