/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fieldbridge.dsl.semantics.ConnectionEndpoints;
import org.fieldbridge.dsl.semantics.ConnectionSettings;
import org.fieldbridge.dsl.semantics.Durations;
import org.fieldbridge.dsl.twin.AddressBase;
import org.fieldbridge.dsl.twin.Alarm;
import org.fieldbridge.dsl.twin.AlignMethod;
import org.fieldbridge.dsl.twin.Alignment;
import org.fieldbridge.dsl.twin.BitType;
import org.fieldbridge.dsl.twin.ClearOption;
import org.fieldbridge.dsl.twin.Comparison;
import org.fieldbridge.dsl.twin.DwellOption;
import org.fieldbridge.dsl.twin.Endianness;
import org.fieldbridge.dsl.twin.Energy;
import org.fieldbridge.dsl.twin.EquipmentPattern;
import org.fieldbridge.dsl.twin.IdentitySetting;
import org.fieldbridge.dsl.twin.Mapping;
import org.fieldbridge.dsl.twin.ModbusConnection;
import org.fieldbridge.dsl.twin.NodeId;
import org.fieldbridge.dsl.twin.OpcUaConnection;
import org.fieldbridge.dsl.twin.Overshoot;
import org.fieldbridge.dsl.twin.ScalarKind;
import org.fieldbridge.dsl.twin.ScalarType;
import org.fieldbridge.dsl.twin.SecretReference;
import org.fieldbridge.dsl.twin.SecurityMode;
import org.fieldbridge.dsl.twin.SecurityPolicy;
import org.fieldbridge.dsl.twin.SecuritySetting;
import org.fieldbridge.dsl.twin.SeverityOption;
import org.fieldbridge.dsl.twin.StringType;
import org.fieldbridge.dsl.twin.UserIdentity;
import org.fieldbridge.dsl.twin.ValidOption;
import org.fieldbridge.dsl.twin.Verdict;
import org.fieldbridge.dsl.validation.TwinIssueCodes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Parsing .twin files")
class ParsingTest {

    @Test
    @DisplayName("a Modbus connection keeps its endpoint, unit id and every setting")
    void aModbusConnectionKeepsItsSettings() {
        var checked = TwinTester.check("""
                connection PLC4 modbus tcp "127.0.0.1:5020" unit 7 {
                    byte order big, word order little
                    poll 100 ms, timeout 2 s, retries 2
                    max registers 120, max gap 8
                    addressing zero-based
                }
                """);
        assertEquals(0, checked.syntaxErrors().size(), checked.describe());
        ModbusConnection plc = (ModbusConnection) checked.model().getElements().get(0);
        assertEquals("PLC4", plc.getName());
        assertEquals("127.0.0.1:5020", plc.getEndpoint());
        assertEquals(7, plc.getUnitId());
        assertEquals(8, plc.getSettings().size());
        assertEquals(100, ConnectionSettings.periodMillis(plc));
        assertEquals(AddressBase.ZERO_BASED, ConnectionSettings.addressing(plc));
        assertEquals(120, ConnectionSettings.maxRegisters(plc));
        assertEquals(8, ConnectionSettings.maxGap(plc));
    }

    @Test
    @DisplayName("a connection without address inherits the plant controller's endpoint and unit id")
    void aConnectionWithoutAddressInheritsThePlantsEndpoint() {
        var checked = TwinTester.check("""
                import "riverside.plant"
                connection PLC4 modbus tcp { poll 100 ms }
                connection Oven2 opcua
                """);
        assertEquals(0, checked.syntaxErrors().size(), checked.describe());
        ModbusConnection plc = (ModbusConnection) checked.model().getElements().get(0);
        assertNull(plc.getEndpoint());
        assertFalse(plc.isUnitGiven());
        assertEquals("127.0.0.1:5020 unit 1", ConnectionEndpoints.target(plc).toString());
        OpcUaConnection oven = (OpcUaConnection) checked.model().getElements().get(1);
        assertEquals("opc.tcp://127.0.0.1:4841/fieldbridge-sim", ConnectionEndpoints.url(oven).toString());
    }

    @Test
    @DisplayName("a unit id written alone overrides only the plant's unit id")
    void aUnitIdAloneOverridesOnlyTheUnit() {
        var checked = TwinTester.check("""
                import "riverside.plant"
                connection PLC4 modbus tcp unit 3
                """);
        ModbusConnection plc = (ModbusConnection) checked.model().getElements().get(0);
        assertEquals("127.0.0.1:5020 unit 3", ConnectionEndpoints.target(plc).toString());
        assertEquals(1, checked.withCode(TwinIssueCodes.ENDPOINT_OVERRIDES_PLANT).size(), checked.describe());
    }

    @Test
    @DisplayName("an OPC UA connection keeps security, identity with a secret reference and rates")
    void anOpcUaConnectionKeepsItsSettings() {
        var checked = TwinTester.check("""
                connection Oven2 opcua "opc.tcp://127.0.0.1:4841/fieldbridge-sim" {
                    security Basic256Sha256 sign-and-encrypt
                    identity user "commissioning" password secret "env:FB_OVEN2_PASSWORD"
                    sampling 100 ms, publishing 250 ms
                }
                """);
        assertEquals(0, checked.syntaxErrors().size(), checked.describe());
        OpcUaConnection oven = (OpcUaConnection) checked.model().getElements().get(0);
        SecuritySetting security = (SecuritySetting) oven.getSettings().get(0);
        assertEquals(SecurityPolicy.BASIC256_SHA256, security.getPolicy());
        assertEquals(SecurityMode.SIGN_AND_ENCRYPT, security.getMode());
        UserIdentity user = (UserIdentity) ((IdentitySetting) oven.getSettings().get(1)).getIdentity();
        assertEquals("commissioning", user.getUser());
        assertEquals("env:FB_OVEN2_PASSWORD", ((SecretReference) user.getPassword()).getReference());
        assertEquals(100, ConnectionSettings.periodMillis(oven));
    }

    @Test
    @DisplayName("a register mapping keeps data type, HMI tag, conditioning and order overrides")
    void aRegisterMappingKeepsEverything() {
        var checked = TwinTester.checkBody("""
                map PLC4 holding 40007 int16 "Temp_Sensor_7B" -> Tank3.BathTemp {
                    scale 0.1, offset -5.25, unit degC, valid 0 .. 40, deadband 0.2, byte order little, word order little
                }
                """);
        assertEquals(0, checked.syntaxErrors().size(), checked.describe());
        Mapping mapping = (Mapping) checked.model().getElements().get(2);
        assertEquals("Temp_Sensor_7B", mapping.getTag());
        assertEquals(ScalarKind.INT16, ((ScalarType) mapping.getDataType()).getKind());
        assertEquals(7, mapping.getOptions().size());
        ValidOption valid = (ValidOption) mapping.getOptions().get(3);
        assertEquals(0.0, valid.getMinimum());
        assertEquals(40.0, valid.getMaximum());
        assertEquals(Endianness.LITTLE, ConnectionSettings.byteOrder(mapping));
        assertEquals(Endianness.LITTLE, ConnectionSettings.wordOrder(mapping));
        assertEquals("Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp", mapping.getSignal().qualifiedName());
    }

    @Test
    @DisplayName("string(n) and bit n data types are read")
    void stringAndBitTypes() {
        var checked = TwinTester.checkBody("""
                map PLC4 holding 100 string(8) -> Tank3.BathTemp
                map PLC4 holding 101 bit 3 -> Tank3.AgitatorRunning
                """);
        assertEquals(0, checked.syntaxErrors().size(), checked.describe());
        assertEquals(8, ((StringType) ((Mapping) checked.model().getElements().get(2)).getDataType()).getRegisters());
        assertEquals(3, ((BitType) ((Mapping) checked.model().getElements().get(3)).getDataType()).getBit());
    }

    @Test
    @DisplayName("an OPC UA mapping keeps its NodeId and optional tag")
    void anOpcUaMapping() {
        var checked = TwinTester.checkBody("""
                map Oven2 "ns=2;s=Zone1.Temp" "TT-411" -> CuringOven.Zone1.Temp { unit degC }
                """);
        assertEquals(0, checked.syntaxErrors().size(), checked.describe());
        Mapping mapping = (Mapping) checked.model().getElements().get(2);
        assertEquals("ns=2;s=Zone1.Temp", ((NodeId) mapping.getSource()).getNodeId());
        assertEquals("TT-411", mapping.getTag());
        assertNull(mapping.getDataType());
    }

    @Test
    @DisplayName("alignment takes equipment patterns and signals, a method and a staleness limit")
    void alignment() {
        var checked = TwinTester.checkBody("""
                align CuringOven.Zone1.*, Tank3.BathTemp every 1 s using linear, stale after 3 s
                """);
        assertEquals(0, checked.syntaxErrors().size(), checked.describe());
        Alignment align = (Alignment) checked.model().getElements().get(2);
        assertEquals(2, align.getTargets().size());
        assertEquals("Zone1", ((EquipmentPattern) align.getTargets().get(0)).getEquipment().getName());
        assertEquals(AlignMethod.LINEAR, align.getMethod());
        assertEquals(1000, Durations.millis(align.getPeriod()));
        assertEquals(3000, Durations.millis(align.getStaleAfter()));
    }

    @Test
    @DisplayName("an alarm keeps threshold, dwell time, hysteresis and severity")
    void alarm() {
        var checked = TwinTester.checkBody("""
                alarm BathTooHot: Tank3.BathTemp > 24.5 degC for 5 s, clear below 24.0 degC, severity 700
                """);
        assertEquals(0, checked.syntaxErrors().size(), checked.describe());
        Alarm alarm = (Alarm) checked.model().getElements().get(2);
        assertEquals(Comparison.ABOVE, alarm.getComparison());
        assertEquals(24.5, alarm.getThreshold().getValue());
        assertEquals("degC", alarm.getThreshold().getUnit());
        assertEquals(5000, Durations.millis(((DwellOption) alarm.getOptions().get(0)).getDwell()));
        assertEquals(24.0, ((ClearOption) alarm.getOptions().get(1)).getLevel().getValue());
        assertEquals(700, ((SeverityOption) alarm.getOptions().get(2)).getSeverity());
    }

    @Test
    @DisplayName("overshoot, energy and verdict behaviours are read")
    void otherBehaviours() {
        var checked = TwinTester.checkBody("""
                overshoot OvenOvershoot: CuringOven.Zone1.Temp above CuringOven.Zone1.Setpoint by 2.0 degC
                energy OvenGasPerBatch: integrate CuringOven.GasFlow per CuringOven.BatchId
                verdict BathInSpec: Tank3.BathTemp within 18 .. 22 degC
                """);
        assertEquals(0, checked.syntaxErrors().size(), checked.describe());
        Overshoot overshoot = (Overshoot) checked.model().getElements().get(2);
        assertEquals("Setpoint", overshoot.getSetpoint().getName());
        assertEquals(2.0, overshoot.getLimit().getValue());
        Energy energy = (Energy) checked.model().getElements().get(3);
        assertEquals("BatchId", energy.getBatch().getName());
        Verdict verdict = (Verdict) checked.model().getElements().get(4);
        assertEquals(18.0, verdict.getMinimum());
        assertEquals(22.0, verdict.getMaximum());
    }

    @ParameterizedTest
    @ValueSource(strings = { "map PLC4 holding", "connection X modbus tcp \"", "alarm A: Tank3.BathTemp > 99999999999999999999",
            "map PLC4 holding 40007 int16 -> Tank3.BathTemp { scale }", "\u0000\u0001\u0002garbage", "/* unterminated",
            "map PLC4 holding 4 0 0 0 7" })
    @DisplayName("malformed input gives positioned syntax errors, never an exception")
    void malformedInputGivesSyntaxErrors(String text) {
        var checked = TwinTester.checkBody(text);
        assertFalse(checked.issues().isEmpty(), "expected a problem for: " + text);
        assertTrue(checked.issues().stream().allMatch(i -> i.getLineNumber() != null && i.getLineNumber() >= 1),
                checked.describe());
    }

    @Test
    @DisplayName("a number is read without blanks inside it")
    void numbersHaveNoBlanksInside() {
        var checked = TwinTester.checkBody("map PLC4 holding 40007 int16 -> Tank3.BathTemp { scale 0 . 1 }\n");
        assertFalse(checked.syntaxErrors().isEmpty(), checked.describe());
    }
}
