/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.tests;

import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.conditioning.Conditioning;
import org.fieldbridge.runtime.modbus.ModbusConnection;
import org.fieldbridge.runtime.modbus.ModbusPoller;
import org.fieldbridge.runtime.modbus.ModbusTag;
import org.fieldbridge.runtime.reconnect.BackoffPolicy;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.modbus.DeviceFault;
import org.fieldbridge.simulator.modbus.RegisterBinding;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The runtime's Modbus acquisition against the simulated PLC4: scaled values equal the simulation's, and the
 * simulator's faults give the qualities and recoveries docs/runtime.md promises.
 */
@Timeout(90)
@DisplayName("Runtime Modbus acquisition against the simulated PLC4")
class AcquisitionFromSimulatorTest {

    private final Map<String, Sample> latest = new ConcurrentHashMap<>();
    private Simulator simulator;
    private SimulatedModbusDevice plc4;
    private ModbusPoller poller;

    @BeforeEach
    void start() throws Exception {
        simulator = RiversideSimulation.create(LoopbackPort.free(), null, 1.0);
        simulator.start();
        plc4 = simulator.controller(SimulatedModbusDevice.class);
        List<ModbusTag> tags = new ArrayList<>();
        // the inverse of the simulator's register map: what a .twin mapping of PLC4 says
        for (RegisterBinding b : RiversideSimulation.plc4Registers()) {
            tags.add(new ModbusTag(b.signal(), b.address(), Conditioning.IDENTITY.withScaling(b.scale(), b.offset())));
        }
        ModbusConnection connection = ModbusConnection.to("127.0.0.1", plc4.port())
                .withPollPeriod(Duration.ofMillis(100))
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500))
                .withBackoff(new BackoffPolicy(Duration.ofMillis(100), Duration.ofMillis(400), 2, 0));
        poller = new ModbusPoller(connection, tags, latest::put);
        poller.start();
    }

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.close();
        }
        simulator.close();
    }

    private Sample await(String signal, Predicate<Sample> condition) throws InterruptedException {
        Sample[] matched = new Sample[1];
        waitingFor(signal).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            Sample s = latest.get(signal);
            assertTrue(s != null && condition.test(s), () -> signal + " never matched; last " + s);
            matched[0] = s;
        });
        return matched[0];
    }

    @Test
    @DisplayName("reads Tank3's bath temperature scaled by 0.1 to within one raw count of the simulation, CDAB floats and a register bit")
    void readsScaledValues() throws Exception {
        Sample temp = await("Tank3.BathTemp", s -> s.quality().isGood());
        assertEquals(simulator.value("Tank3.BathTemp"), ((Number) temp.value()).doubleValue(), 0.1 + 0.05);
        Sample current = await("Tank3.RectifierCurrent", s -> s.quality().isGood());
        assertEquals(simulator.value("Tank3.RectifierCurrent"), ((Number) current.value()).doubleValue(), 200.0,
                "CDAB float decoded (the simulation moves by up to 20 A per 100 ms tick while ramping)");
        assertEquals(Boolean.TRUE, await("Tank3.AgitatorRunning", s -> s.quality().isGood()).value());
    }

    @Test
    @DisplayName("a controller that stops answering turns every tag Bad_Timeout with its last value, and Good again when it answers")
    void aSilentControllerTurnsTagsBadAndRecovers() throws Exception {
        Object before = await("Tank3.BathTemp", s -> s.quality().isGood()).value();
        plc4.inject(DeviceFault.silent());
        Sample bad = await("Tank3.BathTemp", s -> s.quality().isBad());
        assertTrue(bad.quality().is(Quality.BAD_TIMEOUT) || bad.quality().is(Quality.BAD_COMMUNICATION_ERROR),
                bad.quality().toString());
        assertTrue(bad.value() != null, "last value kept (was " + before + ")");
        assertTrue(await("Tank1.BathTemp", s -> s.quality().isBad()).quality().isBad());
        plc4.inject(DeviceFault.NONE);
        await("Tank3.BathTemp", s -> s.quality().isGood());
    }

    @Test
    @DisplayName("an exception 02 on Tank3's register isolates that tag; its neighbours in the same block stay Good")
    void anIllegalAddressIsIsolated() throws Exception {
        await("Tank3.BathTemp", s -> s.quality().isGood());
        plc4.inject(DeviceFault.illegalAddress(20, 1));
        Sample bad = await("Tank3.BathTemp", s -> s.quality().isBad());
        assertTrue(bad.quality().is(Quality.BAD_CONFIGURATION_ERROR), bad.quality().toString());
        Thread.sleep(500);
        assertTrue(latest.get("Tank1.BathTemp").quality().isGood(), "40001 is in the same block as 40021");
        assertTrue(latest.get("Tank2.BathTemp").quality().isGood());
        assertTrue(latest.get("Tank3.BathTempSetpoint").quality().isGood());
    }

    @Test
    @DisplayName("a dropped connection is re-established and the values come back")
    void aDroppedConnectionIsReestablished() throws Exception {
        await("Tank3.BathTemp", s -> s.quality().isGood());
        long reconnectsBefore = poller.statistics().cycles();
        plc4.dropConnections();
        Thread.sleep(1_000);
        Sample after = await("Tank3.BathTemp", s -> s.quality().isGood());
        assertTrue(poller.statistics().connected());
        assertTrue(poller.statistics().cycles() > reconnectsBefore);
        assertEquals(simulator.value("Tank3.BathTemp"), ((Number) after.value()).doubleValue(), 0.5);
    }
}
