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
import org.fieldbridge.model.plant.X509Identity;

import org.fieldbridge.model.plant.validation.SecretReferenceRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>X509 Identity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.impl.X509IdentityImpl#getCertificateRef <em>Certificate Ref</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.X509IdentityImpl#getPrivateKeyRef <em>Private Key Ref</em>}</li>
 * </ul>
 *
 * @generated
 */
public class X509IdentityImpl extends UserIdentityImpl implements X509Identity {
	/**
	 * The default value of the '{@link #getCertificateRef() <em>Certificate Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateRef()
	 * @generated
	 * @ordered
	 */
	protected static final String CERTIFICATE_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertificateRef() <em>Certificate Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateRef()
	 * @generated
	 * @ordered
	 */
	protected String certificateRef = CERTIFICATE_REF_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrivateKeyRef() <em>Private Key Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrivateKeyRef()
	 * @generated
	 * @ordered
	 */
	protected static final String PRIVATE_KEY_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrivateKeyRef() <em>Private Key Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrivateKeyRef()
	 * @generated
	 * @ordered
	 */
	protected String privateKeyRef = PRIVATE_KEY_REF_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected X509IdentityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlantPackage.Literals.X509_IDENTITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertificateRef() {
		return certificateRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificateRef(String newCertificateRef) {
		String oldCertificateRef = certificateRef;
		certificateRef = newCertificateRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.X509_IDENTITY__CERTIFICATE_REF, oldCertificateRef, certificateRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrivateKeyRef() {
		return privateKeyRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrivateKeyRef(String newPrivateKeyRef) {
		String oldPrivateKeyRef = privateKeyRef;
		privateKeyRef = newPrivateKeyRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.X509_IDENTITY__PRIVATE_KEY_REF, oldPrivateKeyRef, privateKeyRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validSecretReferences(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return SecretReferenceRules.validSecretReferences(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlantPackage.X509_IDENTITY__CERTIFICATE_REF:
				return getCertificateRef();
			case PlantPackage.X509_IDENTITY__PRIVATE_KEY_REF:
				return getPrivateKeyRef();
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
			case PlantPackage.X509_IDENTITY__CERTIFICATE_REF:
				setCertificateRef((String)newValue);
				return;
			case PlantPackage.X509_IDENTITY__PRIVATE_KEY_REF:
				setPrivateKeyRef((String)newValue);
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
			case PlantPackage.X509_IDENTITY__CERTIFICATE_REF:
				setCertificateRef(CERTIFICATE_REF_EDEFAULT);
				return;
			case PlantPackage.X509_IDENTITY__PRIVATE_KEY_REF:
				setPrivateKeyRef(PRIVATE_KEY_REF_EDEFAULT);
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
			case PlantPackage.X509_IDENTITY__CERTIFICATE_REF:
				return CERTIFICATE_REF_EDEFAULT == null ? certificateRef != null : !CERTIFICATE_REF_EDEFAULT.equals(certificateRef);
			case PlantPackage.X509_IDENTITY__PRIVATE_KEY_REF:
				return PRIVATE_KEY_REF_EDEFAULT == null ? privateKeyRef != null : !PRIVATE_KEY_REF_EDEFAULT.equals(privateKeyRef);
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
			case PlantPackage.X509_IDENTITY___VALID_SECRET_REFERENCES__DIAGNOSTICCHAIN_MAP:
				return validSecretReferences((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (certificateRef: ");
		result.append(certificateRef);
		result.append(", privateKeyRef: ");
		result.append(privateKeyRef);
		result.append(')');
		return result.toString();
	}

} //X509IdentityImpl
