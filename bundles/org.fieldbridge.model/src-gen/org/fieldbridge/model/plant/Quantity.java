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
 * A representation of the literals of the enumeration '<em><b>Quantity</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Physical quantity of a signal or instrument.
 * <!-- end-model-doc -->
 * @see org.fieldbridge.model.plant.PlantPackage#getQuantity()
 * @model
 * @generated
 */
public enum Quantity implements Enumerator {
	/**
	 * The '<em><b>Dimensionless</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dimensionless number.
	 * <!-- end-model-doc -->
	 * @see #DIMENSIONLESS_VALUE
	 * @generated
	 * @ordered
	 */
	DIMENSIONLESS(0, "dimensionless", "dimensionless"),

	/**
	 * The '<em><b>Temperature</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Temperature.
	 * <!-- end-model-doc -->
	 * @see #TEMPERATURE_VALUE
	 * @generated
	 * @ordered
	 */
	TEMPERATURE(1, "temperature", "temperature"),

	/**
	 * The '<em><b>Pressure</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pressure.
	 * <!-- end-model-doc -->
	 * @see #PRESSURE_VALUE
	 * @generated
	 * @ordered
	 */
	PRESSURE(2, "pressure", "pressure"),

	/**
	 * The '<em><b>Electric Current</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Electric current.
	 * <!-- end-model-doc -->
	 * @see #ELECTRIC_CURRENT_VALUE
	 * @generated
	 * @ordered
	 */
	ELECTRIC_CURRENT(3, "electricCurrent", "electricCurrent"),

	/**
	 * The '<em><b>Voltage</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Voltage.
	 * <!-- end-model-doc -->
	 * @see #VOLTAGE_VALUE
	 * @generated
	 * @ordered
	 */
	VOLTAGE(4, "voltage", "voltage"),

	/**
	 * The '<em><b>Volume Flow</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume flow.
	 * <!-- end-model-doc -->
	 * @see #VOLUME_FLOW_VALUE
	 * @generated
	 * @ordered
	 */
	VOLUME_FLOW(5, "volumeFlow", "volumeFlow"),

	/**
	 * The '<em><b>Mass Flow</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mass flow.
	 * <!-- end-model-doc -->
	 * @see #MASS_FLOW_VALUE
	 * @generated
	 * @ordered
	 */
	MASS_FLOW(6, "massFlow", "massFlow"),

	/**
	 * The '<em><b>Power</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Power.
	 * <!-- end-model-doc -->
	 * @see #POWER_VALUE
	 * @generated
	 * @ordered
	 */
	POWER(7, "power", "power"),

	/**
	 * The '<em><b>Energy</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Energy.
	 * <!-- end-model-doc -->
	 * @see #ENERGY_VALUE
	 * @generated
	 * @ordered
	 */
	ENERGY(8, "energy", "energy"),

	/**
	 * The '<em><b>Level</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fill level.
	 * <!-- end-model-doc -->
	 * @see #LEVEL_VALUE
	 * @generated
	 * @ordered
	 */
	LEVEL(9, "level", "level"),

	/**
	 * The '<em><b>Speed</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Linear speed.
	 * <!-- end-model-doc -->
	 * @see #SPEED_VALUE
	 * @generated
	 * @ordered
	 */
	SPEED(10, "speed", "speed"),

	/**
	 * The '<em><b>Rotational Speed</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rotational speed.
	 * <!-- end-model-doc -->
	 * @see #ROTATIONAL_SPEED_VALUE
	 * @generated
	 * @ordered
	 */
	ROTATIONAL_SPEED(11, "rotationalSpeed", "rotationalSpeed"),

	/**
	 * The '<em><b>Frequency</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frequency.
	 * <!-- end-model-doc -->
	 * @see #FREQUENCY_VALUE
	 * @generated
	 * @ordered
	 */
	FREQUENCY(12, "frequency", "frequency"),

	/**
	 * The '<em><b>Mass</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mass.
	 * <!-- end-model-doc -->
	 * @see #MASS_VALUE
	 * @generated
	 * @ordered
	 */
	MASS(13, "mass", "mass"),

	/**
	 * The '<em><b>Duration</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Duration.
	 * <!-- end-model-doc -->
	 * @see #DURATION_VALUE
	 * @generated
	 * @ordered
	 */
	DURATION(14, "duration", "duration"),

	/**
	 * The '<em><b>State</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Discrete state, no unit.
	 * <!-- end-model-doc -->
	 * @see #STATE_VALUE
	 * @generated
	 * @ordered
	 */
	STATE(15, "state", "state"),

	/**
	 * The '<em><b>Count</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Count, no unit or C62 (one).
	 * <!-- end-model-doc -->
	 * @see #COUNT_VALUE
	 * @generated
	 * @ordered
	 */
	COUNT(16, "count", "count"),

	/**
	 * The '<em><b>Force</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Force, e.g. press tonnage (kN, N, tf).
	 * <!-- end-model-doc -->
	 * @see #FORCE_VALUE
	 * @generated
	 * @ordered
	 */
	FORCE(17, "force", "force"),

	/**
	 * The '<em><b>Torque</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Torque (N·m).
	 * <!-- end-model-doc -->
	 * @see #TORQUE_VALUE
	 * @generated
	 * @ordered
	 */
	TORQUE(18, "torque", "torque"),

	/**
	 * The '<em><b>Conductivity</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Electrical conductivity of a bath (mS/cm, µS/cm).
	 * <!-- end-model-doc -->
	 * @see #CONDUCTIVITY_VALUE
	 * @generated
	 * @ordered
	 */
	CONDUCTIVITY(19, "conductivity", "conductivity"),

	/**
	 * The '<em><b>Mass Concentration</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mass concentration (g/l, mg/l).
	 * <!-- end-model-doc -->
	 * @see #MASS_CONCENTRATION_VALUE
	 * @generated
	 * @ordered
	 */
	MASS_CONCENTRATION(20, "massConcentration", "massConcentration"),

	/**
	 * The '<em><b>PH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pH value, no unit or Q30 (pH).
	 * <!-- end-model-doc -->
	 * @see #PH_VALUE
	 * @generated
	 * @ordered
	 */
	PH(21, "pH", "pH"),

	/**
	 * The '<em><b>Length</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length or thickness, e.g. a coating film (µm, mm).
	 * <!-- end-model-doc -->
	 * @see #LENGTH_VALUE
	 * @generated
	 * @ordered
	 */
	LENGTH(22, "length", "length"),

	/**
	 * The '<em><b>Relative Humidity</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative humidity (%RH, percent).
	 * <!-- end-model-doc -->
	 * @see #RELATIVE_HUMIDITY_VALUE
	 * @generated
	 * @ordered
	 */
	RELATIVE_HUMIDITY(23, "relativeHumidity", "relativeHumidity");

	/**
	 * The '<em><b>Dimensionless</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dimensionless number.
	 * <!-- end-model-doc -->
	 * @see #DIMENSIONLESS
	 * @model name="dimensionless"
	 * @generated
	 * @ordered
	 */
	public static final int DIMENSIONLESS_VALUE = 0;

	/**
	 * The '<em><b>Temperature</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Temperature.
	 * <!-- end-model-doc -->
	 * @see #TEMPERATURE
	 * @model name="temperature"
	 * @generated
	 * @ordered
	 */
	public static final int TEMPERATURE_VALUE = 1;

	/**
	 * The '<em><b>Pressure</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pressure.
	 * <!-- end-model-doc -->
	 * @see #PRESSURE
	 * @model name="pressure"
	 * @generated
	 * @ordered
	 */
	public static final int PRESSURE_VALUE = 2;

	/**
	 * The '<em><b>Electric Current</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Electric current.
	 * <!-- end-model-doc -->
	 * @see #ELECTRIC_CURRENT
	 * @model name="electricCurrent"
	 * @generated
	 * @ordered
	 */
	public static final int ELECTRIC_CURRENT_VALUE = 3;

	/**
	 * The '<em><b>Voltage</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Voltage.
	 * <!-- end-model-doc -->
	 * @see #VOLTAGE
	 * @model name="voltage"
	 * @generated
	 * @ordered
	 */
	public static final int VOLTAGE_VALUE = 4;

	/**
	 * The '<em><b>Volume Flow</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume flow.
	 * <!-- end-model-doc -->
	 * @see #VOLUME_FLOW
	 * @model name="volumeFlow"
	 * @generated
	 * @ordered
	 */
	public static final int VOLUME_FLOW_VALUE = 5;

	/**
	 * The '<em><b>Mass Flow</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mass flow.
	 * <!-- end-model-doc -->
	 * @see #MASS_FLOW
	 * @model name="massFlow"
	 * @generated
	 * @ordered
	 */
	public static final int MASS_FLOW_VALUE = 6;

	/**
	 * The '<em><b>Power</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Power.
	 * <!-- end-model-doc -->
	 * @see #POWER
	 * @model name="power"
	 * @generated
	 * @ordered
	 */
	public static final int POWER_VALUE = 7;

	/**
	 * The '<em><b>Energy</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Energy.
	 * <!-- end-model-doc -->
	 * @see #ENERGY
	 * @model name="energy"
	 * @generated
	 * @ordered
	 */
	public static final int ENERGY_VALUE = 8;

	/**
	 * The '<em><b>Level</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fill level.
	 * <!-- end-model-doc -->
	 * @see #LEVEL
	 * @model name="level"
	 * @generated
	 * @ordered
	 */
	public static final int LEVEL_VALUE = 9;

	/**
	 * The '<em><b>Speed</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Linear speed.
	 * <!-- end-model-doc -->
	 * @see #SPEED
	 * @model name="speed"
	 * @generated
	 * @ordered
	 */
	public static final int SPEED_VALUE = 10;

	/**
	 * The '<em><b>Rotational Speed</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rotational speed.
	 * <!-- end-model-doc -->
	 * @see #ROTATIONAL_SPEED
	 * @model name="rotationalSpeed"
	 * @generated
	 * @ordered
	 */
	public static final int ROTATIONAL_SPEED_VALUE = 11;

	/**
	 * The '<em><b>Frequency</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frequency.
	 * <!-- end-model-doc -->
	 * @see #FREQUENCY
	 * @model name="frequency"
	 * @generated
	 * @ordered
	 */
	public static final int FREQUENCY_VALUE = 12;

	/**
	 * The '<em><b>Mass</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mass.
	 * <!-- end-model-doc -->
	 * @see #MASS
	 * @model name="mass"
	 * @generated
	 * @ordered
	 */
	public static final int MASS_VALUE = 13;

	/**
	 * The '<em><b>Duration</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Duration.
	 * <!-- end-model-doc -->
	 * @see #DURATION
	 * @model name="duration"
	 * @generated
	 * @ordered
	 */
	public static final int DURATION_VALUE = 14;

	/**
	 * The '<em><b>State</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Discrete state, no unit.
	 * <!-- end-model-doc -->
	 * @see #STATE
	 * @model name="state"
	 * @generated
	 * @ordered
	 */
	public static final int STATE_VALUE = 15;

	/**
	 * The '<em><b>Count</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Count, no unit or C62 (one).
	 * <!-- end-model-doc -->
	 * @see #COUNT
	 * @model name="count"
	 * @generated
	 * @ordered
	 */
	public static final int COUNT_VALUE = 16;

	/**
	 * The '<em><b>Force</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Force, e.g. press tonnage (kN, N, tf).
	 * <!-- end-model-doc -->
	 * @see #FORCE
	 * @model name="force"
	 * @generated
	 * @ordered
	 */
	public static final int FORCE_VALUE = 17;

	/**
	 * The '<em><b>Torque</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Torque (N·m).
	 * <!-- end-model-doc -->
	 * @see #TORQUE
	 * @model name="torque"
	 * @generated
	 * @ordered
	 */
	public static final int TORQUE_VALUE = 18;

	/**
	 * The '<em><b>Conductivity</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Electrical conductivity of a bath (mS/cm, µS/cm).
	 * <!-- end-model-doc -->
	 * @see #CONDUCTIVITY
	 * @model name="conductivity"
	 * @generated
	 * @ordered
	 */
	public static final int CONDUCTIVITY_VALUE = 19;

	/**
	 * The '<em><b>Mass Concentration</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mass concentration (g/l, mg/l).
	 * <!-- end-model-doc -->
	 * @see #MASS_CONCENTRATION
	 * @model name="massConcentration"
	 * @generated
	 * @ordered
	 */
	public static final int MASS_CONCENTRATION_VALUE = 20;

	/**
	 * The '<em><b>PH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * pH value, no unit or Q30 (pH).
	 * <!-- end-model-doc -->
	 * @see #PH
	 * @model name="pH"
	 * @generated
	 * @ordered
	 */
	public static final int PH_VALUE = 21;

	/**
	 * The '<em><b>Length</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length or thickness, e.g. a coating film (µm, mm).
	 * <!-- end-model-doc -->
	 * @see #LENGTH
	 * @model name="length"
	 * @generated
	 * @ordered
	 */
	public static final int LENGTH_VALUE = 22;

	/**
	 * The '<em><b>Relative Humidity</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative humidity (%RH, percent).
	 * <!-- end-model-doc -->
	 * @see #RELATIVE_HUMIDITY
	 * @model name="relativeHumidity"
	 * @generated
	 * @ordered
	 */
	public static final int RELATIVE_HUMIDITY_VALUE = 23;

	/**
	 * An array of all the '<em><b>Quantity</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Quantity[] VALUES_ARRAY =
		new Quantity[] {
			DIMENSIONLESS,
			TEMPERATURE,
			PRESSURE,
			ELECTRIC_CURRENT,
			VOLTAGE,
			VOLUME_FLOW,
			MASS_FLOW,
			POWER,
			ENERGY,
			LEVEL,
			SPEED,
			ROTATIONAL_SPEED,
			FREQUENCY,
			MASS,
			DURATION,
			STATE,
			COUNT,
			FORCE,
			TORQUE,
			CONDUCTIVITY,
			MASS_CONCENTRATION,
			PH,
			LENGTH,
			RELATIVE_HUMIDITY,
		};

	/**
	 * A public read-only list of all the '<em><b>Quantity</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Quantity> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Quantity</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Quantity get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Quantity result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Quantity</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Quantity getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Quantity result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Quantity</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Quantity get(int value) {
		switch (value) {
			case DIMENSIONLESS_VALUE: return DIMENSIONLESS;
			case TEMPERATURE_VALUE: return TEMPERATURE;
			case PRESSURE_VALUE: return PRESSURE;
			case ELECTRIC_CURRENT_VALUE: return ELECTRIC_CURRENT;
			case VOLTAGE_VALUE: return VOLTAGE;
			case VOLUME_FLOW_VALUE: return VOLUME_FLOW;
			case MASS_FLOW_VALUE: return MASS_FLOW;
			case POWER_VALUE: return POWER;
			case ENERGY_VALUE: return ENERGY;
			case LEVEL_VALUE: return LEVEL;
			case SPEED_VALUE: return SPEED;
			case ROTATIONAL_SPEED_VALUE: return ROTATIONAL_SPEED;
			case FREQUENCY_VALUE: return FREQUENCY;
			case MASS_VALUE: return MASS;
			case DURATION_VALUE: return DURATION;
			case STATE_VALUE: return STATE;
			case COUNT_VALUE: return COUNT;
			case FORCE_VALUE: return FORCE;
			case TORQUE_VALUE: return TORQUE;
			case CONDUCTIVITY_VALUE: return CONDUCTIVITY;
			case MASS_CONCENTRATION_VALUE: return MASS_CONCENTRATION;
			case PH_VALUE: return PH;
			case LENGTH_VALUE: return LENGTH;
			case RELATIVE_HUMIDITY_VALUE: return RELATIVE_HUMIDITY;
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
	private Quantity(int value, String name, String literal) {
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
	
} //Quantity
