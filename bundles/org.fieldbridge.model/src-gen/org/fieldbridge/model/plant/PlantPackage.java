/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Fieldbridge plant metamodel: ISA-95 hierarchy, signals, instruments with ISO/IEC 17025 calibration records, controllers with Modbus TCP and OPC UA endpoints, engineering units and roles.
 * <!-- end-model-doc -->
 * @see org.fieldbridge.model.plant.PlantFactory
 * @model kind="package"
 * @generated
 */
public interface PlantPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "plant";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://fieldbridge.org/plant/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "plant";

	/**
	 * The package content type ID.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eCONTENT_TYPE = "org.fieldbridge.model.plant";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PlantPackage eINSTANCE = org.fieldbridge.model.plant.impl.PlantPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.NamedElementImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DISPLAY_NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT___QUALIFIED_NAME = 0;

	/**
	 * The operation id for the '<em>Valid Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT___VALID_NAME__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The operation id for the '<em>Unique Child Names</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP = 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.PlantImpl <em>Plant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.PlantImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getPlant()
	 * @generated
	 */
	int PLANT = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Enterprises</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__ENTERPRISES = 1;

	/**
	 * The feature id for the '<em><b>Controllers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__CONTROLLERS = 2;

	/**
	 * The feature id for the '<em><b>Instruments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__INSTRUMENTS = 3;

	/**
	 * The feature id for the '<em><b>Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__UNITS = 4;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT__ROLES = 5;

	/**
	 * The number of structural features of the '<em>Plant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT_FEATURE_COUNT = 6;

	/**
	 * The operation id for the '<em>Unique Child Names</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Plant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANT_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.EnterpriseImpl <em>Enterprise</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.EnterpriseImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getEnterprise()
	 * @generated
	 */
	int ENTERPRISE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__DISPLAY_NAME = NAMED_ELEMENT__DISPLAY_NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE__SITES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE___QUALIFIED_NAME = NAMED_ELEMENT___QUALIFIED_NAME;

	/**
	 * The operation id for the '<em>Valid Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE___VALID_NAME__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___VALID_NAME__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Unique Child Names</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Enterprise</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.SiteImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__DISPLAY_NAME = NAMED_ELEMENT__DISPLAY_NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__AREAS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE___QUALIFIED_NAME = NAMED_ELEMENT___QUALIFIED_NAME;

	/**
	 * The operation id for the '<em>Valid Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE___VALID_NAME__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___VALID_NAME__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Unique Child Names</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.AccessScopeImpl <em>Access Scope</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.AccessScopeImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getAccessScope()
	 * @generated
	 */
	int ACCESS_SCOPE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_SCOPE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_SCOPE__DISPLAY_NAME = NAMED_ELEMENT__DISPLAY_NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_SCOPE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Assigned Roles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_SCOPE__ASSIGNED_ROLES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Access Scope</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_SCOPE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_SCOPE___QUALIFIED_NAME = NAMED_ELEMENT___QUALIFIED_NAME;

	/**
	 * The operation id for the '<em>Valid Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_SCOPE___VALID_NAME__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___VALID_NAME__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Unique Child Names</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_SCOPE___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Access Scope</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_SCOPE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.AreaImpl <em>Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.AreaImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getArea()
	 * @generated
	 */
	int AREA = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__NAME = ACCESS_SCOPE__NAME;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__DISPLAY_NAME = ACCESS_SCOPE__DISPLAY_NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__DESCRIPTION = ACCESS_SCOPE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Assigned Roles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__ASSIGNED_ROLES = ACCESS_SCOPE__ASSIGNED_ROLES;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__LINES = ACCESS_SCOPE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA_FEATURE_COUNT = ACCESS_SCOPE_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA___QUALIFIED_NAME = ACCESS_SCOPE___QUALIFIED_NAME;

	/**
	 * The operation id for the '<em>Valid Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA___VALID_NAME__DIAGNOSTICCHAIN_MAP = ACCESS_SCOPE___VALID_NAME__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Unique Child Names</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP = ACCESS_SCOPE___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA_OPERATION_COUNT = ACCESS_SCOPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.LineImpl <em>Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.LineImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getLine()
	 * @generated
	 */
	int LINE = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__NAME = ACCESS_SCOPE__NAME;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__DISPLAY_NAME = ACCESS_SCOPE__DISPLAY_NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__DESCRIPTION = ACCESS_SCOPE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Assigned Roles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__ASSIGNED_ROLES = ACCESS_SCOPE__ASSIGNED_ROLES;

	/**
	 * The feature id for the '<em><b>Work Cells</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__WORK_CELLS = ACCESS_SCOPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__EQUIPMENT = ACCESS_SCOPE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_FEATURE_COUNT = ACCESS_SCOPE_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE___QUALIFIED_NAME = ACCESS_SCOPE___QUALIFIED_NAME;

	/**
	 * The operation id for the '<em>Valid Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE___VALID_NAME__DIAGNOSTICCHAIN_MAP = ACCESS_SCOPE___VALID_NAME__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Unique Child Names</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP = ACCESS_SCOPE___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_OPERATION_COUNT = ACCESS_SCOPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.WorkCellImpl <em>Work Cell</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.WorkCellImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getWorkCell()
	 * @generated
	 */
	int WORK_CELL = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CELL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CELL__DISPLAY_NAME = NAMED_ELEMENT__DISPLAY_NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CELL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CELL__EQUIPMENT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Work Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CELL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CELL___QUALIFIED_NAME = NAMED_ELEMENT___QUALIFIED_NAME;

	/**
	 * The operation id for the '<em>Valid Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CELL___VALID_NAME__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___VALID_NAME__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Unique Child Names</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CELL___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Work Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_CELL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.EquipmentImpl <em>Equipment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.EquipmentImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getEquipment()
	 * @generated
	 */
	int EQUIPMENT = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__DISPLAY_NAME = NAMED_ELEMENT__DISPLAY_NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Controller</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__CONTROLLER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Signals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__SIGNALS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sub Equipment</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT__SUB_EQUIPMENT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Equipment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT___QUALIFIED_NAME = NAMED_ELEMENT___QUALIFIED_NAME;

	/**
	 * The operation id for the '<em>Valid Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT___VALID_NAME__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___VALID_NAME__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Unique Child Names</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Equipment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EQUIPMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.SignalImpl <em>Signal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.SignalImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getSignal()
	 * @generated
	 */
	int SIGNAL = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__DISPLAY_NAME = NAMED_ELEMENT__DISPLAY_NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__QUANTITY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Data Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__DATA_TYPE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Valid Range</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__VALID_RANGE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sample Period Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__SAMPLE_PERIOD_MS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL__INSTRUMENT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Signal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL___QUALIFIED_NAME = NAMED_ELEMENT___QUALIFIED_NAME;

	/**
	 * The operation id for the '<em>Valid Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL___VALID_NAME__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___VALID_NAME__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Unique Child Names</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Valid Range</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL___VALID_RANGE__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Valid Sample Period</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL___VALID_SAMPLE_PERIOD__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Unit Matches Quantity</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL___UNIT_MATCHES_QUANTITY__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Instrument Measures Quantity</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL___INSTRUMENT_MEASURES_QUANTITY__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT_OPERATION_COUNT + 3;

	/**
	 * The number of operations of the '<em>Signal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 4;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.ValueRangeImpl <em>Value Range</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.ValueRangeImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getValueRange()
	 * @generated
	 */
	int VALUE_RANGE = 10;

	/**
	 * The feature id for the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_RANGE__MINIMUM = 0;

	/**
	 * The feature id for the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_RANGE__MAXIMUM = 1;

	/**
	 * The number of structural features of the '<em>Value Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_RANGE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Value Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_RANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.EngineeringUnitImpl <em>Engineering Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.EngineeringUnitImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getEngineeringUnit()
	 * @generated
	 */
	int ENGINEERING_UNIT = 11;

	/**
	 * The feature id for the '<em><b>Common Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEERING_UNIT__COMMON_CODE = 0;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEERING_UNIT__DISPLAY_NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEERING_UNIT__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Engineering Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEERING_UNIT_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Unit Id</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEERING_UNIT___UNIT_ID = 0;

	/**
	 * The operation id for the '<em>Valid Common Code</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEERING_UNIT___VALID_COMMON_CODE__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The number of operations of the '<em>Engineering Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGINEERING_UNIT_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.InstrumentImpl <em>Instrument</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.InstrumentImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getInstrument()
	 * @generated
	 */
	int INSTRUMENT = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__DISPLAY_NAME = NAMED_ELEMENT__DISPLAY_NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__TAG = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Manufacturer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__MANUFACTURER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__MODEL = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Serial Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__SERIAL_NUMBER = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__QUANTITY = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Calibrations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__CALIBRATIONS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT___QUALIFIED_NAME = NAMED_ELEMENT___QUALIFIED_NAME;

	/**
	 * The operation id for the '<em>Valid Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT___VALID_NAME__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___VALID_NAME__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Unique Child Names</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Calibration Valid On</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT___CALIBRATION_VALID_ON__LOCALDATE = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Has Calibration</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT___HAS_CALIBRATION__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.CalibrationRecordImpl <em>Calibration Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.CalibrationRecordImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getCalibrationRecord()
	 * @generated
	 */
	int CALIBRATION_RECORD = 13;

	/**
	 * The feature id for the '<em><b>Certificate Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD__CERTIFICATE_ID = 0;

	/**
	 * The feature id for the '<em><b>Laboratory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD__LABORATORY = 1;

	/**
	 * The feature id for the '<em><b>Accreditation Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD__ACCREDITATION_BODY = 2;

	/**
	 * The feature id for the '<em><b>Accreditation Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD__ACCREDITATION_NUMBER = 3;

	/**
	 * The feature id for the '<em><b>Calibration Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD__CALIBRATION_DATE = 4;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD__DUE_DATE = 5;

	/**
	 * The feature id for the '<em><b>Expanded Uncertainty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD__EXPANDED_UNCERTAINTY = 6;

	/**
	 * The feature id for the '<em><b>Uncertainty Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD__UNCERTAINTY_UNIT = 7;

	/**
	 * The feature id for the '<em><b>Coverage Factor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD__COVERAGE_FACTOR = 8;

	/**
	 * The feature id for the '<em><b>Conformity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD__CONFORMITY = 9;

	/**
	 * The number of structural features of the '<em>Calibration Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD_FEATURE_COUNT = 10;

	/**
	 * The operation id for the '<em>Complete</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD___COMPLETE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The operation id for the '<em>Due After Calibration</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD___DUE_AFTER_CALIBRATION__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The operation id for the '<em>Not Expired</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD___NOT_EXPIRED__DIAGNOSTICCHAIN_MAP = 2;

	/**
	 * The operation id for the '<em>Valid Uncertainty</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD___VALID_UNCERTAINTY__DIAGNOSTICCHAIN_MAP = 3;

	/**
	 * The number of operations of the '<em>Calibration Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_RECORD_OPERATION_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.ControllerImpl <em>Controller</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.ControllerImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getController()
	 * @generated
	 */
	int CONTROLLER = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__DISPLAY_NAME = NAMED_ELEMENT__DISPLAY_NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__VENDOR = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__MODEL = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Firmware Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__FIRMWARE_VERSION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Endpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__ENDPOINTS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Controller</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER___QUALIFIED_NAME = NAMED_ELEMENT___QUALIFIED_NAME;

	/**
	 * The operation id for the '<em>Valid Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER___VALID_NAME__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___VALID_NAME__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Unique Child Names</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Controller</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.EndpointImpl <em>Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.EndpointImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getEndpoint()
	 * @generated
	 */
	int ENDPOINT = 15;

	/**
	 * The number of structural features of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.ModbusTcpEndpointImpl <em>Modbus Tcp Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.ModbusTcpEndpointImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getModbusTcpEndpoint()
	 * @generated
	 */
	int MODBUS_TCP_ENDPOINT = 16;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT__HOST = ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT__PORT = ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT__UNIT_ID = ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Byte Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT__BYTE_ORDER = ENDPOINT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Word Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT__WORD_ORDER = ENDPOINT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Connect Timeout Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT__CONNECT_TIMEOUT_MS = ENDPOINT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Response Timeout Ms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT__RESPONSE_TIMEOUT_MS = ENDPOINT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Max Registers Per Request</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT__MAX_REGISTERS_PER_REQUEST = ENDPOINT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Max Register Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT__MAX_REGISTER_GAP = ENDPOINT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Modbus Tcp Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT_FEATURE_COUNT = ENDPOINT_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Valid Host</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT___VALID_HOST__DIAGNOSTICCHAIN_MAP = ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Valid Port</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT___VALID_PORT__DIAGNOSTICCHAIN_MAP = ENDPOINT_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Valid Unit Id</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT___VALID_UNIT_ID__DIAGNOSTICCHAIN_MAP = ENDPOINT_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Valid Timeouts</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT___VALID_TIMEOUTS__DIAGNOSTICCHAIN_MAP = ENDPOINT_OPERATION_COUNT + 3;

	/**
	 * The operation id for the '<em>Valid Request Limits</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT___VALID_REQUEST_LIMITS__DIAGNOSTICCHAIN_MAP = ENDPOINT_OPERATION_COUNT + 4;

	/**
	 * The number of operations of the '<em>Modbus Tcp Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODBUS_TCP_ENDPOINT_OPERATION_COUNT = ENDPOINT_OPERATION_COUNT + 5;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.OpcUaEndpointImpl <em>Opc Ua Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.OpcUaEndpointImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getOpcUaEndpoint()
	 * @generated
	 */
	int OPC_UA_ENDPOINT = 17;

	/**
	 * The feature id for the '<em><b>Endpoint Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPC_UA_ENDPOINT__ENDPOINT_URL = ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Security Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPC_UA_ENDPOINT__SECURITY_POLICY = ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Security Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPC_UA_ENDPOINT__SECURITY_MODE = ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Identity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPC_UA_ENDPOINT__IDENTITY = ENDPOINT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Opc Ua Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPC_UA_ENDPOINT_FEATURE_COUNT = ENDPOINT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Valid Endpoint Url</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPC_UA_ENDPOINT___VALID_ENDPOINT_URL__DIAGNOSTICCHAIN_MAP = ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Consistent Security</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPC_UA_ENDPOINT___CONSISTENT_SECURITY__DIAGNOSTICCHAIN_MAP = ENDPOINT_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Opc Ua Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPC_UA_ENDPOINT_OPERATION_COUNT = ENDPOINT_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.UserIdentityImpl <em>User Identity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.UserIdentityImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getUserIdentity()
	 * @generated
	 */
	int USER_IDENTITY = 18;

	/**
	 * The number of structural features of the '<em>User Identity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_IDENTITY_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>User Identity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_IDENTITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.AnonymousIdentityImpl <em>Anonymous Identity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.AnonymousIdentityImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getAnonymousIdentity()
	 * @generated
	 */
	int ANONYMOUS_IDENTITY = 19;

	/**
	 * The number of structural features of the '<em>Anonymous Identity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANONYMOUS_IDENTITY_FEATURE_COUNT = USER_IDENTITY_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Anonymous Identity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANONYMOUS_IDENTITY_OPERATION_COUNT = USER_IDENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.UsernameIdentityImpl <em>Username Identity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.UsernameIdentityImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getUsernameIdentity()
	 * @generated
	 */
	int USERNAME_IDENTITY = 20;

	/**
	 * The feature id for the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERNAME_IDENTITY__USERNAME = USER_IDENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Secret Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERNAME_IDENTITY__SECRET_REF = USER_IDENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Username Identity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERNAME_IDENTITY_FEATURE_COUNT = USER_IDENTITY_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Valid Secret Reference</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERNAME_IDENTITY___VALID_SECRET_REFERENCE__DIAGNOSTICCHAIN_MAP = USER_IDENTITY_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Username Identity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERNAME_IDENTITY_OPERATION_COUNT = USER_IDENTITY_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.X509IdentityImpl <em>X509 Identity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.X509IdentityImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getX509Identity()
	 * @generated
	 */
	int X509_IDENTITY = 21;

	/**
	 * The feature id for the '<em><b>Certificate Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int X509_IDENTITY__CERTIFICATE_REF = USER_IDENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Private Key Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int X509_IDENTITY__PRIVATE_KEY_REF = USER_IDENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>X509 Identity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int X509_IDENTITY_FEATURE_COUNT = USER_IDENTITY_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Valid Secret References</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int X509_IDENTITY___VALID_SECRET_REFERENCES__DIAGNOSTICCHAIN_MAP = USER_IDENTITY_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>X509 Identity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int X509_IDENTITY_OPERATION_COUNT = USER_IDENTITY_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.impl.RoleImpl
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DISPLAY_NAME = NAMED_ELEMENT__DISPLAY_NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Permissions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__PERMISSIONS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Qualified Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE___QUALIFIED_NAME = NAMED_ELEMENT___QUALIFIED_NAME;

	/**
	 * The operation id for the '<em>Valid Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE___VALID_NAME__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___VALID_NAME__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Unique Child Names</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP = NAMED_ELEMENT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.EquipmentKind <em>Equipment Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.EquipmentKind
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getEquipmentKind()
	 * @generated
	 */
	int EQUIPMENT_KIND = 23;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.SignalKind <em>Signal Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.SignalKind
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getSignalKind()
	 * @generated
	 */
	int SIGNAL_KIND = 24;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.Quantity <em>Quantity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.Quantity
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getQuantity()
	 * @generated
	 */
	int QUANTITY = 25;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.SignalDataType <em>Signal Data Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.SignalDataType
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getSignalDataType()
	 * @generated
	 */
	int SIGNAL_DATA_TYPE = 26;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.Endianness <em>Endianness</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.Endianness
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getEndianness()
	 * @generated
	 */
	int ENDIANNESS = 27;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.SecurityPolicy <em>Security Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.SecurityPolicy
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getSecurityPolicy()
	 * @generated
	 */
	int SECURITY_POLICY = 28;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.MessageSecurityMode <em>Message Security Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.MessageSecurityMode
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getMessageSecurityMode()
	 * @generated
	 */
	int MESSAGE_SECURITY_MODE = 29;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.Permission <em>Permission</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.Permission
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getPermission()
	 * @generated
	 */
	int PERMISSION = 30;

	/**
	 * The meta object id for the '{@link org.fieldbridge.model.plant.Conformity <em>Conformity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.fieldbridge.model.plant.Conformity
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getConformity()
	 * @generated
	 */
	int CONFORMITY = 31;

	/**
	 * The meta object id for the '<em>Iso Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getIsoDate()
	 * @generated
	 */
	int ISO_DATE = 32;


	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.fieldbridge.model.plant.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.fieldbridge.model.plant.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.NamedElement#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.fieldbridge.model.plant.NamedElement#getDisplayName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.fieldbridge.model.plant.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.NamedElement#qualifiedName() <em>Qualified Name</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Qualified Name</em>' operation.
	 * @see org.fieldbridge.model.plant.NamedElement#qualifiedName()
	 * @generated
	 */
	EOperation getNamedElement__QualifiedName();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.NamedElement#validName(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Name</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Name</em>' operation.
	 * @see org.fieldbridge.model.plant.NamedElement#validName(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getNamedElement__ValidName__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.NamedElement#uniqueChildNames(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Unique Child Names</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Unique Child Names</em>' operation.
	 * @see org.fieldbridge.model.plant.NamedElement#uniqueChildNames(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getNamedElement__UniqueChildNames__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.Plant <em>Plant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plant</em>'.
	 * @see org.fieldbridge.model.plant.Plant
	 * @generated
	 */
	EClass getPlant();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.Plant#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.fieldbridge.model.plant.Plant#getDescription()
	 * @see #getPlant()
	 * @generated
	 */
	EAttribute getPlant_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbridge.model.plant.Plant#getEnterprises <em>Enterprises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Enterprises</em>'.
	 * @see org.fieldbridge.model.plant.Plant#getEnterprises()
	 * @see #getPlant()
	 * @generated
	 */
	EReference getPlant_Enterprises();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbridge.model.plant.Plant#getControllers <em>Controllers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Controllers</em>'.
	 * @see org.fieldbridge.model.plant.Plant#getControllers()
	 * @see #getPlant()
	 * @generated
	 */
	EReference getPlant_Controllers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbridge.model.plant.Plant#getInstruments <em>Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instruments</em>'.
	 * @see org.fieldbridge.model.plant.Plant#getInstruments()
	 * @see #getPlant()
	 * @generated
	 */
	EReference getPlant_Instruments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbridge.model.plant.Plant#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Units</em>'.
	 * @see org.fieldbridge.model.plant.Plant#getUnits()
	 * @see #getPlant()
	 * @generated
	 */
	EReference getPlant_Units();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbridge.model.plant.Plant#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.fieldbridge.model.plant.Plant#getRoles()
	 * @see #getPlant()
	 * @generated
	 */
	EReference getPlant_Roles();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.Plant#uniqueChildNames(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Unique Child Names</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Unique Child Names</em>' operation.
	 * @see org.fieldbridge.model.plant.Plant#uniqueChildNames(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPlant__UniqueChildNames__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.Enterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enterprise</em>'.
	 * @see org.fieldbridge.model.plant.Enterprise
	 * @generated
	 */
	EClass getEnterprise();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbridge.model.plant.Enterprise#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see org.fieldbridge.model.plant.Enterprise#getSites()
	 * @see #getEnterprise()
	 * @generated
	 */
	EReference getEnterprise_Sites();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.fieldbridge.model.plant.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbridge.model.plant.Site#getAreas <em>Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Areas</em>'.
	 * @see org.fieldbridge.model.plant.Site#getAreas()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Areas();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.AccessScope <em>Access Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Access Scope</em>'.
	 * @see org.fieldbridge.model.plant.AccessScope
	 * @generated
	 */
	EClass getAccessScope();

	/**
	 * Returns the meta object for the reference list '{@link org.fieldbridge.model.plant.AccessScope#getAssignedRoles <em>Assigned Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Assigned Roles</em>'.
	 * @see org.fieldbridge.model.plant.AccessScope#getAssignedRoles()
	 * @see #getAccessScope()
	 * @generated
	 */
	EReference getAccessScope_AssignedRoles();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.Area <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Area</em>'.
	 * @see org.fieldbridge.model.plant.Area
	 * @generated
	 */
	EClass getArea();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbridge.model.plant.Area#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lines</em>'.
	 * @see org.fieldbridge.model.plant.Area#getLines()
	 * @see #getArea()
	 * @generated
	 */
	EReference getArea_Lines();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.Line <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Line</em>'.
	 * @see org.fieldbridge.model.plant.Line
	 * @generated
	 */
	EClass getLine();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbridge.model.plant.Line#getWorkCells <em>Work Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Work Cells</em>'.
	 * @see org.fieldbridge.model.plant.Line#getWorkCells()
	 * @see #getLine()
	 * @generated
	 */
	EReference getLine_WorkCells();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbridge.model.plant.Line#getEquipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Equipment</em>'.
	 * @see org.fieldbridge.model.plant.Line#getEquipment()
	 * @see #getLine()
	 * @generated
	 */
	EReference getLine_Equipment();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.WorkCell <em>Work Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Cell</em>'.
	 * @see org.fieldbridge.model.plant.WorkCell
	 * @generated
	 */
	EClass getWorkCell();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbridge.model.plant.WorkCell#getEquipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Equipment</em>'.
	 * @see org.fieldbridge.model.plant.WorkCell#getEquipment()
	 * @see #getWorkCell()
	 * @generated
	 */
	EReference getWorkCell_Equipment();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.Equipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Equipment</em>'.
	 * @see org.fieldbridge.model.plant.Equipment
	 * @generated
	 */
	EClass getEquipment();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.Equipment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.fieldbridge.model.plant.Equipment#getKind()
	 * @see #getEquipment()
	 * @generated
	 */
	EAttribute getEquipment_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbridge.model.plant.Equipment#getController <em>Controller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Controller</em>'.
	 * @see org.fieldbridge.model.plant.Equipment#getController()
	 * @see #getEquipment()
	 * @generated
	 */
	EReference getEquipment_Controller();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbridge.model.plant.Equipment#getSignals <em>Signals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Signals</em>'.
	 * @see org.fieldbridge.model.plant.Equipment#getSignals()
	 * @see #getEquipment()
	 * @generated
	 */
	EReference getEquipment_Signals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbridge.model.plant.Equipment#getSubEquipment <em>Sub Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Equipment</em>'.
	 * @see org.fieldbridge.model.plant.Equipment#getSubEquipment()
	 * @see #getEquipment()
	 * @generated
	 */
	EReference getEquipment_SubEquipment();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.Signal <em>Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signal</em>'.
	 * @see org.fieldbridge.model.plant.Signal
	 * @generated
	 */
	EClass getSignal();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.Signal#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.fieldbridge.model.plant.Signal#getKind()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.Signal#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.fieldbridge.model.plant.Signal#getQuantity()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_Quantity();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbridge.model.plant.Signal#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see org.fieldbridge.model.plant.Signal#getUnit()
	 * @see #getSignal()
	 * @generated
	 */
	EReference getSignal_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.Signal#getDataType <em>Data Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Type</em>'.
	 * @see org.fieldbridge.model.plant.Signal#getDataType()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_DataType();

	/**
	 * Returns the meta object for the containment reference '{@link org.fieldbridge.model.plant.Signal#getValidRange <em>Valid Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Valid Range</em>'.
	 * @see org.fieldbridge.model.plant.Signal#getValidRange()
	 * @see #getSignal()
	 * @generated
	 */
	EReference getSignal_ValidRange();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.Signal#getSamplePeriodMs <em>Sample Period Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sample Period Ms</em>'.
	 * @see org.fieldbridge.model.plant.Signal#getSamplePeriodMs()
	 * @see #getSignal()
	 * @generated
	 */
	EAttribute getSignal_SamplePeriodMs();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbridge.model.plant.Signal#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Instrument</em>'.
	 * @see org.fieldbridge.model.plant.Signal#getInstrument()
	 * @see #getSignal()
	 * @generated
	 */
	EReference getSignal_Instrument();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.Signal#validRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Range</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Range</em>' operation.
	 * @see org.fieldbridge.model.plant.Signal#validRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getSignal__ValidRange__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.Signal#validSamplePeriod(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Sample Period</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Sample Period</em>' operation.
	 * @see org.fieldbridge.model.plant.Signal#validSamplePeriod(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getSignal__ValidSamplePeriod__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.Signal#unitMatchesQuantity(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Unit Matches Quantity</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Unit Matches Quantity</em>' operation.
	 * @see org.fieldbridge.model.plant.Signal#unitMatchesQuantity(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getSignal__UnitMatchesQuantity__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.Signal#instrumentMeasuresQuantity(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Instrument Measures Quantity</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Instrument Measures Quantity</em>' operation.
	 * @see org.fieldbridge.model.plant.Signal#instrumentMeasuresQuantity(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getSignal__InstrumentMeasuresQuantity__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.ValueRange <em>Value Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Range</em>'.
	 * @see org.fieldbridge.model.plant.ValueRange
	 * @generated
	 */
	EClass getValueRange();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.ValueRange#getMinimum <em>Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum</em>'.
	 * @see org.fieldbridge.model.plant.ValueRange#getMinimum()
	 * @see #getValueRange()
	 * @generated
	 */
	EAttribute getValueRange_Minimum();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.ValueRange#getMaximum <em>Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum</em>'.
	 * @see org.fieldbridge.model.plant.ValueRange#getMaximum()
	 * @see #getValueRange()
	 * @generated
	 */
	EAttribute getValueRange_Maximum();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.EngineeringUnit <em>Engineering Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Engineering Unit</em>'.
	 * @see org.fieldbridge.model.plant.EngineeringUnit
	 * @generated
	 */
	EClass getEngineeringUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.EngineeringUnit#getCommonCode <em>Common Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Common Code</em>'.
	 * @see org.fieldbridge.model.plant.EngineeringUnit#getCommonCode()
	 * @see #getEngineeringUnit()
	 * @generated
	 */
	EAttribute getEngineeringUnit_CommonCode();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.EngineeringUnit#getDisplayName <em>Display Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display Name</em>'.
	 * @see org.fieldbridge.model.plant.EngineeringUnit#getDisplayName()
	 * @see #getEngineeringUnit()
	 * @generated
	 */
	EAttribute getEngineeringUnit_DisplayName();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.EngineeringUnit#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.fieldbridge.model.plant.EngineeringUnit#getDescription()
	 * @see #getEngineeringUnit()
	 * @generated
	 */
	EAttribute getEngineeringUnit_Description();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.EngineeringUnit#unitId() <em>Unit Id</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Unit Id</em>' operation.
	 * @see org.fieldbridge.model.plant.EngineeringUnit#unitId()
	 * @generated
	 */
	EOperation getEngineeringUnit__UnitId();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.EngineeringUnit#validCommonCode(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Common Code</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Common Code</em>' operation.
	 * @see org.fieldbridge.model.plant.EngineeringUnit#validCommonCode(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getEngineeringUnit__ValidCommonCode__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.Instrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument</em>'.
	 * @see org.fieldbridge.model.plant.Instrument
	 * @generated
	 */
	EClass getInstrument();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.Instrument#getTag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tag</em>'.
	 * @see org.fieldbridge.model.plant.Instrument#getTag()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Tag();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.Instrument#getManufacturer <em>Manufacturer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manufacturer</em>'.
	 * @see org.fieldbridge.model.plant.Instrument#getManufacturer()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Manufacturer();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.Instrument#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.fieldbridge.model.plant.Instrument#getModel()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Model();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.Instrument#getSerialNumber <em>Serial Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial Number</em>'.
	 * @see org.fieldbridge.model.plant.Instrument#getSerialNumber()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_SerialNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.Instrument#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.fieldbridge.model.plant.Instrument#getQuantity()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Quantity();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbridge.model.plant.Instrument#getCalibrations <em>Calibrations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Calibrations</em>'.
	 * @see org.fieldbridge.model.plant.Instrument#getCalibrations()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Calibrations();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.Instrument#calibrationValidOn(java.time.LocalDate) <em>Calibration Valid On</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Calibration Valid On</em>' operation.
	 * @see org.fieldbridge.model.plant.Instrument#calibrationValidOn(java.time.LocalDate)
	 * @generated
	 */
	EOperation getInstrument__CalibrationValidOn__LocalDate();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.Instrument#hasCalibration(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Calibration</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Calibration</em>' operation.
	 * @see org.fieldbridge.model.plant.Instrument#hasCalibration(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getInstrument__HasCalibration__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.CalibrationRecord <em>Calibration Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Calibration Record</em>'.
	 * @see org.fieldbridge.model.plant.CalibrationRecord
	 * @generated
	 */
	EClass getCalibrationRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.CalibrationRecord#getCertificateId <em>Certificate Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certificate Id</em>'.
	 * @see org.fieldbridge.model.plant.CalibrationRecord#getCertificateId()
	 * @see #getCalibrationRecord()
	 * @generated
	 */
	EAttribute getCalibrationRecord_CertificateId();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.CalibrationRecord#getLaboratory <em>Laboratory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Laboratory</em>'.
	 * @see org.fieldbridge.model.plant.CalibrationRecord#getLaboratory()
	 * @see #getCalibrationRecord()
	 * @generated
	 */
	EAttribute getCalibrationRecord_Laboratory();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.CalibrationRecord#getAccreditationBody <em>Accreditation Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accreditation Body</em>'.
	 * @see org.fieldbridge.model.plant.CalibrationRecord#getAccreditationBody()
	 * @see #getCalibrationRecord()
	 * @generated
	 */
	EAttribute getCalibrationRecord_AccreditationBody();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.CalibrationRecord#getAccreditationNumber <em>Accreditation Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accreditation Number</em>'.
	 * @see org.fieldbridge.model.plant.CalibrationRecord#getAccreditationNumber()
	 * @see #getCalibrationRecord()
	 * @generated
	 */
	EAttribute getCalibrationRecord_AccreditationNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.CalibrationRecord#getCalibrationDate <em>Calibration Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Calibration Date</em>'.
	 * @see org.fieldbridge.model.plant.CalibrationRecord#getCalibrationDate()
	 * @see #getCalibrationRecord()
	 * @generated
	 */
	EAttribute getCalibrationRecord_CalibrationDate();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.CalibrationRecord#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.fieldbridge.model.plant.CalibrationRecord#getDueDate()
	 * @see #getCalibrationRecord()
	 * @generated
	 */
	EAttribute getCalibrationRecord_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.CalibrationRecord#getExpandedUncertainty <em>Expanded Uncertainty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expanded Uncertainty</em>'.
	 * @see org.fieldbridge.model.plant.CalibrationRecord#getExpandedUncertainty()
	 * @see #getCalibrationRecord()
	 * @generated
	 */
	EAttribute getCalibrationRecord_ExpandedUncertainty();

	/**
	 * Returns the meta object for the reference '{@link org.fieldbridge.model.plant.CalibrationRecord#getUncertaintyUnit <em>Uncertainty Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Uncertainty Unit</em>'.
	 * @see org.fieldbridge.model.plant.CalibrationRecord#getUncertaintyUnit()
	 * @see #getCalibrationRecord()
	 * @generated
	 */
	EReference getCalibrationRecord_UncertaintyUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.CalibrationRecord#getCoverageFactor <em>Coverage Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coverage Factor</em>'.
	 * @see org.fieldbridge.model.plant.CalibrationRecord#getCoverageFactor()
	 * @see #getCalibrationRecord()
	 * @generated
	 */
	EAttribute getCalibrationRecord_CoverageFactor();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.CalibrationRecord#getConformity <em>Conformity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conformity</em>'.
	 * @see org.fieldbridge.model.plant.CalibrationRecord#getConformity()
	 * @see #getCalibrationRecord()
	 * @generated
	 */
	EAttribute getCalibrationRecord_Conformity();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.CalibrationRecord#complete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Complete</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Complete</em>' operation.
	 * @see org.fieldbridge.model.plant.CalibrationRecord#complete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCalibrationRecord__Complete__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.CalibrationRecord#dueAfterCalibration(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Due After Calibration</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Due After Calibration</em>' operation.
	 * @see org.fieldbridge.model.plant.CalibrationRecord#dueAfterCalibration(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCalibrationRecord__DueAfterCalibration__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.CalibrationRecord#notExpired(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Not Expired</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Not Expired</em>' operation.
	 * @see org.fieldbridge.model.plant.CalibrationRecord#notExpired(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCalibrationRecord__NotExpired__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.CalibrationRecord#validUncertainty(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Uncertainty</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Uncertainty</em>' operation.
	 * @see org.fieldbridge.model.plant.CalibrationRecord#validUncertainty(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCalibrationRecord__ValidUncertainty__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.Controller <em>Controller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Controller</em>'.
	 * @see org.fieldbridge.model.plant.Controller
	 * @generated
	 */
	EClass getController();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.Controller#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.fieldbridge.model.plant.Controller#getVendor()
	 * @see #getController()
	 * @generated
	 */
	EAttribute getController_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.Controller#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.fieldbridge.model.plant.Controller#getModel()
	 * @see #getController()
	 * @generated
	 */
	EAttribute getController_Model();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.Controller#getFirmwareVersion <em>Firmware Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware Version</em>'.
	 * @see org.fieldbridge.model.plant.Controller#getFirmwareVersion()
	 * @see #getController()
	 * @generated
	 */
	EAttribute getController_FirmwareVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.fieldbridge.model.plant.Controller#getEndpoints <em>Endpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Endpoints</em>'.
	 * @see org.fieldbridge.model.plant.Controller#getEndpoints()
	 * @see #getController()
	 * @generated
	 */
	EReference getController_Endpoints();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.Endpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint</em>'.
	 * @see org.fieldbridge.model.plant.Endpoint
	 * @generated
	 */
	EClass getEndpoint();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint <em>Modbus Tcp Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Modbus Tcp Endpoint</em>'.
	 * @see org.fieldbridge.model.plant.ModbusTcpEndpoint
	 * @generated
	 */
	EClass getModbusTcpEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see org.fieldbridge.model.plant.ModbusTcpEndpoint#getHost()
	 * @see #getModbusTcpEndpoint()
	 * @generated
	 */
	EAttribute getModbusTcpEndpoint_Host();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.fieldbridge.model.plant.ModbusTcpEndpoint#getPort()
	 * @see #getModbusTcpEndpoint()
	 * @generated
	 */
	EAttribute getModbusTcpEndpoint_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getUnitId <em>Unit Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Id</em>'.
	 * @see org.fieldbridge.model.plant.ModbusTcpEndpoint#getUnitId()
	 * @see #getModbusTcpEndpoint()
	 * @generated
	 */
	EAttribute getModbusTcpEndpoint_UnitId();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getByteOrder <em>Byte Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Byte Order</em>'.
	 * @see org.fieldbridge.model.plant.ModbusTcpEndpoint#getByteOrder()
	 * @see #getModbusTcpEndpoint()
	 * @generated
	 */
	EAttribute getModbusTcpEndpoint_ByteOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getWordOrder <em>Word Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Word Order</em>'.
	 * @see org.fieldbridge.model.plant.ModbusTcpEndpoint#getWordOrder()
	 * @see #getModbusTcpEndpoint()
	 * @generated
	 */
	EAttribute getModbusTcpEndpoint_WordOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getConnectTimeoutMs <em>Connect Timeout Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connect Timeout Ms</em>'.
	 * @see org.fieldbridge.model.plant.ModbusTcpEndpoint#getConnectTimeoutMs()
	 * @see #getModbusTcpEndpoint()
	 * @generated
	 */
	EAttribute getModbusTcpEndpoint_ConnectTimeoutMs();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getResponseTimeoutMs <em>Response Timeout Ms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Response Timeout Ms</em>'.
	 * @see org.fieldbridge.model.plant.ModbusTcpEndpoint#getResponseTimeoutMs()
	 * @see #getModbusTcpEndpoint()
	 * @generated
	 */
	EAttribute getModbusTcpEndpoint_ResponseTimeoutMs();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getMaxRegistersPerRequest <em>Max Registers Per Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Registers Per Request</em>'.
	 * @see org.fieldbridge.model.plant.ModbusTcpEndpoint#getMaxRegistersPerRequest()
	 * @see #getModbusTcpEndpoint()
	 * @generated
	 */
	EAttribute getModbusTcpEndpoint_MaxRegistersPerRequest();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getMaxRegisterGap <em>Max Register Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Register Gap</em>'.
	 * @see org.fieldbridge.model.plant.ModbusTcpEndpoint#getMaxRegisterGap()
	 * @see #getModbusTcpEndpoint()
	 * @generated
	 */
	EAttribute getModbusTcpEndpoint_MaxRegisterGap();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#validHost(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Host</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Host</em>' operation.
	 * @see org.fieldbridge.model.plant.ModbusTcpEndpoint#validHost(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getModbusTcpEndpoint__ValidHost__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#validPort(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Port</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Port</em>' operation.
	 * @see org.fieldbridge.model.plant.ModbusTcpEndpoint#validPort(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getModbusTcpEndpoint__ValidPort__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#validUnitId(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Unit Id</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Unit Id</em>' operation.
	 * @see org.fieldbridge.model.plant.ModbusTcpEndpoint#validUnitId(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getModbusTcpEndpoint__ValidUnitId__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#validTimeouts(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Timeouts</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Timeouts</em>' operation.
	 * @see org.fieldbridge.model.plant.ModbusTcpEndpoint#validTimeouts(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getModbusTcpEndpoint__ValidTimeouts__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#validRequestLimits(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Request Limits</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Request Limits</em>' operation.
	 * @see org.fieldbridge.model.plant.ModbusTcpEndpoint#validRequestLimits(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getModbusTcpEndpoint__ValidRequestLimits__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.OpcUaEndpoint <em>Opc Ua Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Opc Ua Endpoint</em>'.
	 * @see org.fieldbridge.model.plant.OpcUaEndpoint
	 * @generated
	 */
	EClass getOpcUaEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.OpcUaEndpoint#getEndpointUrl <em>Endpoint Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Endpoint Url</em>'.
	 * @see org.fieldbridge.model.plant.OpcUaEndpoint#getEndpointUrl()
	 * @see #getOpcUaEndpoint()
	 * @generated
	 */
	EAttribute getOpcUaEndpoint_EndpointUrl();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.OpcUaEndpoint#getSecurityPolicy <em>Security Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Policy</em>'.
	 * @see org.fieldbridge.model.plant.OpcUaEndpoint#getSecurityPolicy()
	 * @see #getOpcUaEndpoint()
	 * @generated
	 */
	EAttribute getOpcUaEndpoint_SecurityPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.OpcUaEndpoint#getSecurityMode <em>Security Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Mode</em>'.
	 * @see org.fieldbridge.model.plant.OpcUaEndpoint#getSecurityMode()
	 * @see #getOpcUaEndpoint()
	 * @generated
	 */
	EAttribute getOpcUaEndpoint_SecurityMode();

	/**
	 * Returns the meta object for the containment reference '{@link org.fieldbridge.model.plant.OpcUaEndpoint#getIdentity <em>Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Identity</em>'.
	 * @see org.fieldbridge.model.plant.OpcUaEndpoint#getIdentity()
	 * @see #getOpcUaEndpoint()
	 * @generated
	 */
	EReference getOpcUaEndpoint_Identity();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.OpcUaEndpoint#validEndpointUrl(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Endpoint Url</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Endpoint Url</em>' operation.
	 * @see org.fieldbridge.model.plant.OpcUaEndpoint#validEndpointUrl(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getOpcUaEndpoint__ValidEndpointUrl__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.OpcUaEndpoint#consistentSecurity(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Consistent Security</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Consistent Security</em>' operation.
	 * @see org.fieldbridge.model.plant.OpcUaEndpoint#consistentSecurity(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getOpcUaEndpoint__ConsistentSecurity__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.UserIdentity <em>User Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User Identity</em>'.
	 * @see org.fieldbridge.model.plant.UserIdentity
	 * @generated
	 */
	EClass getUserIdentity();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.AnonymousIdentity <em>Anonymous Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Anonymous Identity</em>'.
	 * @see org.fieldbridge.model.plant.AnonymousIdentity
	 * @generated
	 */
	EClass getAnonymousIdentity();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.UsernameIdentity <em>Username Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Username Identity</em>'.
	 * @see org.fieldbridge.model.plant.UsernameIdentity
	 * @generated
	 */
	EClass getUsernameIdentity();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.UsernameIdentity#getUsername <em>Username</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Username</em>'.
	 * @see org.fieldbridge.model.plant.UsernameIdentity#getUsername()
	 * @see #getUsernameIdentity()
	 * @generated
	 */
	EAttribute getUsernameIdentity_Username();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.UsernameIdentity#getSecretRef <em>Secret Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Secret Ref</em>'.
	 * @see org.fieldbridge.model.plant.UsernameIdentity#getSecretRef()
	 * @see #getUsernameIdentity()
	 * @generated
	 */
	EAttribute getUsernameIdentity_SecretRef();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.UsernameIdentity#validSecretReference(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Secret Reference</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Secret Reference</em>' operation.
	 * @see org.fieldbridge.model.plant.UsernameIdentity#validSecretReference(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getUsernameIdentity__ValidSecretReference__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.X509Identity <em>X509 Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>X509 Identity</em>'.
	 * @see org.fieldbridge.model.plant.X509Identity
	 * @generated
	 */
	EClass getX509Identity();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.X509Identity#getCertificateRef <em>Certificate Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certificate Ref</em>'.
	 * @see org.fieldbridge.model.plant.X509Identity#getCertificateRef()
	 * @see #getX509Identity()
	 * @generated
	 */
	EAttribute getX509Identity_CertificateRef();

	/**
	 * Returns the meta object for the attribute '{@link org.fieldbridge.model.plant.X509Identity#getPrivateKeyRef <em>Private Key Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Private Key Ref</em>'.
	 * @see org.fieldbridge.model.plant.X509Identity#getPrivateKeyRef()
	 * @see #getX509Identity()
	 * @generated
	 */
	EAttribute getX509Identity_PrivateKeyRef();

	/**
	 * Returns the meta object for the '{@link org.fieldbridge.model.plant.X509Identity#validSecretReferences(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Secret References</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Secret References</em>' operation.
	 * @see org.fieldbridge.model.plant.X509Identity#validSecretReferences(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getX509Identity__ValidSecretReferences__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.fieldbridge.model.plant.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see org.fieldbridge.model.plant.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute list '{@link org.fieldbridge.model.plant.Role#getPermissions <em>Permissions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Permissions</em>'.
	 * @see org.fieldbridge.model.plant.Role#getPermissions()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Permissions();

	/**
	 * Returns the meta object for enum '{@link org.fieldbridge.model.plant.EquipmentKind <em>Equipment Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Equipment Kind</em>'.
	 * @see org.fieldbridge.model.plant.EquipmentKind
	 * @generated
	 */
	EEnum getEquipmentKind();

	/**
	 * Returns the meta object for enum '{@link org.fieldbridge.model.plant.SignalKind <em>Signal Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Signal Kind</em>'.
	 * @see org.fieldbridge.model.plant.SignalKind
	 * @generated
	 */
	EEnum getSignalKind();

	/**
	 * Returns the meta object for enum '{@link org.fieldbridge.model.plant.Quantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quantity</em>'.
	 * @see org.fieldbridge.model.plant.Quantity
	 * @generated
	 */
	EEnum getQuantity();

	/**
	 * Returns the meta object for enum '{@link org.fieldbridge.model.plant.SignalDataType <em>Signal Data Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Signal Data Type</em>'.
	 * @see org.fieldbridge.model.plant.SignalDataType
	 * @generated
	 */
	EEnum getSignalDataType();

	/**
	 * Returns the meta object for enum '{@link org.fieldbridge.model.plant.Endianness <em>Endianness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Endianness</em>'.
	 * @see org.fieldbridge.model.plant.Endianness
	 * @generated
	 */
	EEnum getEndianness();

	/**
	 * Returns the meta object for enum '{@link org.fieldbridge.model.plant.SecurityPolicy <em>Security Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Security Policy</em>'.
	 * @see org.fieldbridge.model.plant.SecurityPolicy
	 * @generated
	 */
	EEnum getSecurityPolicy();

	/**
	 * Returns the meta object for enum '{@link org.fieldbridge.model.plant.MessageSecurityMode <em>Message Security Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Message Security Mode</em>'.
	 * @see org.fieldbridge.model.plant.MessageSecurityMode
	 * @generated
	 */
	EEnum getMessageSecurityMode();

	/**
	 * Returns the meta object for enum '{@link org.fieldbridge.model.plant.Permission <em>Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Permission</em>'.
	 * @see org.fieldbridge.model.plant.Permission
	 * @generated
	 */
	EEnum getPermission();

	/**
	 * Returns the meta object for enum '{@link org.fieldbridge.model.plant.Conformity <em>Conformity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Conformity</em>'.
	 * @see org.fieldbridge.model.plant.Conformity
	 * @generated
	 */
	EEnum getConformity();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Iso Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone, serialized as ISO 8601 yyyy-MM-dd so that files round-trip identically in every time zone.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Iso Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getIsoDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PlantFactory getPlantFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.NamedElementImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DISPLAY_NAME = eINSTANCE.getNamedElement_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '<em><b>Qualified Name</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NAMED_ELEMENT___QUALIFIED_NAME = eINSTANCE.getNamedElement__QualifiedName();

		/**
		 * The meta object literal for the '<em><b>Valid Name</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NAMED_ELEMENT___VALID_NAME__DIAGNOSTICCHAIN_MAP = eINSTANCE.getNamedElement__ValidName__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Unique Child Names</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NAMED_ELEMENT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getNamedElement__UniqueChildNames__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.PlantImpl <em>Plant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.PlantImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getPlant()
		 * @generated
		 */
		EClass PLANT = eINSTANCE.getPlant();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANT__DESCRIPTION = eINSTANCE.getPlant_Description();

		/**
		 * The meta object literal for the '<em><b>Enterprises</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANT__ENTERPRISES = eINSTANCE.getPlant_Enterprises();

		/**
		 * The meta object literal for the '<em><b>Controllers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANT__CONTROLLERS = eINSTANCE.getPlant_Controllers();

		/**
		 * The meta object literal for the '<em><b>Instruments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANT__INSTRUMENTS = eINSTANCE.getPlant_Instruments();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANT__UNITS = eINSTANCE.getPlant_Units();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANT__ROLES = eINSTANCE.getPlant_Roles();

		/**
		 * The meta object literal for the '<em><b>Unique Child Names</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLANT___UNIQUE_CHILD_NAMES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPlant__UniqueChildNames__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.EnterpriseImpl <em>Enterprise</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.EnterpriseImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getEnterprise()
		 * @generated
		 */
		EClass ENTERPRISE = eINSTANCE.getEnterprise();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTERPRISE__SITES = eINSTANCE.getEnterprise_Sites();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.SiteImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__AREAS = eINSTANCE.getSite_Areas();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.AccessScopeImpl <em>Access Scope</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.AccessScopeImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getAccessScope()
		 * @generated
		 */
		EClass ACCESS_SCOPE = eINSTANCE.getAccessScope();

		/**
		 * The meta object literal for the '<em><b>Assigned Roles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACCESS_SCOPE__ASSIGNED_ROLES = eINSTANCE.getAccessScope_AssignedRoles();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.AreaImpl <em>Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.AreaImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getArea()
		 * @generated
		 */
		EClass AREA = eINSTANCE.getArea();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AREA__LINES = eINSTANCE.getArea_Lines();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.LineImpl <em>Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.LineImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getLine()
		 * @generated
		 */
		EClass LINE = eINSTANCE.getLine();

		/**
		 * The meta object literal for the '<em><b>Work Cells</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINE__WORK_CELLS = eINSTANCE.getLine_WorkCells();

		/**
		 * The meta object literal for the '<em><b>Equipment</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINE__EQUIPMENT = eINSTANCE.getLine_Equipment();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.WorkCellImpl <em>Work Cell</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.WorkCellImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getWorkCell()
		 * @generated
		 */
		EClass WORK_CELL = eINSTANCE.getWorkCell();

		/**
		 * The meta object literal for the '<em><b>Equipment</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_CELL__EQUIPMENT = eINSTANCE.getWorkCell_Equipment();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.EquipmentImpl <em>Equipment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.EquipmentImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getEquipment()
		 * @generated
		 */
		EClass EQUIPMENT = eINSTANCE.getEquipment();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EQUIPMENT__KIND = eINSTANCE.getEquipment_Kind();

		/**
		 * The meta object literal for the '<em><b>Controller</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EQUIPMENT__CONTROLLER = eINSTANCE.getEquipment_Controller();

		/**
		 * The meta object literal for the '<em><b>Signals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EQUIPMENT__SIGNALS = eINSTANCE.getEquipment_Signals();

		/**
		 * The meta object literal for the '<em><b>Sub Equipment</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EQUIPMENT__SUB_EQUIPMENT = eINSTANCE.getEquipment_SubEquipment();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.SignalImpl <em>Signal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.SignalImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getSignal()
		 * @generated
		 */
		EClass SIGNAL = eINSTANCE.getSignal();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__KIND = eINSTANCE.getSignal_Kind();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__QUANTITY = eINSTANCE.getSignal_Quantity();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNAL__UNIT = eINSTANCE.getSignal_Unit();

		/**
		 * The meta object literal for the '<em><b>Data Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__DATA_TYPE = eINSTANCE.getSignal_DataType();

		/**
		 * The meta object literal for the '<em><b>Valid Range</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNAL__VALID_RANGE = eINSTANCE.getSignal_ValidRange();

		/**
		 * The meta object literal for the '<em><b>Sample Period Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL__SAMPLE_PERIOD_MS = eINSTANCE.getSignal_SamplePeriodMs();

		/**
		 * The meta object literal for the '<em><b>Instrument</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNAL__INSTRUMENT = eINSTANCE.getSignal_Instrument();

		/**
		 * The meta object literal for the '<em><b>Valid Range</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SIGNAL___VALID_RANGE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getSignal__ValidRange__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Valid Sample Period</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SIGNAL___VALID_SAMPLE_PERIOD__DIAGNOSTICCHAIN_MAP = eINSTANCE.getSignal__ValidSamplePeriod__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Unit Matches Quantity</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SIGNAL___UNIT_MATCHES_QUANTITY__DIAGNOSTICCHAIN_MAP = eINSTANCE.getSignal__UnitMatchesQuantity__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Instrument Measures Quantity</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SIGNAL___INSTRUMENT_MEASURES_QUANTITY__DIAGNOSTICCHAIN_MAP = eINSTANCE.getSignal__InstrumentMeasuresQuantity__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.ValueRangeImpl <em>Value Range</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.ValueRangeImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getValueRange()
		 * @generated
		 */
		EClass VALUE_RANGE = eINSTANCE.getValueRange();

		/**
		 * The meta object literal for the '<em><b>Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_RANGE__MINIMUM = eINSTANCE.getValueRange_Minimum();

		/**
		 * The meta object literal for the '<em><b>Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_RANGE__MAXIMUM = eINSTANCE.getValueRange_Maximum();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.EngineeringUnitImpl <em>Engineering Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.EngineeringUnitImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getEngineeringUnit()
		 * @generated
		 */
		EClass ENGINEERING_UNIT = eINSTANCE.getEngineeringUnit();

		/**
		 * The meta object literal for the '<em><b>Common Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINEERING_UNIT__COMMON_CODE = eINSTANCE.getEngineeringUnit_CommonCode();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINEERING_UNIT__DISPLAY_NAME = eINSTANCE.getEngineeringUnit_DisplayName();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGINEERING_UNIT__DESCRIPTION = eINSTANCE.getEngineeringUnit_Description();

		/**
		 * The meta object literal for the '<em><b>Unit Id</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ENGINEERING_UNIT___UNIT_ID = eINSTANCE.getEngineeringUnit__UnitId();

		/**
		 * The meta object literal for the '<em><b>Valid Common Code</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ENGINEERING_UNIT___VALID_COMMON_CODE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getEngineeringUnit__ValidCommonCode__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.InstrumentImpl <em>Instrument</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.InstrumentImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getInstrument()
		 * @generated
		 */
		EClass INSTRUMENT = eINSTANCE.getInstrument();

		/**
		 * The meta object literal for the '<em><b>Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__TAG = eINSTANCE.getInstrument_Tag();

		/**
		 * The meta object literal for the '<em><b>Manufacturer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__MANUFACTURER = eINSTANCE.getInstrument_Manufacturer();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__MODEL = eINSTANCE.getInstrument_Model();

		/**
		 * The meta object literal for the '<em><b>Serial Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__SERIAL_NUMBER = eINSTANCE.getInstrument_SerialNumber();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__QUANTITY = eINSTANCE.getInstrument_Quantity();

		/**
		 * The meta object literal for the '<em><b>Calibrations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__CALIBRATIONS = eINSTANCE.getInstrument_Calibrations();

		/**
		 * The meta object literal for the '<em><b>Calibration Valid On</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INSTRUMENT___CALIBRATION_VALID_ON__LOCALDATE = eINSTANCE.getInstrument__CalibrationValidOn__LocalDate();

		/**
		 * The meta object literal for the '<em><b>Has Calibration</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation INSTRUMENT___HAS_CALIBRATION__DIAGNOSTICCHAIN_MAP = eINSTANCE.getInstrument__HasCalibration__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.CalibrationRecordImpl <em>Calibration Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.CalibrationRecordImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getCalibrationRecord()
		 * @generated
		 */
		EClass CALIBRATION_RECORD = eINSTANCE.getCalibrationRecord();

		/**
		 * The meta object literal for the '<em><b>Certificate Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION_RECORD__CERTIFICATE_ID = eINSTANCE.getCalibrationRecord_CertificateId();

		/**
		 * The meta object literal for the '<em><b>Laboratory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION_RECORD__LABORATORY = eINSTANCE.getCalibrationRecord_Laboratory();

		/**
		 * The meta object literal for the '<em><b>Accreditation Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION_RECORD__ACCREDITATION_BODY = eINSTANCE.getCalibrationRecord_AccreditationBody();

		/**
		 * The meta object literal for the '<em><b>Accreditation Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION_RECORD__ACCREDITATION_NUMBER = eINSTANCE.getCalibrationRecord_AccreditationNumber();

		/**
		 * The meta object literal for the '<em><b>Calibration Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION_RECORD__CALIBRATION_DATE = eINSTANCE.getCalibrationRecord_CalibrationDate();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION_RECORD__DUE_DATE = eINSTANCE.getCalibrationRecord_DueDate();

		/**
		 * The meta object literal for the '<em><b>Expanded Uncertainty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION_RECORD__EXPANDED_UNCERTAINTY = eINSTANCE.getCalibrationRecord_ExpandedUncertainty();

		/**
		 * The meta object literal for the '<em><b>Uncertainty Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALIBRATION_RECORD__UNCERTAINTY_UNIT = eINSTANCE.getCalibrationRecord_UncertaintyUnit();

		/**
		 * The meta object literal for the '<em><b>Coverage Factor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION_RECORD__COVERAGE_FACTOR = eINSTANCE.getCalibrationRecord_CoverageFactor();

		/**
		 * The meta object literal for the '<em><b>Conformity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION_RECORD__CONFORMITY = eINSTANCE.getCalibrationRecord_Conformity();

		/**
		 * The meta object literal for the '<em><b>Complete</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CALIBRATION_RECORD___COMPLETE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCalibrationRecord__Complete__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Due After Calibration</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CALIBRATION_RECORD___DUE_AFTER_CALIBRATION__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCalibrationRecord__DueAfterCalibration__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Not Expired</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CALIBRATION_RECORD___NOT_EXPIRED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCalibrationRecord__NotExpired__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Valid Uncertainty</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CALIBRATION_RECORD___VALID_UNCERTAINTY__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCalibrationRecord__ValidUncertainty__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.ControllerImpl <em>Controller</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.ControllerImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getController()
		 * @generated
		 */
		EClass CONTROLLER = eINSTANCE.getController();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROLLER__VENDOR = eINSTANCE.getController_Vendor();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROLLER__MODEL = eINSTANCE.getController_Model();

		/**
		 * The meta object literal for the '<em><b>Firmware Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROLLER__FIRMWARE_VERSION = eINSTANCE.getController_FirmwareVersion();

		/**
		 * The meta object literal for the '<em><b>Endpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROLLER__ENDPOINTS = eINSTANCE.getController_Endpoints();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.EndpointImpl <em>Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.EndpointImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getEndpoint()
		 * @generated
		 */
		EClass ENDPOINT = eINSTANCE.getEndpoint();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.ModbusTcpEndpointImpl <em>Modbus Tcp Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.ModbusTcpEndpointImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getModbusTcpEndpoint()
		 * @generated
		 */
		EClass MODBUS_TCP_ENDPOINT = eINSTANCE.getModbusTcpEndpoint();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODBUS_TCP_ENDPOINT__HOST = eINSTANCE.getModbusTcpEndpoint_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODBUS_TCP_ENDPOINT__PORT = eINSTANCE.getModbusTcpEndpoint_Port();

		/**
		 * The meta object literal for the '<em><b>Unit Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODBUS_TCP_ENDPOINT__UNIT_ID = eINSTANCE.getModbusTcpEndpoint_UnitId();

		/**
		 * The meta object literal for the '<em><b>Byte Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODBUS_TCP_ENDPOINT__BYTE_ORDER = eINSTANCE.getModbusTcpEndpoint_ByteOrder();

		/**
		 * The meta object literal for the '<em><b>Word Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODBUS_TCP_ENDPOINT__WORD_ORDER = eINSTANCE.getModbusTcpEndpoint_WordOrder();

		/**
		 * The meta object literal for the '<em><b>Connect Timeout Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODBUS_TCP_ENDPOINT__CONNECT_TIMEOUT_MS = eINSTANCE.getModbusTcpEndpoint_ConnectTimeoutMs();

		/**
		 * The meta object literal for the '<em><b>Response Timeout Ms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODBUS_TCP_ENDPOINT__RESPONSE_TIMEOUT_MS = eINSTANCE.getModbusTcpEndpoint_ResponseTimeoutMs();

		/**
		 * The meta object literal for the '<em><b>Max Registers Per Request</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODBUS_TCP_ENDPOINT__MAX_REGISTERS_PER_REQUEST = eINSTANCE.getModbusTcpEndpoint_MaxRegistersPerRequest();

		/**
		 * The meta object literal for the '<em><b>Max Register Gap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODBUS_TCP_ENDPOINT__MAX_REGISTER_GAP = eINSTANCE.getModbusTcpEndpoint_MaxRegisterGap();

		/**
		 * The meta object literal for the '<em><b>Valid Host</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MODBUS_TCP_ENDPOINT___VALID_HOST__DIAGNOSTICCHAIN_MAP = eINSTANCE.getModbusTcpEndpoint__ValidHost__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Valid Port</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MODBUS_TCP_ENDPOINT___VALID_PORT__DIAGNOSTICCHAIN_MAP = eINSTANCE.getModbusTcpEndpoint__ValidPort__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Valid Unit Id</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MODBUS_TCP_ENDPOINT___VALID_UNIT_ID__DIAGNOSTICCHAIN_MAP = eINSTANCE.getModbusTcpEndpoint__ValidUnitId__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Valid Timeouts</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MODBUS_TCP_ENDPOINT___VALID_TIMEOUTS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getModbusTcpEndpoint__ValidTimeouts__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Valid Request Limits</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MODBUS_TCP_ENDPOINT___VALID_REQUEST_LIMITS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getModbusTcpEndpoint__ValidRequestLimits__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.OpcUaEndpointImpl <em>Opc Ua Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.OpcUaEndpointImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getOpcUaEndpoint()
		 * @generated
		 */
		EClass OPC_UA_ENDPOINT = eINSTANCE.getOpcUaEndpoint();

		/**
		 * The meta object literal for the '<em><b>Endpoint Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPC_UA_ENDPOINT__ENDPOINT_URL = eINSTANCE.getOpcUaEndpoint_EndpointUrl();

		/**
		 * The meta object literal for the '<em><b>Security Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPC_UA_ENDPOINT__SECURITY_POLICY = eINSTANCE.getOpcUaEndpoint_SecurityPolicy();

		/**
		 * The meta object literal for the '<em><b>Security Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPC_UA_ENDPOINT__SECURITY_MODE = eINSTANCE.getOpcUaEndpoint_SecurityMode();

		/**
		 * The meta object literal for the '<em><b>Identity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPC_UA_ENDPOINT__IDENTITY = eINSTANCE.getOpcUaEndpoint_Identity();

		/**
		 * The meta object literal for the '<em><b>Valid Endpoint Url</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation OPC_UA_ENDPOINT___VALID_ENDPOINT_URL__DIAGNOSTICCHAIN_MAP = eINSTANCE.getOpcUaEndpoint__ValidEndpointUrl__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Consistent Security</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation OPC_UA_ENDPOINT___CONSISTENT_SECURITY__DIAGNOSTICCHAIN_MAP = eINSTANCE.getOpcUaEndpoint__ConsistentSecurity__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.UserIdentityImpl <em>User Identity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.UserIdentityImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getUserIdentity()
		 * @generated
		 */
		EClass USER_IDENTITY = eINSTANCE.getUserIdentity();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.AnonymousIdentityImpl <em>Anonymous Identity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.AnonymousIdentityImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getAnonymousIdentity()
		 * @generated
		 */
		EClass ANONYMOUS_IDENTITY = eINSTANCE.getAnonymousIdentity();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.UsernameIdentityImpl <em>Username Identity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.UsernameIdentityImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getUsernameIdentity()
		 * @generated
		 */
		EClass USERNAME_IDENTITY = eINSTANCE.getUsernameIdentity();

		/**
		 * The meta object literal for the '<em><b>Username</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USERNAME_IDENTITY__USERNAME = eINSTANCE.getUsernameIdentity_Username();

		/**
		 * The meta object literal for the '<em><b>Secret Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USERNAME_IDENTITY__SECRET_REF = eINSTANCE.getUsernameIdentity_SecretRef();

		/**
		 * The meta object literal for the '<em><b>Valid Secret Reference</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation USERNAME_IDENTITY___VALID_SECRET_REFERENCE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getUsernameIdentity__ValidSecretReference__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.X509IdentityImpl <em>X509 Identity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.X509IdentityImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getX509Identity()
		 * @generated
		 */
		EClass X509_IDENTITY = eINSTANCE.getX509Identity();

		/**
		 * The meta object literal for the '<em><b>Certificate Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute X509_IDENTITY__CERTIFICATE_REF = eINSTANCE.getX509Identity_CertificateRef();

		/**
		 * The meta object literal for the '<em><b>Private Key Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute X509_IDENTITY__PRIVATE_KEY_REF = eINSTANCE.getX509Identity_PrivateKeyRef();

		/**
		 * The meta object literal for the '<em><b>Valid Secret References</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation X509_IDENTITY___VALID_SECRET_REFERENCES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getX509Identity__ValidSecretReferences__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.impl.RoleImpl
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Permissions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__PERMISSIONS = eINSTANCE.getRole_Permissions();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.EquipmentKind <em>Equipment Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.EquipmentKind
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getEquipmentKind()
		 * @generated
		 */
		EEnum EQUIPMENT_KIND = eINSTANCE.getEquipmentKind();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.SignalKind <em>Signal Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.SignalKind
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getSignalKind()
		 * @generated
		 */
		EEnum SIGNAL_KIND = eINSTANCE.getSignalKind();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.Quantity <em>Quantity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.Quantity
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getQuantity()
		 * @generated
		 */
		EEnum QUANTITY = eINSTANCE.getQuantity();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.SignalDataType <em>Signal Data Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.SignalDataType
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getSignalDataType()
		 * @generated
		 */
		EEnum SIGNAL_DATA_TYPE = eINSTANCE.getSignalDataType();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.Endianness <em>Endianness</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.Endianness
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getEndianness()
		 * @generated
		 */
		EEnum ENDIANNESS = eINSTANCE.getEndianness();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.SecurityPolicy <em>Security Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.SecurityPolicy
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getSecurityPolicy()
		 * @generated
		 */
		EEnum SECURITY_POLICY = eINSTANCE.getSecurityPolicy();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.MessageSecurityMode <em>Message Security Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.MessageSecurityMode
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getMessageSecurityMode()
		 * @generated
		 */
		EEnum MESSAGE_SECURITY_MODE = eINSTANCE.getMessageSecurityMode();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.Permission <em>Permission</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.Permission
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getPermission()
		 * @generated
		 */
		EEnum PERMISSION = eINSTANCE.getPermission();

		/**
		 * The meta object literal for the '{@link org.fieldbridge.model.plant.Conformity <em>Conformity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.fieldbridge.model.plant.Conformity
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getConformity()
		 * @generated
		 */
		EEnum CONFORMITY = eINSTANCE.getConformity();

		/**
		 * The meta object literal for the '<em>Iso Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.fieldbridge.model.plant.impl.PlantPackageImpl#getIsoDate()
		 * @generated
		 */
		EDataType ISO_DATE = eINSTANCE.getIsoDate();

	}

} //PlantPackage
