/**
 */
package org.sayso.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sayso.model.Claim#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sayso.model.Claim#getSources <em>Sources</em>}</li>
 *   <li>{@link org.sayso.model.Claim#getCues <em>Cues</em>}</li>
 * </ul>
 *
 * @see org.sayso.model.SaysoPackage#getClaim()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasSpeaker speakersExist'"
 *        annotation="http://sayso.org/model/constraints hasSpeaker='a claim is attributed to at least one speaker' speakersExist='every speaker of the claim is a mention in the same annotation set'"
 * @generated
 */
public interface Claim extends Annotation {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sayso.model.ClaimKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.sayso.model.ClaimKind
	 * @see #setKind(ClaimKind)
	 * @see org.sayso.model.SaysoPackage#getClaim_Kind()
	 * @model
	 * @generated
	 */
	ClaimKind getKind();

	/**
	 * Sets the value of the '{@link org.sayso.model.Claim#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.sayso.model.ClaimKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ClaimKind value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' reference list.
	 * The list contents are of type {@link org.sayso.model.SpeakerMention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The speakers the claim is attributed to: usually one, several for joint statements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sources</em>' reference list.
	 * @see org.sayso.model.SaysoPackage#getClaim_Sources()
	 * @model
	 * @generated
	 */
	EList<SpeakerMention> getSources();

	/**
	 * Returns the value of the '<em><b>Cues</b></em>' reference list.
	 * The list contents are of type {@link org.sayso.model.Cue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cues</em>' reference list.
	 * @see org.sayso.model.SaysoPackage#getClaim_Cues()
	 * @model
	 * @generated
	 */
	EList<Cue> getCues();

} // Claim
