/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.conditioning.Conditioning;
import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.PollCost;
import org.fieldbridge.runtime.register.PollLimits;
import org.fieldbridge.runtime.register.PollPlanner;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.runtime.register.WordOrder;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The poller against a real j2mod slave on 127.0.0.1, one synchronous poll cycle at a time. Clauses refer
 * to the Modbus Application Protocol Specification V1.1b3.
 */
@Timeout(30)
class ModbusPollerLoopbackTest {

    private static final int UNIT = 1;
    private final Map<String, Sample> reported = new ConcurrentHashMap<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
    }

    private ModbusPoller poller(ModbusConnection connection, List<ModbusTag> tags) {
        ModbusPoller poller = new ModbusPoller(connection.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)), tags,
                reported::put);
        closeables.add(0, poller);
        return poller;
    }

    private LoopbackSlave slave() {
        LoopbackSlave slave = new LoopbackSlave(UNIT);
        closeables.add(slave);
        return slave;
    }

    private static ModbusTag tag(String name, RegisterArea area, int offset, DataType type, ByteOrder b, WordOrder w) {
        return ModbusTag.of(name, new TagAddress(UNIT, area, offset, type, b, w));
    }

    private static ModbusTag holding(String name, int offset, DataType type) {
        return ModbusTag.of(name, TagAddress.of(UNIT, RegisterArea.HOLDING_REGISTER, offset, type));
    }

    @Test
    @DisplayName("values of every table and type decode correctly from one coalesced request per table (§6.1–§6.4)")
    void valuesDecodeCorrectly() throws Exception {
        LoopbackSlave slave = slave()
                .holding(0, 0x42F6, 0xE979, 0xFFFE, 0x2800, 0xEE6B, 0x5461, 0x6E6B, 0x3700, 0b0000_0000_0001_0100, 0x79E9, 0xF642)
                .input(0, 0x405E, 0xDD2F, 0x1A9F, 0xBE77, 1200)
                .coils(0, true, false, true)
                .discreteInputs(0, false, true)
                .start();
        List<ModbusTag> tags = List.of(
                holding("float ABCD", 0, DataType.FLOAT32),
                holding("int16", 2, DataType.INT16),
                tag("uint32 CDAB", RegisterArea.HOLDING_REGISTER, 3, DataType.UINT32, ByteOrder.BIG_ENDIAN, WordOrder.LOW_WORD_FIRST),
                holding("text", 5, DataType.string(3)),
                holding("bit 2", 8, DataType.bit(2)),
                holding("bit 3", 8, DataType.bit(3)),
                tag("float DCBA", RegisterArea.HOLDING_REGISTER, 9, DataType.FLOAT32, ByteOrder.LITTLE_ENDIAN, WordOrder.LOW_WORD_FIRST),
                ModbusTag.of("double", TagAddress.of(UNIT, RegisterArea.INPUT_REGISTER, 0, DataType.FLOAT64)),
                new ModbusTag("level", TagAddress.of(UNIT, RegisterArea.INPUT_REGISTER, 4, DataType.UINT16),
                        Conditioning.IDENTITY.withScaling(0.1, 0)),
                ModbusTag.of("coil 0", TagAddress.of(UNIT, RegisterArea.COIL, 0, DataType.BOOL)),
                ModbusTag.of("coil 1", TagAddress.of(UNIT, RegisterArea.COIL, 1, DataType.BOOL)),
                ModbusTag.of("coil 2", TagAddress.of(UNIT, RegisterArea.COIL, 2, DataType.BOOL)),
                ModbusTag.of("input 1", TagAddress.of(UNIT, RegisterArea.DISCRETE_INPUT, 1, DataType.BOOL)));
        ModbusPoller poller = poller(slave.connection(), tags);
        assertEquals(4, poller.plan().requestCount(), "one request per table");
        assertTrue(poller.latest("int16").quality().is(Quality.BAD_WAITING_FOR_INITIAL_DATA));

        poller.pollOnce();

        assertEquals(123.456, value(poller, "float ABCD"), 1e-4);
        assertEquals(-2.0, value(poller, "int16"));
        assertEquals(4_000_000_000.0, value(poller, "uint32 CDAB"));
        assertEquals("Tank7", poller.latest("text").value());
        assertEquals(true, poller.latest("bit 2").value());
        assertEquals(false, poller.latest("bit 3").value());
        assertEquals(123.456, value(poller, "float DCBA"), 1e-4);
        assertEquals(123.456, value(poller, "double"));
        assertEquals(120.0, value(poller, "level"), 1e-9);
        assertEquals(List.of(true, false, true), List.of(poller.latest("coil 0").value(), poller.latest("coil 1").value(),
                poller.latest("coil 2").value()));
        assertEquals(true, poller.latest("input 1").value());
        tags.forEach(t -> assertTrue(poller.latest(t.name()).quality().isGood(), t.name()));
        assertEquals(4, poller.statistics().requests());
        assertEquals(tags.size(), reported.size(), "every tag was reported to the sink");
    }

    private static double value(ModbusPoller poller, String tag) {
        return poller.latest(tag).doubleValue();
    }

    @Test
    @DisplayName("exception 02 inside a coalesced block makes only the unmapped register Bad; its neighbours stay Good (§7)")
    void anIllegalAddressInABlockIsIsolated() throws Exception {
        LoopbackSlave slave = slave().holding(0, 10, 11, 12, 13, 14).holding(6, 16, 17, 18, 19).start(); // 5 is a hole
        List<ModbusTag> tags = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tags.add(holding("r" + i, i, DataType.UINT16));
        }
        ModbusPoller poller = poller(slave.connection(), tags);
        assertEquals(1, poller.plan().requestCount());

        poller.pollOnce();

        Sample bad = poller.latest("r5");
        assertTrue(bad.quality().is(Quality.BAD_CONFIGURATION_ERROR), bad.toString());
        assertTrue(bad.quality().detail().contains("02"), bad.quality().detail());
        assertNull(bad.value());
        for (int i = 0; i < 10; i++) {
            if (i != 5) {
                assertTrue(poller.latest("r" + i).quality().isGood(), "r" + i);
                assertEquals(10 + i, poller.latest("r" + i).value());
            }
        }
        long firstCycle = poller.statistics().requests();
        int leaves = poller.currentBlocks().size();
        assertTrue(leaves >= 3 && firstCycle <= 2 * 10 - 1, leaves + " leaves, " + firstCycle + " requests");

        slave.setHolding(0, 99);
        poller.pollOnce();
        assertEquals(leaves, poller.statistics().requests() - firstCycle, "later cycles reuse the isolated blocks");
        assertEquals(99, poller.latest("r0").value());
        assertTrue(poller.latest("r5").quality().isBad());
    }

    @Test
    @DisplayName("a change in any register of a value is reported, also in the last word of a FLOAT64 or a long string; a repeat is not")
    void everyChangedRegisterIsReportedAndARepeatIsNot() throws Exception {
        LoopbackSlave slave = slave().holding(0, 0x405E, 0xDD2F, 0x1A9F, 0xBE77, 7, 0x5461, 0x6E6B, 0x3100).start();
        List<ModbusTag> tags = List.of(holding("double", 0, DataType.FLOAT64), holding("level", 4, DataType.UINT16),
                holding("text", 5, DataType.string(3)));
        List<String> changes = new ArrayList<>();
        ModbusPoller poller = new ModbusPoller(slave.connection().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                tags, (name, sample) -> changes.add(name + "=" + sample.value()));
        closeables.add(0, poller);
        poller.pollOnce();
        assertEquals(3, changes.size(), changes.toString());
        changes.clear();

        poller.pollOnce();
        assertEquals(List.of(), changes, "nothing changed");

        slave.setHolding(3, 0xBE78); // the last word of the double
        slave.setHolding(7, 0x3200); // the last word of the text: "Tank1" -> "Tank2"
        poller.pollOnce();
        assertEquals(2, changes.size(), changes.toString());
        assertTrue(changes.contains("text=Tank2"), changes.toString());
        assertTrue(poller.latest("double").doubleValue() != 123.456, poller.latest("double").toString());
        changes.clear();

        slave.setHolding(4, 8);
        poller.pollOnce();
        slave.setHolding(4, 7);
        poller.pollOnce();
        poller.pollOnce();
        assertEquals(List.of("level=8", "level=7"), changes, "each change once, the repeat not");
    }

    @Test
    @DisplayName("every answered read confirms a value, a repeated one and a refused one too; a lost device confirms nothing")
    void answeredReadsConfirmValuesAndALostDeviceDoesNot() throws Exception {
        LoopbackSlave slave = slave().holding(0, 10, 11).holding(3, 13).start(); // 2 is a hole
        List<ModbusTag> tags = List.of(holding("a", 0, DataType.UINT16), holding("b", 1, DataType.UINT16),
                holding("hole", 2, DataType.UINT16), holding("d", 3, DataType.UINT16));
        ModbusPoller poller = poller(slave.connection(), tags);
        assertNull(poller.confirmedAt("a"), "nothing read yet");
        assertNull(poller.confirmedAt("no such tag"));

        poller.pollOnce();
        Instant first = poller.confirmedAt("a");
        assertNotNull(first);
        tags.forEach(t -> assertEquals(first, poller.confirmedAt(t.name()), t.name() + ": one block, one moment"));
        Sample repeated = poller.latest("b");

        Thread.sleep(5);
        poller.pollOnce();
        Instant second = poller.confirmedAt("a");
        assertTrue(second.isAfter(first), second + " after " + first);
        assertTrue(poller.confirmedAt("b").isAfter(first), "b");
        assertEquals(repeated, poller.latest("b"), "the same value: no new sample, only a confirmation");
        assertTrue(poller.confirmedAt("hole").isAfter(first), "the device's refusal is current too");

        slave.close();
        Thread.sleep(5);
        poller.pollOnce();
        assertTrue(poller.latest("a").quality().isBad(), poller.latest("a").toString());
        assertEquals(second, poller.confirmedAt("a"), "a lost device confirms nothing");
    }

    @Test
    @DisplayName("a hole the cost model bridges but the device refuses is learned on the first cycle, never asked again")
    void aRefusedBridgedHoleIsLearnedOnce() throws Exception {
        LoopbackSlave slave = slave().holding(0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9).holding(20, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29)
                .holding(60, 60, 61, 62, 63); // 10..19 and 30..59 are holes of this device
        slave.start();
        List<ModbusTag> tags = new ArrayList<>();
        for (int i : new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 60, 61, 62, 63 }) {
            tags.add(holding("r" + i, i, DataType.UINT16));
        }
        PollLimits bridging = new PollCost(Duration.ofMillis(1), PollCost.SLOW_LINK_PER_REGISTER).limits(PollLimits.PROTOCOL);
        ModbusPoller poller = poller(slave.connection().withLimits(bridging), tags);
        int gapFree = new PollPlanner(PollLimits.PROTOCOL).plan(tags.stream().map(ModbusTag::address).toList()).requestCount();
        assertEquals(1, poller.plan().requestCount(), "both holes bridged");

        poller.pollOnce();
        long refusedOnFirstCycle = poller.health().snapshot().failedRequests();
        assertTrue(refusedOnFirstCycle > 0, "the device refused the bridged holes");
        long requestsBefore = poller.statistics().requests();
        for (int cycle = 0; cycle < 10; cycle++) {
            poller.pollOnce();
        }
        assertEquals(refusedOnFirstCycle, poller.health().snapshot().failedRequests(), "no exception after the first cycle");
        long perCycle = (poller.statistics().requests() - requestsBefore) / 10;
        assertTrue(perCycle <= gapFree, perCycle + " requests per cycle against " + gapFree + " without gaps");
        for (ModbusTag tag : tags) {
            assertTrue(poller.latest(tag.name()).quality().isGood(), tag.name() + " " + poller.latest(tag.name()));
        }
    }

    @Test
    @DisplayName("an unmapped coil inside a coalesced FC01 request is isolated too (§6.1, §7)")
    void anIllegalCoilIsIsolated() throws Exception {
        LoopbackSlave slave = slave().coils(0, true, false, true).coils(4, true).start(); // coil 3 is a hole
        List<ModbusTag> tags = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tags.add(ModbusTag.of("c" + i, TagAddress.of(UNIT, RegisterArea.COIL, i, DataType.BOOL)));
        }
        ModbusPoller poller = poller(slave.connection(), tags);
        assertEquals(1, poller.plan().requestCount());
        poller.pollOnce();
        assertTrue(poller.latest("c3").quality().is(Quality.BAD_CONFIGURATION_ERROR), poller.latest("c3").toString());
        assertEquals(List.of(true, false, true, true), List.of(poller.latest("c0").value(), poller.latest("c1").value(),
                poller.latest("c2").value(), poller.latest("c4").value()));
    }

    @Test
    @DisplayName("a device that accepts the connection but never answers makes every tag Bad_Timeout, keeping its last value")
    void aSilentDeviceTimesOut() throws Exception {
        LoopbackSlave slave = slave().holding(0, 7).start();
        ModbusPoller good = poller(slave.connection(), List.of(holding("t", 0, DataType.UINT16)));
        good.pollOnce();
        assertEquals(7, good.latest("t").value());

        SilentDevice silent = new SilentDevice();
        closeables.add(silent);
        ModbusConnection connection = ModbusConnection.to(LoopbackSlave.ADDRESS, silent.port())
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(300));
        ModbusPoller poller = new ModbusPoller(connection, List.of(holding("t", 0, DataType.UINT16)), (s, v) -> { });
        closeables.add(0, poller);
        long start = System.nanoTime();
        poller.pollOnce();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(poller.latest("t").quality().is(Quality.BAD_TIMEOUT), poller.latest("t").toString());
        assertEquals("no answer within 300 ms", poller.latest("t").quality().detail(), "in plant words");
        assertTrue(took.compareTo(Duration.ofMillis(1500)) < 0, "the cycle ends with the response timeout, took " + took);
        assertEquals(1, poller.statistics().reconnectFailures());
    }

    @Test
    @DisplayName("a connection refused makes every tag Bad_CommunicationError")
    void aRefusedConnectionIsACommunicationError() throws Exception {
        ModbusConnection nobody = ModbusConnection.to(LoopbackSlave.ADDRESS, LoopbackPort.free());
        ModbusPoller poller = poller(nobody, List.of(holding("a", 0, DataType.UINT16), holding("b", 1, DataType.UINT16)));
        poller.pollOnce();
        assertTrue(poller.latest("a").quality().is(Quality.BAD_COMMUNICATION_ERROR), poller.latest("a").toString());
        assertTrue(poller.latest("b").quality().is(Quality.BAD_COMMUNICATION_ERROR));
        assertEquals("connection refused", poller.latest("a").quality().detail(), "in plant words");
        assertTrue(!poller.statistics().connected());
    }
}
