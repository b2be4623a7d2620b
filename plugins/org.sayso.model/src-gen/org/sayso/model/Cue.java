/**
 */
package org.sayso.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cue</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.sayso.model.SaysoPackage#getCue()
 * @model
 * @generated
 */
public interface Cue extends Annotation {
} // Cue
