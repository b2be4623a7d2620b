/**
 */
package org.sayso.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provenance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where a unit of a curated set came from: the annotators whose version it is, and for a conflict the curator's decision, who took it and when.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sayso.model.Provenance#getAgreedBy <em>Agreed By</em>}</li>
 *   <li>{@link org.sayso.model.Provenance#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.sayso.model.Provenance#getChosenAnnotator <em>Chosen Annotator</em>}</li>
 *   <li>{@link org.sayso.model.Provenance#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.sayso.model.Provenance#getDecidedAt <em>Decided At</em>}</li>
 *   <li>{@link org.sayso.model.Provenance#getUnitKey <em>Unit Key</em>}</li>
 * </ul>
 *
 * @see org.sayso.model.SaysoPackage#getProvenance()
 * @model
 * @generated
 */
public interface Provenance extends EObject {
	/**
	 * Returns the value of the '<em><b>Agreed By</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agreed By</em>' attribute list.
	 * @see org.sayso.model.SaysoPackage#getProvenance_AgreedBy()
	 * @model
	 * @generated
	 */
	EList<String> getAgreedBy();

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sayso.model.CurationDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see org.sayso.model.CurationDecision
	 * @see #setDecision(CurationDecision)
	 * @see org.sayso.model.SaysoPackage#getProvenance_Decision()
	 * @model
	 * @generated
	 */
	CurationDecision getDecision();

	/**
	 * Sets the value of the '{@link org.sayso.model.Provenance#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see org.sayso.model.CurationDecision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(CurationDecision value);

	/**
	 * Returns the value of the '<em><b>Chosen Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chosen Annotator</em>' attribute.
	 * @see #setChosenAnnotator(String)
	 * @see org.sayso.model.SaysoPackage#getProvenance_ChosenAnnotator()
	 * @model
	 * @generated
	 */
	String getChosenAnnotator();

	/**
	 * Sets the value of the '{@link org.sayso.model.Provenance#getChosenAnnotator <em>Chosen Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chosen Annotator</em>' attribute.
	 * @see #getChosenAnnotator()
	 * @generated
	 */
	void setChosenAnnotator(String value);

	/**
	 * Returns the value of the '<em><b>Decided By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided By</em>' attribute.
	 * @see #setDecidedBy(String)
	 * @see org.sayso.model.SaysoPackage#getProvenance_DecidedBy()
	 * @model
	 * @generated
	 */
	String getDecidedBy();

	/**
	 * Sets the value of the '{@link org.sayso.model.Provenance#getDecidedBy <em>Decided By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided By</em>' attribute.
	 * @see #getDecidedBy()
	 * @generated
	 */
	void setDecidedBy(String value);

	/**
	 * Returns the value of the '<em><b>Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided At</em>' attribute.
	 * @see #setDecidedAt(Date)
	 * @see org.sayso.model.SaysoPackage#getProvenance_DecidedAt()
	 * @model
	 * @generated
	 */
	Date getDecidedAt();

	/**
	 * Sets the value of the '{@link org.sayso.model.Provenance#getDecidedAt <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided At</em>' attribute.
	 * @see #getDecidedAt()
	 * @generated
	 */
	void setDecidedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Unit Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A digest of every annotator's version of the unit when it was decided: a re-merge keeps the decision while the versions are the same.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Key</em>' attribute.
	 * @see #setUnitKey(String)
	 * @see org.sayso.model.SaysoPackage#getProvenance_UnitKey()
	 * @model
	 * @generated
	 */
	String getUnitKey();

	/**
	 * Sets the value of the '{@link org.sayso.model.Provenance#getUnitKey <em>Unit Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Key</em>' attribute.
	 * @see #getUnitKey()
	 * @generated
	 */
	void setUnitKey(String value);

} // Provenance
