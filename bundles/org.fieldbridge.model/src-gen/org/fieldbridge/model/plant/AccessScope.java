/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Access Scope</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A part of the hierarchy on which roles can be granted; a role granted on an area also applies to its lines.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.AccessScope#getAssignedRoles <em>Assigned Roles</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getAccessScope()
 * @model abstract="true"
 * @generated
 */
public interface AccessScope extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Assigned Roles</b></em>' reference list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Roles granted on this scope and everything below it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assigned Roles</em>' reference list.
	 * @see org.fieldbridge.model.plant.PlantPackage#getAccessScope_AssignedRoles()
	 * @model
	 * @generated
	 */
	EList<Role> getAssignedRoles();

} // AccessScope
