/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * ISA-95 site: one plant location.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.Site#getAreas <em>Areas</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getSite()
 * @model
 * @generated
 */
public interface Site extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.Area}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Production areas of the site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Areas</em>' containment reference list.
	 * @see org.fieldbridge.model.plant.PlantPackage#getSite_Areas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Area> getAreas();

} // Site
