/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>X509 Identity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * X.509 user certificate, by reference.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.X509Identity#getCertificateRef <em>Certificate Ref</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.X509Identity#getPrivateKeyRef <em>Private Key Ref</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getX509Identity()
 * @model
 * @generated
 */
public interface X509Identity extends UserIdentity {
	/**
	 * Returns the value of the '<em><b>Certificate Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reference to the certificate, e.g. file:certs/oven2-user.der.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certificate Ref</em>' attribute.
	 * @see #setCertificateRef(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getX509Identity_CertificateRef()
	 * @model
	 * @generated
	 */
	String getCertificateRef();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.X509Identity#getCertificateRef <em>Certificate Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certificate Ref</em>' attribute.
	 * @see #getCertificateRef()
	 * @generated
	 */
	void setCertificateRef(String value);

	/**
	 * Returns the value of the '<em><b>Private Key Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reference to the private key, e.g. keystore:fieldbridge/oven2-user.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Private Key Ref</em>' attribute.
	 * @see #setPrivateKeyRef(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getX509Identity_PrivateKeyRef()
	 * @model
	 * @generated
	 */
	String getPrivateKeyRef();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.X509Identity#getPrivateKeyRef <em>Private Key Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Private Key Ref</em>' attribute.
	 * @see #getPrivateKeyRef()
	 * @generated
	 */
	void setPrivateKeyRef(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Certificate and key references are present and use known schemes.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validSecretReferences(DiagnosticChain diagnostics, Map<Object, Object> context);

} // X509Identity
