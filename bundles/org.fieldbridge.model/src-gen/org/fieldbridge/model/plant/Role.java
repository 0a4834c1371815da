/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A role for access control in the workbench and the generated runtime.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.Role#getPermissions <em>Permissions</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getRole()
 * @model
 * @generated
 */
public interface Role extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Permissions</b></em>' attribute list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.Permission}.
	 * The literals are from the enumeration {@link org.fieldbridge.model.plant.Permission}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What holders of the role may do.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Permissions</em>' attribute list.
	 * @see org.fieldbridge.model.plant.Permission
	 * @see org.fieldbridge.model.plant.PlantPackage#getRole_Permissions()
	 * @model
	 * @generated
	 */
	EList<Permission> getPermissions();

} // Role
