/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.connect.ModbusLink;
import org.fieldbridge.commissioning.scan.Expectation;
import org.fieldbridge.commissioning.scan.RankedDecoding;
import org.fieldbridge.commissioning.scan.RegisterScan;
import org.fieldbridge.commissioning.scan.ScanResult;
import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.runtime.register.WordOrder;
import org.fieldbridge.simulator.modbus.RegisterBinding;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plant not seen before: a j2mod slave (behind the simulator's controller port) at unit 7 that sends its floats
 * byte- and word-swapped (DCBA) in input registers, and one 64-bit float ABCD. The user knows only what the HMI
 * shows.
 */
@Timeout(60)
@DisplayName("Scanning a gateway with another byte and word order")
class GatewayWordOrderScanTest {

    @Test
    @DisplayName("finds the DCBA float32 and the ABCD float64 from the values the HMI shows, at unit 7 in input registers")
    void findsTheOrderFromTheHmiValue() throws Exception {
        int port = LoopbackPort.free();
        TagAddress flow = new TagAddress(7, RegisterArea.INPUT_REGISTER, 100, DataType.FLOAT32, ByteOrder.LITTLE_ENDIAN,
                WordOrder.LOW_WORD_FIRST);
        TagAddress energy = new TagAddress(7, RegisterArea.INPUT_REGISTER, 110, DataType.FLOAT64, ByteOrder.BIG_ENDIAN,
                WordOrder.HIGH_WORD_FIRST);
        SimulatedModbusDevice gateway = new SimulatedModbusDevice(7, port,
                List.of(RegisterBinding.of("Flow", flow), RegisterBinding.of("Energy", energy)));
        gateway.start();
        try (ModbusLink link = new ModbusLink(new Controller.Modbus("Gateway", "127.0.0.1", port, 7,
                Duration.ofMillis(500), Duration.ofMillis(500), 125, 0), Clock.systemUTC())) {
            gateway.update(signal -> signal.equals("Flow") ? 123.456 : 98765.4321);
            ScanResult flowScan = RegisterScan.scan(link, 7, RegisterArea.INPUT_REGISTER, 100, 2,
                    Expectation.NONE.expecting(123.5));
            RankedDecoding best = flowScan.best().orElseThrow();
            assertEquals("DCBA", best.decoding().order(), () -> Plc4CommissioningTest.lines(flowScan));
            assertEquals("float32 { byte order little, word order little }", best.twinOptions());
            assertEquals(123.456, best.engineering(), 1e-4);

            ScanResult energyScan = RegisterScan.scan(link, 7, RegisterArea.INPUT_REGISTER, 110, 4,
                    Expectation.NONE.expecting(98765.4));
            RankedDecoding bestEnergy = energyScan.best().orElseThrow();
            assertEquals("float64 { byte order big, word order big }", bestEnergy.twinOptions(),
                    () -> Plc4CommissioningTest.lines(energyScan));
        } finally {
            gateway.stop();
        }
    }
}
