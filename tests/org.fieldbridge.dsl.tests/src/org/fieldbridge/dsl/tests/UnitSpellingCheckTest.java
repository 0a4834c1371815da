/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fieldbridge.dsl.tests.CheckCommandTest.Run;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Units of the seed's processes (stamping, anodizing) written in .twin files, checked against their signals. */
@DisplayName("Units of the seed's processes")
class UnitSpellingCheckTest {

    private static final String PLANT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <plant:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:plant="https://fieldbridge.org/plant/1.0">
              <enterprises name="Acme">
                <sites name="Eastside">
                  <areas name="Stamping">
                    <lines name="PressLine">
                      <equipment name="Press1" controller="Gw">
                        <signals name="Tonnage" quantity="force" unit="B47"><validRange minimum="0.0" maximum="6300.0"/></signals>
                        <signals name="StrokeRate" quantity="rotationalSpeed" unit="C94"/>
                        <signals name="DieTorque" quantity="torque" unit="NU"/>
                        <signals name="OilPressure" quantity="pressure" unit="BAR"/>
                        <signals name="Conductivity" quantity="conductivity" unit="H61"/>
                        <signals name="GasFlow" quantity="volumeFlow" unit="MQH"/>
                        <signals name="StandardGasFlow" quantity="volumeFlow" unit="Q38"/>
                      </equipment>
                    </lines>
                  </areas>
                </sites>
              </enterprises>
              <controllers name="Gw">
                <endpoints xsi:type="plant:ModbusTcpEndpoint" host="127.0.0.1" port="5020"/>
              </controllers>
              <units commonCode="B47" displayName="kN" description="kilonewton"/>
              <units commonCode="C94" displayName="min⁻¹" description="reciprocal minute"/>
              <units commonCode="NU" displayName="N·m" description="newton metre"/>
              <units commonCode="BAR" displayName="bar" description="bar [unit of pressure]"/>
              <units commonCode="H61" displayName="mS/cm" description="millisiemens per centimetre"/>
              <units commonCode="MQH" displayName="m³/h" description="cubic metre per hour"/>
              <units commonCode="Q38" displayName="Standard cubic metre per hour" description="Standard cubic metre per hour"/>
            </plant:Plant>
            """;

    private static Run check(Path dir, String mappings) throws IOException {
        Files.writeString(dir.resolve("press.plant"), PLANT);
        Path twin = dir.resolve("press.twin");
        Files.writeString(twin, "import \"press.plant\"\nconnection Gw modbus tcp { poll 200 ms }\n"
                + mappings);
        return CheckCommandTest.run(twin);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({ "kN, Press1.Tonnage", "tf, Press1.Tonnage", "N, Press1.Tonnage", "\"1/min\", Press1.StrokeRate",
            "rpm, Press1.StrokeRate", "Nm, Press1.DieTorque", "\"N·m\", Press1.DieTorque", "kPa, Press1.OilPressure",
            "\"mS/cm\", Press1.Conductivity", "\"uS/cm\", Press1.Conductivity" })
    void theProcessUnitsAreAcceptedOnTheirSignals(String unit, String signal, @TempDir Path dir) throws IOException {
        Run run = check(dir, "map Gw holding 1 float32 -> " + signal + " { unit " + unit + " }\n");
        assertEquals(0, run.exitCode(), run.out());
    }

    @Test
    @DisplayName("a conductivity unit on a pressure signal is refused with twin.unit.mismatch")
    void conductivityOnPressureIsRefused(@TempDir Path dir) throws IOException {
        Run run = check(dir, "map Gw holding 1 float32 -> Press1.OilPressure { unit \"mS/cm\" }\n");
        assertEquals(1, run.exitCode(), run.out());
        assertEquals(1, run.lines().size(), run.out());
        assertTrue(run.lines().get(0).contains("error twin.unit.mismatch: mS/cm is a conductivity unit, but"
                + " Press1.OilPressure measures pressure (use bar, mbar, Pa, hPa, kPa, MPa, psi)."), run.out());
    }

    @Test
    @DisplayName("a unit typed in the wrong case gets the right spelling suggested")
    void aTypoSuggestsTheClosestSpelling(@TempDir Path dir) throws IOException {
        Run run = check(dir, "map Gw holding 1 float32 -> Press1.OilPressure { unit Bar }\n"
                + "map Gw holding 3 float32 -> Press1.Tonnage { unit kNN }\n");
        assertEquals(List.of(2, 2), List.of(run.exitCode() + 1, run.lines().size()), run.out());
        assertTrue(run.lines().get(0).contains("error twin.unit.unknown: Unknown unit 'Bar'. Did you mean bar? Write"), run.out());
        assertTrue(run.lines().get(1).contains("Did you mean kN or"), run.out());
    }

    @Test
    @DisplayName("kn (the knot of Rec 20) on a force signal suggests kN")
    void knotOnAForceSignalSuggestsKilonewton(@TempDir Path dir) throws IOException {
        Run run = check(dir, "map Gw holding 1 float32 -> Press1.Tonnage { unit kn }\n");
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.lines().get(0).contains("error twin.unit.mismatch: kn (knot) does not fit: Press1.Tonnage"
                + " measures force (use kN, N, MN, kgf, kp). Did you mean kN?"), run.out());
    }

    @Test
    @DisplayName("a unit of the right quantity that does not convert into the plant's unit is refused")
    void normalCubicMetresDoNotConvertIntoActualOnes(@TempDir Path dir) throws IOException {
        Run run = check(dir, "map Gw holding 1 float32 -> Press1.GasFlow { unit \"Nm3/h\" }\n"
                + "map Gw holding 3 float32 -> Press1.StandardGasFlow { unit \"Sm3/d\" }\n");
        assertEquals(1, run.exitCode(), run.out());
        assertEquals(1, run.lines().size(), run.out());
        assertTrue(run.lines().get(0).contains("error twin.unit.mismatch: Nm3/h cannot be converted into m³/h, the"
                + " unit of Press1.GasFlow in the plant"), run.out());
    }

    @Test
    @DisplayName("the article before a quantity that starts with a vowel is 'an'")
    void anElectricCurrentUnit(@TempDir Path dir) throws IOException {
        Run run = check(dir, "map Gw holding 1 float32 -> Press1.OilPressure { unit A }\n");
        assertTrue(run.lines().get(0).contains("A is an electric current unit, but Press1.OilPressure"), run.out());
    }
}
