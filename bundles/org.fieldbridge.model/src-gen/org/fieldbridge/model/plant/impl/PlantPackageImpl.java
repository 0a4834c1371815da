/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EGenericType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.fieldbridge.model.plant.AccessScope;
import org.fieldbridge.model.plant.AnonymousIdentity;
import org.fieldbridge.model.plant.Area;
import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.Conformity;
import org.fieldbridge.model.plant.Controller;
import org.fieldbridge.model.plant.Endianness;
import org.fieldbridge.model.plant.Endpoint;
import org.fieldbridge.model.plant.EngineeringUnit;
import org.fieldbridge.model.plant.Enterprise;
import org.fieldbridge.model.plant.Equipment;
import org.fieldbridge.model.plant.EquipmentKind;
import org.fieldbridge.model.plant.Instrument;
import org.fieldbridge.model.plant.Line;
import org.fieldbridge.model.plant.MessageSecurityMode;
import org.fieldbridge.model.plant.ModbusTcpEndpoint;
import org.fieldbridge.model.plant.NamedElement;
import org.fieldbridge.model.plant.OpcUaEndpoint;
import org.fieldbridge.model.plant.Permission;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.PlantFactory;
import org.fieldbridge.model.plant.PlantPackage;
import org.fieldbridge.model.plant.Quantity;
import org.fieldbridge.model.plant.Role;
import org.fieldbridge.model.plant.SecurityPolicy;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.SignalDataType;
import org.fieldbridge.model.plant.SignalKind;
import org.fieldbridge.model.plant.Site;
import org.fieldbridge.model.plant.UserIdentity;
import org.fieldbridge.model.plant.UsernameIdentity;
import org.fieldbridge.model.plant.ValueRange;
import org.fieldbridge.model.plant.WorkCell;
import org.fieldbridge.model.plant.X509Identity;

import org.fieldbridge.model.plant.util.PlantValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PlantPackageImpl extends EPackageImpl implements PlantPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass plantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enterpriseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accessScopeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass areaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workCellEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass equipmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass signalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass valueRangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass engineeringUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instrumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass calibrationRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass controllerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modbusTcpEndpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass opcUaEndpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass userIdentityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass anonymousIdentityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass usernameIdentityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass x509IdentityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum equipmentKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum signalKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum quantityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum signalDataTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum endiannessEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum securityPolicyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum messageSecurityModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum permissionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum conformityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType isoDateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.fieldbridge.model.plant.PlantPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PlantPackageImpl() {
		super(eNS_URI, PlantFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link PlantPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PlantPackage init() {
		if (isInited) return (PlantPackage)EPackage.Registry.INSTANCE.getEPackage(PlantPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPlantPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PlantPackageImpl thePlantPackage = registeredPlantPackage instanceof PlantPackageImpl ? (PlantPackageImpl)registeredPlantPackage : new PlantPackageImpl();

		isInited = true;

		// Create package meta-data objects
		thePlantPackage.createPackageContents();

		// Initialize created meta-data
		thePlantPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(thePlantPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return PlantValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		thePlantPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PlantPackage.eNS_URI, thePlantPackage);
		return thePlantPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_DisplayName() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getNamedElement__QualifiedName() {
		return namedElementEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getNamedElement__ValidName__DiagnosticChain_Map() {
		return namedElementEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getNamedElement__UniqueChildNames__DiagnosticChain_Map() {
		return namedElementEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlant() {
		return plantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlant_Description() {
		return (EAttribute)plantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlant_Enterprises() {
		return (EReference)plantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlant_Controllers() {
		return (EReference)plantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlant_Instruments() {
		return (EReference)plantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlant_Units() {
		return (EReference)plantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlant_Roles() {
		return (EReference)plantEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlant__UniqueChildNames__DiagnosticChain_Map() {
		return plantEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnterprise() {
		return enterpriseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnterprise_Sites() {
		return (EReference)enterpriseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Areas() {
		return (EReference)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccessScope() {
		return accessScopeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAccessScope_AssignedRoles() {
		return (EReference)accessScopeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArea() {
		return areaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArea_Lines() {
		return (EReference)areaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLine() {
		return lineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLine_WorkCells() {
		return (EReference)lineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLine_Equipment() {
		return (EReference)lineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkCell() {
		return workCellEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkCell_Equipment() {
		return (EReference)workCellEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEquipment() {
		return equipmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEquipment_Kind() {
		return (EAttribute)equipmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEquipment_Controller() {
		return (EReference)equipmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEquipment_Signals() {
		return (EReference)equipmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEquipment_SubEquipment() {
		return (EReference)equipmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSignal() {
		return signalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignal_Kind() {
		return (EAttribute)signalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignal_Quantity() {
		return (EAttribute)signalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSignal_Unit() {
		return (EReference)signalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignal_DataType() {
		return (EAttribute)signalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSignal_ValidRange() {
		return (EReference)signalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignal_SamplePeriodMs() {
		return (EAttribute)signalEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSignal_Instrument() {
		return (EReference)signalEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSignal__ValidRange__DiagnosticChain_Map() {
		return signalEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSignal__ValidSamplePeriod__DiagnosticChain_Map() {
		return signalEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSignal__UnitMatchesQuantity__DiagnosticChain_Map() {
		return signalEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSignal__InstrumentMeasuresQuantity__DiagnosticChain_Map() {
		return signalEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getValueRange() {
		return valueRangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueRange_Minimum() {
		return (EAttribute)valueRangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueRange_Maximum() {
		return (EAttribute)valueRangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEngineeringUnit() {
		return engineeringUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngineeringUnit_CommonCode() {
		return (EAttribute)engineeringUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngineeringUnit_DisplayName() {
		return (EAttribute)engineeringUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngineeringUnit_Description() {
		return (EAttribute)engineeringUnitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getEngineeringUnit__UnitId() {
		return engineeringUnitEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getEngineeringUnit__ValidCommonCode__DiagnosticChain_Map() {
		return engineeringUnitEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstrument() {
		return instrumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Tag() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Manufacturer() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Model() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_SerialNumber() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstrument_Quantity() {
		return (EAttribute)instrumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstrument_Calibrations() {
		return (EReference)instrumentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getInstrument__CalibrationValidOn__LocalDate() {
		return instrumentEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getInstrument__HasCalibration__DiagnosticChain_Map() {
		return instrumentEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCalibrationRecord() {
		return calibrationRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibrationRecord_CertificateId() {
		return (EAttribute)calibrationRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibrationRecord_Laboratory() {
		return (EAttribute)calibrationRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibrationRecord_AccreditationBody() {
		return (EAttribute)calibrationRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibrationRecord_AccreditationNumber() {
		return (EAttribute)calibrationRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibrationRecord_CalibrationDate() {
		return (EAttribute)calibrationRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibrationRecord_DueDate() {
		return (EAttribute)calibrationRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibrationRecord_ExpandedUncertainty() {
		return (EAttribute)calibrationRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCalibrationRecord_UncertaintyUnit() {
		return (EReference)calibrationRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibrationRecord_CoverageFactor() {
		return (EAttribute)calibrationRecordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibrationRecord_Conformity() {
		return (EAttribute)calibrationRecordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCalibrationRecord__Complete__DiagnosticChain_Map() {
		return calibrationRecordEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCalibrationRecord__DueAfterCalibration__DiagnosticChain_Map() {
		return calibrationRecordEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCalibrationRecord__NotExpired__DiagnosticChain_Map() {
		return calibrationRecordEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCalibrationRecord__ValidUncertainty__DiagnosticChain_Map() {
		return calibrationRecordEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getController() {
		return controllerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getController_Vendor() {
		return (EAttribute)controllerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getController_Model() {
		return (EAttribute)controllerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getController_FirmwareVersion() {
		return (EAttribute)controllerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getController_Endpoints() {
		return (EReference)controllerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndpoint() {
		return endpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModbusTcpEndpoint() {
		return modbusTcpEndpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModbusTcpEndpoint_Host() {
		return (EAttribute)modbusTcpEndpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModbusTcpEndpoint_Port() {
		return (EAttribute)modbusTcpEndpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModbusTcpEndpoint_UnitId() {
		return (EAttribute)modbusTcpEndpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModbusTcpEndpoint_ByteOrder() {
		return (EAttribute)modbusTcpEndpointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModbusTcpEndpoint_WordOrder() {
		return (EAttribute)modbusTcpEndpointEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModbusTcpEndpoint_ConnectTimeoutMs() {
		return (EAttribute)modbusTcpEndpointEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModbusTcpEndpoint_ResponseTimeoutMs() {
		return (EAttribute)modbusTcpEndpointEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModbusTcpEndpoint_MaxRegistersPerRequest() {
		return (EAttribute)modbusTcpEndpointEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModbusTcpEndpoint_MaxRegisterGap() {
		return (EAttribute)modbusTcpEndpointEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getModbusTcpEndpoint__ValidHost__DiagnosticChain_Map() {
		return modbusTcpEndpointEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getModbusTcpEndpoint__ValidPort__DiagnosticChain_Map() {
		return modbusTcpEndpointEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getModbusTcpEndpoint__ValidUnitId__DiagnosticChain_Map() {
		return modbusTcpEndpointEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getModbusTcpEndpoint__ValidTimeouts__DiagnosticChain_Map() {
		return modbusTcpEndpointEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getModbusTcpEndpoint__ValidRequestLimits__DiagnosticChain_Map() {
		return modbusTcpEndpointEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOpcUaEndpoint() {
		return opcUaEndpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpcUaEndpoint_EndpointUrl() {
		return (EAttribute)opcUaEndpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpcUaEndpoint_SecurityPolicy() {
		return (EAttribute)opcUaEndpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpcUaEndpoint_SecurityMode() {
		return (EAttribute)opcUaEndpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpcUaEndpoint_Identity() {
		return (EReference)opcUaEndpointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getOpcUaEndpoint__ValidEndpointUrl__DiagnosticChain_Map() {
		return opcUaEndpointEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getOpcUaEndpoint__ConsistentSecurity__DiagnosticChain_Map() {
		return opcUaEndpointEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUserIdentity() {
		return userIdentityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnonymousIdentity() {
		return anonymousIdentityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUsernameIdentity() {
		return usernameIdentityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUsernameIdentity_Username() {
		return (EAttribute)usernameIdentityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUsernameIdentity_SecretRef() {
		return (EAttribute)usernameIdentityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getUsernameIdentity__ValidSecretReference__DiagnosticChain_Map() {
		return usernameIdentityEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getX509Identity() {
		return x509IdentityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getX509Identity_CertificateRef() {
		return (EAttribute)x509IdentityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getX509Identity_PrivateKeyRef() {
		return (EAttribute)x509IdentityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getX509Identity__ValidSecretReferences__DiagnosticChain_Map() {
		return x509IdentityEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRole() {
		return roleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Permissions() {
		return (EAttribute)roleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEquipmentKind() {
		return equipmentKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSignalKind() {
		return signalKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQuantity() {
		return quantityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSignalDataType() {
		return signalDataTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEndianness() {
		return endiannessEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSecurityPolicy() {
		return securityPolicyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMessageSecurityMode() {
		return messageSecurityModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPermission() {
		return permissionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConformity() {
		return conformityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIsoDate() {
		return isoDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlantFactory getPlantFactory() {
		return (PlantFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DISPLAY_NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);
		createEOperation(namedElementEClass, NAMED_ELEMENT___QUALIFIED_NAME);
		createEOperation(namedElementEClass, NAMED_ELEMENT___VALID_NAME__DIAGNOSTICCHAIN_MAP);
		createEOperation(namedElementEClass, NAMED_ELEMENT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP);

		plantEClass = createEClass(PLANT);
		createEAttribute(plantEClass, PLANT__DESCRIPTION);
		createEReference(plantEClass, PLANT__ENTERPRISES);
		createEReference(plantEClass, PLANT__CONTROLLERS);
		createEReference(plantEClass, PLANT__INSTRUMENTS);
		createEReference(plantEClass, PLANT__UNITS);
		createEReference(plantEClass, PLANT__ROLES);
		createEOperation(plantEClass, PLANT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP);

		enterpriseEClass = createEClass(ENTERPRISE);
		createEReference(enterpriseEClass, ENTERPRISE__SITES);

		siteEClass = createEClass(SITE);
		createEReference(siteEClass, SITE__AREAS);

		accessScopeEClass = createEClass(ACCESS_SCOPE);
		createEReference(accessScopeEClass, ACCESS_SCOPE__ASSIGNED_ROLES);

		areaEClass = createEClass(AREA);
		createEReference(areaEClass, AREA__LINES);

		lineEClass = createEClass(LINE);
		createEReference(lineEClass, LINE__WORK_CELLS);
		createEReference(lineEClass, LINE__EQUIPMENT);

		workCellEClass = createEClass(WORK_CELL);
		createEReference(workCellEClass, WORK_CELL__EQUIPMENT);

		equipmentEClass = createEClass(EQUIPMENT);
		createEAttribute(equipmentEClass, EQUIPMENT__KIND);
		createEReference(equipmentEClass, EQUIPMENT__CONTROLLER);
		createEReference(equipmentEClass, EQUIPMENT__SIGNALS);
		createEReference(equipmentEClass, EQUIPMENT__SUB_EQUIPMENT);

		signalEClass = createEClass(SIGNAL);
		createEAttribute(signalEClass, SIGNAL__KIND);
		createEAttribute(signalEClass, SIGNAL__QUANTITY);
		createEReference(signalEClass, SIGNAL__UNIT);
		createEAttribute(signalEClass, SIGNAL__DATA_TYPE);
		createEReference(signalEClass, SIGNAL__VALID_RANGE);
		createEAttribute(signalEClass, SIGNAL__SAMPLE_PERIOD_MS);
		createEReference(signalEClass, SIGNAL__INSTRUMENT);
		createEOperation(signalEClass, SIGNAL___VALID_RANGE__DIAGNOSTICCHAIN_MAP);
		createEOperation(signalEClass, SIGNAL___VALID_SAMPLE_PERIOD__DIAGNOSTICCHAIN_MAP);
		createEOperation(signalEClass, SIGNAL___UNIT_MATCHES_QUANTITY__DIAGNOSTICCHAIN_MAP);
		createEOperation(signalEClass, SIGNAL___INSTRUMENT_MEASURES_QUANTITY__DIAGNOSTICCHAIN_MAP);

		valueRangeEClass = createEClass(VALUE_RANGE);
		createEAttribute(valueRangeEClass, VALUE_RANGE__MINIMUM);
		createEAttribute(valueRangeEClass, VALUE_RANGE__MAXIMUM);

		engineeringUnitEClass = createEClass(ENGINEERING_UNIT);
		createEAttribute(engineeringUnitEClass, ENGINEERING_UNIT__COMMON_CODE);
		createEAttribute(engineeringUnitEClass, ENGINEERING_UNIT__DISPLAY_NAME);
		createEAttribute(engineeringUnitEClass, ENGINEERING_UNIT__DESCRIPTION);
		createEOperation(engineeringUnitEClass, ENGINEERING_UNIT___UNIT_ID);
		createEOperation(engineeringUnitEClass, ENGINEERING_UNIT___VALID_COMMON_CODE__DIAGNOSTICCHAIN_MAP);

		instrumentEClass = createEClass(INSTRUMENT);
		createEAttribute(instrumentEClass, INSTRUMENT__TAG);
		createEAttribute(instrumentEClass, INSTRUMENT__MANUFACTURER);
		createEAttribute(instrumentEClass, INSTRUMENT__MODEL);
		createEAttribute(instrumentEClass, INSTRUMENT__SERIAL_NUMBER);
		createEAttribute(instrumentEClass, INSTRUMENT__QUANTITY);
		createEReference(instrumentEClass, INSTRUMENT__CALIBRATIONS);
		createEOperation(instrumentEClass, INSTRUMENT___CALIBRATION_VALID_ON__LOCALDATE);
		createEOperation(instrumentEClass, INSTRUMENT___HAS_CALIBRATION__DIAGNOSTICCHAIN_MAP);

		calibrationRecordEClass = createEClass(CALIBRATION_RECORD);
		createEAttribute(calibrationRecordEClass, CALIBRATION_RECORD__CERTIFICATE_ID);
		createEAttribute(calibrationRecordEClass, CALIBRATION_RECORD__LABORATORY);
		createEAttribute(calibrationRecordEClass, CALIBRATION_RECORD__ACCREDITATION_BODY);
		createEAttribute(calibrationRecordEClass, CALIBRATION_RECORD__ACCREDITATION_NUMBER);
		createEAttribute(calibrationRecordEClass, CALIBRATION_RECORD__CALIBRATION_DATE);
		createEAttribute(calibrationRecordEClass, CALIBRATION_RECORD__DUE_DATE);
		createEAttribute(calibrationRecordEClass, CALIBRATION_RECORD__EXPANDED_UNCERTAINTY);
		createEReference(calibrationRecordEClass, CALIBRATION_RECORD__UNCERTAINTY_UNIT);
		createEAttribute(calibrationRecordEClass, CALIBRATION_RECORD__COVERAGE_FACTOR);
		createEAttribute(calibrationRecordEClass, CALIBRATION_RECORD__CONFORMITY);
		createEOperation(calibrationRecordEClass, CALIBRATION_RECORD___COMPLETE__DIAGNOSTICCHAIN_MAP);
		createEOperation(calibrationRecordEClass, CALIBRATION_RECORD___DUE_AFTER_CALIBRATION__DIAGNOSTICCHAIN_MAP);
		createEOperation(calibrationRecordEClass, CALIBRATION_RECORD___NOT_EXPIRED__DIAGNOSTICCHAIN_MAP);
		createEOperation(calibrationRecordEClass, CALIBRATION_RECORD___VALID_UNCERTAINTY__DIAGNOSTICCHAIN_MAP);

		controllerEClass = createEClass(CONTROLLER);
		createEAttribute(controllerEClass, CONTROLLER__VENDOR);
		createEAttribute(controllerEClass, CONTROLLER__MODEL);
		createEAttribute(controllerEClass, CONTROLLER__FIRMWARE_VERSION);
		createEReference(controllerEClass, CONTROLLER__ENDPOINTS);

		endpointEClass = createEClass(ENDPOINT);

		modbusTcpEndpointEClass = createEClass(MODBUS_TCP_ENDPOINT);
		createEAttribute(modbusTcpEndpointEClass, MODBUS_TCP_ENDPOINT__HOST);
		createEAttribute(modbusTcpEndpointEClass, MODBUS_TCP_ENDPOINT__PORT);
		createEAttribute(modbusTcpEndpointEClass, MODBUS_TCP_ENDPOINT__UNIT_ID);
		createEAttribute(modbusTcpEndpointEClass, MODBUS_TCP_ENDPOINT__BYTE_ORDER);
		createEAttribute(modbusTcpEndpointEClass, MODBUS_TCP_ENDPOINT__WORD_ORDER);
		createEAttribute(modbusTcpEndpointEClass, MODBUS_TCP_ENDPOINT__CONNECT_TIMEOUT_MS);
		createEAttribute(modbusTcpEndpointEClass, MODBUS_TCP_ENDPOINT__RESPONSE_TIMEOUT_MS);
		createEAttribute(modbusTcpEndpointEClass, MODBUS_TCP_ENDPOINT__MAX_REGISTERS_PER_REQUEST);
		createEAttribute(modbusTcpEndpointEClass, MODBUS_TCP_ENDPOINT__MAX_REGISTER_GAP);
		createEOperation(modbusTcpEndpointEClass, MODBUS_TCP_ENDPOINT___VALID_HOST__DIAGNOSTICCHAIN_MAP);
		createEOperation(modbusTcpEndpointEClass, MODBUS_TCP_ENDPOINT___VALID_PORT__DIAGNOSTICCHAIN_MAP);
		createEOperation(modbusTcpEndpointEClass, MODBUS_TCP_ENDPOINT___VALID_UNIT_ID__DIAGNOSTICCHAIN_MAP);
		createEOperation(modbusTcpEndpointEClass, MODBUS_TCP_ENDPOINT___VALID_TIMEOUTS__DIAGNOSTICCHAIN_MAP);
		createEOperation(modbusTcpEndpointEClass, MODBUS_TCP_ENDPOINT___VALID_REQUEST_LIMITS__DIAGNOSTICCHAIN_MAP);

		opcUaEndpointEClass = createEClass(OPC_UA_ENDPOINT);
		createEAttribute(opcUaEndpointEClass, OPC_UA_ENDPOINT__ENDPOINT_URL);
		createEAttribute(opcUaEndpointEClass, OPC_UA_ENDPOINT__SECURITY_POLICY);
		createEAttribute(opcUaEndpointEClass, OPC_UA_ENDPOINT__SECURITY_MODE);
		createEReference(opcUaEndpointEClass, OPC_UA_ENDPOINT__IDENTITY);
		createEOperation(opcUaEndpointEClass, OPC_UA_ENDPOINT___VALID_ENDPOINT_URL__DIAGNOSTICCHAIN_MAP);
		createEOperation(opcUaEndpointEClass, OPC_UA_ENDPOINT___CONSISTENT_SECURITY__DIAGNOSTICCHAIN_MAP);

		userIdentityEClass = createEClass(USER_IDENTITY);

		anonymousIdentityEClass = createEClass(ANONYMOUS_IDENTITY);

		usernameIdentityEClass = createEClass(USERNAME_IDENTITY);
		createEAttribute(usernameIdentityEClass, USERNAME_IDENTITY__USERNAME);
		createEAttribute(usernameIdentityEClass, USERNAME_IDENTITY__SECRET_REF);
		createEOperation(usernameIdentityEClass, USERNAME_IDENTITY___VALID_SECRET_REFERENCE__DIAGNOSTICCHAIN_MAP);

		x509IdentityEClass = createEClass(X509_IDENTITY);
		createEAttribute(x509IdentityEClass, X509_IDENTITY__CERTIFICATE_REF);
		createEAttribute(x509IdentityEClass, X509_IDENTITY__PRIVATE_KEY_REF);
		createEOperation(x509IdentityEClass, X509_IDENTITY___VALID_SECRET_REFERENCES__DIAGNOSTICCHAIN_MAP);

		roleEClass = createEClass(ROLE);
		createEAttribute(roleEClass, ROLE__PERMISSIONS);

		// Create enums
		equipmentKindEEnum = createEEnum(EQUIPMENT_KIND);
		signalKindEEnum = createEEnum(SIGNAL_KIND);
		quantityEEnum = createEEnum(QUANTITY);
		signalDataTypeEEnum = createEEnum(SIGNAL_DATA_TYPE);
		endiannessEEnum = createEEnum(ENDIANNESS);
		securityPolicyEEnum = createEEnum(SECURITY_POLICY);
		messageSecurityModeEEnum = createEEnum(MESSAGE_SECURITY_MODE);
		permissionEEnum = createEEnum(PERMISSION);
		conformityEEnum = createEEnum(CONFORMITY);

		// Create data types
		isoDateEDataType = createEDataType(ISO_DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		enterpriseEClass.getESuperTypes().add(this.getNamedElement());
		siteEClass.getESuperTypes().add(this.getNamedElement());
		accessScopeEClass.getESuperTypes().add(this.getNamedElement());
		areaEClass.getESuperTypes().add(this.getAccessScope());
		lineEClass.getESuperTypes().add(this.getAccessScope());
		workCellEClass.getESuperTypes().add(this.getNamedElement());
		equipmentEClass.getESuperTypes().add(this.getNamedElement());
		signalEClass.getESuperTypes().add(this.getNamedElement());
		instrumentEClass.getESuperTypes().add(this.getNamedElement());
		controllerEClass.getESuperTypes().add(this.getNamedElement());
		modbusTcpEndpointEClass.getESuperTypes().add(this.getEndpoint());
		opcUaEndpointEClass.getESuperTypes().add(this.getEndpoint());
		anonymousIdentityEClass.getESuperTypes().add(this.getUserIdentity());
		usernameIdentityEClass.getESuperTypes().add(this.getUserIdentity());
		x509IdentityEClass.getESuperTypes().add(this.getUserIdentity());
		roleEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getNamedElement__QualifiedName(), ecorePackage.getEString(), "qualifiedName", 0, 1, IS_UNIQUE, IS_ORDERED);

		EOperation op = initEOperation(getNamedElement__ValidName__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validName", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getNamedElement__UniqueChildNames__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "uniqueChildNames", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(plantEClass, Plant.class, "Plant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlant_Description(), ecorePackage.getEString(), "description", null, 0, 1, Plant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlant_Enterprises(), this.getEnterprise(), null, "enterprises", null, 0, -1, Plant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlant_Controllers(), this.getController(), null, "controllers", null, 0, -1, Plant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlant_Instruments(), this.getInstrument(), null, "instruments", null, 0, -1, Plant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlant_Units(), this.getEngineeringUnit(), null, "units", null, 0, -1, Plant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlant_Roles(), this.getRole(), null, "roles", null, 0, -1, Plant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getPlant__UniqueChildNames__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "uniqueChildNames", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(enterpriseEClass, Enterprise.class, "Enterprise", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEnterprise_Sites(), this.getSite(), null, "sites", null, 0, -1, Enterprise.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteEClass, Site.class, "Site", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSite_Areas(), this.getArea(), null, "areas", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accessScopeEClass, AccessScope.class, "AccessScope", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAccessScope_AssignedRoles(), this.getRole(), null, "assignedRoles", null, 0, -1, AccessScope.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(areaEClass, Area.class, "Area", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getArea_Lines(), this.getLine(), null, "lines", null, 0, -1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lineEClass, Line.class, "Line", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLine_WorkCells(), this.getWorkCell(), null, "workCells", null, 0, -1, Line.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLine_Equipment(), this.getEquipment(), null, "equipment", null, 0, -1, Line.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workCellEClass, WorkCell.class, "WorkCell", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWorkCell_Equipment(), this.getEquipment(), null, "equipment", null, 0, -1, WorkCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(equipmentEClass, Equipment.class, "Equipment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEquipment_Kind(), this.getEquipmentKind(), "kind", null, 0, 1, Equipment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEquipment_Controller(), this.getController(), null, "controller", null, 0, 1, Equipment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEquipment_Signals(), this.getSignal(), null, "signals", null, 0, -1, Equipment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEquipment_SubEquipment(), this.getEquipment(), null, "subEquipment", null, 0, -1, Equipment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(signalEClass, Signal.class, "Signal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSignal_Kind(), this.getSignalKind(), "kind", null, 0, 1, Signal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignal_Quantity(), this.getQuantity(), "quantity", null, 0, 1, Signal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSignal_Unit(), this.getEngineeringUnit(), null, "unit", null, 0, 1, Signal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignal_DataType(), this.getSignalDataType(), "dataType", "real", 0, 1, Signal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSignal_ValidRange(), this.getValueRange(), null, "validRange", null, 0, 1, Signal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignal_SamplePeriodMs(), ecorePackage.getEInt(), "samplePeriodMs", "1000", 0, 1, Signal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSignal_Instrument(), this.getInstrument(), null, "instrument", null, 0, 1, Signal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getSignal__ValidRange__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validRange", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getSignal__ValidSamplePeriod__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validSamplePeriod", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getSignal__UnitMatchesQuantity__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "unitMatchesQuantity", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getSignal__InstrumentMeasuresQuantity__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "instrumentMeasuresQuantity", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(valueRangeEClass, ValueRange.class, "ValueRange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getValueRange_Minimum(), ecorePackage.getEDouble(), "minimum", null, 0, 1, ValueRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValueRange_Maximum(), ecorePackage.getEDouble(), "maximum", null, 0, 1, ValueRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(engineeringUnitEClass, EngineeringUnit.class, "EngineeringUnit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEngineeringUnit_CommonCode(), ecorePackage.getEString(), "commonCode", null, 0, 1, EngineeringUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngineeringUnit_DisplayName(), ecorePackage.getEString(), "displayName", null, 0, 1, EngineeringUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngineeringUnit_Description(), ecorePackage.getEString(), "description", null, 0, 1, EngineeringUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getEngineeringUnit__UnitId(), ecorePackage.getEInt(), "unitId", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getEngineeringUnit__ValidCommonCode__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validCommonCode", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(instrumentEClass, Instrument.class, "Instrument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInstrument_Tag(), ecorePackage.getEString(), "tag", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrument_Manufacturer(), ecorePackage.getEString(), "manufacturer", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrument_Model(), ecorePackage.getEString(), "model", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrument_SerialNumber(), ecorePackage.getEString(), "serialNumber", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInstrument_Quantity(), this.getQuantity(), "quantity", null, 0, 1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstrument_Calibrations(), this.getCalibrationRecord(), null, "calibrations", null, 0, -1, Instrument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getInstrument__CalibrationValidOn__LocalDate(), this.getCalibrationRecord(), "calibrationValidOn", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getIsoDate(), "date", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getInstrument__HasCalibration__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasCalibration", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(calibrationRecordEClass, CalibrationRecord.class, "CalibrationRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCalibrationRecord_CertificateId(), ecorePackage.getEString(), "certificateId", null, 0, 1, CalibrationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalibrationRecord_Laboratory(), ecorePackage.getEString(), "laboratory", null, 0, 1, CalibrationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalibrationRecord_AccreditationBody(), ecorePackage.getEString(), "accreditationBody", null, 0, 1, CalibrationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalibrationRecord_AccreditationNumber(), ecorePackage.getEString(), "accreditationNumber", null, 0, 1, CalibrationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalibrationRecord_CalibrationDate(), this.getIsoDate(), "calibrationDate", null, 0, 1, CalibrationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalibrationRecord_DueDate(), this.getIsoDate(), "dueDate", null, 0, 1, CalibrationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalibrationRecord_ExpandedUncertainty(), ecorePackage.getEDouble(), "expandedUncertainty", null, 0, 1, CalibrationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCalibrationRecord_UncertaintyUnit(), this.getEngineeringUnit(), null, "uncertaintyUnit", null, 0, 1, CalibrationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalibrationRecord_CoverageFactor(), ecorePackage.getEDouble(), "coverageFactor", "2.0", 0, 1, CalibrationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalibrationRecord_Conformity(), this.getConformity(), "conformity", null, 0, 1, CalibrationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getCalibrationRecord__Complete__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "complete", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCalibrationRecord__DueAfterCalibration__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "dueAfterCalibration", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCalibrationRecord__NotExpired__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "notExpired", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCalibrationRecord__ValidUncertainty__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validUncertainty", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(controllerEClass, Controller.class, "Controller", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getController_Vendor(), ecorePackage.getEString(), "vendor", null, 0, 1, Controller.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getController_Model(), ecorePackage.getEString(), "model", null, 0, 1, Controller.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getController_FirmwareVersion(), ecorePackage.getEString(), "firmwareVersion", null, 0, 1, Controller.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getController_Endpoints(), this.getEndpoint(), null, "endpoints", null, 0, -1, Controller.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(endpointEClass, Endpoint.class, "Endpoint", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(modbusTcpEndpointEClass, ModbusTcpEndpoint.class, "ModbusTcpEndpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModbusTcpEndpoint_Host(), ecorePackage.getEString(), "host", null, 0, 1, ModbusTcpEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModbusTcpEndpoint_Port(), ecorePackage.getEInt(), "port", "502", 0, 1, ModbusTcpEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModbusTcpEndpoint_UnitId(), ecorePackage.getEInt(), "unitId", "1", 0, 1, ModbusTcpEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModbusTcpEndpoint_ByteOrder(), this.getEndianness(), "byteOrder", "big", 0, 1, ModbusTcpEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModbusTcpEndpoint_WordOrder(), this.getEndianness(), "wordOrder", "big", 0, 1, ModbusTcpEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModbusTcpEndpoint_ConnectTimeoutMs(), ecorePackage.getEInt(), "connectTimeoutMs", "3000", 0, 1, ModbusTcpEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModbusTcpEndpoint_ResponseTimeoutMs(), ecorePackage.getEInt(), "responseTimeoutMs", "1000", 0, 1, ModbusTcpEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModbusTcpEndpoint_MaxRegistersPerRequest(), ecorePackage.getEInt(), "maxRegistersPerRequest", "125", 0, 1, ModbusTcpEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModbusTcpEndpoint_MaxRegisterGap(), ecorePackage.getEInt(), "maxRegisterGap", "8", 0, 1, ModbusTcpEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getModbusTcpEndpoint__ValidHost__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validHost", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getModbusTcpEndpoint__ValidPort__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validPort", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getModbusTcpEndpoint__ValidUnitId__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validUnitId", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getModbusTcpEndpoint__ValidTimeouts__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validTimeouts", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getModbusTcpEndpoint__ValidRequestLimits__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validRequestLimits", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(opcUaEndpointEClass, OpcUaEndpoint.class, "OpcUaEndpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOpcUaEndpoint_EndpointUrl(), ecorePackage.getEString(), "endpointUrl", null, 0, 1, OpcUaEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpcUaEndpoint_SecurityPolicy(), this.getSecurityPolicy(), "securityPolicy", null, 0, 1, OpcUaEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpcUaEndpoint_SecurityMode(), this.getMessageSecurityMode(), "securityMode", null, 0, 1, OpcUaEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpcUaEndpoint_Identity(), this.getUserIdentity(), null, "identity", null, 0, 1, OpcUaEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getOpcUaEndpoint__ValidEndpointUrl__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validEndpointUrl", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getOpcUaEndpoint__ConsistentSecurity__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "consistentSecurity", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(userIdentityEClass, UserIdentity.class, "UserIdentity", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(anonymousIdentityEClass, AnonymousIdentity.class, "AnonymousIdentity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(usernameIdentityEClass, UsernameIdentity.class, "UsernameIdentity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUsernameIdentity_Username(), ecorePackage.getEString(), "username", null, 0, 1, UsernameIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUsernameIdentity_SecretRef(), ecorePackage.getEString(), "secretRef", null, 0, 1, UsernameIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getUsernameIdentity__ValidSecretReference__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validSecretReference", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(x509IdentityEClass, X509Identity.class, "X509Identity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getX509Identity_CertificateRef(), ecorePackage.getEString(), "certificateRef", null, 0, 1, X509Identity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getX509Identity_PrivateKeyRef(), ecorePackage.getEString(), "privateKeyRef", null, 0, 1, X509Identity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getX509Identity__ValidSecretReferences__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validSecretReferences", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(roleEClass, Role.class, "Role", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRole_Permissions(), this.getPermission(), "permissions", null, 0, -1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(equipmentKindEEnum, EquipmentKind.class, "EquipmentKind");
		addEEnumLiteral(equipmentKindEEnum, EquipmentKind.GENERIC);
		addEEnumLiteral(equipmentKindEEnum, EquipmentKind.ANODIZING_TANK);
		addEEnumLiteral(equipmentKindEEnum, EquipmentKind.CURING_OVEN);
		addEEnumLiteral(equipmentKindEEnum, EquipmentKind.OVEN_ZONE);
		addEEnumLiteral(equipmentKindEEnum, EquipmentKind.STAMPING_PRESS);
		addEEnumLiteral(equipmentKindEEnum, EquipmentKind.CASTING_CELL);
		addEEnumLiteral(equipmentKindEEnum, EquipmentKind.EXTRUDER);
		addEEnumLiteral(equipmentKindEEnum, EquipmentKind.RECTIFIER);
		addEEnumLiteral(equipmentKindEEnum, EquipmentKind.AGITATOR);

		initEEnum(signalKindEEnum, SignalKind.class, "SignalKind");
		addEEnumLiteral(signalKindEEnum, SignalKind.MEASUREMENT);
		addEEnumLiteral(signalKindEEnum, SignalKind.SETPOINT);
		addEEnumLiteral(signalKindEEnum, SignalKind.STATE);
		addEEnumLiteral(signalKindEEnum, SignalKind.COUNTER);

		initEEnum(quantityEEnum, Quantity.class, "Quantity");
		addEEnumLiteral(quantityEEnum, Quantity.DIMENSIONLESS);
		addEEnumLiteral(quantityEEnum, Quantity.TEMPERATURE);
		addEEnumLiteral(quantityEEnum, Quantity.PRESSURE);
		addEEnumLiteral(quantityEEnum, Quantity.ELECTRIC_CURRENT);
		addEEnumLiteral(quantityEEnum, Quantity.VOLTAGE);
		addEEnumLiteral(quantityEEnum, Quantity.VOLUME_FLOW);
		addEEnumLiteral(quantityEEnum, Quantity.MASS_FLOW);
		addEEnumLiteral(quantityEEnum, Quantity.POWER);
		addEEnumLiteral(quantityEEnum, Quantity.ENERGY);
		addEEnumLiteral(quantityEEnum, Quantity.LEVEL);
		addEEnumLiteral(quantityEEnum, Quantity.SPEED);
		addEEnumLiteral(quantityEEnum, Quantity.ROTATIONAL_SPEED);
		addEEnumLiteral(quantityEEnum, Quantity.FREQUENCY);
		addEEnumLiteral(quantityEEnum, Quantity.MASS);
		addEEnumLiteral(quantityEEnum, Quantity.DURATION);
		addEEnumLiteral(quantityEEnum, Quantity.STATE);
		addEEnumLiteral(quantityEEnum, Quantity.COUNT);
		addEEnumLiteral(quantityEEnum, Quantity.FORCE);
		addEEnumLiteral(quantityEEnum, Quantity.TORQUE);
		addEEnumLiteral(quantityEEnum, Quantity.CONDUCTIVITY);
		addEEnumLiteral(quantityEEnum, Quantity.MASS_CONCENTRATION);
		addEEnumLiteral(quantityEEnum, Quantity.PH);
		addEEnumLiteral(quantityEEnum, Quantity.LENGTH);
		addEEnumLiteral(quantityEEnum, Quantity.RELATIVE_HUMIDITY);

		initEEnum(signalDataTypeEEnum, SignalDataType.class, "SignalDataType");
		addEEnumLiteral(signalDataTypeEEnum, SignalDataType.BOOLEAN);
		addEEnumLiteral(signalDataTypeEEnum, SignalDataType.INTEGER);
		addEEnumLiteral(signalDataTypeEEnum, SignalDataType.REAL);
		addEEnumLiteral(signalDataTypeEEnum, SignalDataType.STRING);

		initEEnum(endiannessEEnum, Endianness.class, "Endianness");
		addEEnumLiteral(endiannessEEnum, Endianness.BIG);
		addEEnumLiteral(endiannessEEnum, Endianness.LITTLE);

		initEEnum(securityPolicyEEnum, SecurityPolicy.class, "SecurityPolicy");
		addEEnumLiteral(securityPolicyEEnum, SecurityPolicy.NONE);
		addEEnumLiteral(securityPolicyEEnum, SecurityPolicy.BASIC256_SHA256);
		addEEnumLiteral(securityPolicyEEnum, SecurityPolicy.AES128_SHA256_RSA_OAEP);
		addEEnumLiteral(securityPolicyEEnum, SecurityPolicy.AES256_SHA256_RSA_PSS);

		initEEnum(messageSecurityModeEEnum, MessageSecurityMode.class, "MessageSecurityMode");
		addEEnumLiteral(messageSecurityModeEEnum, MessageSecurityMode.NONE);
		addEEnumLiteral(messageSecurityModeEEnum, MessageSecurityMode.SIGN);
		addEEnumLiteral(messageSecurityModeEEnum, MessageSecurityMode.SIGN_AND_ENCRYPT);

		initEEnum(permissionEEnum, Permission.class, "Permission");
		addEEnumLiteral(permissionEEnum, Permission.BROWSE);
		addEEnumLiteral(permissionEEnum, Permission.READ);
		addEEnumLiteral(permissionEEnum, Permission.WRITE);
		addEEnumLiteral(permissionEEnum, Permission.ACKNOWLEDGE_ALARMS);
		addEEnumLiteral(permissionEEnum, Permission.COMMISSION);
		addEEnumLiteral(permissionEEnum, Permission.ADMINISTER);

		initEEnum(conformityEEnum, Conformity.class, "Conformity");
		addEEnumLiteral(conformityEEnum, Conformity.NOT_STATED);
		addEEnumLiteral(conformityEEnum, Conformity.PASS);
		addEEnumLiteral(conformityEEnum, Conformity.CONDITIONAL_PASS);
		addEEnumLiteral(conformityEEnum, Conformity.CONDITIONAL_FAIL);
		addEEnumLiteral(conformityEEnum, Conformity.FAIL);

		// Initialize data types
		initEDataType(isoDateEDataType, LocalDate.class, "IsoDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //PlantPackageImpl
