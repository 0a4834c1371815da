/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Engineering Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Engineering unit as in OPC UA EUInformation: a UNECE Recommendation 20 common code plus display name.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.EngineeringUnit#getCommonCode <em>Common Code</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.EngineeringUnit#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.EngineeringUnit#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getEngineeringUnit()
 * @model
 * @generated
 */
public interface EngineeringUnit extends EObject {
	/**
	 * Returns the value of the '<em><b>Common Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * UNECE Rec 20 common code, e.g. CEL; also the identity of the unit within a plant file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Common Code</em>' attribute.
	 * @see #setCommonCode(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getEngineeringUnit_CommonCode()
	 * @model id="true"
	 * @generated
	 */
	String getCommonCode();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.EngineeringUnit#getCommonCode <em>Common Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Common Code</em>' attribute.
	 * @see #getCommonCode()
	 * @generated
	 */
	void setCommonCode(String value);

	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Symbol shown to people, e.g. °C.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getEngineeringUnit_DisplayName()
	 * @model
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.EngineeringUnit#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Full name, e.g. degree Celsius.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getEngineeringUnit_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.EngineeringUnit#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OPC UA EUInformation.unitId computed from the common code (OPC 10000-8 §5.6.3); -1 if the code is malformed.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	int unitId();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The common code is 2 or 3 upper-case letters or digits.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validCommonCode(DiagnosticChain diagnostics, Map<Object, Object> context);

} // EngineeringUnit
