/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.validation;

/**
 * The stable codes of every problem the .twin checker reports. Tools (quick fixes, the headless checker,
 * CI filters) rely on them: never change or reuse a code; add new ones. docs/dsl-reference.md lists them.
 */
public final class TwinIssueCodes {

    private static final String PREFIX = "twin.";

    /** The text is not .twin syntax (a misspelt keyword, a missing quote or brace). */
    public static final String SYNTAX = PREFIX + "syntax";
    /** A reference the language's own checks do not cover names nothing (Xtext's generic linking error). */
    public static final String REFERENCE_UNRESOLVED = PREFIX + "reference.unresolved";
    /** Any other finding of the language framework itself, given a Fieldbridge code. */
    public static final String MODEL = PREFIX + "model";
    /** A plant file named by {@code import} cannot be read or holds no plant. */
    public static final String IMPORT_UNRESOLVED = PREFIX + "import.unresolved";
    /** A signal reference names no signal of the imported plant, or an ambiguous short name. */
    public static final String SIGNAL_UNRESOLVED = PREFIX + "signal.unresolved";
    /** An equipment reference (alignment pattern) names no equipment. */
    public static final String EQUIPMENT_UNRESOLVED = PREFIX + "equipment.unresolved";
    /** A reference names a plant element of the wrong kind (equipment where a signal is expected). */
    public static final String WRONG_KIND = PREFIX + "reference.wrongKind";
    /** A mapping names a connection that is not declared. */
    public static final String CONNECTION_UNRESOLVED = PREFIX + "connection.unresolved";
    /** Two connections share a name. */
    public static final String CONNECTION_DUPLICATE = PREFIX + "connection.duplicate";
    /** A setting is given twice in one block. */
    public static final String SETTING_DUPLICATE = PREFIX + "setting.duplicate";
    /** A Modbus {@code host:port} or OPC UA {@code opc.tcp://} endpoint is malformed. */
    public static final String ENDPOINT_INVALID = PREFIX + "endpoint.invalid";
    /** A secret written as a literal instead of a reference. */
    public static final String SECRET_LITERAL = PREFIX + "secret.literal";
    /** A secret reference with an unknown scheme or an empty target. */
    public static final String SECRET_REFERENCE = PREFIX + "secret.reference";
    /**
     * A secret reference whose scheme the generated runtime cannot read ({@code secure-storage:},
     * {@code keystore:}): reported by the checker, before deployment, not when the runtime starts.
     */
    public static final String SECRET_SCHEME_UNSUPPORTED_BY_RUNTIME = PREFIX + "secret.scheme.unsupportedByRuntime";
    /** A connection writes no address and the plant has no controller of its name with an endpoint of its protocol. */
    public static final String ENDPOINT_MISSING = PREFIX + "endpoint.missing";
    /** A connection's address differs from its plant controller's endpoint (warning: an override). */
    public static final String ENDPOINT_OVERRIDES_PLANT = PREFIX + "endpoint.overridesPlant";
    /** A connection repeats its plant controller's address (warning: remove it, the plant holds it). */
    public static final String ENDPOINT_REPEATS_PLANT = PREFIX + "endpoint.repeatsPlant";
    /** An OPC UA connection's security differs from the plant endpoint's policy and mode (warning). */
    public static final String SECURITY_DISAGREES_WITH_PLANT = PREFIX + "security.disagreesWithPlant";
    /** Two mappings write one signal. */
    public static final String MAPPING_DUPLICATE_SIGNAL = PREFIX + "mapping.duplicateSignal";
    /** A Modbus address on an OPC UA connection or a NodeId on a Modbus connection. */
    public static final String MAPPING_PROTOCOL = PREFIX + "mapping.protocol";
    /** A Modbus address that cannot be read as any known spelling. */
    public static final String MODBUS_ADDRESS = PREFIX + "modbus.address";
    /** Registers of two mappings of one connection (one unit id) overlap. */
    public static final String MODBUS_OVERLAP = PREFIX + "modbus.overlap";
    /** An address, register count, unit id or request size beyond the Modbus protocol limits. */
    public static final String MODBUS_LIMIT = PREFIX + "modbus.limit";
    /** A register mapping without a data type. */
    public static final String DATATYPE_MISSING = PREFIX + "datatype.missing";
    /** A data type that the addressed table cannot hold (int16 in a coil). */
    public static final String DATATYPE_WRONG_TABLE = PREFIX + "datatype.wrongTable";
    /**
     * A data type that cannot represent the plant signal.
     *
     * @deprecated no longer reported: each combination has its own {@code twin.mapping.type.*} code since issue 9
     */
    @Deprecated
    public static final String DATATYPE_CANNOT_REPRESENT = PREFIX + "datatype.cannotRepresent";
    /** A coil, discrete input or bool (one bit) mapped to a numeric signal that is no state. */
    public static final String MAPPING_TYPE_BOOLEAN_INTO_NUMBER = PREFIX + "mapping.type.booleanIntoNumber";
    /** One bit of a register ({@code bit N}) mapped to a numeric signal that is no state. */
    public static final String MAPPING_TYPE_BIT_INTO_NUMBER = PREFIX + "mapping.type.bitIntoNumber";
    /** A float32/float64 register mapped to a boolean signal. */
    public static final String MAPPING_TYPE_FLOAT_INTO_BOOLEAN = PREFIX + "mapping.type.floatIntoBoolean";
    /** An integer register (int16 ... int64) mapped to a boolean signal. */
    public static final String MAPPING_TYPE_INTEGER_INTO_BOOLEAN = PREFIX + "mapping.type.integerIntoBoolean";
    /** A float32/float64 register mapped to an integer signal. */
    public static final String MAPPING_TYPE_FLOAT_INTO_INTEGER = PREFIX + "mapping.type.floatIntoInteger";
    /** A string(N) register block mapped to a boolean, integer or real signal. */
    public static final String MAPPING_TYPE_STRING_INTO_NUMBER = PREFIX + "mapping.type.stringIntoNumber";
    /** A number or bit mapped to a text signal. */
    public static final String MAPPING_TYPE_NUMBER_INTO_STRING = PREFIX + "mapping.type.numberIntoString";
    /** A fractional scale or offset on an integer signal. */
    public static final String MAPPING_TYPE_FRACTIONAL_SCALE = PREFIX + "mapping.type.fractionalScale";
    /** An integer register type (with scale and offset) that cannot reach the signal's whole valid range. */
    public static final String MAPPING_TYPE_RANGE_BEYOND_REGISTER = PREFIX + "mapping.type.rangeBeyondRegister";
    /** An integer register that delivers values beyond an integer signal's valid range (warning). */
    public static final String MAPPING_TYPE_REGISTER_BEYOND_RANGE = PREFIX + "mapping.type.registerBeyondRange";
    /** A scale or offset on a boolean or text signal. */
    public static final String MAPPING_TYPE_SCALE_ON_NON_NUMBER = PREFIX + "mapping.type.scaleOnNonNumber";
    /** A unit nobody knows. */
    public static final String UNIT_UNKNOWN = PREFIX + "unit.unknown";
    /** A unit of another quantity than the plant signal's (degC on a pressure signal). */
    public static final String UNIT_MISMATCH = PREFIX + "unit.mismatch";
    /** An OPC UA NodeId not in a standard string form. */
    public static final String OPCUA_NODE_ID = PREFIX + "opcua.nodeId";
    /** A signal the plant wants sampled faster than its connection polls or samples. */
    public static final String SAMPLING_FASTER_THAN_POLL = PREFIX + "sampling.fasterThanPoll";
    /** An alignment declares values stale sooner than their connection delivers them. */
    public static final String ALIGNMENT_STALE_TOO_SOON = PREFIX + "alignment.staleTooSoon";
    /** An alarm threshold or verdict limit outside the signal's valid range. */
    public static final String THRESHOLD_OUTSIDE_RANGE = PREFIX + "threshold.outsideRange";
    /** An alarm whose clear level can never be reached once it is raised. */
    public static final String HYSTERESIS_NEVER_CLEARS = PREFIX + "hysteresis.neverClears";
    /** A signal's instrument has no calibration record covering today (warning). */
    public static final String CALIBRATION_EXPIRED = PREFIX + "calibration.expired";
    /** A signal's instrument has no calibration record at all (warning). */
    public static final String CALIBRATION_MISSING = PREFIX + "calibration.missing";
    /** A range written upside down (valid 120 .. 0). */
    public static final String RANGE_INVERTED = PREFIX + "range.inverted";
    /** A duration or count that must be positive is zero. */
    public static final String VALUE_NOT_POSITIVE = PREFIX + "value.notPositive";
    /** An alarm severity outside 1..1000. */
    public static final String ALARM_SEVERITY = PREFIX + "alarm.severity";
    /** Two behaviours share a name. */
    public static final String BEHAVIOUR_DUPLICATE = PREFIX + "behaviour.duplicate";

    private TwinIssueCodes() {
    }
}
