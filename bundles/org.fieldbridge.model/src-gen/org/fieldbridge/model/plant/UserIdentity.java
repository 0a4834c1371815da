/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User Identity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How the client authenticates to an OPC UA server. Secrets are never stored, only references to them.
 * <!-- end-model-doc -->
 *
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getUserIdentity()
 * @model abstract="true"
 * @generated
 */
public interface UserIdentity extends EObject {
} // UserIdentity
