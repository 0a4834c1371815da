/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.PollLimits;
import org.fieldbridge.runtime.register.PollPlanner;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The default poll plan (gaps by measured cost, issue 15 item 2) against a real j2mod slave on 127.0.0.1 that
 * counts the requests it serves and the ones it refuses with exception 02 (Modbus V1.1b3 §7).
 */
@Timeout(60)
class ModbusPollerCostPlanTest {

    private static final int UNIT = 1;
    private static final int CYCLES = 40;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
    }

    private ModbusPoller poller(ModbusConnection connection, List<ModbusTag> tags) {
        ModbusPoller poller = new ModbusPoller(connection.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)), tags,
                (signal, sample) -> { });
        closeables.add(0, poller);
        return poller;
    }

    private LoopbackSlave slave() {
        LoopbackSlave slave = new LoopbackSlave(UNIT);
        closeables.add(slave);
        return slave;
    }

    @Test
    @DisplayName("on a map with clusters and gaps the default plan needs no more requests than bridging every gap")
    void theDefaultPlanNeedsNoMoreRequestsThanBridgingEverything() throws Exception {
        List<ModbusTag> tags = clusteredMap(new Random(15));
        LoopbackSlave slave = slave();
        fillEveryAddress(slave, tags);
        slave.start();
        ModbusPoller poller = poller(slave.connection(), tags);
        List<TagAddress> addresses = tags.stream().map(ModbusTag::address).toList();
        int bridgeEverything = new PollPlanner(new PollLimits(125, 2000, 125, 2000)).plan(addresses).requestCount();
        int gapFree = new PollPlanner(PollLimits.PROTOCOL).plan(addresses).requestCount();

        for (int cycle = 0; cycle < CYCLES; cycle++) {
            poller.pollOnce();
        }
        long before = slave.readRequests();
        poller.pollOnce();
        long lastCycle = slave.readRequests() - before;

        assertTrue(poller.measuredCost().isPresent(), "the poller measured its device");
        assertTrue(lastCycle <= bridgeEverything, lastCycle + " requests per cycle against " + bridgeEverything
                + " bridging everything (cost " + poller.measuredCost().get() + ", " + poller.plannedLimits() + ")");
        assertTrue(lastCycle < gapFree, lastCycle + " requests per cycle against the gap-free " + gapFree);
        assertEquals(0, slave.refusedReads(), "every address exists on this device");
        tags.forEach(t -> assertTrue(poller.latest(t.name()).quality().isGood(), t.name()));
    }

    @Test
    @DisplayName("a hole of illegal addresses between mapped blocks is refused on the first cycle, then never read again")
    void aRefusedHoleIsRefusedOnceAndNeverReadAgain() throws Exception {
        LoopbackSlave slave = slave();
        List<ModbusTag> tags = new ArrayList<>();
        for (int block = 0; block < 6; block++) {
            int start = block * 40; // 20 mapped registers, then 20 the device does not have
            for (int i = 0; i < 20; i++) {
                slave.holding(start + i, start + i);
                tags.add(ModbusTag.of("r" + (start + i), TagAddress.of(UNIT, RegisterArea.HOLDING_REGISTER, start + i,
                        DataType.UINT16)));
            }
        }
        slave.start();
        ModbusPoller poller = poller(slave.connection(), tags);
        assertEquals(2, poller.plan().requestCount(), "gaps by cost start bridging every gap a request can cover");

        poller.pollOnce();
        long refusedOnce = slave.refusedReads();
        assertTrue(refusedOnce > 0, "the device refused the bridged holes");
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            poller.pollOnce();
        }

        assertEquals(refusedOnce, slave.refusedReads(), "no exception after the cycle that learned the holes, over "
                + CYCLES + " cycles and " + poller.measuredCost().map(Object::toString).orElse("no cost"));
        assertEquals(6, poller.currentBlocks().size(), "one request per mapped block, as without gaps");
        tags.forEach(t -> assertTrue(poller.latest(t.name()).quality().isGood(), t.name()));
    }

    @Test
    @DisplayName("max gap 0 set explicitly is kept: no unmapped address is ever read, whatever the cost")
    void anExplicitGapIsHonoured() throws Exception {
        LoopbackSlave slave = slave();
        List<ModbusTag> tags = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            slave.holding(i * 3, i);
            tags.add(ModbusTag.of("r" + i, TagAddress.of(UNIT, RegisterArea.HOLDING_REGISTER, i * 3, DataType.UINT16)));
        }
        slave.start();
        ModbusPoller poller = poller(slave.connection().withLimits(PollLimits.PROTOCOL), tags);
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            poller.pollOnce();
        }
        assertEquals(10, poller.currentBlocks().size());
        assertEquals(0, slave.refusedReads());
        assertEquals(PollLimits.PROTOCOL, poller.plannedLimits());
    }

    /** Every address each table of the map spans, so that the device refuses nothing. */
    private static void fillEveryAddress(LoopbackSlave slave, List<ModbusTag> tags) {
        for (RegisterArea area : RegisterArea.values()) {
            int last = tags.stream().map(ModbusTag::address).filter(a -> a.area() == area).mapToInt(TagAddress::lastOffset)
                    .max().orElse(-1);
            for (int offset = 0; offset <= last; offset++) {
                switch (area) {
                case HOLDING_REGISTER -> slave.holding(offset, offset & 0x7FFF);
                case INPUT_REGISTER -> slave.input(offset, offset & 0x7FFF);
                case COIL -> slave.coils(offset, offset % 2 == 0);
                case DISCRETE_INPUT -> slave.discreteInputs(offset, offset % 3 == 0);
                }
            }
        }
    }

    /**
     * Clusters of 3..40 values of mixed types in all four tables, with gaps of 1..30 addresses: on loopback a round
     * trip is worth 90..125 registers (measured 7 µs against 50..75 ns per register), so every gap pays.
     */
    private static List<ModbusTag> clusteredMap(Random random) {
        DataType[] types = { DataType.UINT16, DataType.INT16, DataType.FLOAT32, DataType.INT32, DataType.FLOAT64 };
        List<ModbusTag> map = new ArrayList<>();
        for (RegisterArea area : RegisterArea.values()) {
            int offset = 0;
            for (int cluster = 0; cluster < 30; cluster++) {
                int values = 3 + random.nextInt(38);
                for (int v = 0; v < values; v++) {
                    DataType type = area.isBits() ? DataType.BOOL : types[random.nextInt(types.length)];
                    map.add(ModbusTag.of(area + "@" + offset, TagAddress.of(UNIT, area, offset, type)));
                    offset += area.isBits() ? 1 : type.registerCount();
                }
                offset += 1 + random.nextInt(30);
            }
        }
        return map;
    }
}
