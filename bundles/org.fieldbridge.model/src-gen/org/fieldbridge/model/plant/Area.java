/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Area</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * ISA-95 area, e.g. Finishing.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.Area#getLines <em>Lines</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getArea()
 * @model
 * @generated
 */
public interface Area extends AccessScope {
	/**
	 * Returns the value of the '<em><b>Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.Line}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Production lines of the area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lines</em>' containment reference list.
	 * @see org.fieldbridge.model.plant.PlantPackage#getArea_Lines()
	 * @model containment="true"
	 * @generated
	 */
	EList<Line> getLines();

} // Area
