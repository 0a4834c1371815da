/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Anonymous Identity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anonymous user identity.
 * <!-- end-model-doc -->
 *
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getAnonymousIdentity()
 * @model
 * @generated
 */
public interface AnonymousIdentity extends UserIdentity {
} // AnonymousIdentity
