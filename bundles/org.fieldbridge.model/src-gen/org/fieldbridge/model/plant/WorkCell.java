/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Cell</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * ISA-95 work cell.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.WorkCell#getEquipment <em>Equipment</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getWorkCell()
 * @model
 * @generated
 */
public interface WorkCell extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Equipment</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.Equipment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equipment of the work cell.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Equipment</em>' containment reference list.
	 * @see org.fieldbridge.model.plant.PlantPackage#getWorkCell_Equipment()
	 * @model containment="true"
	 * @generated
	 */
	EList<Equipment> getEquipment();

} // WorkCell
