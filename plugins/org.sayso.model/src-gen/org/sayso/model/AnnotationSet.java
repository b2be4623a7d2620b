/**
 */
package org.sayso.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One annotator's annotations of one document (annotations/<annotator>/<docId>.xmi), or the curated set (curation/<docId>.xmi) when curated is true.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sayso.model.AnnotationSet#getDocument <em>Document</em>}</li>
 *   <li>{@link org.sayso.model.AnnotationSet#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.sayso.model.AnnotationSet#isCurated <em>Curated</em>}</li>
 *   <li>{@link org.sayso.model.AnnotationSet#getState <em>State</em>}</li>
 *   <li>{@link org.sayso.model.AnnotationSet#getLastModified <em>Last Modified</em>}</li>
 *   <li>{@link org.sayso.model.AnnotationSet#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.sayso.model.AnnotationSet#getEntities <em>Entities</em>}</li>
 *   <li>{@link org.sayso.model.AnnotationSet#getRejections <em>Rejections</em>}</li>
 *   <li>{@link org.sayso.model.AnnotationSet#getOmittedUnits <em>Omitted Units</em>}</li>
 * </ul>
 *
 * @see org.sayso.model.SaysoPackage#getAnnotationSet()
 * @model
 * @generated
 */
public interface AnnotationSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(Document)
	 * @see org.sayso.model.SaysoPackage#getAnnotationSet_Document()
	 * @model required="true"
	 * @generated
	 */
	Document getDocument();

	/**
	 * Sets the value of the '{@link org.sayso.model.AnnotationSet#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(Document value);

	/**
	 * Returns the value of the '<em><b>Annotator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotator</em>' attribute.
	 * @see #setAnnotator(String)
	 * @see org.sayso.model.SaysoPackage#getAnnotationSet_Annotator()
	 * @model required="true"
	 * @generated
	 */
	String getAnnotator();

	/**
	 * Sets the value of the '{@link org.sayso.model.AnnotationSet#getAnnotator <em>Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotator</em>' attribute.
	 * @see #getAnnotator()
	 * @generated
	 */
	void setAnnotator(String value);

	/**
	 * Returns the value of the '<em><b>Curated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Curated</em>' attribute.
	 * @see #setCurated(boolean)
	 * @see org.sayso.model.SaysoPackage#getAnnotationSet_Curated()
	 * @model
	 * @generated
	 */
	boolean isCurated();

	/**
	 * Sets the value of the '{@link org.sayso.model.AnnotationSet#isCurated <em>Curated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Curated</em>' attribute.
	 * @see #isCurated()
	 * @generated
	 */
	void setCurated(boolean value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sayso.model.SetState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.sayso.model.SetState
	 * @see #setState(SetState)
	 * @see org.sayso.model.SaysoPackage#getAnnotationSet_State()
	 * @model
	 * @generated
	 */
	SetState getState();

	/**
	 * Sets the value of the '{@link org.sayso.model.AnnotationSet#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.sayso.model.SetState
	 * @see #getState()
	 * @generated
	 */
	void setState(SetState value);

	/**
	 * Returns the value of the '<em><b>Last Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Modified</em>' attribute.
	 * @see #setLastModified(Date)
	 * @see org.sayso.model.SaysoPackage#getAnnotationSet_LastModified()
	 * @model
	 * @generated
	 */
	Date getLastModified();

	/**
	 * Sets the value of the '{@link org.sayso.model.AnnotationSet#getLastModified <em>Last Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Modified</em>' attribute.
	 * @see #getLastModified()
	 * @generated
	 */
	void setLastModified(Date value);

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.sayso.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.sayso.model.SaysoPackage#getAnnotationSet_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Entities</b></em>' containment reference list.
	 * The list contents are of type {@link org.sayso.model.SpeakerEntity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entities</em>' containment reference list.
	 * @see org.sayso.model.SaysoPackage#getAnnotationSet_Entities()
	 * @model containment="true"
	 * @generated
	 */
	EList<SpeakerEntity> getEntities();

	/**
	 * Returns the value of the '<em><b>Rejections</b></em>' containment reference list.
	 * The list contents are of type {@link org.sayso.model.Rejection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Suggestions the annotator rejected, so that suggesting again does not bring them back.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rejections</em>' containment reference list.
	 * @see org.sayso.model.SaysoPackage#getAnnotationSet_Rejections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Rejection> getRejections();

	/**
	 * Returns the value of the '<em><b>Omitted Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.sayso.model.Provenance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In a curated set: the curator's decisions to leave a unit out that some annotators had, kept so that a re-merge does not ask again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Omitted Units</em>' containment reference list.
	 * @see org.sayso.model.SaysoPackage#getAnnotationSet_OmittedUnits()
	 * @model containment="true"
	 * @generated
	 */
	EList<Provenance> getOmittedUnits();

} // AnnotationSet
