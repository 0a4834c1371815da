/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbridge.model.plant.MessageSecurityMode;
import org.fieldbridge.model.plant.OpcUaEndpoint;
import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.SecurityPolicy;
import org.fieldbridge.model.plant.UserIdentity;

import org.fieldbridge.model.plant.validation.OpcUaRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Opc Ua Endpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.impl.OpcUaEndpointImpl#getEndpointUrl <em>Endpoint Url</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.OpcUaEndpointImpl#getSecurityPolicy <em>Security Policy</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.OpcUaEndpointImpl#getSecurityMode <em>Security Mode</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.OpcUaEndpointImpl#getIdentity <em>Identity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OpcUaEndpointImpl extends EndpointImpl implements OpcUaEndpoint {
	/**
	 * The default value of the '{@link #getEndpointUrl() <em>Endpoint Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpointUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String ENDPOINT_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndpointUrl() <em>Endpoint Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpointUrl()
	 * @generated
	 * @ordered
	 */
	protected String endpointUrl = ENDPOINT_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecurityPolicy() <em>Security Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final SecurityPolicy SECURITY_POLICY_EDEFAULT = SecurityPolicy.NONE;

	/**
	 * The cached value of the '{@link #getSecurityPolicy() <em>Security Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityPolicy()
	 * @generated
	 * @ordered
	 */
	protected SecurityPolicy securityPolicy = SECURITY_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecurityMode() <em>Security Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityMode()
	 * @generated
	 * @ordered
	 */
	protected static final MessageSecurityMode SECURITY_MODE_EDEFAULT = MessageSecurityMode.NONE;

	/**
	 * The cached value of the '{@link #getSecurityMode() <em>Security Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityMode()
	 * @generated
	 * @ordered
	 */
	protected MessageSecurityMode securityMode = SECURITY_MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIdentity() <em>Identity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentity()
	 * @generated
	 * @ordered
	 */
	protected UserIdentity identity;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OpcUaEndpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlantPackage.Literals.OPC_UA_ENDPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEndpointUrl() {
		return endpointUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndpointUrl(String newEndpointUrl) {
		String oldEndpointUrl = endpointUrl;
		endpointUrl = newEndpointUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.OPC_UA_ENDPOINT__ENDPOINT_URL, oldEndpointUrl, endpointUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityPolicy getSecurityPolicy() {
		return securityPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityPolicy(SecurityPolicy newSecurityPolicy) {
		SecurityPolicy oldSecurityPolicy = securityPolicy;
		securityPolicy = newSecurityPolicy == null ? SECURITY_POLICY_EDEFAULT : newSecurityPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.OPC_UA_ENDPOINT__SECURITY_POLICY, oldSecurityPolicy, securityPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MessageSecurityMode getSecurityMode() {
		return securityMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityMode(MessageSecurityMode newSecurityMode) {
		MessageSecurityMode oldSecurityMode = securityMode;
		securityMode = newSecurityMode == null ? SECURITY_MODE_EDEFAULT : newSecurityMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.OPC_UA_ENDPOINT__SECURITY_MODE, oldSecurityMode, securityMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserIdentity getIdentity() {
		return identity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIdentity(UserIdentity newIdentity, NotificationChain msgs) {
		UserIdentity oldIdentity = identity;
		identity = newIdentity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlantPackage.OPC_UA_ENDPOINT__IDENTITY, oldIdentity, newIdentity);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentity(UserIdentity newIdentity) {
		if (newIdentity != identity) {
			NotificationChain msgs = null;
			if (identity != null)
				msgs = ((InternalEObject)identity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlantPackage.OPC_UA_ENDPOINT__IDENTITY, null, msgs);
			if (newIdentity != null)
				msgs = ((InternalEObject)newIdentity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlantPackage.OPC_UA_ENDPOINT__IDENTITY, null, msgs);
			msgs = basicSetIdentity(newIdentity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.OPC_UA_ENDPOINT__IDENTITY, newIdentity, newIdentity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validEndpointUrl(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return OpcUaRules.validEndpointUrl(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean consistentSecurity(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return OpcUaRules.consistentSecurity(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlantPackage.OPC_UA_ENDPOINT__IDENTITY:
				return basicSetIdentity(null, msgs);
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
			case PlantPackage.OPC_UA_ENDPOINT__ENDPOINT_URL:
				return getEndpointUrl();
			case PlantPackage.OPC_UA_ENDPOINT__SECURITY_POLICY:
				return getSecurityPolicy();
			case PlantPackage.OPC_UA_ENDPOINT__SECURITY_MODE:
				return getSecurityMode();
			case PlantPackage.OPC_UA_ENDPOINT__IDENTITY:
				return getIdentity();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlantPackage.OPC_UA_ENDPOINT__ENDPOINT_URL:
				setEndpointUrl((String)newValue);
				return;
			case PlantPackage.OPC_UA_ENDPOINT__SECURITY_POLICY:
				setSecurityPolicy((SecurityPolicy)newValue);
				return;
			case PlantPackage.OPC_UA_ENDPOINT__SECURITY_MODE:
				setSecurityMode((MessageSecurityMode)newValue);
				return;
			case PlantPackage.OPC_UA_ENDPOINT__IDENTITY:
				setIdentity((UserIdentity)newValue);
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
			case PlantPackage.OPC_UA_ENDPOINT__ENDPOINT_URL:
				setEndpointUrl(ENDPOINT_URL_EDEFAULT);
				return;
			case PlantPackage.OPC_UA_ENDPOINT__SECURITY_POLICY:
				setSecurityPolicy(SECURITY_POLICY_EDEFAULT);
				return;
			case PlantPackage.OPC_UA_ENDPOINT__SECURITY_MODE:
				setSecurityMode(SECURITY_MODE_EDEFAULT);
				return;
			case PlantPackage.OPC_UA_ENDPOINT__IDENTITY:
				setIdentity((UserIdentity)null);
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
			case PlantPackage.OPC_UA_ENDPOINT__ENDPOINT_URL:
				return ENDPOINT_URL_EDEFAULT == null ? endpointUrl != null : !ENDPOINT_URL_EDEFAULT.equals(endpointUrl);
			case PlantPackage.OPC_UA_ENDPOINT__SECURITY_POLICY:
				return securityPolicy != SECURITY_POLICY_EDEFAULT;
			case PlantPackage.OPC_UA_ENDPOINT__SECURITY_MODE:
				return securityMode != SECURITY_MODE_EDEFAULT;
			case PlantPackage.OPC_UA_ENDPOINT__IDENTITY:
				return identity != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case PlantPackage.OPC_UA_ENDPOINT___VALID_ENDPOINT_URL__DIAGNOSTICCHAIN_MAP:
				return validEndpointUrl((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case PlantPackage.OPC_UA_ENDPOINT___CONSISTENT_SECURITY__DIAGNOSTICCHAIN_MAP:
				return consistentSecurity((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (endpointUrl: ");
		result.append(endpointUrl);
		result.append(", securityPolicy: ");
		result.append(securityPolicy);
		result.append(", securityMode: ");
		result.append(securityMode);
		result.append(')');
		return result.toString();
	}

} //OpcUaEndpointImpl
