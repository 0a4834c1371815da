/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a .plant file: the ISA-95 hierarchy plus the controllers, instruments, engineering units and roles it refers to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.Plant#getDescription <em>Description</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Plant#getEnterprises <em>Enterprises</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Plant#getControllers <em>Controllers</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Plant#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Plant#getUnits <em>Units</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Plant#getRoles <em>Roles</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getPlant()
 * @model
 * @generated
 */
public interface Plant extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getPlant_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.Plant#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Enterprises</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.Enterprise}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISA-95 enterprises (usually one).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enterprises</em>' containment reference list.
	 * @see org.fieldbridge.model.plant.PlantPackage#getPlant_Enterprises()
	 * @model containment="true"
	 * @generated
	 */
	EList<Enterprise> getEnterprises();

	/**
	 * Returns the value of the '<em><b>Controllers</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.Controller}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PLCs and other controllers the runtime connects to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Controllers</em>' containment reference list.
	 * @see org.fieldbridge.model.plant.PlantPackage#getPlant_Controllers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Controller> getControllers();

	/**
	 * Returns the value of the '<em><b>Instruments</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.Instrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sensors and their calibration records.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instruments</em>' containment reference list.
	 * @see org.fieldbridge.model.plant.PlantPackage#getPlant_Instruments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Instrument> getInstruments();

	/**
	 * Returns the value of the '<em><b>Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.EngineeringUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Engineering units (UNECE Rec 20 common codes) used by signals and calibration records.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Units</em>' containment reference list.
	 * @see org.fieldbridge.model.plant.PlantPackage#getPlant_Units()
	 * @model containment="true"
	 * @generated
	 */
	EList<EngineeringUnit> getUnits();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Roles for access control.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.fieldbridge.model.plant.PlantPackage#getPlant_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No two top-level named elements share a name.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean uniqueChildNames(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Plant
