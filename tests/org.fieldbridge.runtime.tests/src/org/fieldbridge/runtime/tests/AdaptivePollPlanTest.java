/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.fieldbridge.runtime.register.AdaptivePollPlan;
import org.fieldbridge.runtime.register.BlockIsolation;
import org.fieldbridge.runtime.register.BlockOutcome;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.PollLimits;
import org.fieldbridge.runtime.register.PollPlanner;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.RegisterBlock;
import org.fieldbridge.runtime.register.TagAddress;
import org.junit.jupiter.api.Test;

/** A device's poll plan re-planned by measured cost and learned holes (issue 15 item 2). */
class AdaptivePollPlanTest {

    /**
     * 100 clusters of 2..41 registers, one every 60 addresses (gaps of 19..58): requests of different sizes, as on
     * any real map, tell the round trip from the time per register.
     */
    private static final List<TagAddress> MAP = IntStream.range(0, 100)
            .flatMap(c -> IntStream.range(0, 2 + c * 7 % 40).map(i -> c * 60 + i))
            .mapToObj(o -> TagAddress.of(1, RegisterArea.HOLDING_REGISTER, o, DataType.UINT16)).toList();

    /** One cycle against a device costing {@code roundTrip + registers x perRegister}, without the addresses in {@code missing}. */
    private static void cycle(AdaptivePollPlan plan, long roundTrip, long perRegister, Set<Integer> missing) throws Exception {
        for (RegisterBlock block : plan.blocks()) {
            List<BlockIsolation.Leaf> leaves = BlockIsolation.read(block, b -> {
                if (IntStream.rangeClosed(b.start(), b.end()).anyMatch(missing::contains)) {
                    return new BlockOutcome.Refused(2);
                }
                plan.answered(b, roundTrip + b.quantity() * perRegister + (b.start() % 7) * 100);
                return new BlockOutcome.Registers(new int[b.quantity()]);
            });
            plan.read(leaves);
        }
        plan.cycleEnded();
    }

    @Test
    void aFastLinkKeepsBridgingEveryGapARequestCanCover() throws Exception {
        AdaptivePollPlan plan = new AdaptivePollPlan(MAP, PollLimits.BY_COST);
        int bridged = plan.initial().requestCount();
        for (int i = 0; i < 20; i++) {
            cycle(plan, 150_000, 200, Set.of()); // loopback-like: 150 µs a request, 0.2 µs a register
        }
        assertEquals(bridged, plan.blocks().size());
        assertTrue(plan.cost().isPresent());
    }

    @Test
    void aSlowSerialGatewayStopsBridgingGapsThatCostMoreThanARequest() throws Exception {
        AdaptivePollPlan plan = new AdaptivePollPlan(MAP, PollLimits.BY_COST);
        int bridgeEverything = new PollPlanner(new PollLimits(125, 2000, 125, 2000)).plan(MAP).requestCount();
        assertEquals(bridgeEverything, plan.initial().requestCount(), "every gap bridged before measuring");
        for (int i = 0; i < 20; i++) {
            cycle(plan, 20_000_000, 2_300_000, Set.of()); // RTU at 9600 baud behind a gateway: 2.3 ms a register
        }
        assertEquals(8, plan.plannedLimits().maxRegisterGap(), "20 ms / 2.3 ms");
        assertEquals(100, plan.blocks().size(), "a gap of 19 registers costs more than a request here");
        assertTrue(plan.blocks().size() > bridgeEverything);
        assertTrue(plan.replans() >= 1);
    }

    @Test
    void explicitGapsAreNeverChangedByTheCost() throws Exception {
        AdaptivePollPlan plan = new AdaptivePollPlan(MAP, new PollLimits(125, 2000, 0, 0));
        for (int i = 0; i < 20; i++) {
            cycle(plan, 150_000, 200, Set.of());
        }
        assertEquals(100, plan.blocks().size());
        assertEquals(0, plan.replans());
    }

    @Test
    void learnedHolesSurviveARePlanByCost() throws Exception {
        AdaptivePollPlan plan = new AdaptivePollPlan(MAP, PollLimits.BY_COST);
        Set<Integer> missing = Set.of(45, 46); // in the gap between the first two clusters
        cycle(plan, 20_000_000, 2_300_000, missing);
        assertTrue(plan.holes().overlaps(1, RegisterArea.HOLDING_REGISTER, 45, 45));
        for (int i = 0; i < 20; i++) {
            cycle(plan, 20_000_000, 2_300_000, missing); // narrows the gaps
        }
        for (int i = 0; i < 40; i++) {
            cycle(plan, 150_000, 200, missing); // the link got fast again: bridging everything but the hole
        }
        assertEquals(PollLimits.BY_COST.maxRegisterGap(), plan.plannedLimits().maxRegisterGap());
        assertFalse(plan.blocks().stream().anyMatch(b -> b.start() <= 46 && b.end() >= 45), "the hole is not read again");
        int bridgeEverything = new PollPlanner(new PollLimits(125, 2000, 125, 2000)).plan(MAP).requestCount();
        assertTrue(plan.blocks().size() <= bridgeEverything + 1, "the bridged requests, at most one more at the hole");
    }
}
