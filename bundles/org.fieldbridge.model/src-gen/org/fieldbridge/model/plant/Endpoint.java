/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A way to reach a controller over the network.
 * <!-- end-model-doc -->
 *
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getEndpoint()
 * @model abstract="true"
 * @generated
 */
public interface Endpoint extends EObject {
} // Endpoint
