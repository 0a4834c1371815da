/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Opc Ua Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * OPC UA server endpoint.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.OpcUaEndpoint#getEndpointUrl <em>Endpoint Url</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.OpcUaEndpoint#getSecurityPolicy <em>Security Policy</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.OpcUaEndpoint#getSecurityMode <em>Security Mode</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.OpcUaEndpoint#getIdentity <em>Identity</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getOpcUaEndpoint()
 * @model
 * @generated
 */
public interface OpcUaEndpoint extends Endpoint {
	/**
	 * Returns the value of the '<em><b>Endpoint Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Endpoint URL, e.g. opc.tcp://127.0.0.1:4840/path.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Endpoint Url</em>' attribute.
	 * @see #setEndpointUrl(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getOpcUaEndpoint_EndpointUrl()
	 * @model
	 * @generated
	 */
	String getEndpointUrl();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.OpcUaEndpoint#getEndpointUrl <em>Endpoint Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Endpoint Url</em>' attribute.
	 * @see #getEndpointUrl()
	 * @generated
	 */
	void setEndpointUrl(String value);

	/**
	 * Returns the value of the '<em><b>Security Policy</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbridge.model.plant.SecurityPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Security policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Policy</em>' attribute.
	 * @see org.fieldbridge.model.plant.SecurityPolicy
	 * @see #setSecurityPolicy(SecurityPolicy)
	 * @see org.fieldbridge.model.plant.PlantPackage#getOpcUaEndpoint_SecurityPolicy()
	 * @model
	 * @generated
	 */
	SecurityPolicy getSecurityPolicy();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.OpcUaEndpoint#getSecurityPolicy <em>Security Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Policy</em>' attribute.
	 * @see org.fieldbridge.model.plant.SecurityPolicy
	 * @see #getSecurityPolicy()
	 * @generated
	 */
	void setSecurityPolicy(SecurityPolicy value);

	/**
	 * Returns the value of the '<em><b>Security Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbridge.model.plant.MessageSecurityMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Message security mode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Mode</em>' attribute.
	 * @see org.fieldbridge.model.plant.MessageSecurityMode
	 * @see #setSecurityMode(MessageSecurityMode)
	 * @see org.fieldbridge.model.plant.PlantPackage#getOpcUaEndpoint_SecurityMode()
	 * @model
	 * @generated
	 */
	MessageSecurityMode getSecurityMode();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.OpcUaEndpoint#getSecurityMode <em>Security Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Mode</em>' attribute.
	 * @see org.fieldbridge.model.plant.MessageSecurityMode
	 * @see #getSecurityMode()
	 * @generated
	 */
	void setSecurityMode(MessageSecurityMode value);

	/**
	 * Returns the value of the '<em><b>Identity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User identity; anonymous when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identity</em>' containment reference.
	 * @see #setIdentity(UserIdentity)
	 * @see org.fieldbridge.model.plant.PlantPackage#getOpcUaEndpoint_Identity()
	 * @model containment="true"
	 * @generated
	 */
	UserIdentity getIdentity();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.OpcUaEndpoint#getIdentity <em>Identity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identity</em>' containment reference.
	 * @see #getIdentity()
	 * @generated
	 */
	void setIdentity(UserIdentity value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The URL uses opc.tcp:// or opc.https:// and parses.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validEndpointUrl(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Security mode is None exactly when the policy is None.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean consistentSecurity(DiagnosticChain diagnostics, Map<Object, Object> context);

} // OpcUaEndpoint
