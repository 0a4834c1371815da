/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A value the equipment exposes: a measurement, a setpoint, a state or a counter.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.Signal#getKind <em>Kind</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Signal#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Signal#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Signal#getDataType <em>Data Type</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Signal#getValidRange <em>Valid Range</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Signal#getSamplePeriodMs <em>Sample Period Ms</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.Signal#getInstrument <em>Instrument</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getSignal()
 * @model
 * @generated
 */
public interface Signal extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbridge.model.plant.SignalKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measurement, setpoint, state or counter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.fieldbridge.model.plant.SignalKind
	 * @see #setKind(SignalKind)
	 * @see org.fieldbridge.model.plant.PlantPackage#getSignal_Kind()
	 * @model
	 * @generated
	 */
	SignalKind getKind();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.Signal#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.fieldbridge.model.plant.SignalKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SignalKind value);

	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbridge.model.plant.Quantity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Physical quantity; determines which engineering units fit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see org.fieldbridge.model.plant.Quantity
	 * @see #setQuantity(Quantity)
	 * @see org.fieldbridge.model.plant.PlantPackage#getSignal_Quantity()
	 * @model
	 * @generated
	 */
	Quantity getQuantity();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.Signal#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see org.fieldbridge.model.plant.Quantity
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(Quantity value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Engineering unit of the value (absent for states).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(EngineeringUnit)
	 * @see org.fieldbridge.model.plant.PlantPackage#getSignal_Unit()
	 * @model
	 * @generated
	 */
	EngineeringUnit getUnit();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.Signal#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(EngineeringUnit value);

	/**
	 * Returns the value of the '<em><b>Data Type</b></em>' attribute.
	 * The default value is <code>"real"</code>.
	 * The literals are from the enumeration {@link org.fieldbridge.model.plant.SignalDataType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data type hint for acquisition and publishing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Type</em>' attribute.
	 * @see org.fieldbridge.model.plant.SignalDataType
	 * @see #setDataType(SignalDataType)
	 * @see org.fieldbridge.model.plant.PlantPackage#getSignal_DataType()
	 * @model default="real"
	 * @generated
	 */
	SignalDataType getDataType();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.Signal#getDataType <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Type</em>' attribute.
	 * @see org.fieldbridge.model.plant.SignalDataType
	 * @see #getDataType()
	 * @generated
	 */
	void setDataType(SignalDataType value);

	/**
	 * Returns the value of the '<em><b>Valid Range</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional range outside which a value is implausible.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid Range</em>' containment reference.
	 * @see #setValidRange(ValueRange)
	 * @see org.fieldbridge.model.plant.PlantPackage#getSignal_ValidRange()
	 * @model containment="true"
	 * @generated
	 */
	ValueRange getValidRange();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.Signal#getValidRange <em>Valid Range</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Range</em>' containment reference.
	 * @see #getValidRange()
	 * @generated
	 */
	void setValidRange(ValueRange value);

	/**
	 * Returns the value of the '<em><b>Sample Period Ms</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nominal sample period in milliseconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sample Period Ms</em>' attribute.
	 * @see #setSamplePeriodMs(int)
	 * @see org.fieldbridge.model.plant.PlantPackage#getSignal_SamplePeriodMs()
	 * @model default="1000"
	 * @generated
	 */
	int getSamplePeriodMs();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.Signal#getSamplePeriodMs <em>Sample Period Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sample Period Ms</em>' attribute.
	 * @see #getSamplePeriodMs()
	 * @generated
	 */
	void setSamplePeriodMs(int value);

	/**
	 * Returns the value of the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instrument that measures this signal, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instrument</em>' reference.
	 * @see #setInstrument(Instrument)
	 * @see org.fieldbridge.model.plant.PlantPackage#getSignal_Instrument()
	 * @model
	 * @generated
	 */
	Instrument getInstrument();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.Signal#getInstrument <em>Instrument</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument</em>' reference.
	 * @see #getInstrument()
	 * @generated
	 */
	void setInstrument(Instrument value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The valid range, if both bounds are given, has minimum below maximum.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validRange(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The nominal sample period is positive.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validSamplePeriod(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit fits the quantity (e.g. CEL for temperature).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean unitMatchesQuantity(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The linked instrument measures the quantity of the signal.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean instrumentMeasuresQuantity(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Signal
