/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Conformity</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Statement of conformity on a calibration certificate (ILAC-G8 terms).
 * <!-- end-model-doc -->
 * @see org.fieldbridge.model.plant.PlantPackage#getConformity()
 * @model
 * @generated
 */
public enum Conformity implements Enumerator {
	/**
	 * The '<em><b>Not Stated</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The certificate gives no statement.
	 * <!-- end-model-doc -->
	 * @see #NOT_STATED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_STATED(0, "notStated", "notStated"),

	/**
	 * The '<em><b>Pass</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pass.
	 * <!-- end-model-doc -->
	 * @see #PASS_VALUE
	 * @generated
	 * @ordered
	 */
	PASS(1, "pass", "pass"),

	/**
	 * The '<em><b>Conditional Pass</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conditional pass.
	 * <!-- end-model-doc -->
	 * @see #CONDITIONAL_PASS_VALUE
	 * @generated
	 * @ordered
	 */
	CONDITIONAL_PASS(2, "conditionalPass", "conditionalPass"),

	/**
	 * The '<em><b>Conditional Fail</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conditional fail.
	 * <!-- end-model-doc -->
	 * @see #CONDITIONAL_FAIL_VALUE
	 * @generated
	 * @ordered
	 */
	CONDITIONAL_FAIL(3, "conditionalFail", "conditionalFail"),

	/**
	 * The '<em><b>Fail</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fail.
	 * <!-- end-model-doc -->
	 * @see #FAIL_VALUE
	 * @generated
	 * @ordered
	 */
	FAIL(4, "fail", "fail");

	/**
	 * The '<em><b>Not Stated</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The certificate gives no statement.
	 * <!-- end-model-doc -->
	 * @see #NOT_STATED
	 * @model name="notStated"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_STATED_VALUE = 0;

	/**
	 * The '<em><b>Pass</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pass.
	 * <!-- end-model-doc -->
	 * @see #PASS
	 * @model name="pass"
	 * @generated
	 * @ordered
	 */
	public static final int PASS_VALUE = 1;

	/**
	 * The '<em><b>Conditional Pass</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conditional pass.
	 * <!-- end-model-doc -->
	 * @see #CONDITIONAL_PASS
	 * @model name="conditionalPass"
	 * @generated
	 * @ordered
	 */
	public static final int CONDITIONAL_PASS_VALUE = 2;

	/**
	 * The '<em><b>Conditional Fail</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conditional fail.
	 * <!-- end-model-doc -->
	 * @see #CONDITIONAL_FAIL
	 * @model name="conditionalFail"
	 * @generated
	 * @ordered
	 */
	public static final int CONDITIONAL_FAIL_VALUE = 3;

	/**
	 * The '<em><b>Fail</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fail.
	 * <!-- end-model-doc -->
	 * @see #FAIL
	 * @model name="fail"
	 * @generated
	 * @ordered
	 */
	public static final int FAIL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Conformity</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Conformity[] VALUES_ARRAY =
		new Conformity[] {
			NOT_STATED,
			PASS,
			CONDITIONAL_PASS,
			CONDITIONAL_FAIL,
			FAIL,
		};

	/**
	 * A public read-only list of all the '<em><b>Conformity</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Conformity> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Conformity</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Conformity get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Conformity result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conformity</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Conformity getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Conformity result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conformity</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Conformity get(int value) {
		switch (value) {
			case NOT_STATED_VALUE: return NOT_STATED;
			case PASS_VALUE: return PASS;
			case CONDITIONAL_PASS_VALUE: return CONDITIONAL_PASS;
			case CONDITIONAL_FAIL_VALUE: return CONDITIONAL_FAIL;
			case FAIL_VALUE: return FAIL;
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
	private Conformity(int value, String name, String literal) {
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
	
} //Conformity
