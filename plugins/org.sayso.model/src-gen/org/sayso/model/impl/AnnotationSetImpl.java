/**
 */
package org.sayso.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Document;
import org.sayso.model.Provenance;
import org.sayso.model.Rejection;
import org.sayso.model.SaysoPackage;
import org.sayso.model.SetState;
import org.sayso.model.SpeakerEntity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sayso.model.impl.AnnotationSetImpl#getDocument <em>Document</em>}</li>
 *   <li>{@link org.sayso.model.impl.AnnotationSetImpl#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.sayso.model.impl.AnnotationSetImpl#isCurated <em>Curated</em>}</li>
 *   <li>{@link org.sayso.model.impl.AnnotationSetImpl#getState <em>State</em>}</li>
 *   <li>{@link org.sayso.model.impl.AnnotationSetImpl#getLastModified <em>Last Modified</em>}</li>
 *   <li>{@link org.sayso.model.impl.AnnotationSetImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.sayso.model.impl.AnnotationSetImpl#getEntities <em>Entities</em>}</li>
 *   <li>{@link org.sayso.model.impl.AnnotationSetImpl#getRejections <em>Rejections</em>}</li>
 *   <li>{@link org.sayso.model.impl.AnnotationSetImpl#getOmittedUnits <em>Omitted Units</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationSetImpl extends MinimalEObjectImpl.Container implements AnnotationSet {
	/**
	 * The cached value of the '{@link #getDocument() <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocument()
	 * @generated
	 * @ordered
	 */
	protected Document document;

	/**
	 * The default value of the '{@link #getAnnotator() <em>Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotator()
	 * @generated
	 * @ordered
	 */
	protected static final String ANNOTATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnotator() <em>Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotator()
	 * @generated
	 * @ordered
	 */
	protected String annotator = ANNOTATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isCurated() <em>Curated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCurated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CURATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCurated() <em>Curated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCurated()
	 * @generated
	 * @ordered
	 */
	protected boolean curated = CURATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final SetState STATE_EDEFAULT = SetState.NEW;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected SetState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastModified() <em>Last Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastModified()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_MODIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastModified() <em>Last Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastModified()
	 * @generated
	 * @ordered
	 */
	protected Date lastModified = LAST_MODIFIED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

	/**
	 * The cached value of the '{@link #getEntities() <em>Entities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntities()
	 * @generated
	 * @ordered
	 */
	protected EList<SpeakerEntity> entities;

	/**
	 * The cached value of the '{@link #getRejections() <em>Rejections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejections()
	 * @generated
	 * @ordered
	 */
	protected EList<Rejection> rejections;

	/**
	 * The cached value of the '{@link #getOmittedUnits() <em>Omitted Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOmittedUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<Provenance> omittedUnits;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SaysoPackage.Literals.ANNOTATION_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document getDocument() {
		if (document != null && document.eIsProxy()) {
			InternalEObject oldDocument = (InternalEObject)document;
			document = (Document)eResolveProxy(oldDocument);
			if (document != oldDocument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SaysoPackage.ANNOTATION_SET__DOCUMENT, oldDocument, document));
			}
		}
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Document basicGetDocument() {
		return document;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(Document newDocument) {
		Document oldDocument = document;
		document = newDocument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.ANNOTATION_SET__DOCUMENT, oldDocument, document));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnnotator() {
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotator(String newAnnotator) {
		String oldAnnotator = annotator;
		annotator = newAnnotator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.ANNOTATION_SET__ANNOTATOR, oldAnnotator, annotator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCurated() {
		return curated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurated(boolean newCurated) {
		boolean oldCurated = curated;
		curated = newCurated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.ANNOTATION_SET__CURATED, oldCurated, curated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SetState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(SetState newState) {
		SetState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.ANNOTATION_SET__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastModified() {
		return lastModified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastModified(Date newLastModified) {
		Date oldLastModified = lastModified;
		lastModified = newLastModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SaysoPackage.ANNOTATION_SET__LAST_MODIFIED, oldLastModified, lastModified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, SaysoPackage.ANNOTATION_SET__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SpeakerEntity> getEntities() {
		if (entities == null) {
			entities = new EObjectContainmentEList<SpeakerEntity>(SpeakerEntity.class, this, SaysoPackage.ANNOTATION_SET__ENTITIES);
		}
		return entities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Rejection> getRejections() {
		if (rejections == null) {
			rejections = new EObjectContainmentEList<Rejection>(Rejection.class, this, SaysoPackage.ANNOTATION_SET__REJECTIONS);
		}
		return rejections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Provenance> getOmittedUnits() {
		if (omittedUnits == null) {
			omittedUnits = new EObjectContainmentEList<Provenance>(Provenance.class, this, SaysoPackage.ANNOTATION_SET__OMITTED_UNITS);
		}
		return omittedUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SaysoPackage.ANNOTATION_SET__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case SaysoPackage.ANNOTATION_SET__ENTITIES:
				return ((InternalEList<?>)getEntities()).basicRemove(otherEnd, msgs);
			case SaysoPackage.ANNOTATION_SET__REJECTIONS:
				return ((InternalEList<?>)getRejections()).basicRemove(otherEnd, msgs);
			case SaysoPackage.ANNOTATION_SET__OMITTED_UNITS:
				return ((InternalEList<?>)getOmittedUnits()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SaysoPackage.ANNOTATION_SET__DOCUMENT:
				if (resolve) return getDocument();
				return basicGetDocument();
			case SaysoPackage.ANNOTATION_SET__ANNOTATOR:
				return getAnnotator();
			case SaysoPackage.ANNOTATION_SET__CURATED:
				return isCurated();
			case SaysoPackage.ANNOTATION_SET__STATE:
				return getState();
			case SaysoPackage.ANNOTATION_SET__LAST_MODIFIED:
				return getLastModified();
			case SaysoPackage.ANNOTATION_SET__ANNOTATIONS:
				return getAnnotations();
			case SaysoPackage.ANNOTATION_SET__ENTITIES:
				return getEntities();
			case SaysoPackage.ANNOTATION_SET__REJECTIONS:
				return getRejections();
			case SaysoPackage.ANNOTATION_SET__OMITTED_UNITS:
				return getOmittedUnits();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SaysoPackage.ANNOTATION_SET__DOCUMENT:
				setDocument((Document)newValue);
				return;
			case SaysoPackage.ANNOTATION_SET__ANNOTATOR:
				setAnnotator((String)newValue);
				return;
			case SaysoPackage.ANNOTATION_SET__CURATED:
				setCurated((Boolean)newValue);
				return;
			case SaysoPackage.ANNOTATION_SET__STATE:
				setState((SetState)newValue);
				return;
			case SaysoPackage.ANNOTATION_SET__LAST_MODIFIED:
				setLastModified((Date)newValue);
				return;
			case SaysoPackage.ANNOTATION_SET__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
			case SaysoPackage.ANNOTATION_SET__ENTITIES:
				getEntities().clear();
				getEntities().addAll((Collection<? extends SpeakerEntity>)newValue);
				return;
			case SaysoPackage.ANNOTATION_SET__REJECTIONS:
				getRejections().clear();
				getRejections().addAll((Collection<? extends Rejection>)newValue);
				return;
			case SaysoPackage.ANNOTATION_SET__OMITTED_UNITS:
				getOmittedUnits().clear();
				getOmittedUnits().addAll((Collection<? extends Provenance>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SaysoPackage.ANNOTATION_SET__DOCUMENT:
				setDocument((Document)null);
				return;
			case SaysoPackage.ANNOTATION_SET__ANNOTATOR:
				setAnnotator(ANNOTATOR_EDEFAULT);
				return;
			case SaysoPackage.ANNOTATION_SET__CURATED:
				setCurated(CURATED_EDEFAULT);
				return;
			case SaysoPackage.ANNOTATION_SET__STATE:
				setState(STATE_EDEFAULT);
				return;
			case SaysoPackage.ANNOTATION_SET__LAST_MODIFIED:
				setLastModified(LAST_MODIFIED_EDEFAULT);
				return;
			case SaysoPackage.ANNOTATION_SET__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case SaysoPackage.ANNOTATION_SET__ENTITIES:
				getEntities().clear();
				return;
			case SaysoPackage.ANNOTATION_SET__REJECTIONS:
				getRejections().clear();
				return;
			case SaysoPackage.ANNOTATION_SET__OMITTED_UNITS:
				getOmittedUnits().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SaysoPackage.ANNOTATION_SET__DOCUMENT:
				return document != null;
			case SaysoPackage.ANNOTATION_SET__ANNOTATOR:
				return ANNOTATOR_EDEFAULT == null ? annotator != null : !ANNOTATOR_EDEFAULT.equals(annotator);
			case SaysoPackage.ANNOTATION_SET__CURATED:
				return curated != CURATED_EDEFAULT;
			case SaysoPackage.ANNOTATION_SET__STATE:
				return state != STATE_EDEFAULT;
			case SaysoPackage.ANNOTATION_SET__LAST_MODIFIED:
				return LAST_MODIFIED_EDEFAULT == null ? lastModified != null : !LAST_MODIFIED_EDEFAULT.equals(lastModified);
			case SaysoPackage.ANNOTATION_SET__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case SaysoPackage.ANNOTATION_SET__ENTITIES:
				return entities != null && !entities.isEmpty();
			case SaysoPackage.ANNOTATION_SET__REJECTIONS:
				return rejections != null && !rejections.isEmpty();
			case SaysoPackage.ANNOTATION_SET__OMITTED_UNITS:
				return omittedUnits != null && !omittedUnits.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (annotator: ");
		result.append(annotator);
		result.append(", curated: ");
		result.append(curated);
		result.append(", state: ");
		result.append(state);
		result.append(", lastModified: ");
		result.append(lastModified);
		result.append(')');
		return result.toString();
	}

} //AnnotationSetImpl
