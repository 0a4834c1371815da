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
 * A representation of the literals of the enumeration '<em><b>Permission</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Permission granted by a role.
 * <!-- end-model-doc -->
 * @see org.fieldbridge.model.plant.PlantPackage#getPermission()
 * @model
 * @generated
 */
public enum Permission implements Enumerator {
	/**
	 * The '<em><b>Browse</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * See the model and address space.
	 * <!-- end-model-doc -->
	 * @see #BROWSE_VALUE
	 * @generated
	 * @ordered
	 */
	BROWSE(0, "browse", "browse"),

	/**
	 * The '<em><b>Read</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Read live values.
	 * <!-- end-model-doc -->
	 * @see #READ_VALUE
	 * @generated
	 * @ordered
	 */
	READ(1, "read", "read"),

	/**
	 * The '<em><b>Write</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Write to controllers (still confirmed and audited).
	 * <!-- end-model-doc -->
	 * @see #WRITE_VALUE
	 * @generated
	 * @ordered
	 */
	WRITE(2, "write", "write"),

	/**
	 * The '<em><b>Acknowledge Alarms</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Acknowledge alarms.
	 * <!-- end-model-doc -->
	 * @see #ACKNOWLEDGE_ALARMS_VALUE
	 * @generated
	 * @ordered
	 */
	ACKNOWLEDGE_ALARMS(3, "acknowledgeAlarms", "acknowledgeAlarms"),

	/**
	 * The '<em><b>Commission</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Record commissioning verifications.
	 * <!-- end-model-doc -->
	 * @see #COMMISSION_VALUE
	 * @generated
	 * @ordered
	 */
	COMMISSION(4, "commission", "commission"),

	/**
	 * The '<em><b>Administer</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Manage roles and configuration.
	 * <!-- end-model-doc -->
	 * @see #ADMINISTER_VALUE
	 * @generated
	 * @ordered
	 */
	ADMINISTER(5, "administer", "administer");

	/**
	 * The '<em><b>Browse</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * See the model and address space.
	 * <!-- end-model-doc -->
	 * @see #BROWSE
	 * @model name="browse"
	 * @generated
	 * @ordered
	 */
	public static final int BROWSE_VALUE = 0;

	/**
	 * The '<em><b>Read</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Read live values.
	 * <!-- end-model-doc -->
	 * @see #READ
	 * @model name="read"
	 * @generated
	 * @ordered
	 */
	public static final int READ_VALUE = 1;

	/**
	 * The '<em><b>Write</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Write to controllers (still confirmed and audited).
	 * <!-- end-model-doc -->
	 * @see #WRITE
	 * @model name="write"
	 * @generated
	 * @ordered
	 */
	public static final int WRITE_VALUE = 2;

	/**
	 * The '<em><b>Acknowledge Alarms</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Acknowledge alarms.
	 * <!-- end-model-doc -->
	 * @see #ACKNOWLEDGE_ALARMS
	 * @model name="acknowledgeAlarms"
	 * @generated
	 * @ordered
	 */
	public static final int ACKNOWLEDGE_ALARMS_VALUE = 3;

	/**
	 * The '<em><b>Commission</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Record commissioning verifications.
	 * <!-- end-model-doc -->
	 * @see #COMMISSION
	 * @model name="commission"
	 * @generated
	 * @ordered
	 */
	public static final int COMMISSION_VALUE = 4;

	/**
	 * The '<em><b>Administer</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Manage roles and configuration.
	 * <!-- end-model-doc -->
	 * @see #ADMINISTER
	 * @model name="administer"
	 * @generated
	 * @ordered
	 */
	public static final int ADMINISTER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Permission</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Permission[] VALUES_ARRAY =
		new Permission[] {
			BROWSE,
			READ,
			WRITE,
			ACKNOWLEDGE_ALARMS,
			COMMISSION,
			ADMINISTER,
		};

	/**
	 * A public read-only list of all the '<em><b>Permission</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Permission> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Permission</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Permission get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Permission result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Permission</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Permission getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Permission result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Permission</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Permission get(int value) {
		switch (value) {
			case BROWSE_VALUE: return BROWSE;
			case READ_VALUE: return READ;
			case WRITE_VALUE: return WRITE;
			case ACKNOWLEDGE_ALARMS_VALUE: return ACKNOWLEDGE_ALARMS;
			case COMMISSION_VALUE: return COMMISSION;
			case ADMINISTER_VALUE: return ADMINISTER;
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
	private Permission(int value, String name, String literal) {
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
	
} //Permission
