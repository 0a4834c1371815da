/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.fieldbridge.model.plant.*;

import org.fieldbridge.model.plant.datatypes.IsoDates;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PlantFactoryImpl extends EFactoryImpl implements PlantFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PlantFactory init() {
		try {
			PlantFactory thePlantFactory = (PlantFactory)EPackage.Registry.INSTANCE.getEFactory(PlantPackage.eNS_URI);
			if (thePlantFactory != null) {
				return thePlantFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PlantFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlantFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case PlantPackage.PLANT: return createPlant();
			case PlantPackage.ENTERPRISE: return createEnterprise();
			case PlantPackage.SITE: return createSite();
			case PlantPackage.AREA: return createArea();
			case PlantPackage.LINE: return createLine();
			case PlantPackage.WORK_CELL: return createWorkCell();
			case PlantPackage.EQUIPMENT: return createEquipment();
			case PlantPackage.SIGNAL: return createSignal();
			case PlantPackage.VALUE_RANGE: return createValueRange();
			case PlantPackage.ENGINEERING_UNIT: return createEngineeringUnit();
			case PlantPackage.INSTRUMENT: return createInstrument();
			case PlantPackage.CALIBRATION_RECORD: return createCalibrationRecord();
			case PlantPackage.CONTROLLER: return createController();
			case PlantPackage.MODBUS_TCP_ENDPOINT: return createModbusTcpEndpoint();
			case PlantPackage.OPC_UA_ENDPOINT: return createOpcUaEndpoint();
			case PlantPackage.ANONYMOUS_IDENTITY: return createAnonymousIdentity();
			case PlantPackage.USERNAME_IDENTITY: return createUsernameIdentity();
			case PlantPackage.X509_IDENTITY: return createX509Identity();
			case PlantPackage.ROLE: return createRole();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case PlantPackage.EQUIPMENT_KIND:
				return createEquipmentKindFromString(eDataType, initialValue);
			case PlantPackage.SIGNAL_KIND:
				return createSignalKindFromString(eDataType, initialValue);
			case PlantPackage.QUANTITY:
				return createQuantityFromString(eDataType, initialValue);
			case PlantPackage.SIGNAL_DATA_TYPE:
				return createSignalDataTypeFromString(eDataType, initialValue);
			case PlantPackage.ENDIANNESS:
				return createEndiannessFromString(eDataType, initialValue);
			case PlantPackage.SECURITY_POLICY:
				return createSecurityPolicyFromString(eDataType, initialValue);
			case PlantPackage.MESSAGE_SECURITY_MODE:
				return createMessageSecurityModeFromString(eDataType, initialValue);
			case PlantPackage.PERMISSION:
				return createPermissionFromString(eDataType, initialValue);
			case PlantPackage.CONFORMITY:
				return createConformityFromString(eDataType, initialValue);
			case PlantPackage.ISO_DATE:
				return createIsoDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case PlantPackage.EQUIPMENT_KIND:
				return convertEquipmentKindToString(eDataType, instanceValue);
			case PlantPackage.SIGNAL_KIND:
				return convertSignalKindToString(eDataType, instanceValue);
			case PlantPackage.QUANTITY:
				return convertQuantityToString(eDataType, instanceValue);
			case PlantPackage.SIGNAL_DATA_TYPE:
				return convertSignalDataTypeToString(eDataType, instanceValue);
			case PlantPackage.ENDIANNESS:
				return convertEndiannessToString(eDataType, instanceValue);
			case PlantPackage.SECURITY_POLICY:
				return convertSecurityPolicyToString(eDataType, instanceValue);
			case PlantPackage.MESSAGE_SECURITY_MODE:
				return convertMessageSecurityModeToString(eDataType, instanceValue);
			case PlantPackage.PERMISSION:
				return convertPermissionToString(eDataType, instanceValue);
			case PlantPackage.CONFORMITY:
				return convertConformityToString(eDataType, instanceValue);
			case PlantPackage.ISO_DATE:
				return convertIsoDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plant createPlant() {
		PlantImpl plant = new PlantImpl();
		return plant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enterprise createEnterprise() {
		EnterpriseImpl enterprise = new EnterpriseImpl();
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site createSite() {
		SiteImpl site = new SiteImpl();
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Area createArea() {
		AreaImpl area = new AreaImpl();
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Line createLine() {
		LineImpl line = new LineImpl();
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkCell createWorkCell() {
		WorkCellImpl workCell = new WorkCellImpl();
		return workCell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Equipment createEquipment() {
		EquipmentImpl equipment = new EquipmentImpl();
		return equipment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signal createSignal() {
		SignalImpl signal = new SignalImpl();
		return signal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueRange createValueRange() {
		ValueRangeImpl valueRange = new ValueRangeImpl();
		return valueRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EngineeringUnit createEngineeringUnit() {
		EngineeringUnitImpl engineeringUnit = new EngineeringUnitImpl();
		return engineeringUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument createInstrument() {
		InstrumentImpl instrument = new InstrumentImpl();
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CalibrationRecord createCalibrationRecord() {
		CalibrationRecordImpl calibrationRecord = new CalibrationRecordImpl();
		return calibrationRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Controller createController() {
		ControllerImpl controller = new ControllerImpl();
		return controller;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModbusTcpEndpoint createModbusTcpEndpoint() {
		ModbusTcpEndpointImpl modbusTcpEndpoint = new ModbusTcpEndpointImpl();
		return modbusTcpEndpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpcUaEndpoint createOpcUaEndpoint() {
		OpcUaEndpointImpl opcUaEndpoint = new OpcUaEndpointImpl();
		return opcUaEndpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnonymousIdentity createAnonymousIdentity() {
		AnonymousIdentityImpl anonymousIdentity = new AnonymousIdentityImpl();
		return anonymousIdentity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UsernameIdentity createUsernameIdentity() {
		UsernameIdentityImpl usernameIdentity = new UsernameIdentityImpl();
		return usernameIdentity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public X509Identity createX509Identity() {
		X509IdentityImpl x509Identity = new X509IdentityImpl();
		return x509Identity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role createRole() {
		RoleImpl role = new RoleImpl();
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EquipmentKind createEquipmentKindFromString(EDataType eDataType, String initialValue) {
		EquipmentKind result = EquipmentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEquipmentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SignalKind createSignalKindFromString(EDataType eDataType, String initialValue) {
		SignalKind result = SignalKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSignalKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Quantity createQuantityFromString(EDataType eDataType, String initialValue) {
		Quantity result = Quantity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQuantityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SignalDataType createSignalDataTypeFromString(EDataType eDataType, String initialValue) {
		SignalDataType result = SignalDataType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSignalDataTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Endianness createEndiannessFromString(EDataType eDataType, String initialValue) {
		Endianness result = Endianness.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEndiannessToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SecurityPolicy createSecurityPolicyFromString(EDataType eDataType, String initialValue) {
		SecurityPolicy result = SecurityPolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSecurityPolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MessageSecurityMode createMessageSecurityModeFromString(EDataType eDataType, String initialValue) {
		MessageSecurityMode result = MessageSecurityMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMessageSecurityModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Permission createPermissionFromString(EDataType eDataType, String initialValue) {
		Permission result = Permission.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPermissionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Conformity createConformityFromString(EDataType eDataType, String initialValue) {
		Conformity result = Conformity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConformityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createIsoDate(final String it) {
		return IsoDates.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createIsoDateFromString(EDataType eDataType, String initialValue) {
		return createIsoDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIsoDate(final LocalDate it) {
		return IsoDates.format(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIsoDateToString(EDataType eDataType, Object instanceValue) {
		return convertIsoDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlantPackage getPlantPackage() {
		return (PlantPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PlantPackage getPackage() {
		return PlantPackage.eINSTANCE;
	}

} //PlantFactoryImpl
