/**
 */
package org.sayso.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Curation Decision</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sayso.model.SaysoPackage#getCurationDecision()
 * @model
 * @generated
 */
public enum CurationDecision implements Enumerator {
	/**
	 * The '<em><b>UNANIMOUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNANIMOUS_VALUE
	 * @generated
	 * @ordered
	 */
	UNANIMOUS(0, "UNANIMOUS", "unanimous"),

	/**
	 * The '<em><b>MAJORITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAJORITY_VALUE
	 * @generated
	 * @ordered
	 */
	MAJORITY(1, "MAJORITY", "majority"),

	/**
	 * The '<em><b>CHOSEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHOSEN_VALUE
	 * @generated
	 * @ordered
	 */
	CHOSEN(2, "CHOSEN", "chosen"),

	/**
	 * The '<em><b>EDITED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDITED_VALUE
	 * @generated
	 * @ordered
	 */
	EDITED(3, "EDITED", "edited"),

	/**
	 * The '<em><b>OMITTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OMITTED_VALUE
	 * @generated
	 * @ordered
	 */
	OMITTED(4, "OMITTED", "omitted");

	/**
	 * The '<em><b>UNANIMOUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNANIMOUS
	 * @model literal="unanimous"
	 * @generated
	 * @ordered
	 */
	public static final int UNANIMOUS_VALUE = 0;

	/**
	 * The '<em><b>MAJORITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAJORITY
	 * @model literal="majority"
	 * @generated
	 * @ordered
	 */
	public static final int MAJORITY_VALUE = 1;

	/**
	 * The '<em><b>CHOSEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHOSEN
	 * @model literal="chosen"
	 * @generated
	 * @ordered
	 */
	public static final int CHOSEN_VALUE = 2;

	/**
	 * The '<em><b>EDITED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDITED
	 * @model literal="edited"
	 * @generated
	 * @ordered
	 */
	public static final int EDITED_VALUE = 3;

	/**
	 * The '<em><b>OMITTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OMITTED
	 * @model literal="omitted"
	 * @generated
	 * @ordered
	 */
	public static final int OMITTED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Curation Decision</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CurationDecision[] VALUES_ARRAY =
		new CurationDecision[] {
			UNANIMOUS,
			MAJORITY,
			CHOSEN,
			EDITED,
			OMITTED,
		};

	/**
	 * A public read-only list of all the '<em><b>Curation Decision</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CurationDecision> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Curation Decision</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CurationDecision get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CurationDecision result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Curation Decision</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CurationDecision getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CurationDecision result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Curation Decision</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CurationDecision get(int value) {
		switch (value) {
			case UNANIMOUS_VALUE: return UNANIMOUS;
			case MAJORITY_VALUE: return MAJORITY;
			case CHOSEN_VALUE: return CHOSEN;
			case EDITED_VALUE: return EDITED;
			case OMITTED_VALUE: return OMITTED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private CurationDecision(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //CurationDecision
