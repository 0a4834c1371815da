/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.register.ExceptionCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Qualities are OPC UA StatusCodes: values from the StatusCode table (Part 6, StatusCode.csv), layout from Part 4. */
class QualityTest {

    static Stream<Arguments> statusCodes() {
        return Stream.of(Arguments.of(Quality.GOOD, 0x00000000L, "Good"),
                Arguments.of(Quality.UNCERTAIN, 0x40000000L, "Uncertain"), Arguments.of(Quality.BAD, 0x80000000L, "Bad"),
                Arguments.of(Quality.BAD_COMMUNICATION_ERROR, 0x80050000L, "Bad_CommunicationError"),
                Arguments.of(Quality.BAD_TIMEOUT, 0x800A0000L, "Bad_Timeout"),
                Arguments.of(Quality.BAD_NO_COMMUNICATION, 0x80310000L, "Bad_NoCommunication"),
                Arguments.of(Quality.BAD_WAITING_FOR_INITIAL_DATA, 0x80320000L, "Bad_WaitingForInitialData"),
                Arguments.of(Quality.BAD_OUT_OF_RANGE, 0x803C0000L, "Bad_OutOfRange"),
                Arguments.of(Quality.BAD_NOT_SUPPORTED, 0x803D0000L, "Bad_NotSupported"),
                Arguments.of(Quality.BAD_CONFIGURATION_ERROR, 0x80890000L, "Bad_ConfigurationError"),
                Arguments.of(Quality.BAD_NOT_CONNECTED, 0x808A0000L, "Bad_NotConnected"),
                Arguments.of(Quality.BAD_DEVICE_FAILURE, 0x808B0000L, "Bad_DeviceFailure"),
                Arguments.of(Quality.BAD_SENSOR_FAILURE, 0x808C0000L, "Bad_SensorFailure"),
                Arguments.of(Quality.BAD_OUT_OF_SERVICE, 0x808D0000L, "Bad_OutOfService"),
                Arguments.of(Quality.UNCERTAIN_LAST_USABLE_VALUE, 0x40900000L, "Uncertain_LastUsableValue"),
                Arguments.of(Quality.UNCERTAIN_SENSOR_NOT_ACCURATE, 0x40930000L, "Uncertain_SensorNotAccurate"),
                Arguments.of(Quality.UNCERTAIN_ENGINEERING_UNITS_EXCEEDED, 0x40940000L, "Uncertain_EngineeringUnitsExceeded"),
                Arguments.of(Quality.UNCERTAIN_SUB_NORMAL, 0x40950000L, "Uncertain_SubNormal"),
                Arguments.of(Quality.UNCERTAIN_SENSOR_CALIBRATION, 0x420A0000L, "Uncertain_SensorCalibration"));
    }

    @ParameterizedTest(name = "{2} = {1}")
    @MethodSource("statusCodes")
    @DisplayName("each quality carries the 32-bit code and symbolic name of the OPC UA StatusCode table")
    void eachQualityCarriesTheOpcUaCode(Quality quality, long code, String name) {
        assertEquals(code, quality.unsignedCode());
        assertEquals(name, quality.symbolicName());
    }

    @Test
    @DisplayName("the severity comes from the two top bits (Part 4 StatusCode: 00 Good, 01 Uncertain, 10 Bad)")
    void theSeverityComesFromTheTopBits() {
        assertTrue(Quality.GOOD_CLAMPED.isGood());
        assertTrue(Quality.UNCERTAIN_SENSOR_CALIBRATION.isUncertain());
        assertTrue(Quality.BAD_TIMEOUT.isBad());
        assertTrue(Quality.of(0xC0000000).isBad(), "the reserved severity 11 is treated as Bad");
    }

    @Test
    @DisplayName("limit bits are set with the DataValue InfoType and do not change what the quality is")
    void limitBitsNeedTheDataValueInfoType() {
        Quality high = Quality.UNCERTAIN_ENGINEERING_UNITS_EXCEEDED.withLimit(Quality.Limit.HIGH);
        assertEquals(0x40940600, high.code());
        assertTrue(high.is(Quality.UNCERTAIN_ENGINEERING_UNITS_EXCEEDED));
        assertEquals(Quality.Limit.NONE, Quality.of(0x00000200).limit(), "limit bits without the InfoType mean nothing");
        assertEquals(Quality.UNCERTAIN_ENGINEERING_UNITS_EXCEEDED.code(), high.withLimit(Quality.Limit.NONE).code());
    }

    @Test
    @DisplayName("a detail is diagnostic text: the code stays the same")
    void aDetailDoesNotChangeTheCode() {
        Quality detailed = Quality.BAD_TIMEOUT.withDetail("no answer in 300 ms");
        assertTrue(detailed.is(Quality.BAD_TIMEOUT));
        assertFalse(detailed.equals(Quality.BAD_TIMEOUT));
        assertEquals("Bad_Timeout (no answer in 300 ms)", detailed.toString());
    }

    static Stream<Arguments> exceptionCodes() {
        return Stream.of(Arguments.of(1, Quality.BAD_NOT_SUPPORTED), Arguments.of(2, Quality.BAD_CONFIGURATION_ERROR),
                Arguments.of(3, Quality.BAD_CONFIGURATION_ERROR), Arguments.of(4, Quality.BAD_DEVICE_FAILURE),
                Arguments.of(6, Quality.BAD_DEVICE_FAILURE), Arguments.of(0x0A, Quality.BAD_COMMUNICATION_ERROR),
                Arguments.of(0x0B, Quality.BAD_TIMEOUT), Arguments.of(0x42, Quality.BAD_DEVICE_FAILURE));
    }

    @ParameterizedTest(name = "exception {0} -> {1}")
    @MethodSource("exceptionCodes")
    @DisplayName("each Modbus exception code maps to a Bad quality naming the code (Modbus V1.1b3 §7)")
    void exceptionCodesMapToBadQualities(int code, Quality expected) {
        Quality quality = ExceptionCode.of(code).quality(code);
        assertTrue(quality.is(expected), quality.toString());
        assertTrue(quality.detail().startsWith(String.format("Modbus exception %02X", code)), quality.detail());
    }
}
