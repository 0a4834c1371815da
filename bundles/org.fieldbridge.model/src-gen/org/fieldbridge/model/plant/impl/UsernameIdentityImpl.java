/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.UsernameIdentity;

import org.fieldbridge.model.plant.validation.SecretReferenceRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Username Identity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.impl.UsernameIdentityImpl#getUsername <em>Username</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.UsernameIdentityImpl#getSecretRef <em>Secret Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UsernameIdentityImpl extends UserIdentityImpl implements UsernameIdentity {
	/**
	 * The default value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected static final String USERNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected String username = USERNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecretRef() <em>Secret Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretRef()
	 * @generated
	 * @ordered
	 */
	protected static final String SECRET_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSecretRef() <em>Secret Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecretRef()
	 * @generated
	 * @ordered
	 */
	protected String secretRef = SECRET_REF_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UsernameIdentityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlantPackage.Literals.USERNAME_IDENTITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUsername() {
		return username;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsername(String newUsername) {
		String oldUsername = username;
		username = newUsername;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.USERNAME_IDENTITY__USERNAME, oldUsername, username));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSecretRef() {
		return secretRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecretRef(String newSecretRef) {
		String oldSecretRef = secretRef;
		secretRef = newSecretRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.USERNAME_IDENTITY__SECRET_REF, oldSecretRef, secretRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validSecretReference(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return SecretReferenceRules.validSecretReference(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlantPackage.USERNAME_IDENTITY__USERNAME:
				return getUsername();
			case PlantPackage.USERNAME_IDENTITY__SECRET_REF:
				return getSecretRef();
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
			case PlantPackage.USERNAME_IDENTITY__USERNAME:
				setUsername((String)newValue);
				return;
			case PlantPackage.USERNAME_IDENTITY__SECRET_REF:
				setSecretRef((String)newValue);
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
			case PlantPackage.USERNAME_IDENTITY__USERNAME:
				setUsername(USERNAME_EDEFAULT);
				return;
			case PlantPackage.USERNAME_IDENTITY__SECRET_REF:
				setSecretRef(SECRET_REF_EDEFAULT);
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
			case PlantPackage.USERNAME_IDENTITY__USERNAME:
				return USERNAME_EDEFAULT == null ? username != null : !USERNAME_EDEFAULT.equals(username);
			case PlantPackage.USERNAME_IDENTITY__SECRET_REF:
				return SECRET_REF_EDEFAULT == null ? secretRef != null : !SECRET_REF_EDEFAULT.equals(secretRef);
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
			case PlantPackage.USERNAME_IDENTITY___VALID_SECRET_REFERENCE__DIAGNOSTICCHAIN_MAP:
				return validSecretReference((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (username: ");
		result.append(username);
		result.append(", secretRef: ");
		result.append(secretRef);
		result.append(')');
		return result.toString();
	}

} //UsernameIdentityImpl
