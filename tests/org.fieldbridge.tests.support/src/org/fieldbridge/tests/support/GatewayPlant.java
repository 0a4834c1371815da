/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A plant written only for tests of the generated simulator (its own tests and the command's end-to-end
 * test): two units (ids 1 and 2) behind one Modbus TCP gateway, every data type in all four byte/word orders, scale and offset, and a hole of unmapped holding
 * registers (21..29, one-based) between two mapped blocks of unit 1.
 */
public final class GatewayPlant {

    private GatewayPlant() {
    }

    /** Writes {@code gateway.plant} and {@code gateway.twin} into {@code folder}, the gateway on {@code port}. */
    public static void write(Path folder, int port) throws IOException {
        Files.writeString(folder.resolve("gateway.plant"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <plant:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:plant="https://fieldbridge.org/plant/1.0">
                  <enterprises name="Test"><sites name="Site"><areas name="Area"><lines name="Line">
                    <equipment name="Unit1" controller="GW1">
                      <signals name="Temp" quantity="temperature" unit="CEL"><validRange minimum="0.0" maximum="100.0"/></signals>
                      <signals name="TempSetpoint" kind="setpoint" quantity="temperature" unit="CEL"><validRange minimum="0.0" maximum="100.0"/></signals>
                      <signals name="Flow" quantity="volumeFlow" unit="MQH"><validRange minimum="0.0" maximum="500.0"/></signals>
                      <signals name="Pressure" quantity="pressure" unit="BAR"><validRange minimum="0.0" maximum="16.0"/></signals>
                      <signals name="Level" quantity="level" unit="MTR"><validRange minimum="0.0" maximum="5.0"/></signals>
                      <signals name="Energy" quantity="energy" unit="KWH"><validRange minimum="0.0" maximum="100000.0"/></signals>
                      <signals name="PartsCount" kind="counter" quantity="count" dataType="integer"><validRange minimum="0.0" maximum="1000000.0"/></signals>
                      <signals name="Position" quantity="length" unit="MMT"><validRange minimum="100.0" maximum="900.0"/></signals>
                      <signals name="RunSeconds" kind="counter" quantity="count" dataType="integer"><validRange minimum="0.0" maximum="1.0E9"/></signals>
                      <signals name="BatchId" dataType="string"/>
                      <signals name="Running" kind="state" quantity="state" dataType="boolean"/>
                      <signals name="Alarm" kind="state" quantity="state" dataType="boolean"/>
                      <signals name="DoorClosed" kind="state" quantity="state" dataType="boolean"/>
                      <signals name="Voltage" quantity="voltage" unit="VLT"><validRange minimum="0.0" maximum="400.0"/></signals>
                    </equipment>
                    <equipment name="Unit2" controller="GW2">
                      <signals name="Temp" quantity="temperature" unit="CEL"><validRange minimum="-50.0" maximum="150.0"/></signals>
                      <signals name="Flow" quantity="volumeFlow" unit="MQH"><validRange minimum="0.0" maximum="200.0"/></signals>
                      <signals name="Speed" quantity="rotationalSpeed" unit="RPM"><validRange minimum="0.0" maximum="3000.0"/></signals>
                    </equipment>
                  </lines></areas></sites></enterprises>
                  <controllers name="GW1"><endpoints xsi:type="plant:ModbusTcpEndpoint" host="127.0.0.1" port="%1$d" unitId="1"/></controllers>
                  <controllers name="GW2"><endpoints xsi:type="plant:ModbusTcpEndpoint" host="127.0.0.1" port="%1$d" unitId="2"/></controllers>
                  <units commonCode="CEL" displayName="°C" description="degree Celsius"/>
                  <units commonCode="MQH" displayName="m³/h" description="cubic metre per hour"/>
                  <units commonCode="BAR" displayName="bar" description="bar"/>
                  <units commonCode="MTR" displayName="m" description="metre"/>
                  <units commonCode="KWH" displayName="kWh" description="kilowatt hour"/>
                  <units commonCode="MMT" displayName="mm" description="millimetre"/>
                  <units commonCode="VLT" displayName="V" description="volt"/>
                  <units commonCode="RPM" displayName="rpm" description="revolutions per minute"/>
                </plant:Plant>
                """.formatted(port), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("gateway.twin"), """
                package test.gateway
                import "gateway.plant"

                connection GW1 modbus tcp {
                    max registers 60, max gap 20
                }
                connection GW2 modbus tcp {
                    word order little
                }

                map GW1 holding 1 int16 -> Unit1.Temp { scale 0.1, unit CEL }
                map GW1 holding 2 uint16 -> Unit1.TempSetpoint { scale 0.1, unit CEL }
                map GW1 holding 3 float32 -> Unit1.Flow { unit MQH }
                map GW1 holding 5 float32 -> Unit1.Pressure { unit BAR, word order little, scale 2, offset 1 }
                map GW1 holding 7 float32 -> Unit1.Level { unit MTR, byte order little }
                map GW1 holding 9 float64 -> Unit1.Energy { unit KWH, byte order little, word order little }
                map GW1 holding 13 uint32 -> Unit1.PartsCount { word order little }
                map GW1 holding 15 int32 -> Unit1.Position { unit MMT, scale 0.5, offset 100 }
                map GW1 holding 17 int64 -> Unit1.RunSeconds { byte order little }
                map GW1 holding 30 string(4) -> Unit1.BatchId
                map GW1 holding 34 bit 3 -> Unit1.Alarm
                map GW1 coil 1 -> Unit1.Running
                map GW1 discrete 1 -> Unit1.DoorClosed
                map GW1 input 1 int16 -> Unit1.Voltage { unit VLT, byte order little, scale 0.1 }

                map GW2 holding 1 int16 -> Unit2.Temp { unit CEL, scale 0.1, offset -50 }
                map GW2 holding 2 float32 -> Unit2.Flow { unit MQH }
                map GW2 input 1 uint16 -> Unit2.Speed { unit RPM }
                """, StandardCharsets.UTF_8);
    }
}
