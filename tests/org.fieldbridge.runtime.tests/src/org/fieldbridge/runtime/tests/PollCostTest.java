/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.PollCost;
import org.fieldbridge.runtime.register.PollLimits;
import org.fieldbridge.runtime.register.PollPlanner;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.junit.jupiter.api.Test;

/** The cost model that decides which gaps a poll plan bridges (issue 15 item 2). */
class PollCostTest {

    @Test
    void aGapIsBridgedWhileReadingItCostsLessThanARoundTrip() {
        PollCost cost = new PollCost(Duration.ofMillis(1), Duration.ofNanos(10_000));
        assertEquals(100, cost.bridgeableGap(RegisterArea.HOLDING_REGISTER));
        assertEquals(1_600, cost.bridgeableGap(RegisterArea.COIL), "16 bits travel in one register's two bytes");
        PollLimits limits = cost.limits(PollLimits.PROTOCOL);
        assertEquals(new PollLimits(125, 2000, 100, 1600), limits);
    }

    @Test
    void aFastLinkBridgesEveryGapOneRequestCanCover() {
        PollCost loopback = new PollCost(Duration.ofNanos(150_000), PollCost.SLOW_LINK_PER_REGISTER);
        assertEquals(new PollLimits(100, 2000, 46, 736), loopback.limits(new PollLimits(100, 2000, 0, 0)));
        PollCost plantNetwork = new PollCost(Duration.ofMillis(2), PollCost.SLOW_LINK_PER_REGISTER);
        assertEquals(new PollLimits(125, 2000, 125, 2000), plantNetwork.limits(PollLimits.PROTOCOL));
    }

    @Test
    void theMeasuredCostSeparatesRoundTripFromTransferTime() {
        PollCost cost = PollCost.measured(2, Duration.ofNanos(1_020_000), 102, Duration.ofNanos(2_020_000));
        assertEquals(Duration.ofNanos(10_000), cost.perRegister());
        assertEquals(Duration.ofMillis(1), cost.roundTrip());
        PollCost unknown = PollCost.measured(10, Duration.ofMillis(1), 10, Duration.ofMillis(1));
        assertEquals(PollCost.SLOW_LINK_PER_REGISTER, unknown.perRegister(), "nothing to tell the transfer time from");
    }

    @Test
    void aCostPlanOverClustersAndGapsNeedsNoMoreRequestsThanBridgingEverything() {
        List<TagAddress> map = clusteredMap(new Random(15));
        PollCost measuredOnAPlantNetwork = PollCost.measured(1, Duration.ofNanos(1_500_000), 125, Duration.ofNanos(1_900_000));
        int costPlan = new PollPlanner(measuredOnAPlantNetwork.limits(PollLimits.PROTOCOL)).plan(map).requestCount();
        int bridgeEverything = new PollPlanner(new PollLimits(125, 2000, 125, 2000)).plan(map).requestCount();
        int gapFree = new PollPlanner(PollLimits.PROTOCOL).plan(map).requestCount();
        assertTrue(costPlan <= bridgeEverything, costPlan + " requests against " + bridgeEverything);
        assertTrue(costPlan < gapFree, costPlan + " requests against the gap-free " + gapFree);
    }

    /** Clusters of 3..40 values of mixed types on two units and all four tables, with gaps of 1..60 addresses. */
    private static List<TagAddress> clusteredMap(Random random) {
        DataType[] types = { DataType.UINT16, DataType.INT16, DataType.FLOAT32, DataType.INT32, DataType.FLOAT64 };
        List<TagAddress> map = new ArrayList<>();
        for (int unit = 1; unit <= 2; unit++) {
            for (RegisterArea area : RegisterArea.values()) {
                int offset = 0;
                for (int cluster = 0; cluster < 40; cluster++) {
                    int values = 3 + random.nextInt(38);
                    for (int v = 0; v < values; v++) {
                        DataType type = area.isBits() ? DataType.BOOL : types[random.nextInt(types.length)];
                        map.add(TagAddress.of(unit, area, offset, type));
                        offset += area.isBits() ? 1 : type.registerCount();
                    }
                    offset += 1 + random.nextInt(60);
                }
            }
        }
        return map;
    }
}
