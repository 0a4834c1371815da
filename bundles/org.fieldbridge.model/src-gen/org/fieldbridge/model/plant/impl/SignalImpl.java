/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.Quantity;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.SignalDataType;
import org.fieldbridge.model.plant.SignalKind;
import org.fieldbridge.model.plant.ValueRange;

import org.fieldbridge.model.plant.validation.SignalRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Signal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.impl.SignalImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.SignalImpl#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.SignalImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.SignalImpl#getDataType <em>Data Type</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.SignalImpl#getValidRange <em>Valid Range</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.SignalImpl#getSamplePeriodMs <em>Sample Period Ms</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.SignalImpl#getInstrument <em>Instrument</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SignalImpl extends NamedElementImpl implements Signal {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SignalKind KIND_EDEFAULT = SignalKind.MEASUREMENT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SignalKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected static final Quantity QUANTITY_EDEFAULT = Quantity.DIMENSIONLESS;

	/**
	 * The cached value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected Quantity quantity = QUANTITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected EngineeringUnit unit;

	/**
	 * The default value of the '{@link #getDataType() <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataType()
	 * @generated
	 * @ordered
	 */
	protected static final SignalDataType DATA_TYPE_EDEFAULT = SignalDataType.REAL;

	/**
	 * The cached value of the '{@link #getDataType() <em>Data Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataType()
	 * @generated
	 * @ordered
	 */
	protected SignalDataType dataType = DATA_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValidRange() <em>Valid Range</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidRange()
	 * @generated
	 * @ordered
	 */
	protected ValueRange validRange;

	/**
	 * The default value of the '{@link #getSamplePeriodMs() <em>Sample Period Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamplePeriodMs()
	 * @generated
	 * @ordered
	 */
	protected static final int SAMPLE_PERIOD_MS_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getSamplePeriodMs() <em>Sample Period Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamplePeriodMs()
	 * @generated
	 * @ordered
	 */
	protected int samplePeriodMs = SAMPLE_PERIOD_MS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInstrument() <em>Instrument</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrument()
	 * @generated
	 * @ordered
	 */
	protected Instrument instrument;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlantPackage.Literals.SIGNAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignalKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SignalKind newKind) {
		SignalKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.SIGNAL__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getQuantity() {
		return quantity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantity(Quantity newQuantity) {
		Quantity oldQuantity = quantity;
		quantity = newQuantity == null ? QUANTITY_EDEFAULT : newQuantity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.SIGNAL__QUANTITY, oldQuantity, quantity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EngineeringUnit getUnit() {
		if (unit != null && unit.eIsProxy()) {
			InternalEObject oldUnit = (InternalEObject)unit;
			unit = (EngineeringUnit)eResolveProxy(oldUnit);
			if (unit != oldUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlantPackage.SIGNAL__UNIT, oldUnit, unit));
			}
		}
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EngineeringUnit basicGetUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(EngineeringUnit newUnit) {
		EngineeringUnit oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.SIGNAL__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignalDataType getDataType() {
		return dataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataType(SignalDataType newDataType) {
		SignalDataType oldDataType = dataType;
		dataType = newDataType == null ? DATA_TYPE_EDEFAULT : newDataType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.SIGNAL__DATA_TYPE, oldDataType, dataType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueRange getValidRange() {
		return validRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetValidRange(ValueRange newValidRange, NotificationChain msgs) {
		ValueRange oldValidRange = validRange;
		validRange = newValidRange;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlantPackage.SIGNAL__VALID_RANGE, oldValidRange, newValidRange);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidRange(ValueRange newValidRange) {
		if (newValidRange != validRange) {
			NotificationChain msgs = null;
			if (validRange != null)
				msgs = ((InternalEObject)validRange).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlantPackage.SIGNAL__VALID_RANGE, null, msgs);
			if (newValidRange != null)
				msgs = ((InternalEObject)newValidRange).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlantPackage.SIGNAL__VALID_RANGE, null, msgs);
			msgs = basicSetValidRange(newValidRange, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.SIGNAL__VALID_RANGE, newValidRange, newValidRange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSamplePeriodMs() {
		return samplePeriodMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSamplePeriodMs(int newSamplePeriodMs) {
		int oldSamplePeriodMs = samplePeriodMs;
		samplePeriodMs = newSamplePeriodMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.SIGNAL__SAMPLE_PERIOD_MS, oldSamplePeriodMs, samplePeriodMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument getInstrument() {
		if (instrument != null && instrument.eIsProxy()) {
			InternalEObject oldInstrument = (InternalEObject)instrument;
			instrument = (Instrument)eResolveProxy(oldInstrument);
			if (instrument != oldInstrument) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlantPackage.SIGNAL__INSTRUMENT, oldInstrument, instrument));
			}
		}
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instrument basicGetInstrument() {
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrument(Instrument newInstrument) {
		Instrument oldInstrument = instrument;
		instrument = newInstrument;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.SIGNAL__INSTRUMENT, oldInstrument, instrument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validRange(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return SignalRules.validRange(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validSamplePeriod(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return SignalRules.validSamplePeriod(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean unitMatchesQuantity(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return SignalRules.unitMatchesQuantity(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean instrumentMeasuresQuantity(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return SignalRules.instrumentMeasuresQuantity(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlantPackage.SIGNAL__VALID_RANGE:
				return basicSetValidRange(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlantPackage.SIGNAL__KIND:
				return getKind();
			case PlantPackage.SIGNAL__QUANTITY:
				return getQuantity();
			case PlantPackage.SIGNAL__UNIT:
				if (resolve) return getUnit();
				return basicGetUnit();
			case PlantPackage.SIGNAL__DATA_TYPE:
				return getDataType();
			case PlantPackage.SIGNAL__VALID_RANGE:
				return getValidRange();
			case PlantPackage.SIGNAL__SAMPLE_PERIOD_MS:
				return getSamplePeriodMs();
			case PlantPackage.SIGNAL__INSTRUMENT:
				if (resolve) return getInstrument();
				return basicGetInstrument();
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
			case PlantPackage.SIGNAL__KIND:
				setKind((SignalKind)newValue);
				return;
			case PlantPackage.SIGNAL__QUANTITY:
				setQuantity((Quantity)newValue);
				return;
			case PlantPackage.SIGNAL__UNIT:
				setUnit((EngineeringUnit)newValue);
				return;
			case PlantPackage.SIGNAL__DATA_TYPE:
				setDataType((SignalDataType)newValue);
				return;
			case PlantPackage.SIGNAL__VALID_RANGE:
				setValidRange((ValueRange)newValue);
				return;
			case PlantPackage.SIGNAL__SAMPLE_PERIOD_MS:
				setSamplePeriodMs((Integer)newValue);
				return;
			case PlantPackage.SIGNAL__INSTRUMENT:
				setInstrument((Instrument)newValue);
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
			case PlantPackage.SIGNAL__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PlantPackage.SIGNAL__QUANTITY:
				setQuantity(QUANTITY_EDEFAULT);
				return;
			case PlantPackage.SIGNAL__UNIT:
				setUnit((EngineeringUnit)null);
				return;
			case PlantPackage.SIGNAL__DATA_TYPE:
				setDataType(DATA_TYPE_EDEFAULT);
				return;
			case PlantPackage.SIGNAL__VALID_RANGE:
				setValidRange((ValueRange)null);
				return;
			case PlantPackage.SIGNAL__SAMPLE_PERIOD_MS:
				setSamplePeriodMs(SAMPLE_PERIOD_MS_EDEFAULT);
				return;
			case PlantPackage.SIGNAL__INSTRUMENT:
				setInstrument((Instrument)null);
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
			case PlantPackage.SIGNAL__KIND:
				return kind != KIND_EDEFAULT;
			case PlantPackage.SIGNAL__QUANTITY:
				return quantity != QUANTITY_EDEFAULT;
			case PlantPackage.SIGNAL__UNIT:
				return unit != null;
			case PlantPackage.SIGNAL__DATA_TYPE:
				return dataType != DATA_TYPE_EDEFAULT;
			case PlantPackage.SIGNAL__VALID_RANGE:
				return validRange != null;
			case PlantPackage.SIGNAL__SAMPLE_PERIOD_MS:
				return samplePeriodMs != SAMPLE_PERIOD_MS_EDEFAULT;
			case PlantPackage.SIGNAL__INSTRUMENT:
				return instrument != null;
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
			case PlantPackage.SIGNAL___VALID_RANGE__DIAGNOSTICCHAIN_MAP:
				return validRange((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case PlantPackage.SIGNAL___VALID_SAMPLE_PERIOD__DIAGNOSTICCHAIN_MAP:
				return validSamplePeriod((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case PlantPackage.SIGNAL___UNIT_MATCHES_QUANTITY__DIAGNOSTICCHAIN_MAP:
				return unitMatchesQuantity((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case PlantPackage.SIGNAL___INSTRUMENT_MEASURES_QUANTITY__DIAGNOSTICCHAIN_MAP:
				return instrumentMeasuresQuantity((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", quantity: ");
		result.append(quantity);
		result.append(", dataType: ");
		result.append(dataType);
		result.append(", samplePeriodMs: ");
		result.append(samplePeriodMs);
		result.append(')');
		return result.toString();
	}

} //SignalImpl
