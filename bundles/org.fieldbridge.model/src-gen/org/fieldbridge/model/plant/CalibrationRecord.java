/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Calibration Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An ISO/IEC 17025 calibration certificate for an instrument.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.CalibrationRecord#getCertificateId <em>Certificate Id</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.CalibrationRecord#getLaboratory <em>Laboratory</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.CalibrationRecord#getAccreditationBody <em>Accreditation Body</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.CalibrationRecord#getAccreditationNumber <em>Accreditation Number</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.CalibrationRecord#getCalibrationDate <em>Calibration Date</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.CalibrationRecord#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.CalibrationRecord#getExpandedUncertainty <em>Expanded Uncertainty</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.CalibrationRecord#getUncertaintyUnit <em>Uncertainty Unit</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.CalibrationRecord#getCoverageFactor <em>Coverage Factor</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.CalibrationRecord#getConformity <em>Conformity</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getCalibrationRecord()
 * @model
 * @generated
 */
public interface CalibrationRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Certificate Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Certificate number as printed on the certificate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certificate Id</em>' attribute.
	 * @see #setCertificateId(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getCalibrationRecord_CertificateId()
	 * @model
	 * @generated
	 */
	String getCertificateId();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.CalibrationRecord#getCertificateId <em>Certificate Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certificate Id</em>' attribute.
	 * @see #getCertificateId()
	 * @generated
	 */
	void setCertificateId(String value);

	/**
	 * Returns the value of the '<em><b>Laboratory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the calibration laboratory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Laboratory</em>' attribute.
	 * @see #setLaboratory(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getCalibrationRecord_Laboratory()
	 * @model
	 * @generated
	 */
	String getLaboratory();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.CalibrationRecord#getLaboratory <em>Laboratory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Laboratory</em>' attribute.
	 * @see #getLaboratory()
	 * @generated
	 */
	void setLaboratory(String value);

	/**
	 * Returns the value of the '<em><b>Accreditation Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accreditation body, e.g. DAkkS, UKAS, A2LA.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accreditation Body</em>' attribute.
	 * @see #setAccreditationBody(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getCalibrationRecord_AccreditationBody()
	 * @model
	 * @generated
	 */
	String getAccreditationBody();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.CalibrationRecord#getAccreditationBody <em>Accreditation Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accreditation Body</em>' attribute.
	 * @see #getAccreditationBody()
	 * @generated
	 */
	void setAccreditationBody(String value);

	/**
	 * Returns the value of the '<em><b>Accreditation Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accreditation number of the laboratory, e.g. D-K-12345-01.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accreditation Number</em>' attribute.
	 * @see #setAccreditationNumber(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getCalibrationRecord_AccreditationNumber()
	 * @model
	 * @generated
	 */
	String getAccreditationNumber();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.CalibrationRecord#getAccreditationNumber <em>Accreditation Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accreditation Number</em>' attribute.
	 * @see #getAccreditationNumber()
	 * @generated
	 */
	void setAccreditationNumber(String value);

	/**
	 * Returns the value of the '<em><b>Calibration Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of calibration (ISO 8601 yyyy-MM-dd).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calibration Date</em>' attribute.
	 * @see #setCalibrationDate(LocalDate)
	 * @see org.fieldbridge.model.plant.PlantPackage#getCalibrationRecord_CalibrationDate()
	 * @model dataType="org.fieldbridge.model.plant.IsoDate"
	 * @generated
	 */
	LocalDate getCalibrationDate();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.CalibrationRecord#getCalibrationDate <em>Calibration Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calibration Date</em>' attribute.
	 * @see #getCalibrationDate()
	 * @generated
	 */
	void setCalibrationDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date the next calibration is due (ISO 8601 yyyy-MM-dd).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.fieldbridge.model.plant.PlantPackage#getCalibrationRecord_DueDate()
	 * @model dataType="org.fieldbridge.model.plant.IsoDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.CalibrationRecord#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Expanded Uncertainty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expanded measurement uncertainty U.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expanded Uncertainty</em>' attribute.
	 * @see #setExpandedUncertainty(double)
	 * @see org.fieldbridge.model.plant.PlantPackage#getCalibrationRecord_ExpandedUncertainty()
	 * @model
	 * @generated
	 */
	double getExpandedUncertainty();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.CalibrationRecord#getExpandedUncertainty <em>Expanded Uncertainty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expanded Uncertainty</em>' attribute.
	 * @see #getExpandedUncertainty()
	 * @generated
	 */
	void setExpandedUncertainty(double value);

	/**
	 * Returns the value of the '<em><b>Uncertainty Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of the expanded uncertainty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uncertainty Unit</em>' reference.
	 * @see #setUncertaintyUnit(EngineeringUnit)
	 * @see org.fieldbridge.model.plant.PlantPackage#getCalibrationRecord_UncertaintyUnit()
	 * @model
	 * @generated
	 */
	EngineeringUnit getUncertaintyUnit();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.CalibrationRecord#getUncertaintyUnit <em>Uncertainty Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uncertainty Unit</em>' reference.
	 * @see #getUncertaintyUnit()
	 * @generated
	 */
	void setUncertaintyUnit(EngineeringUnit value);

	/**
	 * Returns the value of the '<em><b>Coverage Factor</b></em>' attribute.
	 * The default value is <code>"2.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Coverage factor k (2.0 for about 95 % coverage).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coverage Factor</em>' attribute.
	 * @see #setCoverageFactor(double)
	 * @see org.fieldbridge.model.plant.PlantPackage#getCalibrationRecord_CoverageFactor()
	 * @model default="2.0"
	 * @generated
	 */
	double getCoverageFactor();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.CalibrationRecord#getCoverageFactor <em>Coverage Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coverage Factor</em>' attribute.
	 * @see #getCoverageFactor()
	 * @generated
	 */
	void setCoverageFactor(double value);

	/**
	 * Returns the value of the '<em><b>Conformity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbridge.model.plant.Conformity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Statement of conformity, if the certificate gives one (ILAC-G8 terms).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conformity</em>' attribute.
	 * @see org.fieldbridge.model.plant.Conformity
	 * @see #setConformity(Conformity)
	 * @see org.fieldbridge.model.plant.PlantPackage#getCalibrationRecord_Conformity()
	 * @model
	 * @generated
	 */
	Conformity getConformity();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.CalibrationRecord#getConformity <em>Conformity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conformity</em>' attribute.
	 * @see org.fieldbridge.model.plant.Conformity
	 * @see #getConformity()
	 * @generated
	 */
	void setConformity(Conformity value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Certificate id, laboratory, calibration date and due date are given.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean complete(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The due date is after the calibration date.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean dueAfterCalibration(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The due date is not in the past (warning).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean notExpired(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expanded uncertainty and coverage factor are positive.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validUncertainty(DiagnosticChain diagnostics, Map<Object, Object> context);

} // CalibrationRecord
