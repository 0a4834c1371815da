/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Username Identity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * User name and a reference to the password; the password itself is never stored.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.UsernameIdentity#getUsername <em>Username</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.UsernameIdentity#getSecretRef <em>Secret Ref</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getUsernameIdentity()
 * @model
 * @generated
 */
public interface UsernameIdentity extends UserIdentity {
	/**
	 * Returns the value of the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Username</em>' attribute.
	 * @see #setUsername(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getUsernameIdentity_Username()
	 * @model
	 * @generated
	 */
	String getUsername();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.UsernameIdentity#getUsername <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Username</em>' attribute.
	 * @see #getUsername()
	 * @generated
	 */
	void setUsername(String value);

	/**
	 * Returns the value of the '<em><b>Secret Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reference to the password, e.g. env:FB_OVEN2_PASSWORD or secure-storage:line4/oven2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secret Ref</em>' attribute.
	 * @see #setSecretRef(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getUsernameIdentity_SecretRef()
	 * @model
	 * @generated
	 */
	String getSecretRef();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.UsernameIdentity#getSecretRef <em>Secret Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret Ref</em>' attribute.
	 * @see #getSecretRef()
	 * @generated
	 */
	void setSecretRef(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The secret reference is present and uses a known scheme.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validSecretReference(DiagnosticChain diagnostics, Map<Object, Object> context);

} // UsernameIdentity
