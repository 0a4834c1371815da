/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.fieldbridge.model.plant.AccessScope;
import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.Role;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Access Scope</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.impl.AccessScopeImpl#getAssignedRoles <em>Assigned Roles</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class AccessScopeImpl extends NamedElementImpl implements AccessScope {
	/**
	 * The cached value of the '{@link #getAssignedRoles() <em>Assigned Roles</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignedRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> assignedRoles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccessScopeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlantPackage.Literals.ACCESS_SCOPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getAssignedRoles() {
		if (assignedRoles == null) {
			assignedRoles = new EObjectResolvingEList<Role>(Role.class, this, PlantPackage.ACCESS_SCOPE__ASSIGNED_ROLES);
		}
		return assignedRoles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlantPackage.ACCESS_SCOPE__ASSIGNED_ROLES:
				return getAssignedRoles();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlantPackage.ACCESS_SCOPE__ASSIGNED_ROLES:
				getAssignedRoles().clear();
				getAssignedRoles().addAll((Collection<? extends Role>)newValue);
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
			case PlantPackage.ACCESS_SCOPE__ASSIGNED_ROLES:
				getAssignedRoles().clear();
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
			case PlantPackage.ACCESS_SCOPE__ASSIGNED_ROLES:
				return assignedRoles != null && !assignedRoles.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //AccessScopeImpl
