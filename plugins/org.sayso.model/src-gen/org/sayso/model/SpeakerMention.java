/**
 */
package org.sayso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Speaker Mention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sayso.model.SpeakerMention#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sayso.model.SpeakerMention#getEntity <em>Entity</em>}</li>
 * </ul>
 *
 * @see org.sayso.model.SaysoPackage#getSpeakerMention()
 * @model
 * @generated
 */
public interface SpeakerMention extends Annotation {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sayso.model.SpeakerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.sayso.model.SpeakerKind
	 * @see #setKind(SpeakerKind)
	 * @see org.sayso.model.SaysoPackage#getSpeakerMention_Kind()
	 * @model
	 * @generated
	 */
	SpeakerKind getKind();

	/**
	 * Sets the value of the '{@link org.sayso.model.SpeakerMention#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.sayso.model.SpeakerKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SpeakerKind value);

	/**
	 * Returns the value of the '<em><b>Entity</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.sayso.model.SpeakerEntity#getMentions <em>Mentions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entity</em>' reference.
	 * @see #setEntity(SpeakerEntity)
	 * @see org.sayso.model.SaysoPackage#getSpeakerMention_Entity()
	 * @see org.sayso.model.SpeakerEntity#getMentions
	 * @model opposite="mentions"
	 * @generated
	 */
	SpeakerEntity getEntity();

	/**
	 * Sets the value of the '{@link org.sayso.model.SpeakerMention#getEntity <em>Entity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Entity</em>' reference.
	 * @see #getEntity()
	 * @generated
	 */
	void setEntity(SpeakerEntity value);

} // SpeakerMention
