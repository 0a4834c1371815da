/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.runtime.register.WordOrder;
import org.fieldbridge.simulator.modbus.RegisterBinding;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.fieldbridge.tests.support.Waiting.waitingFor;

/**
 * The live view's age is the time since the controller last confirmed a value (read it again), not since it last
 * changed: a steady setpoint read every 100 ms is young; a value of a controller that went away grows old.
 */
@Timeout(120)
class ValueAgeTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a steady value read every poll is confirmed young although it has not changed for seconds; "
            + "after the controller goes away its age grows")
    void theAgeIsTheTimeSinceTheDeviceConfirmedTheValue() throws Exception {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        fixture.writeConfiguration("");
        TagAddress bath = new TagAddress(1, RegisterArea.HOLDING_REGISTER, 20, DataType.INT16, ByteOrder.BIG_ENDIAN,
                WordOrder.LOW_WORD_FIRST);
        try (SimulatedModbusDevice plc4 = new SimulatedModbusDevice(1, fixture.plc4Port,
                List.of(new RegisterBinding(RiversideSlice.BATH_TEMP, bath, 0.1, 0)));
                TwinRuntime runtime = fixture.start(fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5)))) {
            plc4.update(signal -> 23.5); // constant from now on
            plc4.start();
            waitingFor("a Good bath temperature").atMost(Duration.ofSeconds(10)).until(() -> runtime.latest(RiversideSlice.BATH_TEMP) != null
                            && runtime.latest(RiversideSlice.BATH_TEMP).quality().isGood());
            Sample first = runtime.latest(RiversideSlice.BATH_TEMP);
            Thread.sleep(2500);
            Instant now = Instant.now();
            Sample steady = runtime.latest(RiversideSlice.BATH_TEMP);
            assertEquals(first, steady, "the value has not changed, so no new sample was published");
            Instant confirmed = runtime.confirmedAt(RiversideSlice.BATH_TEMP);
            assertNotNull(confirmed);
            assertTrue(Duration.between(steady.serverTimestamp(), now).toMillis() >= 2400, "unchanged for 2.5 s");
            assertTrue(Duration.between(confirmed, now).toMillis() < 1000, "confirmed by the last poll: " + confirmed);
            LiveView view = new LiveView(runtime, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    Duration.ofSeconds(1), false, Clock.systemDefaultZone());
            String row = view.row(RiversideSlice.BATH_TEMP, steady, confirmed, now);
            assertTrue(row.matches(".*Good +0\\.\\d s$"), "young although unchanged: " + row);

            plc4.stop();
            waitingFor("Bad after the controller went away").atMost(Duration.ofSeconds(10)).until(() -> runtime.latest(RiversideSlice.BATH_TEMP).quality().isBad());
            Instant lastConfirmed = runtime.confirmedAt(RiversideSlice.BATH_TEMP);
            Thread.sleep(1500);
            assertEquals(lastConfirmed, runtime.confirmedAt(RiversideSlice.BATH_TEMP), "nothing confirms it any more");
            Instant later = Instant.now();
            String stale = view.row(RiversideSlice.BATH_TEMP, runtime.latest(RiversideSlice.BATH_TEMP),
                    runtime.confirmedAt(RiversideSlice.BATH_TEMP), later);
            assertTrue(stale.matches(".*Bad_\\w+ +[1-9]\\.\\d s$"), "grows old while the controller is away: " + stale);
            assertTrue(view.block().contains("Tank3.BathTemp"));
        }
    }
}
