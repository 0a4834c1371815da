/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.Conformity;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.PlantPackage;

import org.fieldbridge.model.plant.validation.CalibrationRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Calibration Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.impl.CalibrationRecordImpl#getCertificateId <em>Certificate Id</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.CalibrationRecordImpl#getLaboratory <em>Laboratory</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.CalibrationRecordImpl#getAccreditationBody <em>Accreditation Body</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.CalibrationRecordImpl#getAccreditationNumber <em>Accreditation Number</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.CalibrationRecordImpl#getCalibrationDate <em>Calibration Date</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.CalibrationRecordImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.CalibrationRecordImpl#getExpandedUncertainty <em>Expanded Uncertainty</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.CalibrationRecordImpl#getUncertaintyUnit <em>Uncertainty Unit</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.CalibrationRecordImpl#getCoverageFactor <em>Coverage Factor</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.CalibrationRecordImpl#getConformity <em>Conformity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CalibrationRecordImpl extends EObjectImpl implements CalibrationRecord {
	/**
	 * The default value of the '{@link #getCertificateId() <em>Certificate Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateId()
	 * @generated
	 * @ordered
	 */
	protected static final String CERTIFICATE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCertificateId() <em>Certificate Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificateId()
	 * @generated
	 * @ordered
	 */
	protected String certificateId = CERTIFICATE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLaboratory() <em>Laboratory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLaboratory()
	 * @generated
	 * @ordered
	 */
	protected static final String LABORATORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLaboratory() <em>Laboratory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLaboratory()
	 * @generated
	 * @ordered
	 */
	protected String laboratory = LABORATORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccreditationBody() <em>Accreditation Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccreditationBody()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCREDITATION_BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccreditationBody() <em>Accreditation Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccreditationBody()
	 * @generated
	 * @ordered
	 */
	protected String accreditationBody = ACCREDITATION_BODY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccreditationNumber() <em>Accreditation Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccreditationNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCREDITATION_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccreditationNumber() <em>Accreditation Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccreditationNumber()
	 * @generated
	 * @ordered
	 */
	protected String accreditationNumber = ACCREDITATION_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCalibrationDate() <em>Calibration Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalibrationDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CALIBRATION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCalibrationDate() <em>Calibration Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalibrationDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate calibrationDate = CALIBRATION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpandedUncertainty() <em>Expanded Uncertainty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpandedUncertainty()
	 * @generated
	 * @ordered
	 */
	protected static final double EXPANDED_UNCERTAINTY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getExpandedUncertainty() <em>Expanded Uncertainty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpandedUncertainty()
	 * @generated
	 * @ordered
	 */
	protected double expandedUncertainty = EXPANDED_UNCERTAINTY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUncertaintyUnit() <em>Uncertainty Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUncertaintyUnit()
	 * @generated
	 * @ordered
	 */
	protected EngineeringUnit uncertaintyUnit;

	/**
	 * The default value of the '{@link #getCoverageFactor() <em>Coverage Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoverageFactor()
	 * @generated
	 * @ordered
	 */
	protected static final double COVERAGE_FACTOR_EDEFAULT = 2.0;

	/**
	 * The cached value of the '{@link #getCoverageFactor() <em>Coverage Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoverageFactor()
	 * @generated
	 * @ordered
	 */
	protected double coverageFactor = COVERAGE_FACTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getConformity() <em>Conformity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConformity()
	 * @generated
	 * @ordered
	 */
	protected static final Conformity CONFORMITY_EDEFAULT = Conformity.NOT_STATED;

	/**
	 * The cached value of the '{@link #getConformity() <em>Conformity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConformity()
	 * @generated
	 * @ordered
	 */
	protected Conformity conformity = CONFORMITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CalibrationRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlantPackage.Literals.CALIBRATION_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCertificateId() {
		return certificateId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertificateId(String newCertificateId) {
		String oldCertificateId = certificateId;
		certificateId = newCertificateId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.CALIBRATION_RECORD__CERTIFICATE_ID, oldCertificateId, certificateId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLaboratory() {
		return laboratory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLaboratory(String newLaboratory) {
		String oldLaboratory = laboratory;
		laboratory = newLaboratory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.CALIBRATION_RECORD__LABORATORY, oldLaboratory, laboratory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccreditationBody() {
		return accreditationBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccreditationBody(String newAccreditationBody) {
		String oldAccreditationBody = accreditationBody;
		accreditationBody = newAccreditationBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.CALIBRATION_RECORD__ACCREDITATION_BODY, oldAccreditationBody, accreditationBody));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccreditationNumber() {
		return accreditationNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccreditationNumber(String newAccreditationNumber) {
		String oldAccreditationNumber = accreditationNumber;
		accreditationNumber = newAccreditationNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.CALIBRATION_RECORD__ACCREDITATION_NUMBER, oldAccreditationNumber, accreditationNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCalibrationDate() {
		return calibrationDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalibrationDate(LocalDate newCalibrationDate) {
		LocalDate oldCalibrationDate = calibrationDate;
		calibrationDate = newCalibrationDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.CALIBRATION_RECORD__CALIBRATION_DATE, oldCalibrationDate, calibrationDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.CALIBRATION_RECORD__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getExpandedUncertainty() {
		return expandedUncertainty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpandedUncertainty(double newExpandedUncertainty) {
		double oldExpandedUncertainty = expandedUncertainty;
		expandedUncertainty = newExpandedUncertainty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.CALIBRATION_RECORD__EXPANDED_UNCERTAINTY, oldExpandedUncertainty, expandedUncertainty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EngineeringUnit getUncertaintyUnit() {
		if (uncertaintyUnit != null && uncertaintyUnit.eIsProxy()) {
			InternalEObject oldUncertaintyUnit = (InternalEObject)uncertaintyUnit;
			uncertaintyUnit = (EngineeringUnit)eResolveProxy(oldUncertaintyUnit);
			if (uncertaintyUnit != oldUncertaintyUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlantPackage.CALIBRATION_RECORD__UNCERTAINTY_UNIT, oldUncertaintyUnit, uncertaintyUnit));
			}
		}
		return uncertaintyUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EngineeringUnit basicGetUncertaintyUnit() {
		return uncertaintyUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUncertaintyUnit(EngineeringUnit newUncertaintyUnit) {
		EngineeringUnit oldUncertaintyUnit = uncertaintyUnit;
		uncertaintyUnit = newUncertaintyUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.CALIBRATION_RECORD__UNCERTAINTY_UNIT, oldUncertaintyUnit, uncertaintyUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCoverageFactor() {
		return coverageFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoverageFactor(double newCoverageFactor) {
		double oldCoverageFactor = coverageFactor;
		coverageFactor = newCoverageFactor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.CALIBRATION_RECORD__COVERAGE_FACTOR, oldCoverageFactor, coverageFactor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Conformity getConformity() {
		return conformity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConformity(Conformity newConformity) {
		Conformity oldConformity = conformity;
		conformity = newConformity == null ? CONFORMITY_EDEFAULT : newConformity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.CALIBRATION_RECORD__CONFORMITY, oldConformity, conformity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean complete(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return CalibrationRules.complete(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean dueAfterCalibration(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return CalibrationRules.dueAfterCalibration(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean notExpired(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return CalibrationRules.notExpired(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validUncertainty(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return CalibrationRules.validUncertainty(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlantPackage.CALIBRATION_RECORD__CERTIFICATE_ID:
				return getCertificateId();
			case PlantPackage.CALIBRATION_RECORD__LABORATORY:
				return getLaboratory();
			case PlantPackage.CALIBRATION_RECORD__ACCREDITATION_BODY:
				return getAccreditationBody();
			case PlantPackage.CALIBRATION_RECORD__ACCREDITATION_NUMBER:
				return getAccreditationNumber();
			case PlantPackage.CALIBRATION_RECORD__CALIBRATION_DATE:
				return getCalibrationDate();
			case PlantPackage.CALIBRATION_RECORD__DUE_DATE:
				return getDueDate();
			case PlantPackage.CALIBRATION_RECORD__EXPANDED_UNCERTAINTY:
				return getExpandedUncertainty();
			case PlantPackage.CALIBRATION_RECORD__UNCERTAINTY_UNIT:
				if (resolve) return getUncertaintyUnit();
				return basicGetUncertaintyUnit();
			case PlantPackage.CALIBRATION_RECORD__COVERAGE_FACTOR:
				return getCoverageFactor();
			case PlantPackage.CALIBRATION_RECORD__CONFORMITY:
				return getConformity();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlantPackage.CALIBRATION_RECORD__CERTIFICATE_ID:
				setCertificateId((String)newValue);
				return;
			case PlantPackage.CALIBRATION_RECORD__LABORATORY:
				setLaboratory((String)newValue);
				return;
			case PlantPackage.CALIBRATION_RECORD__ACCREDITATION_BODY:
				setAccreditationBody((String)newValue);
				return;
			case PlantPackage.CALIBRATION_RECORD__ACCREDITATION_NUMBER:
				setAccreditationNumber((String)newValue);
				return;
			case PlantPackage.CALIBRATION_RECORD__CALIBRATION_DATE:
				setCalibrationDate((LocalDate)newValue);
				return;
			case PlantPackage.CALIBRATION_RECORD__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case PlantPackage.CALIBRATION_RECORD__EXPANDED_UNCERTAINTY:
				setExpandedUncertainty((Double)newValue);
				return;
			case PlantPackage.CALIBRATION_RECORD__UNCERTAINTY_UNIT:
				setUncertaintyUnit((EngineeringUnit)newValue);
				return;
			case PlantPackage.CALIBRATION_RECORD__COVERAGE_FACTOR:
				setCoverageFactor((Double)newValue);
				return;
			case PlantPackage.CALIBRATION_RECORD__CONFORMITY:
				setConformity((Conformity)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PlantPackage.CALIBRATION_RECORD__CERTIFICATE_ID:
				setCertificateId(CERTIFICATE_ID_EDEFAULT);
				return;
			case PlantPackage.CALIBRATION_RECORD__LABORATORY:
				setLaboratory(LABORATORY_EDEFAULT);
				return;
			case PlantPackage.CALIBRATION_RECORD__ACCREDITATION_BODY:
				setAccreditationBody(ACCREDITATION_BODY_EDEFAULT);
				return;
			case PlantPackage.CALIBRATION_RECORD__ACCREDITATION_NUMBER:
				setAccreditationNumber(ACCREDITATION_NUMBER_EDEFAULT);
				return;
			case PlantPackage.CALIBRATION_RECORD__CALIBRATION_DATE:
				setCalibrationDate(CALIBRATION_DATE_EDEFAULT);
				return;
			case PlantPackage.CALIBRATION_RECORD__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case PlantPackage.CALIBRATION_RECORD__EXPANDED_UNCERTAINTY:
				setExpandedUncertainty(EXPANDED_UNCERTAINTY_EDEFAULT);
				return;
			case PlantPackage.CALIBRATION_RECORD__UNCERTAINTY_UNIT:
				setUncertaintyUnit((EngineeringUnit)null);
				return;
			case PlantPackage.CALIBRATION_RECORD__COVERAGE_FACTOR:
				setCoverageFactor(COVERAGE_FACTOR_EDEFAULT);
				return;
			case PlantPackage.CALIBRATION_RECORD__CONFORMITY:
				setConformity(CONFORMITY_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PlantPackage.CALIBRATION_RECORD__CERTIFICATE_ID:
				return CERTIFICATE_ID_EDEFAULT == null ? certificateId != null : !CERTIFICATE_ID_EDEFAULT.equals(certificateId);
			case PlantPackage.CALIBRATION_RECORD__LABORATORY:
				return LABORATORY_EDEFAULT == null ? laboratory != null : !LABORATORY_EDEFAULT.equals(laboratory);
			case PlantPackage.CALIBRATION_RECORD__ACCREDITATION_BODY:
				return ACCREDITATION_BODY_EDEFAULT == null ? accreditationBody != null : !ACCREDITATION_BODY_EDEFAULT.equals(accreditationBody);
			case PlantPackage.CALIBRATION_RECORD__ACCREDITATION_NUMBER:
				return ACCREDITATION_NUMBER_EDEFAULT == null ? accreditationNumber != null : !ACCREDITATION_NUMBER_EDEFAULT.equals(accreditationNumber);
			case PlantPackage.CALIBRATION_RECORD__CALIBRATION_DATE:
				return CALIBRATION_DATE_EDEFAULT == null ? calibrationDate != null : !CALIBRATION_DATE_EDEFAULT.equals(calibrationDate);
			case PlantPackage.CALIBRATION_RECORD__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case PlantPackage.CALIBRATION_RECORD__EXPANDED_UNCERTAINTY:
				return expandedUncertainty != EXPANDED_UNCERTAINTY_EDEFAULT;
			case PlantPackage.CALIBRATION_RECORD__UNCERTAINTY_UNIT:
				return uncertaintyUnit != null;
			case PlantPackage.CALIBRATION_RECORD__COVERAGE_FACTOR:
				return coverageFactor != COVERAGE_FACTOR_EDEFAULT;
			case PlantPackage.CALIBRATION_RECORD__CONFORMITY:
				return conformity != CONFORMITY_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case PlantPackage.CALIBRATION_RECORD___COMPLETE__DIAGNOSTICCHAIN_MAP:
				return complete((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case PlantPackage.CALIBRATION_RECORD___DUE_AFTER_CALIBRATION__DIAGNOSTICCHAIN_MAP:
				return dueAfterCalibration((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case PlantPackage.CALIBRATION_RECORD___NOT_EXPIRED__DIAGNOSTICCHAIN_MAP:
				return notExpired((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case PlantPackage.CALIBRATION_RECORD___VALID_UNCERTAINTY__DIAGNOSTICCHAIN_MAP:
				return validUncertainty((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (certificateId: ");
		result.append(certificateId);
		result.append(", laboratory: ");
		result.append(laboratory);
		result.append(", accreditationBody: ");
		result.append(accreditationBody);
		result.append(", accreditationNumber: ");
		result.append(accreditationNumber);
		result.append(", calibrationDate: ");
		result.append(calibrationDate);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", expandedUncertainty: ");
		result.append(expandedUncertainty);
		result.append(", coverageFactor: ");
		result.append(coverageFactor);
		result.append(", conformity: ");
		result.append(conformity);
		result.append(')');
		return result.toString();
	}

} //CalibrationRecordImpl
