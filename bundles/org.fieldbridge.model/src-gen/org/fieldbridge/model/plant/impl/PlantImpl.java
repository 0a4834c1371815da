/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.fieldbridge.model.plant.Controller;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.Enterprise;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.Role;

import org.fieldbridge.model.plant.validation.NamingRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.impl.PlantImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.PlantImpl#getEnterprises <em>Enterprises</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.PlantImpl#getControllers <em>Controllers</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.PlantImpl#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.PlantImpl#getUnits <em>Units</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.PlantImpl#getRoles <em>Roles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlantImpl extends EObjectImpl implements Plant {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnterprises() <em>Enterprises</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprises()
	 * @generated
	 * @ordered
	 */
	protected EList<Enterprise> enterprises;

	/**
	 * The cached value of the '{@link #getControllers() <em>Controllers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControllers()
	 * @generated
	 * @ordered
	 */
	protected EList<Controller> controllers;

	/**
	 * The cached value of the '{@link #getInstruments() <em>Instruments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<Instrument> instruments;

	/**
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<EngineeringUnit> units;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlantPackage.Literals.PLANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.PLANT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Enterprise> getEnterprises() {
		if (enterprises == null) {
			enterprises = new EObjectContainmentEList<Enterprise>(Enterprise.class, this, PlantPackage.PLANT__ENTERPRISES);
		}
		return enterprises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Controller> getControllers() {
		if (controllers == null) {
			controllers = new EObjectContainmentEList<Controller>(Controller.class, this, PlantPackage.PLANT__CONTROLLERS);
		}
		return controllers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instrument> getInstruments() {
		if (instruments == null) {
			instruments = new EObjectContainmentEList<Instrument>(Instrument.class, this, PlantPackage.PLANT__INSTRUMENTS);
		}
		return instruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EngineeringUnit> getUnits() {
		if (units == null) {
			units = new EObjectContainmentEList<EngineeringUnit>(EngineeringUnit.class, this, PlantPackage.PLANT__UNITS);
		}
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles() {
		if (roles == null) {
			roles = new EObjectContainmentEList<Role>(Role.class, this, PlantPackage.PLANT__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean uniqueChildNames(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return NamingRules.uniqueTopLevelNames(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlantPackage.PLANT__ENTERPRISES:
				return ((InternalEList<?>)getEnterprises()).basicRemove(otherEnd, msgs);
			case PlantPackage.PLANT__CONTROLLERS:
				return ((InternalEList<?>)getControllers()).basicRemove(otherEnd, msgs);
			case PlantPackage.PLANT__INSTRUMENTS:
				return ((InternalEList<?>)getInstruments()).basicRemove(otherEnd, msgs);
			case PlantPackage.PLANT__UNITS:
				return ((InternalEList<?>)getUnits()).basicRemove(otherEnd, msgs);
			case PlantPackage.PLANT__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
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
			case PlantPackage.PLANT__DESCRIPTION:
				return getDescription();
			case PlantPackage.PLANT__ENTERPRISES:
				return getEnterprises();
			case PlantPackage.PLANT__CONTROLLERS:
				return getControllers();
			case PlantPackage.PLANT__INSTRUMENTS:
				return getInstruments();
			case PlantPackage.PLANT__UNITS:
				return getUnits();
			case PlantPackage.PLANT__ROLES:
				return getRoles();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlantPackage.PLANT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PlantPackage.PLANT__ENTERPRISES:
				getEnterprises().clear();
				getEnterprises().addAll((Collection<? extends Enterprise>)newValue);
				return;
			case PlantPackage.PLANT__CONTROLLERS:
				getControllers().clear();
				getControllers().addAll((Collection<? extends Controller>)newValue);
				return;
			case PlantPackage.PLANT__INSTRUMENTS:
				getInstruments().clear();
				getInstruments().addAll((Collection<? extends Instrument>)newValue);
				return;
			case PlantPackage.PLANT__UNITS:
				getUnits().clear();
				getUnits().addAll((Collection<? extends EngineeringUnit>)newValue);
				return;
			case PlantPackage.PLANT__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
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
			case PlantPackage.PLANT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PlantPackage.PLANT__ENTERPRISES:
				getEnterprises().clear();
				return;
			case PlantPackage.PLANT__CONTROLLERS:
				getControllers().clear();
				return;
			case PlantPackage.PLANT__INSTRUMENTS:
				getInstruments().clear();
				return;
			case PlantPackage.PLANT__UNITS:
				getUnits().clear();
				return;
			case PlantPackage.PLANT__ROLES:
				getRoles().clear();
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
			case PlantPackage.PLANT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PlantPackage.PLANT__ENTERPRISES:
				return enterprises != null && !enterprises.isEmpty();
			case PlantPackage.PLANT__CONTROLLERS:
				return controllers != null && !controllers.isEmpty();
			case PlantPackage.PLANT__INSTRUMENTS:
				return instruments != null && !instruments.isEmpty();
			case PlantPackage.PLANT__UNITS:
				return units != null && !units.isEmpty();
			case PlantPackage.PLANT__ROLES:
				return roles != null && !roles.isEmpty();
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
			case PlantPackage.PLANT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP:
				return uniqueChildNames((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //PlantImpl
