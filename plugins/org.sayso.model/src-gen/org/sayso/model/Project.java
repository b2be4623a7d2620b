/**
 */
package org.sayso.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Sayso project: the sayso.project file of a project folder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sayso.model.Project#getName <em>Name</em>}</li>
 *   <li>{@link org.sayso.model.Project#getAnnotators <em>Annotators</em>}</li>
 *   <li>{@link org.sayso.model.Project#getSettings <em>Settings</em>}</li>
 *   <li>{@link org.sayso.model.Project#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.sayso.model.Project#getSpeakers <em>Speakers</em>}</li>
 * </ul>
 *
 * @see org.sayso.model.SaysoPackage#getProject()
 * @model
 * @generated
 */
public interface Project extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sayso.model.SaysoPackage#getProject_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sayso.model.Project#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Annotators</b></em>' containment reference list.
	 * The list contents are of type {@link org.sayso.model.Annotator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotators</em>' containment reference list.
	 * @see org.sayso.model.SaysoPackage#getProject_Annotators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotator> getAnnotators();

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference.
	 * @see #setSettings(ProjectSettings)
	 * @see org.sayso.model.SaysoPackage#getProject_Settings()
	 * @model containment="true" required="true"
	 * @generated
	 */
	ProjectSettings getSettings();

	/**
	 * Sets the value of the '{@link org.sayso.model.Project#getSettings <em>Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settings</em>' containment reference.
	 * @see #getSettings()
	 * @generated
	 */
	void setSettings(ProjectSettings value);

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.sayso.model.Document}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see org.sayso.model.SaysoPackage#getProject_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Document> getDocuments();

	/**
	 * Returns the value of the '<em><b>Speakers</b></em>' containment reference list.
	 * The list contents are of type {@link org.sayso.model.RegisteredSpeaker}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The project's speaker registry: one entry per source of statements across all articles. A set's SpeakerEntity whose id is a registry id is that speaker.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Speakers</em>' containment reference list.
	 * @see org.sayso.model.SaysoPackage#getProject_Speakers()
	 * @model containment="true"
	 * @generated
	 */
	EList<RegisteredSpeaker> getSpeakers();

} // Project
