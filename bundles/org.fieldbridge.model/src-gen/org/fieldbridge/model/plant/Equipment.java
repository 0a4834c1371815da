/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Equipment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A piece of equipment (tank, oven, press...). Sub-equipment models parts with their own signals, e.g. the zones of a curing oven.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.Equipment#getKind <em>Kind</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Equipment#getController <em>Controller</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Equipment#getSignals <em>Signals</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Equipment#getSubEquipment <em>Sub Equipment</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getEquipment()
 * @model
 * @generated
 */
public interface Equipment extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbridge.model.plant.EquipmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of equipment this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.fieldbridge.model.plant.EquipmentKind
	 * @see #setKind(EquipmentKind)
	 * @see org.fieldbridge.model.plant.PlantPackage#getEquipment_Kind()
	 * @model
	 * @generated
	 */
	EquipmentKind getKind();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.Equipment#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.fieldbridge.model.plant.EquipmentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EquipmentKind value);

	/**
	 * Returns the value of the '<em><b>Controller</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The controller this equipment is wired to, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Controller</em>' reference.
	 * @see #setController(Controller)
	 * @see org.fieldbridge.model.plant.PlantPackage#getEquipment_Controller()
	 * @model
	 * @generated
	 */
	Controller getController();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.Equipment#getController <em>Controller</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controller</em>' reference.
	 * @see #getController()
	 * @generated
	 */
	void setController(Controller value);

	/**
	 * Returns the value of the '<em><b>Signals</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.Signal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signals of this equipment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signals</em>' containment reference list.
	 * @see org.fieldbridge.model.plant.PlantPackage#getEquipment_Signals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Signal> getSignals();

	/**
	 * Returns the value of the '<em><b>Sub Equipment</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.Equipment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parts with their own signals, e.g. oven zones.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Equipment</em>' containment reference list.
	 * @see org.fieldbridge.model.plant.PlantPackage#getEquipment_SubEquipment()
	 * @model containment="true"
	 * @generated
	 */
	EList<Equipment> getSubEquipment();

} // Equipment
