/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.PollLimits;
import org.fieldbridge.runtime.register.PollPlan;
import org.fieldbridge.runtime.register.PollPlanner;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.RegisterBlock;
import org.fieldbridge.runtime.register.TagAddress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Poll planning against the request limits of Modbus Application Protocol V1.1b3 §6.1–§6.4. */
class PollPlannerTest {

    private static final PollPlanner PROTOCOL = new PollPlanner(PollLimits.PROTOCOL);

    private static TagAddress holding(int offset, DataType type) {
        return TagAddress.of(1, RegisterArea.HOLDING_REGISTER, offset, type);
    }

    private static List<TagAddress> uint16Run(RegisterArea area, int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> TagAddress.of(1, area, i, DataType.UINT16)).toList();
    }

    private static String layout(PollPlan plan) {
        return plan.blocks().stream().map(b -> "FC" + b.area().readFunction() + ":" + b.start() + "+" + b.quantity())
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    @Test
    @DisplayName("adjacent values of one unit and table are read with one request")
    void adjacentValuesAreCoalesced() {
        PollPlan plan = PROTOCOL.plan(List.of(holding(0, DataType.FLOAT32), holding(2, DataType.INT16),
                holding(3, DataType.FLOAT64), holding(7, DataType.string(5))));
        assertEquals("FC3:0+12", layout(plan));
        assertEquals(4, plan.blocks().get(0).tags().size());
    }

    @Test
    @DisplayName("function 03 and 04 requests read at most 125 registers (§6.3, §6.4)")
    void registerRequestsReadAtMost125Registers() {
        List<TagAddress> tags = new ArrayList<>(uint16Run(RegisterArea.HOLDING_REGISTER, 0, 300));
        tags.addAll(uint16Run(RegisterArea.INPUT_REGISTER, 0, 126));
        PollPlan plan = PROTOCOL.plan(tags);
        assertEquals("FC3:0+125 FC3:125+125 FC3:250+50 FC4:0+125 FC4:125+1", layout(plan));
        assertEquals(PollPlan.physicalMinimum(tags), plan.requestCount());
    }

    @Test
    @DisplayName("function 01 and 02 requests read at most 2000 bits (§6.1, §6.2)")
    void bitRequestsReadAtMost2000Bits() {
        List<TagAddress> tags = new ArrayList<>();
        IntStream.range(0, 2500).forEach(i -> tags.add(TagAddress.of(1, RegisterArea.COIL, i, DataType.BOOL)));
        IntStream.range(10, 20).forEach(i -> tags.add(TagAddress.of(1, RegisterArea.DISCRETE_INPUT, i, DataType.BOOL)));
        assertEquals("FC1:0+2000 FC1:2000+500 FC2:10+10", layout(PROTOCOL.plan(tags)));
    }

    @Test
    @DisplayName("a value is never split over two requests")
    void aValueIsNeverSplitOverTwoRequests() {
        List<TagAddress> tags = new ArrayList<>(uint16Run(RegisterArea.HOLDING_REGISTER, 0, 124));
        tags.add(holding(124, DataType.FLOAT32));
        assertEquals("FC3:0+124 FC3:124+2", layout(PROTOCOL.plan(tags)));
    }

    @Test
    @DisplayName("the connection's own maximum is respected when it is below the protocol's")
    void theConnectionMaximumIsRespected() {
        PollPlanner planner = new PollPlanner(new PollLimits(50, 256, 0, 0));
        assertEquals("FC3:0+50 FC3:50+50", layout(planner.plan(uint16Run(RegisterArea.HOLDING_REGISTER, 0, 100))));
    }

    @Test
    @DisplayName("without an allowed gap, unmapped registers are never read")
    void withoutAGapUnmappedRegistersAreNotRead() {
        PollPlan plan = PROTOCOL.plan(List.of(holding(0, DataType.UINT16), holding(2, DataType.UINT16)));
        assertEquals("FC3:0+1 FC3:2+1", layout(plan));
    }

    @Test
    @DisplayName("gaps up to the maximum gap are read to save requests, larger ones are not")
    void gapsUpToTheMaximumAreBridged() {
        PollPlanner planner = new PollPlanner(new PollLimits(125, 2000, 10, 0));
        PollPlan plan = planner.plan(List.of(holding(0, DataType.FLOAT32), holding(12, DataType.UINT16),
                holding(24, DataType.UINT16)));
        assertEquals("FC3:0+13 FC3:24+1", layout(plan));
    }

    @Test
    @DisplayName("units and tables are never mixed in one request")
    void unitsAndTablesAreNotMixed() {
        PollPlan plan = PROTOCOL.plan(List.of(TagAddress.of(1, RegisterArea.HOLDING_REGISTER, 0, DataType.UINT16),
                TagAddress.of(2, RegisterArea.HOLDING_REGISTER, 1, DataType.UINT16),
                TagAddress.of(1, RegisterArea.INPUT_REGISTER, 1, DataType.UINT16)));
        assertEquals(3, plan.requestCount());
    }

    @Test
    @DisplayName("a value read twice (two tags, one address) costs no extra request")
    void aSharedAddressIsReadOnce() {
        PollPlan plan = PROTOCOL.plan(List.of(holding(5, DataType.bit(0)), holding(5, DataType.bit(3)),
                holding(5, DataType.bit(0)), holding(4, DataType.FLOAT32)));
        assertEquals("FC3:4+2", layout(plan));
        assertEquals(3, plan.tagCount());
    }

    @Test
    @DisplayName("a value larger than one request may read is a configuration error")
    void aValueLargerThanARequestIsRefused() {
        PollPlanner planner = new PollPlanner(new PollLimits(10, 2000, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> planner.plan(List.of(holding(0, DataType.string(11)))));
    }

    @Test
    @DisplayName("limits beyond the protocol's are refused (§6.1, §6.3)")
    void limitsBeyondTheProtocolAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PollLimits(126, 2000, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PollLimits(125, 2001, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new PollLimits(0, 2000, 0, 0));
    }

    @Test
    @DisplayName("the physical minimum counts ceil(run / 125) per contiguous run of mapped registers")
    void thePhysicalMinimumCountsContiguousRuns() {
        List<TagAddress> tags = new ArrayList<>(uint16Run(RegisterArea.HOLDING_REGISTER, 0, 250));
        tags.addAll(uint16Run(RegisterArea.HOLDING_REGISTER, 300, 1));
        tags.add(holding(301, DataType.FLOAT64));
        assertEquals(3, PollPlan.physicalMinimum(tags));
    }

    @Test
    @DisplayName("splitting a block halves it between values and each half reads only what it needs")
    void splittingHalvesBetweenValues() {
        PollPlanner bridging = new PollPlanner(new PollLimits(125, 2000, 10, 0));
        RegisterBlock block = bridging.plan(List.of(holding(0, DataType.FLOAT32), holding(2, DataType.UINT16),
                holding(5, DataType.FLOAT32), holding(9, DataType.UINT16))).blocks().get(0);
        assertEquals(0, block.start());
        List<RegisterBlock> halves = block.split();
        assertEquals(0, halves.get(0).start());
        assertEquals(3, halves.get(0).quantity());
        assertEquals(5, halves.get(1).start());
        assertEquals(5, halves.get(1).quantity());
    }

    @Test
    @DisplayName("on random maps the planner needs exactly as many requests as an exhaustive search")
    void thePlannerIsOptimalOnRandomMaps() {
        java.util.Random random = new java.util.Random(17);
        DataType[] types = { DataType.UINT16, DataType.FLOAT32, DataType.FLOAT64, DataType.string(5) };
        for (int round = 0; round < 200; round++) {
            PollLimits limits = new PollLimits(5 + random.nextInt(20), 2000, random.nextInt(4), 0);
            List<TagAddress> tags = new ArrayList<>();
            int offset = 0;
            for (int i = 0; i < 5 + random.nextInt(30); i++) {
                DataType type = types[random.nextInt(types.length)];
                if (type.registerCount() > limits.maxRegisters()) {
                    continue;
                }
                tags.add(holding(offset, type));
                offset += type.registerCount() + (random.nextInt(3) == 0 ? random.nextInt(6) : 0);
            }
            assertEquals(exhaustiveMinimum(tags, limits), new PollPlanner(limits).plan(tags).requestCount(),
                    "round " + round + " with " + limits);
        }
    }

    /** Fewest requests by dynamic programming over every way to cut the sorted values into requests. */
    private static int exhaustiveMinimum(List<TagAddress> sorted, PollLimits limits) {
        int n = sorted.size();
        int[] best = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            best[i] = Integer.MAX_VALUE;
            for (int j = i - 1; j >= 0; j--) {
                boolean gapsOk = true;
                for (int k = j + 1; k < i; k++) {
                    gapsOk &= sorted.get(k).offset() - sorted.get(k - 1).lastOffset() - 1 <= limits.maxRegisterGap();
                }
                int span = sorted.get(i - 1).lastOffset() - sorted.get(j).offset() + 1;
                if (gapsOk && span <= limits.maxRegisters() && best[j] != Integer.MAX_VALUE) {
                    best[i] = Math.min(best[i], best[j] + 1);
                }
            }
        }
        return best[n];
    }

    @Test
    @DisplayName("a block whose values all start at one address cannot be split further")
    void aSingleAddressBlockCannotBeSplit() {
        RegisterBlock block = PROTOCOL.plan(List.of(holding(7, DataType.bit(1)), holding(7, DataType.bit(2)))).blocks().get(0);
        assertFalse(block.canSplit());
        assertThrows(IllegalStateException.class, block::split);
        assertTrue(PROTOCOL.plan(List.of(holding(7, DataType.UINT16), holding(8, DataType.UINT16))).blocks().get(0).canSplit());
    }
}
