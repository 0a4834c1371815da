/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enterprise</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * ISA-95 enterprise.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.Enterprise#getSites <em>Sites</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getEnterprise()
 * @model
 * @generated
 */
public interface Enterprise extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sites of the enterprise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see org.fieldbridge.model.plant.PlantPackage#getEnterprise_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

} // Enterprise
