/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Equipment Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of equipment.
 * <!-- end-model-doc -->
 * @see org.fieldbridge.model.plant.PlantPackage#getEquipmentKind()
 * @model
 * @generated
 */
public enum EquipmentKind implements Enumerator {
	/**
	 * The '<em><b>Generic</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anything else.
	 * <!-- end-model-doc -->
	 * @see #GENERIC_VALUE
	 * @generated
	 * @ordered
	 */
	GENERIC(0, "generic", "generic"),

	/**
	 * The '<em><b>Anodizing Tank</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anodizing tank.
	 * <!-- end-model-doc -->
	 * @see #ANODIZING_TANK_VALUE
	 * @generated
	 * @ordered
	 */
	ANODIZING_TANK(1, "anodizingTank", "anodizingTank"),

	/**
	 * The '<em><b>Curing Oven</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Curing oven (powder coating).
	 * <!-- end-model-doc -->
	 * @see #CURING_OVEN_VALUE
	 * @generated
	 * @ordered
	 */
	CURING_OVEN(2, "curingOven", "curingOven"),

	/**
	 * The '<em><b>Oven Zone</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Heating zone of an oven.
	 * <!-- end-model-doc -->
	 * @see #OVEN_ZONE_VALUE
	 * @generated
	 * @ordered
	 */
	OVEN_ZONE(3, "ovenZone", "ovenZone"),

	/**
	 * The '<em><b>Stamping Press</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stamping press.
	 * <!-- end-model-doc -->
	 * @see #STAMPING_PRESS_VALUE
	 * @generated
	 * @ordered
	 */
	STAMPING_PRESS(4, "stampingPress", "stampingPress"),

	/**
	 * The '<em><b>Casting Cell</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Casting cell.
	 * <!-- end-model-doc -->
	 * @see #CASTING_CELL_VALUE
	 * @generated
	 * @ordered
	 */
	CASTING_CELL(5, "castingCell", "castingCell"),

	/**
	 * The '<em><b>Extruder</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extruder.
	 * <!-- end-model-doc -->
	 * @see #EXTRUDER_VALUE
	 * @generated
	 * @ordered
	 */
	EXTRUDER(6, "extruder", "extruder"),

	/**
	 * The '<em><b>Rectifier</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rectifier (anodizing power supply).
	 * <!-- end-model-doc -->
	 * @see #RECTIFIER_VALUE
	 * @generated
	 * @ordered
	 */
	RECTIFIER(7, "rectifier", "rectifier"),

	/**
	 * The '<em><b>Agitator</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agitator or bath circulation.
	 * <!-- end-model-doc -->
	 * @see #AGITATOR_VALUE
	 * @generated
	 * @ordered
	 */
	AGITATOR(8, "agitator", "agitator");

	/**
	 * The '<em><b>Generic</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anything else.
	 * <!-- end-model-doc -->
	 * @see #GENERIC
	 * @model name="generic"
	 * @generated
	 * @ordered
	 */
	public static final int GENERIC_VALUE = 0;

	/**
	 * The '<em><b>Anodizing Tank</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anodizing tank.
	 * <!-- end-model-doc -->
	 * @see #ANODIZING_TANK
	 * @model name="anodizingTank"
	 * @generated
	 * @ordered
	 */
	public static final int ANODIZING_TANK_VALUE = 1;

	/**
	 * The '<em><b>Curing Oven</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Curing oven (powder coating).
	 * <!-- end-model-doc -->
	 * @see #CURING_OVEN
	 * @model name="curingOven"
	 * @generated
	 * @ordered
	 */
	public static final int CURING_OVEN_VALUE = 2;

	/**
	 * The '<em><b>Oven Zone</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Heating zone of an oven.
	 * <!-- end-model-doc -->
	 * @see #OVEN_ZONE
	 * @model name="ovenZone"
	 * @generated
	 * @ordered
	 */
	public static final int OVEN_ZONE_VALUE = 3;

	/**
	 * The '<em><b>Stamping Press</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stamping press.
	 * <!-- end-model-doc -->
	 * @see #STAMPING_PRESS
	 * @model name="stampingPress"
	 * @generated
	 * @ordered
	 */
	public static final int STAMPING_PRESS_VALUE = 4;

	/**
	 * The '<em><b>Casting Cell</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Casting cell.
	 * <!-- end-model-doc -->
	 * @see #CASTING_CELL
	 * @model name="castingCell"
	 * @generated
	 * @ordered
	 */
	public static final int CASTING_CELL_VALUE = 5;

	/**
	 * The '<em><b>Extruder</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extruder.
	 * <!-- end-model-doc -->
	 * @see #EXTRUDER
	 * @model name="extruder"
	 * @generated
	 * @ordered
	 */
	public static final int EXTRUDER_VALUE = 6;

	/**
	 * The '<em><b>Rectifier</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rectifier (anodizing power supply).
	 * <!-- end-model-doc -->
	 * @see #RECTIFIER
	 * @model name="rectifier"
	 * @generated
	 * @ordered
	 */
	public static final int RECTIFIER_VALUE = 7;

	/**
	 * The '<em><b>Agitator</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agitator or bath circulation.
	 * <!-- end-model-doc -->
	 * @see #AGITATOR
	 * @model name="agitator"
	 * @generated
	 * @ordered
	 */
	public static final int AGITATOR_VALUE = 8;

	/**
	 * An array of all the '<em><b>Equipment Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EquipmentKind[] VALUES_ARRAY =
		new EquipmentKind[] {
			GENERIC,
			ANODIZING_TANK,
			CURING_OVEN,
			OVEN_ZONE,
			STAMPING_PRESS,
			CASTING_CELL,
			EXTRUDER,
			RECTIFIER,
			AGITATOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Equipment Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EquipmentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Equipment Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EquipmentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EquipmentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Equipment Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EquipmentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EquipmentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Equipment Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EquipmentKind get(int value) {
		switch (value) {
			case GENERIC_VALUE: return GENERIC;
			case ANODIZING_TANK_VALUE: return ANODIZING_TANK;
			case CURING_OVEN_VALUE: return CURING_OVEN;
			case OVEN_ZONE_VALUE: return OVEN_ZONE;
			case STAMPING_PRESS_VALUE: return STAMPING_PRESS;
			case CASTING_CELL_VALUE: return CASTING_CELL;
			case EXTRUDER_VALUE: return EXTRUDER;
			case RECTIFIER_VALUE: return RECTIFIER;
			case AGITATOR_VALUE: return AGITATOR;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EquipmentKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //EquipmentKind
