/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.UserIdentity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>User Identity</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class UserIdentityImpl extends EObjectImpl implements UserIdentity {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UserIdentityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlantPackage.Literals.USER_IDENTITY;
	}

} //UserIdentityImpl
