/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.PollCost;
import org.fieldbridge.runtime.register.PollCostMeter;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.RegisterBlock;
import org.fieldbridge.runtime.register.TagAddress;
import org.junit.jupiter.api.Test;

/** Measuring a device's round trip and time per register from the requests a poller sends anyway. */
class PollCostMeterTest {

    static RegisterBlock block(RegisterArea area, int quantity) {
        DataType type = area.isBits() ? DataType.BOOL : DataType.UINT16;
        return RegisterBlock.covering(List.of(TagAddress.of(1, area, 0, type), TagAddress.of(1, area, quantity - 1, type)));
    }

    @Test
    void requestsOfDifferentSizesSeparateTheRoundTripFromTheTimePerRegister() {
        PollCostMeter meter = new PollCostMeter();
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            int registers = 2 + random.nextInt(124);
            long jitter = random.nextInt(20) == 0 ? random.nextInt(5_000_000) : random.nextInt(2_000); // preempted now and then
            meter.answered(block(RegisterArea.HOLDING_REGISTER, registers), 1_000_000 + registers * 10_000L + jitter);
        }
        PollCost cost = meter.cost().orElseThrow();
        assertEquals(1_000_000, cost.roundTrip().toNanos(), 10_000);
        assertEquals(10_000, cost.perRegister().toNanos(), 200);
    }

    @Test
    void requestsOfOneSizeGiveNoEstimate() {
        PollCostMeter meter = new PollCostMeter();
        for (int i = 0; i < 100; i++) {
            meter.answered(block(RegisterArea.HOLDING_REGISTER, 125), 300_000 + i);
        }
        assertTrue(meter.cost().isEmpty(), "nothing tells the round trip from the transfer time");
    }

    @Test
    void aClockThatDoesNotMoveIsIgnored() {
        PollCostMeter meter = new PollCostMeter();
        for (int i = 0; i < 100; i++) {
            meter.answered(block(RegisterArea.HOLDING_REGISTER, 1 + i % 100), 0);
        }
        assertEquals(0, meter.requests());
        assertTrue(meter.cost().isEmpty());
    }

    @Test
    void theEstimateFollowsADeviceThatBecameSlower() {
        PollCostMeter meter = new PollCostMeter();
        for (int i = 0; i < 500; i++) {
            int registers = 1 + i % 125;
            meter.answered(block(RegisterArea.HOLDING_REGISTER, registers), 200_000 + registers * 1_000L);
        }
        assertEquals(200_000, meter.cost().orElseThrow().roundTrip().toNanos(), 1_000);
        for (int i = 0; i < 500; i++) {
            int registers = 1 + i % 125;
            meter.answered(block(RegisterArea.HOLDING_REGISTER, registers), 5_000_000 + registers * 40_000L);
        }
        PollCost now = meter.cost().orElseThrow();
        assertEquals(5_000_000, now.roundTrip().toNanos(), 100_000);
        assertEquals(40_000, now.perRegister().toNanos(), 1_000);
    }

    @Test
    void bitRequestsAreNotMeasured() {
        PollCostMeter meter = new PollCostMeter();
        for (int i = 0; i < 100; i++) {
            meter.answered(block(RegisterArea.COIL, 16 * (1 + i % 100)), 500_000 + i * 8_000L);
        }
        assertEquals(0, meter.requests(), "their time is the client's bit unpacking, not bytes on the wire");
    }

    @Test
    void loadOnTheHostDoesNotPassForTransferTime() {
        PollCostMeter meter = new PollCostMeter();
        Random random = new Random(3);
        for (int i = 0; i < 1_000; i++) {
            int registers = 1 + random.nextInt(125);
            // a third of the answers delayed by up to 2 ms, the longer the request the likelier
            boolean preempted = random.nextInt(125) < registers / 3;
            meter.answered(block(RegisterArea.HOLDING_REGISTER, registers),
                    100_000 + registers * 100L + (preempted ? random.nextInt(2_000_000) : 0));
        }
        PollCost cost = meter.cost().orElseThrow();
        assertEquals(100, cost.perRegister().toNanos(), 20);
        assertEquals(100_000, cost.roundTrip().toNanos(), 2_000);
    }

    @Test
    void aTimePerRegisterLostInNoiseMakesEveryGapWorthBridging() {
        PollCostMeter meter = new PollCostMeter();
        for (int i = 0; i < 100; i++) {
            int registers = 1 + i % 125;
            meter.answered(block(RegisterArea.HOLDING_REGISTER, registers), 150_000 - registers * 10L);
        }
        PollCost cost = meter.cost().orElseThrow();
        assertTrue(cost.bridgeableGap(RegisterArea.HOLDING_REGISTER) >= 125, cost.toString());
    }
}
