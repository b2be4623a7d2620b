/**
 */
package org.sayso.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An article. Its text lives in documents/<id>.txt and is loaded on demand.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sayso.model.Document#getId <em>Id</em>}</li>
 *   <li>{@link org.sayso.model.Document#getTitle <em>Title</em>}</li>
 *   <li>{@link org.sayso.model.Document#getSourceUri <em>Source Uri</em>}</li>
 *   <li>{@link org.sayso.model.Document#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.sayso.model.Document#getDct <em>Dct</em>}</li>
 *   <li>{@link org.sayso.model.Document#getDctOrigin <em>Dct Origin</em>}</li>
 *   <li>{@link org.sayso.model.Document#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.sayso.model.SaysoPackage#getDocument()
 * @model
 * @generated
 */
public interface Document extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.sayso.model.SaysoPackage#getDocument_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.sayso.model.Document#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.sayso.model.SaysoPackage#getDocument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.sayso.model.Document#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Source Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Uri</em>' attribute.
	 * @see #setSourceUri(String)
	 * @see org.sayso.model.SaysoPackage#getDocument_SourceUri()
	 * @model
	 * @generated
	 */
	String getSourceUri();

	/**
	 * Sets the value of the '{@link org.sayso.model.Document#getSourceUri <em>Source Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Uri</em>' attribute.
	 * @see #getSourceUri()
	 * @generated
	 */
	void setSourceUri(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * The default value is <code>"en"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.sayso.model.SaysoPackage#getDocument_Language()
	 * @model default="en"
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.sayso.model.Document#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Dct</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Document creation time, ISO 8601 (2024-03-07 or 2024-03-07T15:00): relative dates are resolved against it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dct</em>' attribute.
	 * @see #setDct(String)
	 * @see org.sayso.model.SaysoPackage#getDocument_Dct()
	 * @model
	 * @generated
	 */
	String getDct();

	/**
	 * Sets the value of the '{@link org.sayso.model.Document#getDct <em>Dct</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dct</em>' attribute.
	 * @see #getDct()
	 * @generated
	 */
	void setDct(String value);

	/**
	 * Returns the value of the '<em><b>Dct Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the DCT came from: manual, dateline or imported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dct Origin</em>' attribute.
	 * @see #setDctOrigin(String)
	 * @see org.sayso.model.SaysoPackage#getDocument_DctOrigin()
	 * @model
	 * @generated
	 */
	String getDctOrigin();

	/**
	 * Sets the value of the '{@link org.sayso.model.Document#getDctOrigin <em>Dct Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dct Origin</em>' attribute.
	 * @see #getDctOrigin()
	 * @generated
	 */
	void setDctOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.sayso.model.SaysoPackage#getDocument_Text()
	 * @model transient="true"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.sayso.model.Document#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Document
