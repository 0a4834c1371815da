/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.fieldbridge.dsl.validation.TwinIssueCodes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every check with a failing and a passing case. The failing case must report the code on the line of the
 * marker; the passing case (the same text, corrected) must report no error at all.
 */
@DisplayName("Validation")
class ValidationTest {

    private static final String OPC = "connection Ua opcua \"opc.tcp://127.0.0.1:4841/x\" { identity user \"u\" password %s }\n";

    /** One check: code, text with the mistake, where the mistake is, the corrected text. */
    record Case(String title, String code, String bad, String marker, String good) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("an unknown signal", SIGNAL_UNRESOLVED,
                        "map Oven2 \"ns=2;s=X\" -> Tank3.BathTmp\n", "Tank3.BathTmp",
                        "map Oven2 \"ns=2;s=X\" -> Tank3.BathTemp\n"),
                new Case("two mappings writing one signal", MAPPING_DUPLICATE_SIGNAL,
                        "map PLC4 holding 1 int16 -> Tank3.BathTemp\nmap PLC4 holding 2 int16 -> Tank3.BathTemp\n", "holding 2",
                        "map PLC4 holding 1 int16 -> Tank3.BathTemp\nmap PLC4 holding 2 int16 -> Tank3.BathTempSetpoint\n"),
                new Case("overlapping registers", MODBUS_OVERLAP,
                        "map PLC4 holding 10 float32 -> Tank3.RectifierCurrent\nmap PLC4 holding 11 int16 -> Tank3.BathTemp\n", "holding 11",
                        "map PLC4 holding 10 float32 -> Tank3.RectifierCurrent\nmap PLC4 holding 12 int16 -> Tank3.BathTemp\n"),
                new Case("the same register twice through two spellings", MODBUS_OVERLAP,
                        "map PLC4 holding 40007 int16 -> Tank3.BathTemp\nmap PLC4 4x0007 int16 -> Tank2.BathTempSetpoint\n", "4x0007",
                        "map PLC4 holding 40007 int16 -> Tank3.BathTemp\nmap PLC4 4x0008 int16 -> Tank2.BathTempSetpoint\n"),
                new Case("the same bit of one register twice", MODBUS_OVERLAP,
                        "map PLC4 holding 30 bit 0 -> Tank3.AgitatorRunning\nmap PLC4 holding 30 bit 0 -> Tank2.AgitatorRunning\n", "Tank2",
                        "map PLC4 holding 30 bit 0 -> Tank3.AgitatorRunning\nmap PLC4 holding 30 bit 1 -> Tank2.AgitatorRunning\n"),
                new Case("a value running past the last register", MODBUS_LIMIT,
                        "map PLC4 holding 65536 float32 -> Tank3.RectifierCurrent\n", "65536",
                        "map PLC4 holding 65535 float32 -> Tank3.RectifierCurrent\n"),
                new Case("a register beyond the address space", MODBUS_LIMIT,
                        "map PLC4 holding 70000 int16 -> Tank3.BathTemp\n", "70000",
                        "map PLC4 holding 7000 int16 -> Tank3.BathTemp\n"),
                new Case("a unit id above 255", MODBUS_LIMIT,
                        "connection P modbus tcp \"127.0.0.1:502\" unit 256\n", "unit 256",
                        "connection P modbus tcp \"127.0.0.1:502\" unit 255\n"),
                new Case("more registers per request than the protocol allows", MODBUS_LIMIT,
                        "connection P modbus tcp \"127.0.0.1:502\" unit 1 { max registers 200 }\n", "200",
                        "connection P modbus tcp \"127.0.0.1:502\" unit 1 { max registers 125 }\n"),
                new Case("bit 16 of a register", MODBUS_LIMIT,
                        "map PLC4 holding 1 bit 16 -> Tank3.AgitatorRunning\n", "bit 16",
                        "map PLC4 holding 1 bit 15 -> Tank3.AgitatorRunning\n"),
                new Case("a value wider than the connection's request size", MODBUS_LIMIT,
                        "connection P modbus tcp \"127.0.0.1:502\" unit 2 { poll 100 ms, max registers 2 }\nmap P holding 1 float64 -> Tank3.RectifierCurrent\n", "float64",
                        "connection P modbus tcp \"127.0.0.1:502\" unit 2 { poll 100 ms, max registers 4 }\nmap P holding 1 float64 -> Tank3.RectifierCurrent\n"),
                new Case("a temperature unit on a current signal", UNIT_MISMATCH,
                        "map PLC4 holding 1 float32 -> Tank3.RectifierCurrent { unit degC }\n", "degC",
                        "map PLC4 holding 1 float32 -> Tank3.RectifierCurrent { unit A }\n"),
                new Case("an alarm threshold in the wrong unit", UNIT_MISMATCH,
                        "alarm Hot: Tank3.BathTemp > 24 bar\n", "bar",
                        "alarm Hot: Tank3.BathTemp > 24 degC\n"),
                new Case("an overshoot against a signal of another quantity", UNIT_MISMATCH,
                        "overshoot O: CuringOven.Zone1.Temp above CuringOven.GasFlow by 2 degC\n", "above",
                        "overshoot O: CuringOven.Zone1.Temp above CuringOven.Zone1.Setpoint by 2 degC\n"),
                new Case("an unknown unit", UNIT_UNKNOWN,
                        "map PLC4 holding 1 float32 -> Tank3.RectifierCurrent { unit amps }\n", "amps",
                        "map PLC4 holding 1 float32 -> Tank3.RectifierCurrent { unit \"A\" }\n"),
                new Case("a conductivity unit on a temperature", UNIT_MISMATCH,
                        "map PLC4 holding 1 float32 -> Tank3.BathTemp { unit \"mS/cm\" }\n", "\"mS/cm\"",
                        "map PLC4 holding 1 float32 -> Tank3.BathTemp { unit \"°C\" }\n"),
                new Case("a unit with a typo", UNIT_UNKNOWN,
                        "alarm Hot: Tank3.BathTemp > 24 degc\n", "degc",
                        "alarm Hot: Tank3.BathTemp > 24 CEL\n"),
                new Case("a bool mapped to a temperature", MAPPING_TYPE_BOOLEAN_INTO_NUMBER,
                        "map PLC4 coil 1 -> Tank3.BathTemp\n", "coil 1",
                        "map PLC4 coil 1 -> Tank3.AgitatorRunning\n"),
                new Case("a scaled int16 too narrow for the valid range", MAPPING_TYPE_RANGE_BEYOND_REGISTER,
                        "map PLC4 holding 1 int16 -> CuringOven.Zone1.Temp { scale 0.001 }\n", "int16",
                        "map PLC4 holding 1 int16 -> CuringOven.Zone1.Temp { scale 0.01 }\n"),
                new Case("a float mapped to an integer counter", MAPPING_TYPE_FLOAT_INTO_INTEGER,
                        "map PLC4 holding 1 float32 -> CuringOven.BatchId\n", "float32",
                        "map PLC4 holding 1 uint32 -> CuringOven.BatchId\n"),
                new Case("a register without data type", DATATYPE_MISSING,
                        "map PLC4 holding 5 -> Tank3.BathTemp\n", "holding 5",
                        "map PLC4 holding 5 int16 -> Tank3.BathTemp\n"),
                new Case("a number in a coil", DATATYPE_WRONG_TABLE,
                        "map PLC4 coil 5 int16 -> Tank3.AgitatorRunning\n", "int16",
                        "map PLC4 coil 5 bool -> Tank3.AgitatorRunning\n"),
                new Case("a PLC4X type contradicting the data type", DATATYPE_WRONG_TABLE,
                        "map PLC4 holding-register:5:INT float32 -> Tank3.RectifierCurrent\n", "float32",
                        "map PLC4 holding-register:5:REAL float32 -> Tank3.RectifierCurrent\n"),
                new Case("a four-digit Modicon address", MODBUS_ADDRESS,
                        "map PLC4 4007 int16 -> Tank3.BathTemp\n", "4007",
                        "map PLC4 40007 int16 -> Tank3.BathTemp\n"),
                new Case("a Modicon address of no table", MODBUS_ADDRESS,
                        "map PLC4 50007 int16 -> Tank3.BathTemp\n", "50007",
                        "map PLC4 30007 int16 -> Tank3.BathTemp\n"),
                new Case("an unknown PLC4X type", MODBUS_ADDRESS,
                        "map PLC4 holding-register:5:FLOAT -> Tank3.RectifierCurrent\n", "FLOAT",
                        "map PLC4 holding-register:5:REAL -> Tank3.RectifierCurrent\n"),
                new Case("register 0 with one-based addressing", MODBUS_ADDRESS,
                        "map PLC4 holding 0 int16 -> Tank3.BathTemp\n", "holding 0",
                        "map PLC4 holding 1 int16 -> Tank3.BathTemp\n"),
                new Case("a register on an OPC UA connection", MAPPING_PROTOCOL,
                        "map Oven2 holding 1 int16 -> Tank3.BathTemp\n", "holding 1",
                        "map Oven2 \"ns=2;s=Tank3.BathTemp\" -> Tank3.BathTemp\n"),
                new Case("a malformed NodeId", OPCUA_NODE_ID,
                        "map Oven2 \"Zone1.Temp\" -> CuringOven.Zone1.Temp\n", "Zone1.Temp\"",
                        "map Oven2 \"ns=2;s=Zone1.Temp\" -> CuringOven.Zone1.Temp\n"),
                new Case("a numeric NodeId beyond UInt32", OPCUA_NODE_ID,
                        "map Oven2 \"ns=2;i=4294967296\" -> CuringOven.Zone1.Temp\n", "ns=2;i",
                        "map Oven2 \"ns=2;i=4294967295\" -> CuringOven.Zone1.Temp\n"),
                new Case("a signal sampled faster than the connection polls", SAMPLING_FASTER_THAN_POLL,
                        "connection Slow modbus tcp \"127.0.0.1:502\" unit 2 { poll 1 s }\nmap Slow holding 1 float32 -> Tank3.RectifierCurrent\n", "map Slow",
                        "connection Slow modbus tcp \"127.0.0.1:502\" unit 2 { poll 500 ms }\nmap Slow holding 1 float32 -> Tank3.RectifierCurrent\n"),
                new Case("a signal sampled faster than OPC UA samples", SAMPLING_FASTER_THAN_POLL,
                        "connection Ua opcua \"opc.tcp://127.0.0.1:4841\" { sampling 1 s }\nmap Ua \"ns=2;s=I\" -> Tank3.RectifierCurrent\n", "map Ua",
                        "connection Ua opcua \"opc.tcp://127.0.0.1:4841\" { sampling 250 ms }\nmap Ua \"ns=2;s=I\" -> Tank3.RectifierCurrent\n"),
                new Case("values declared stale before the next poll", ALIGNMENT_STALE_TOO_SOON,
                        "connection Slow modbus tcp \"127.0.0.1:502\" unit 2 { poll 1 s }\nmap Slow holding 1 int16 -> Tank3.BathTemp\n"
                                + "align Tank3.* every 1 s using hold, stale after 500 ms\n", "stale after",
                        "connection Slow modbus tcp \"127.0.0.1:502\" unit 2 { poll 1 s }\nmap Slow holding 1 int16 -> Tank3.BathTemp\n"
                                + "align Tank3.* every 1 s using hold, stale after 3 s\n"),
                new Case("an alarm threshold above the valid range", THRESHOLD_OUTSIDE_RANGE,
                        "alarm Hot: Tank3.BathTemp > 45 degC\n", "45",
                        "alarm Hot: Tank3.BathTemp > 35 degC\n"),
                new Case("a verdict reaching outside the valid range", THRESHOLD_OUTSIDE_RANGE,
                        "verdict V: Tank3.BathTemp within -5 .. 22 degC\n", "-5",
                        "verdict V: Tank3.BathTemp within 5 .. 22 degC\n"),
                new Case("a high alarm clearing above", HYSTERESIS_NEVER_CLEARS,
                        "alarm Hot: Tank3.BathTemp > 24.5 degC, clear above 24.0 degC\n", "above",
                        "alarm Hot: Tank3.BathTemp > 24.5 degC, clear below 24.0 degC\n"),
                new Case("a clear level beyond the threshold", HYSTERESIS_NEVER_CLEARS,
                        "alarm Hot: Tank3.BathTemp > 24.5 degC, clear below 25 degC\n", "25 degC",
                        "alarm Hot: Tank3.BathTemp > 24.5 degC, clear below 24 degC\n"),
                new Case("a clear level the signal cannot reach", HYSTERESIS_NEVER_CLEARS,
                        "alarm Cold: Tank3.BathTemp < 5 degC, clear above 40 degC\n", "40 degC",
                        "alarm Cold: Tank3.BathTemp < 5 degC, clear above 6 degC\n"),
                new Case("a severity beyond 1000", ALARM_SEVERITY,
                        "alarm Hot: Tank3.BathTemp > 30 degC, severity 1001\n", "1001",
                        "alarm Hot: Tank3.BathTemp > 30 degC, severity 1000\n"),
                new Case("a password written as a literal", SECRET_LITERAL,
                        OPC.formatted("\"hunter2\""), "hunter2",
                        OPC.formatted("secret \"env:FB_PASSWORD\"")),
                new Case("a secret reference without scheme", SECRET_REFERENCE,
                        OPC.formatted("secret \"line4/oven2\""), "line4/oven2",
                        OPC.formatted("secret \"file:/etc/fieldbridge/oven2.pw\"")),
                new Case("a secret in the workbench's secure storage, which the runtime cannot read",
                        SECRET_SCHEME_UNSUPPORTED_BY_RUNTIME,
                        OPC.formatted("secret \"secure-storage:line4/oven2\""), "secure-storage",
                        OPC.formatted("secret \"env:FB_OVEN2_PASSWORD\"")),
                new Case("a secret in the workbench's key store, which the runtime cannot read",
                        SECRET_SCHEME_UNSUPPORTED_BY_RUNTIME,
                        OPC.formatted("secret \"keystore:oven2-user\""), "keystore",
                        OPC.formatted("secret \"file:secrets/oven2.pw\"")),
                new Case("a Modbus endpoint with a port beyond 65535", ENDPOINT_INVALID,
                        "connection P modbus tcp \"127.0.0.1:65536\" unit 1\n", "65536",
                        "connection P modbus tcp \"127.0.0.1\" unit 1\n"),
                new Case("an IPv6 Modbus endpoint without brackets", ENDPOINT_INVALID,
                        "connection P modbus tcp \"fd00::7:502\" unit 1\n", "fd00",
                        "connection P modbus tcp \"[fd00::7]:502\" unit 1\n"),
                new Case("a connection without address naming no plant controller", ENDPOINT_MISSING,
                        "connection PLC9 modbus tcp { poll 1 s }\n", "PLC9",
                        "connection PLC9 modbus tcp \"127.0.0.1:502\" { poll 1 s }\n"),

                new Case("an OPC UA endpoint that is no opc.tcp URL", ENDPOINT_INVALID,
                        "connection Ua opcua \"http://127.0.0.1:4841\"\n", "http",
                        "connection Ua opcua \"opc.tcp://127.0.0.1:4841\"\n"),
                new Case("two connections with one name", CONNECTION_DUPLICATE,
                        "connection PLC4 modbus tcp \"127.0.0.1:503\" unit 1\n", "503",
                        "connection PLC5 modbus tcp \"127.0.0.1:503\" unit 1\n"),
                new Case("a setting given twice", SETTING_DUPLICATE,
                        "connection P modbus tcp \"127.0.0.1:502\" unit 1 {\n poll 1 s,\n poll 2 s }\n", "poll 2",
                        "connection P modbus tcp \"127.0.0.1:502\" unit 1 {\n poll 1 s,\n timeout 2 s }\n"),
                new Case("a zero poll period", VALUE_NOT_POSITIVE,
                        "connection P modbus tcp \"127.0.0.1:502\" unit 1 { poll 0 ms }\n", "poll 0 ms",
                        "connection P modbus tcp \"127.0.0.1:502\" unit 1 { poll 10 ms }\n"),
                new Case("an inverted valid range", RANGE_INVERTED,
                        "map PLC4 holding 1 int16 -> Tank3.BathTemp { valid 40 .. 0 }\n", "40 .. 0",
                        "map PLC4 holding 1 int16 -> Tank3.BathTemp { valid 0 .. 40 }\n"),
                new Case("two behaviours with one name", BEHAVIOUR_DUPLICATE,
                        "alarm Hot: Tank3.BathTemp > 30 degC\nalarm Hot: Tank1.BathTemp > 30 degC\n", "Tank1",
                        "alarm Hot3: Tank3.BathTemp > 30 degC\nalarm Hot1: Tank1.BathTemp > 30 degC\n"))
                .map(Arguments::of);
    }

    @Test
    @DisplayName("a string longer than one request is beyond the protocol limits")
    void stringLongerThanOneRequest() {
        var bad = TwinTester.checkBody("map PLC4 holding 1 string(126) -> Tank3.BathTemp\n");
        assertEquals(1, bad.withCode(MODBUS_LIMIT).size(), bad.describe());
        var good = TwinTester.checkBody("map PLC4 holding 1 string(125) -> Tank3.BathTemp\n");
        assertTrue(good.withCode(MODBUS_LIMIT).isEmpty(), good.describe());
        // There is no text signal in the example plant: the string cannot carry the temperature.
        assertEquals(1, good.withCode(MAPPING_TYPE_STRING_INTO_NUMBER).size(), good.describe());
    }

    @Test
    @DisplayName("an address differing from the plant's is an override the checker reports with both addresses")
    void anAddressDifferingFromThePlantIsReportedAsOverride() {
        var checked = TwinTester.check("import \"riverside.plant\"\nconnection PLC4 modbus tcp \"127.0.0.1:5021\"\n");
        List<Issue> found = checked.withCode(ENDPOINT_OVERRIDES_PLANT);
        assertEquals(1, found.size(), checked.describe());
        assertEquals(Severity.WARNING, found.get(0).getSeverity());
        assertEquals(2, found.get(0).getLineNumber());
        assertTrue(found.get(0).getMessage().contains("overrides the plant's address 127.0.0.1:5020 of controller PLC4"),
                found.get(0).getMessage());
        assertTrue(checked.withCode(ENDPOINT_REPEATS_PLANT).isEmpty(), checked.describe());
    }

    @Test
    @DisplayName("an address that repeats the plant's (in another spelling) is reported as removable, not as override")
    void anAddressRepeatingThePlantIsReportedAsRemovable() {
        var checked = TwinTester.check("import \"riverside.plant\"\n"
                + "connection PLC4 modbus tcp \"127.0.0.1:5020\" unit 1\n"
                + "connection Oven2 opcua \"OPC.TCP://127.0.0.1:4841/fieldbridge-sim\" {"
                + " security Basic256Sha256 sign-and-encrypt }\n");
        assertEquals(3, checked.withCode(ENDPOINT_REPEATS_PLANT).size(), checked.describe());
        assertTrue(checked.withCode(ENDPOINT_OVERRIDES_PLANT).isEmpty(), checked.describe());
        assertTrue(checked.withCode(SECURITY_DISAGREES_WITH_PLANT).isEmpty(), checked.describe());
    }

    @Test
    @DisplayName("a connection without address to a controller without an endpoint of its protocol is an error")
    void aConnectionToAControllerWithoutThatProtocolIsAnError() {
        var checked = TwinTester.check("import \"riverside.plant\"\nconnection PLC4 opcua\n");
        List<Issue> found = checked.withCode(ENDPOINT_MISSING);
        assertEquals(1, found.size(), checked.describe());
        assertEquals(Severity.ERROR, found.get(0).getSeverity());
        assertTrue(found.get(0).getMessage().contains("the plant's controller PLC4 has no OPC UA endpoint"),
                found.get(0).getMessage());
    }

    @Test
    @DisplayName("OPC UA security that disagrees with the plant's endpoint is reported")
    void securityDisagreeingWithThePlantIsReported() {
        var checked = TwinTester.check("import \"riverside.plant\"\nconnection Oven2 opcua { security None none }\n");
        List<Issue> found = checked.withCode(SECURITY_DISAGREES_WITH_PLANT);
        assertEquals(1, found.size(), checked.describe());
        assertTrue(found.get(0).getMessage().contains("Basic256Sha256 SignAndEncrypt"), found.get(0).getMessage());
    }

    @Test
    @DisplayName("a secure-storage: reference is refused at check time with its position and how to fix it")
    void secureStorageIsRefusedBeforeDeployment() {
        var bad = TwinTester.checkBody(OPC.formatted("secret \"secure-storage:line4/oven2\""));
        List<Issue> found = bad.withCode(SECRET_SCHEME_UNSUPPORTED_BY_RUNTIME);
        assertEquals(1, found.size(), bad.describe());
        Issue issue = found.get(0);
        assertEquals(Severity.ERROR, issue.getSeverity());
        assertEquals(bad.lineOf("secure-storage"), issue.getLineNumber());
        assertTrue(issue.getColumn() > 1, bad.describe());
        assertTrue(issue.getMessage().contains("the generated runtime cannot read the workbench's secure storage;"
                + " use env:NAME or file:PATH"), issue.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("a mistake is reported with its code on its line; the corrected text is clean")
    void failingAndPassingCase(Case c) {
        var bad = TwinTester.checkBody(c.bad());
        List<Issue> found = bad.withCode(c.code());
        assertFalse(found.isEmpty(), c.code() + " expected, got" + bad.describe());
        assertEquals(bad.lineOf(c.marker()), found.get(0).getLineNumber(), bad.describe());
        assertTrue(found.get(0).getMessage().length() > 20, found.get(0).getMessage());
        assertTrue(bad.syntaxErrors().isEmpty(), bad.describe());

        var good = TwinTester.checkBody(c.good());
        assertTrue(good.issues().stream().noneMatch(i -> i.getSeverity() == Severity.ERROR), good.describe());
        assertTrue(good.withCode(c.code()).isEmpty(), good.describe());
    }
}
