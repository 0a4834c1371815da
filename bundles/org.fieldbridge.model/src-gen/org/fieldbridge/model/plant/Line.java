/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * ISA-95 production line. Equipment sits either in work cells or directly on the line.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.Line#getWorkCells <em>Work Cells</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Line#getEquipment <em>Equipment</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getLine()
 * @model
 * @generated
 */
public interface Line extends AccessScope {
	/**
	 * Returns the value of the '<em><b>Work Cells</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.WorkCell}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Work cells of the line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Work Cells</em>' containment reference list.
	 * @see org.fieldbridge.model.plant.PlantPackage#getLine_WorkCells()
	 * @model containment="true"
	 * @generated
	 */
	EList<WorkCell> getWorkCells();

	/**
	 * Returns the value of the '<em><b>Equipment</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.Equipment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equipment placed directly on the line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Equipment</em>' containment reference list.
	 * @see org.fieldbridge.model.plant.PlantPackage#getLine_Equipment()
	 * @model containment="true"
	 * @generated
	 */
	EList<Equipment> getEquipment();

} // Line
