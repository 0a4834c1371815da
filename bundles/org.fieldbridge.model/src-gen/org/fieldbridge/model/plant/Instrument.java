/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sensor or measuring instrument with its ISO/IEC 17025 calibration history.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.Instrument#getTag <em>Tag</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Instrument#getManufacturer <em>Manufacturer</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Instrument#getModel <em>Model</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Instrument#getSerialNumber <em>Serial Number</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Instrument#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Instrument#getCalibrations <em>Calibrations</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getInstrument()
 * @model
 * @generated
 */
public interface Instrument extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Instrument tag as on the piping and instrumentation diagram, e.g. TT-301 (free form).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tag</em>' attribute.
	 * @see #setTag(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getInstrument_Tag()
	 * @model
	 * @generated
	 */
	String getTag();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.Instrument#getTag <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag</em>' attribute.
	 * @see #getTag()
	 * @generated
	 */
	void setTag(String value);

	/**
	 * Returns the value of the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Manufacturer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manufacturer</em>' attribute.
	 * @see #setManufacturer(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getInstrument_Manufacturer()
	 * @model
	 * @generated
	 */
	String getManufacturer();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.Instrument#getManufacturer <em>Manufacturer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manufacturer</em>' attribute.
	 * @see #getManufacturer()
	 * @generated
	 */
	void setManufacturer(String value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Model designation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see #setModel(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getInstrument_Model()
	 * @model
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.Instrument#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

	/**
	 * Returns the value of the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Serial number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Serial Number</em>' attribute.
	 * @see #setSerialNumber(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getInstrument_SerialNumber()
	 * @model
	 * @generated
	 */
	String getSerialNumber();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.Instrument#getSerialNumber <em>Serial Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial Number</em>' attribute.
	 * @see #getSerialNumber()
	 * @generated
	 */
	void setSerialNumber(String value);

	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbridge.model.plant.Quantity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The quantity the instrument measures.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see org.fieldbridge.model.plant.Quantity
	 * @see #setQuantity(Quantity)
	 * @see org.fieldbridge.model.plant.PlantPackage#getInstrument_Quantity()
	 * @model
	 * @generated
	 */
	Quantity getQuantity();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.Instrument#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see org.fieldbridge.model.plant.Quantity
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(Quantity value);

	/**
	 * Returns the value of the '<em><b>Calibrations</b></em>' containment reference list.
	 * The list contents are of type {@link org.fieldbridge.model.plant.CalibrationRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Calibration records, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calibrations</em>' containment reference list.
	 * @see org.fieldbridge.model.plant.PlantPackage#getInstrument_Calibrations()
	 * @model containment="true"
	 * @generated
	 */
	EList<CalibrationRecord> getCalibrations();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most recent calibration record whose validity period [calibrationDate, dueDate] contains the date, or null.
	 * <!-- end-model-doc -->
	 * @model dateDataType="org.fieldbridge.model.plant.IsoDate"
	 * @generated
	 */
	CalibrationRecord calibrationValidOn(LocalDate date);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instrument has at least one calibration record.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasCalibration(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Instrument
