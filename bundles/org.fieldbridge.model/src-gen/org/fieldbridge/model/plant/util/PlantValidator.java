/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.util;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.fieldbridge.model.plant.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.fieldbridge.model.plant.PlantPackage
 * @generated
 */
public class PlantValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final PlantValidator INSTANCE = new PlantValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.fieldbridge.model.plant";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Name' of 'Named Element'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int NAMED_ELEMENT__VALID_NAME = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Unique Child Names' of 'Named Element'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int NAMED_ELEMENT__UNIQUE_CHILD_NAMES = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Unique Child Names' of 'Plant'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PLANT__UNIQUE_CHILD_NAMES = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Range' of 'Signal'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SIGNAL__VALID_RANGE = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Sample Period' of 'Signal'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SIGNAL__VALID_SAMPLE_PERIOD = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Unit Matches Quantity' of 'Signal'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SIGNAL__UNIT_MATCHES_QUANTITY = 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Instrument Measures Quantity' of 'Signal'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SIGNAL__INSTRUMENT_MEASURES_QUANTITY = 7;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Common Code' of 'Engineering Unit'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int ENGINEERING_UNIT__VALID_COMMON_CODE = 8;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Calibration' of 'Instrument'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int INSTRUMENT__HAS_CALIBRATION = 9;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Complete' of 'Calibration Record'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CALIBRATION_RECORD__COMPLETE = 10;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Due After Calibration' of 'Calibration Record'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CALIBRATION_RECORD__DUE_AFTER_CALIBRATION = 11;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Not Expired' of 'Calibration Record'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CALIBRATION_RECORD__NOT_EXPIRED = 12;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Uncertainty' of 'Calibration Record'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CALIBRATION_RECORD__VALID_UNCERTAINTY = 13;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Host' of 'Modbus Tcp Endpoint'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MODBUS_TCP_ENDPOINT__VALID_HOST = 14;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Port' of 'Modbus Tcp Endpoint'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MODBUS_TCP_ENDPOINT__VALID_PORT = 15;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Unit Id' of 'Modbus Tcp Endpoint'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MODBUS_TCP_ENDPOINT__VALID_UNIT_ID = 16;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Timeouts' of 'Modbus Tcp Endpoint'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MODBUS_TCP_ENDPOINT__VALID_TIMEOUTS = 17;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Request Limits' of 'Modbus Tcp Endpoint'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MODBUS_TCP_ENDPOINT__VALID_REQUEST_LIMITS = 18;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Endpoint Url' of 'Opc Ua Endpoint'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int OPC_UA_ENDPOINT__VALID_ENDPOINT_URL = 19;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Consistent Security' of 'Opc Ua Endpoint'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int OPC_UA_ENDPOINT__CONSISTENT_SECURITY = 20;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Secret Reference' of 'Username Identity'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int USERNAME_IDENTITY__VALID_SECRET_REFERENCE = 21;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Valid Secret References' of 'X509 Identity'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int X509_IDENTITY__VALID_SECRET_REFERENCES = 22;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 22;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlantValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return PlantPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case PlantPackage.NAMED_ELEMENT:
				return validateNamedElement((NamedElement)value, diagnostics, context);
			case PlantPackage.PLANT:
				return validatePlant((Plant)value, diagnostics, context);
			case PlantPackage.ENTERPRISE:
				return validateEnterprise((Enterprise)value, diagnostics, context);
			case PlantPackage.SITE:
				return validateSite((Site)value, diagnostics, context);
			case PlantPackage.ACCESS_SCOPE:
				return validateAccessScope((AccessScope)value, diagnostics, context);
			case PlantPackage.AREA:
				return validateArea((Area)value, diagnostics, context);
			case PlantPackage.LINE:
				return validateLine((Line)value, diagnostics, context);
			case PlantPackage.WORK_CELL:
				return validateWorkCell((WorkCell)value, diagnostics, context);
			case PlantPackage.EQUIPMENT:
				return validateEquipment((Equipment)value, diagnostics, context);
			case PlantPackage.SIGNAL:
				return validateSignal((Signal)value, diagnostics, context);
			case PlantPackage.VALUE_RANGE:
				return validateValueRange((ValueRange)value, diagnostics, context);
			case PlantPackage.ENGINEERING_UNIT:
				return validateEngineeringUnit((EngineeringUnit)value, diagnostics, context);
			case PlantPackage.INSTRUMENT:
				return validateInstrument((Instrument)value, diagnostics, context);
			case PlantPackage.CALIBRATION_RECORD:
				return validateCalibrationRecord((CalibrationRecord)value, diagnostics, context);
			case PlantPackage.CONTROLLER:
				return validateController((Controller)value, diagnostics, context);
			case PlantPackage.ENDPOINT:
				return validateEndpoint((Endpoint)value, diagnostics, context);
			case PlantPackage.MODBUS_TCP_ENDPOINT:
				return validateModbusTcpEndpoint((ModbusTcpEndpoint)value, diagnostics, context);
			case PlantPackage.OPC_UA_ENDPOINT:
				return validateOpcUaEndpoint((OpcUaEndpoint)value, diagnostics, context);
			case PlantPackage.USER_IDENTITY:
				return validateUserIdentity((UserIdentity)value, diagnostics, context);
			case PlantPackage.ANONYMOUS_IDENTITY:
				return validateAnonymousIdentity((AnonymousIdentity)value, diagnostics, context);
			case PlantPackage.USERNAME_IDENTITY:
				return validateUsernameIdentity((UsernameIdentity)value, diagnostics, context);
			case PlantPackage.X509_IDENTITY:
				return validateX509Identity((X509Identity)value, diagnostics, context);
			case PlantPackage.ROLE:
				return validateRole((Role)value, diagnostics, context);
			case PlantPackage.EQUIPMENT_KIND:
				return validateEquipmentKind((EquipmentKind)value, diagnostics, context);
			case PlantPackage.SIGNAL_KIND:
				return validateSignalKind((SignalKind)value, diagnostics, context);
			case PlantPackage.QUANTITY:
				return validateQuantity((Quantity)value, diagnostics, context);
			case PlantPackage.SIGNAL_DATA_TYPE:
				return validateSignalDataType((SignalDataType)value, diagnostics, context);
			case PlantPackage.ENDIANNESS:
				return validateEndianness((Endianness)value, diagnostics, context);
			case PlantPackage.SECURITY_POLICY:
				return validateSecurityPolicy((SecurityPolicy)value, diagnostics, context);
			case PlantPackage.MESSAGE_SECURITY_MODE:
				return validateMessageSecurityMode((MessageSecurityMode)value, diagnostics, context);
			case PlantPackage.PERMISSION:
				return validatePermission((Permission)value, diagnostics, context);
			case PlantPackage.CONFORMITY:
				return validateConformity((Conformity)value, diagnostics, context);
			case PlantPackage.ISO_DATE:
				return validateIsoDate((LocalDate)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedElement(NamedElement namedElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(namedElement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validName(namedElement, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueChildNames(namedElement, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validName constraint of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedElement_validName(NamedElement namedElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return namedElement.validName(diagnostics, context);
	}

	/**
	 * Validates the uniqueChildNames constraint of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedElement_uniqueChildNames(NamedElement namedElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return namedElement.uniqueChildNames(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlant(Plant plant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(plant, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(plant, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlant_uniqueChildNames(plant, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueChildNames constraint of '<em>Plant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlant_uniqueChildNames(Plant plant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return plant.uniqueChildNames(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEnterprise(Enterprise enterprise, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(enterprise, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(enterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(enterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(enterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(enterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(enterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(enterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(enterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(enterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validName(enterprise, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueChildNames(enterprise, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSite(Site site, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(site, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(site, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(site, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validName(site, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueChildNames(site, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAccessScope(AccessScope accessScope, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(accessScope, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(accessScope, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(accessScope, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(accessScope, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(accessScope, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(accessScope, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(accessScope, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(accessScope, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(accessScope, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validName(accessScope, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueChildNames(accessScope, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArea(Area area, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(area, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(area, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(area, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(area, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(area, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(area, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(area, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(area, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(area, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validName(area, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueChildNames(area, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLine(Line line, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(line, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(line, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(line, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(line, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(line, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(line, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(line, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(line, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(line, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validName(line, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueChildNames(line, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWorkCell(WorkCell workCell, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(workCell, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(workCell, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(workCell, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(workCell, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(workCell, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(workCell, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(workCell, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(workCell, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(workCell, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validName(workCell, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueChildNames(workCell, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEquipment(Equipment equipment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(equipment, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(equipment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(equipment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(equipment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(equipment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(equipment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(equipment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(equipment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(equipment, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validName(equipment, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueChildNames(equipment, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignal(Signal signal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(signal, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validName(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueChildNames(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validateSignal_validRange(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validateSignal_validSamplePeriod(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validateSignal_unitMatchesQuantity(signal, diagnostics, context);
		if (result || diagnostics != null) result &= validateSignal_instrumentMeasuresQuantity(signal, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validRange constraint of '<em>Signal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignal_validRange(Signal signal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return signal.validRange(diagnostics, context);
	}

	/**
	 * Validates the validSamplePeriod constraint of '<em>Signal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignal_validSamplePeriod(Signal signal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return signal.validSamplePeriod(diagnostics, context);
	}

	/**
	 * Validates the unitMatchesQuantity constraint of '<em>Signal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignal_unitMatchesQuantity(Signal signal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return signal.unitMatchesQuantity(diagnostics, context);
	}

	/**
	 * Validates the instrumentMeasuresQuantity constraint of '<em>Signal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignal_instrumentMeasuresQuantity(Signal signal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return signal.instrumentMeasuresQuantity(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateValueRange(ValueRange valueRange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(valueRange, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEngineeringUnit(EngineeringUnit engineeringUnit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(engineeringUnit, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(engineeringUnit, diagnostics, context);
		if (result || diagnostics != null) result &= validateEngineeringUnit_validCommonCode(engineeringUnit, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validCommonCode constraint of '<em>Engineering Unit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEngineeringUnit_validCommonCode(EngineeringUnit engineeringUnit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return engineeringUnit.validCommonCode(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstrument(Instrument instrument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(instrument, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(instrument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(instrument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(instrument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(instrument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(instrument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(instrument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(instrument, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(instrument, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validName(instrument, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueChildNames(instrument, diagnostics, context);
		if (result || diagnostics != null) result &= validateInstrument_hasCalibration(instrument, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasCalibration constraint of '<em>Instrument</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstrument_hasCalibration(Instrument instrument, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return instrument.hasCalibration(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCalibrationRecord(CalibrationRecord calibrationRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(calibrationRecord, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(calibrationRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(calibrationRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(calibrationRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(calibrationRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(calibrationRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(calibrationRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(calibrationRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(calibrationRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validateCalibrationRecord_complete(calibrationRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validateCalibrationRecord_dueAfterCalibration(calibrationRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validateCalibrationRecord_notExpired(calibrationRecord, diagnostics, context);
		if (result || diagnostics != null) result &= validateCalibrationRecord_validUncertainty(calibrationRecord, diagnostics, context);
		return result;
	}

	/**
	 * Validates the complete constraint of '<em>Calibration Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCalibrationRecord_complete(CalibrationRecord calibrationRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return calibrationRecord.complete(diagnostics, context);
	}

	/**
	 * Validates the dueAfterCalibration constraint of '<em>Calibration Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCalibrationRecord_dueAfterCalibration(CalibrationRecord calibrationRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return calibrationRecord.dueAfterCalibration(diagnostics, context);
	}

	/**
	 * Validates the notExpired constraint of '<em>Calibration Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCalibrationRecord_notExpired(CalibrationRecord calibrationRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return calibrationRecord.notExpired(diagnostics, context);
	}

	/**
	 * Validates the validUncertainty constraint of '<em>Calibration Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCalibrationRecord_validUncertainty(CalibrationRecord calibrationRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return calibrationRecord.validUncertainty(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateController(Controller controller, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(controller, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(controller, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(controller, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(controller, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(controller, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(controller, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(controller, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(controller, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(controller, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validName(controller, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueChildNames(controller, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEndpoint(Endpoint endpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(endpoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModbusTcpEndpoint(ModbusTcpEndpoint modbusTcpEndpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(modbusTcpEndpoint, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(modbusTcpEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(modbusTcpEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(modbusTcpEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(modbusTcpEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(modbusTcpEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(modbusTcpEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(modbusTcpEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(modbusTcpEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validateModbusTcpEndpoint_validHost(modbusTcpEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validateModbusTcpEndpoint_validPort(modbusTcpEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validateModbusTcpEndpoint_validUnitId(modbusTcpEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validateModbusTcpEndpoint_validTimeouts(modbusTcpEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validateModbusTcpEndpoint_validRequestLimits(modbusTcpEndpoint, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validHost constraint of '<em>Modbus Tcp Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModbusTcpEndpoint_validHost(ModbusTcpEndpoint modbusTcpEndpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return modbusTcpEndpoint.validHost(diagnostics, context);
	}

	/**
	 * Validates the validPort constraint of '<em>Modbus Tcp Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModbusTcpEndpoint_validPort(ModbusTcpEndpoint modbusTcpEndpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return modbusTcpEndpoint.validPort(diagnostics, context);
	}

	/**
	 * Validates the validUnitId constraint of '<em>Modbus Tcp Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModbusTcpEndpoint_validUnitId(ModbusTcpEndpoint modbusTcpEndpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return modbusTcpEndpoint.validUnitId(diagnostics, context);
	}

	/**
	 * Validates the validTimeouts constraint of '<em>Modbus Tcp Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModbusTcpEndpoint_validTimeouts(ModbusTcpEndpoint modbusTcpEndpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return modbusTcpEndpoint.validTimeouts(diagnostics, context);
	}

	/**
	 * Validates the validRequestLimits constraint of '<em>Modbus Tcp Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModbusTcpEndpoint_validRequestLimits(ModbusTcpEndpoint modbusTcpEndpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return modbusTcpEndpoint.validRequestLimits(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpcUaEndpoint(OpcUaEndpoint opcUaEndpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(opcUaEndpoint, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(opcUaEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(opcUaEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(opcUaEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(opcUaEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(opcUaEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(opcUaEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(opcUaEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(opcUaEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validateOpcUaEndpoint_validEndpointUrl(opcUaEndpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validateOpcUaEndpoint_consistentSecurity(opcUaEndpoint, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validEndpointUrl constraint of '<em>Opc Ua Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpcUaEndpoint_validEndpointUrl(OpcUaEndpoint opcUaEndpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return opcUaEndpoint.validEndpointUrl(diagnostics, context);
	}

	/**
	 * Validates the consistentSecurity constraint of '<em>Opc Ua Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpcUaEndpoint_consistentSecurity(OpcUaEndpoint opcUaEndpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return opcUaEndpoint.consistentSecurity(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUserIdentity(UserIdentity userIdentity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(userIdentity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnonymousIdentity(AnonymousIdentity anonymousIdentity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(anonymousIdentity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUsernameIdentity(UsernameIdentity usernameIdentity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(usernameIdentity, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(usernameIdentity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(usernameIdentity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(usernameIdentity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(usernameIdentity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(usernameIdentity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(usernameIdentity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(usernameIdentity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(usernameIdentity, diagnostics, context);
		if (result || diagnostics != null) result &= validateUsernameIdentity_validSecretReference(usernameIdentity, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validSecretReference constraint of '<em>Username Identity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUsernameIdentity_validSecretReference(UsernameIdentity usernameIdentity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return usernameIdentity.validSecretReference(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateX509Identity(X509Identity x509Identity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(x509Identity, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(x509Identity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(x509Identity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(x509Identity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(x509Identity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(x509Identity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(x509Identity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(x509Identity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(x509Identity, diagnostics, context);
		if (result || diagnostics != null) result &= validateX509Identity_validSecretReferences(x509Identity, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validSecretReferences constraint of '<em>X509 Identity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateX509Identity_validSecretReferences(X509Identity x509Identity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return x509Identity.validSecretReferences(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRole(Role role, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(role, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(role, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(role, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(role, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(role, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(role, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(role, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(role, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(role, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_validName(role, diagnostics, context);
		if (result || diagnostics != null) result &= validateNamedElement_uniqueChildNames(role, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEquipmentKind(EquipmentKind equipmentKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignalKind(SignalKind signalKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuantity(Quantity quantity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSignalDataType(SignalDataType signalDataType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEndianness(Endianness endianness, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSecurityPolicy(SecurityPolicy securityPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMessageSecurityMode(MessageSecurityMode messageSecurityMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePermission(Permission permission, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConformity(Conformity conformity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIsoDate(LocalDate isoDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //PlantValidator
