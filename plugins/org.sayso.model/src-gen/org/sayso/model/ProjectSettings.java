/**
 */
package org.sayso.model;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sayso.model.ProjectSettings#getClaimOverlapThreshold <em>Claim Overlap Threshold</em>}</li>
 *   <li>{@link org.sayso.model.ProjectSettings#getColours <em>Colours</em>}</li>
 *   <li>{@link org.sayso.model.ProjectSettings#isSuggestionsEnabled <em>Suggestions Enabled</em>}</li>
 * </ul>
 *
 * @see org.sayso.model.SaysoPackage#getProjectSettings()
 * @model
 * @generated
 */
public interface ProjectSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Claim Overlap Threshold</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the shorter claim that two claims must overlap to be aligned when merging.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Claim Overlap Threshold</em>' attribute.
	 * @see #setClaimOverlapThreshold(double)
	 * @see org.sayso.model.SaysoPackage#getProjectSettings_ClaimOverlapThreshold()
	 * @model default="0.5"
	 * @generated
	 */
	double getClaimOverlapThreshold();

	/**
	 * Sets the value of the '{@link org.sayso.model.ProjectSettings#getClaimOverlapThreshold <em>Claim Overlap Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Claim Overlap Threshold</em>' attribute.
	 * @see #getClaimOverlapThreshold()
	 * @generated
	 */
	void setClaimOverlapThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Colours</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Highlight colour per annotation type name, as #rrggbb; types not listed use the default palette.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colours</em>' map.
	 * @see org.sayso.model.SaysoPackage#getProjectSettings_Colours()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getColours();

	/**
	 * Returns the value of the '<em><b>Suggestions Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suggestions Enabled</em>' attribute.
	 * @see #setSuggestionsEnabled(boolean)
	 * @see org.sayso.model.SaysoPackage#getProjectSettings_SuggestionsEnabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isSuggestionsEnabled();

	/**
	 * Sets the value of the '{@link org.sayso.model.ProjectSettings#isSuggestionsEnabled <em>Suggestions Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suggestions Enabled</em>' attribute.
	 * @see #isSuggestionsEnabled()
	 * @generated
	 */
	void setSuggestionsEnabled(boolean value);

} // ProjectSettings
