/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime;

import java.util.Map;
import java.util.Objects;

/**
 * The quality of a sample, modelled on the OPC UA StatusCode (OPC UA Part 4, "StatusCode"; numeric values
 * from the StatusCode table of Part 6 / StatusCode.csv) so that it can be published unchanged by the OPC UA
 * server.
 *
 * <p>The 32-bit code keeps the OPC UA layout: bits 31..30 severity (00 Good, 01 Uncertain, 10 Bad), bits
 * 29..16 the subcode, bit 10 the InfoType "DataValue" and bits 9..8 the limit bits (Low, High, Constant).
 * A quality may carry a human-readable detail (for example the Modbus exception code behind it); the detail
 * is diagnostic text only and never changes what the quality means.</p>
 */
public final class Quality {

    /** Severity of a quality: the two top bits of the code. */
    public enum Severity {
        GOOD, UNCERTAIN, BAD
    }

    /** Limit bits (bits 9..8, valid with the DataValue InfoType): which limit a value is held at. */
    public enum Limit {
        NONE(0x000), LOW(0x100), HIGH(0x200), CONSTANT(0x300);

        private final int bits;

        Limit(int bits) {
            this.bits = bits;
        }
    }

    private static final int INFO_TYPE_DATA_VALUE = 0x400;
    private static final int LIMIT_MASK = 0x300;

    public static final Quality GOOD = of(0x00000000);
    public static final Quality UNCERTAIN = of(0x40000000);
    public static final Quality BAD = of(0x80000000);

    /** The value was clamped to a limit by the data source (Good_Clamped). */
    public static final Quality GOOD_CLAMPED = of(0x00300000);
    /** The value was set by a local override (Good_LocalOverride). */
    public static final Quality GOOD_LOCAL_OVERRIDE = of(0x00960000);

    /** Communication with the source failed; the value is the last one read (Bad_CommunicationError). */
    public static final Quality BAD_COMMUNICATION_ERROR = of(0x80050000);
    /** The source did not answer within the response timeout (Bad_Timeout). */
    public static final Quality BAD_TIMEOUT = of(0x800A0000);
    /** No value has been read yet since the connection was defined (Bad_WaitingForInitialData). */
    public static final Quality BAD_WAITING_FOR_INITIAL_DATA = of(0x80320000);
    /** Communication is defined but not established and no last value exists (Bad_NoCommunication). */
    public static final Quality BAD_NO_COMMUNICATION = of(0x80310000);
    /** The value is outside the range allowed (Bad_OutOfRange). */
    public static final Quality BAD_OUT_OF_RANGE = of(0x803C0000);
    /** The source does not support the request (Bad_NotSupported), e.g. Modbus exception 01. */
    public static final Quality BAD_NOT_SUPPORTED = of(0x803D0000);
    /** The raw value cannot be represented in the declared type (Bad_TypeMismatch). */
    public static final Quality BAD_TYPE_MISMATCH = of(0x80740000);
    /** The mapping does not fit the device, e.g. Modbus exception 02 (Bad_ConfigurationError). */
    public static final Quality BAD_CONFIGURATION_ERROR = of(0x80890000);
    /** The value should come from a connection that is not configured (Bad_NotConnected). */
    public static final Quality BAD_NOT_CONNECTED = of(0x808A0000);
    /** The device reported a failure, e.g. Modbus exception 04 (Bad_DeviceFailure). */
    public static final Quality BAD_DEVICE_FAILURE = of(0x808B0000);
    /** The sensor behind the value failed (Bad_SensorFailure). */
    public static final Quality BAD_SENSOR_FAILURE = of(0x808C0000);
    /** The source is switched off or out of service (Bad_OutOfService). */
    public static final Quality BAD_OUT_OF_SERVICE = of(0x808D0000);
    /** Communication to the data source has failed; the value is the last usable one (Uncertain_NoCommunicationLastUsableValue). */
    public static final Quality UNCERTAIN_NO_COMMUNICATION_LAST_USABLE_VALUE = of(0x408F0000);
    /** The value is the last usable value; the source stopped updating it (Uncertain_LastUsableValue). */
    public static final Quality UNCERTAIN_LAST_USABLE_VALUE = of(0x40900000);
    /** The value is an initial value, not a measurement (Uncertain_InitialValue). */
    public static final Quality UNCERTAIN_INITIAL_VALUE = of(0x40920000);
    /** The sensor is known to be inaccurate (Uncertain_SensorNotAccurate). */
    public static final Quality UNCERTAIN_SENSOR_NOT_ACCURATE = of(0x40930000);
    /** The value is outside the engineering-unit range of the signal (Uncertain_EngineeringUnitsExceeded). */
    public static final Quality UNCERTAIN_ENGINEERING_UNITS_EXCEEDED = of(0x40940000);
    /** The value derives from fewer good sources than required (Uncertain_SubNormal). */
    public static final Quality UNCERTAIN_SUB_NORMAL = of(0x40950000);
    /** Computed from Uncertain, Bad-bounded or extrapolated data (Uncertain_DataSubNormal, OPC UA Part 13). */
    public static final Quality UNCERTAIN_DATA_SUB_NORMAL = of(0x40A40000);
    /** No usable data for the requested time (Bad_NoData, OPC UA Part 13). */
    public static final Quality BAD_NO_DATA = of(0x809B0000);
    /** The instrument's calibration is not valid, e.g. expired (Uncertain_SensorCalibration). */
    public static final Quality UNCERTAIN_SENSOR_CALIBRATION = of(0x420A0000);
    /** A configuration problem affects the value (Uncertain_ConfigurationError). */
    public static final Quality UNCERTAIN_CONFIGURATION_ERROR = of(0x420F0000);

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x00000000, "Good"), Map.entry(0x40000000, "Uncertain"), Map.entry(0x80000000, "Bad"),
            Map.entry(0x00300000, "Good_Clamped"), Map.entry(0x00960000, "Good_LocalOverride"),
            Map.entry(0x80050000, "Bad_CommunicationError"), Map.entry(0x800A0000, "Bad_Timeout"),
            Map.entry(0x80320000, "Bad_WaitingForInitialData"), Map.entry(0x80310000, "Bad_NoCommunication"),
            Map.entry(0x803C0000, "Bad_OutOfRange"), Map.entry(0x803D0000, "Bad_NotSupported"),
            Map.entry(0x80740000, "Bad_TypeMismatch"), Map.entry(0x80890000, "Bad_ConfigurationError"),
            Map.entry(0x808A0000, "Bad_NotConnected"), Map.entry(0x808B0000, "Bad_DeviceFailure"),
            Map.entry(0x808C0000, "Bad_SensorFailure"), Map.entry(0x808D0000, "Bad_OutOfService"),
            Map.entry(0x408F0000, "Uncertain_NoCommunicationLastUsableValue"),
            Map.entry(0x40900000, "Uncertain_LastUsableValue"), Map.entry(0x40920000, "Uncertain_InitialValue"),
            Map.entry(0x40930000, "Uncertain_SensorNotAccurate"),
            Map.entry(0x40940000, "Uncertain_EngineeringUnitsExceeded"), Map.entry(0x40950000, "Uncertain_SubNormal"),
            Map.entry(0x40A40000, "Uncertain_DataSubNormal"), Map.entry(0x809B0000, "Bad_NoData"),
            Map.entry(0x420A0000, "Uncertain_SensorCalibration"),
            Map.entry(0x420F0000, "Uncertain_ConfigurationError"));

    private final int code;
    private final String detail;

    private Quality(int code, String detail) {
        this.code = code;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /**
     * @param code a 32-bit OPC UA StatusCode
     * @return the quality with that code and no detail
     */
    public static Quality of(int code) {
        return new Quality(code, "");
    }

    /** @return the 32-bit OPC UA StatusCode, including InfoType and limit bits */
    public int code() {
        return code;
    }

    /** @return the code as the unsigned value OPC UA stacks use (UInt32) */
    public long unsignedCode() {
        return Integer.toUnsignedLong(code);
    }

    /** @return diagnostic text (may be empty), e.g. "Modbus exception 02 (Illegal Data Address)" */
    public String detail() {
        return detail;
    }

    /** @return a quality with the same code and the given diagnostic text */
    public Quality withDetail(String text) {
        return new Quality(code, text);
    }

    /** @return this quality with the DataValue InfoType and the given limit bits set */
    public Quality withLimit(Limit limit) {
        int bits = limit == Limit.NONE ? code & ~(LIMIT_MASK | INFO_TYPE_DATA_VALUE)
                : (code & ~LIMIT_MASK) | INFO_TYPE_DATA_VALUE | limit.bits;
        return new Quality(bits, detail);
    }

    /** @return the limit bits, {@link Limit#NONE} unless the DataValue InfoType is set */
    public Limit limit() {
        if ((code & INFO_TYPE_DATA_VALUE) == 0) {
            return Limit.NONE;
        }
        return switch (code & LIMIT_MASK) {
            case 0x100 -> Limit.LOW;
            case 0x200 -> Limit.HIGH;
            case 0x300 -> Limit.CONSTANT;
            default -> Limit.NONE;
        };
    }

    /** @return the severity from bits 31..30 (11, reserved, is treated as Bad) */
    public Severity severity() {
        return switch (code >>> 30) {
            case 0 -> Severity.GOOD;
            case 1 -> Severity.UNCERTAIN;
            default -> Severity.BAD;
        };
    }

    public boolean isGood() {
        return severity() == Severity.GOOD;
    }

    public boolean isUncertain() {
        return severity() == Severity.UNCERTAIN;
    }

    public boolean isBad() {
        return severity() == Severity.BAD;
    }

    /**
     * @return true when both qualities have the same severity and subcode (bits 31..16), whatever their
     *         InfoType, limit bits or detail
     */
    public boolean is(Quality other) {
        return (code & 0xFFFF0000) == (other.code & 0xFFFF0000);
    }

    /** @return the OPC UA symbolic name of the severity and subcode, e.g. "Bad_Timeout" */
    public String symbolicName() {
        String name = NAMES.get(code & 0xFFFF0000);
        return name != null ? name : String.format("0x%08X", code & 0xFFFF0000);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Quality other && other.code == code && other.detail.equals(detail);
    }

    @Override
    public int hashCode() {
        return code * 31 + detail.hashCode();
    }

    @Override
    public String toString() {
        String limit = limit() == Limit.NONE ? "" : "[" + limit() + "]";
        return symbolicName() + limit + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
