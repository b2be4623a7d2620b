/**
 */
package org.sayso.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.sayso.model.Cue;
import org.sayso.model.SaysoPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cue</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class CueImpl extends AnnotationImpl implements Cue {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SaysoPackage.Literals.CUE;
	}

} //CueImpl
