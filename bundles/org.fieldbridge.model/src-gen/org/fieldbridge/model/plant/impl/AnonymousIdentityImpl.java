/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.impl;

import org.eclipse.emf.ecore.EClass;

import org.fieldbridge.model.plant.AnonymousIdentity;
import org.fieldbridge.model.plant.PlantPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Anonymous Identity</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class AnonymousIdentityImpl extends UserIdentityImpl implements AnonymousIdentity {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnonymousIdentityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlantPackage.Literals.ANONYMOUS_IDENTITY;
	}

} //AnonymousIdentityImpl
