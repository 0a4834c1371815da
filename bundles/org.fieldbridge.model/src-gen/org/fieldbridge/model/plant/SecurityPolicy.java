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
 * A representation of the literals of the enumeration '<em><b>Security Policy</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * OPC UA security policy (OPC 10000-7).
 * <!-- end-model-doc -->
 * @see org.fieldbridge.model.plant.PlantPackage#getSecurityPolicy()
 * @model
 * @generated
 */
public enum SecurityPolicy implements Enumerator {
	/**
	 * The '<em><b>None</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No security.
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "None", "None"),

	/**
	 * The '<em><b>Basic256 Sha256</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Basic256Sha256.
	 * <!-- end-model-doc -->
	 * @see #BASIC256_SHA256_VALUE
	 * @generated
	 * @ordered
	 */
	BASIC256_SHA256(1, "Basic256Sha256", "Basic256Sha256"),

	/**
	 * The '<em><b>Aes128 Sha256 Rsa Oaep</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Aes128_Sha256_RsaOaep.
	 * <!-- end-model-doc -->
	 * @see #AES128_SHA256_RSA_OAEP_VALUE
	 * @generated
	 * @ordered
	 */
	AES128_SHA256_RSA_OAEP(2, "Aes128_Sha256_RsaOaep", "Aes128_Sha256_RsaOaep"),

	/**
	 * The '<em><b>Aes256 Sha256 Rsa Pss</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Aes256_Sha256_RsaPss.
	 * <!-- end-model-doc -->
	 * @see #AES256_SHA256_RSA_PSS_VALUE
	 * @generated
	 * @ordered
	 */
	AES256_SHA256_RSA_PSS(3, "Aes256_Sha256_RsaPss", "Aes256_Sha256_RsaPss");

	/**
	 * The '<em><b>None</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No security.
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model name="None"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>Basic256 Sha256</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Basic256Sha256.
	 * <!-- end-model-doc -->
	 * @see #BASIC256_SHA256
	 * @model name="Basic256Sha256"
	 * @generated
	 * @ordered
	 */
	public static final int BASIC256_SHA256_VALUE = 1;

	/**
	 * The '<em><b>Aes128 Sha256 Rsa Oaep</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Aes128_Sha256_RsaOaep.
	 * <!-- end-model-doc -->
	 * @see #AES128_SHA256_RSA_OAEP
	 * @model name="Aes128_Sha256_RsaOaep"
	 * @generated
	 * @ordered
	 */
	public static final int AES128_SHA256_RSA_OAEP_VALUE = 2;

	/**
	 * The '<em><b>Aes256 Sha256 Rsa Pss</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Aes256_Sha256_RsaPss.
	 * <!-- end-model-doc -->
	 * @see #AES256_SHA256_RSA_PSS
	 * @model name="Aes256_Sha256_RsaPss"
	 * @generated
	 * @ordered
	 */
	public static final int AES256_SHA256_RSA_PSS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Security Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SecurityPolicy[] VALUES_ARRAY =
		new SecurityPolicy[] {
			NONE,
			BASIC256_SHA256,
			AES128_SHA256_RSA_OAEP,
			AES256_SHA256_RSA_PSS,
		};

	/**
	 * A public read-only list of all the '<em><b>Security Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SecurityPolicy> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Security Policy</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SecurityPolicy get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SecurityPolicy result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Security Policy</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SecurityPolicy getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SecurityPolicy result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Security Policy</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SecurityPolicy get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case BASIC256_SHA256_VALUE: return BASIC256_SHA256;
			case AES128_SHA256_RSA_OAEP_VALUE: return AES128_SHA256_RSA_OAEP;
			case AES256_SHA256_RSA_PSS_VALUE: return AES256_SHA256_RSA_PSS;
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
	private SecurityPolicy(int value, String name, String literal) {
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
	
} //SecurityPolicy
