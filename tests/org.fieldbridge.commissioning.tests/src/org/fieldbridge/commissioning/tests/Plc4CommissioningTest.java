/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.fieldbridge.commissioning.Commissioning;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.EndpointOverrides;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.connect.LinkState;
import org.fieldbridge.commissioning.connect.ModbusLink;
import org.fieldbridge.commissioning.live.LiveReader;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.commissioning.scan.Expectation;
import org.fieldbridge.commissioning.scan.RankedDecoding;
import org.fieldbridge.commissioning.scan.RegisterScan;
import org.fieldbridge.commissioning.scan.ScanResult;
import org.fieldbridge.runtime.register.ByteOrder;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.WordOrder;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commissioning of the example plant's PLC4 (the simulator's Modbus controller on a free loopback port): the
 * riverside files resolved with the language's facts, scans ranked against the signal, live reads through the
 * runtime's conditioning, a wrong word order found and its fix proposed. The simulation clock does not run, so
 * values are stable between reads.
 */
@Timeout(120)
@DisplayName("Commissioning PLC4 of the example plant")
class Plc4CommissioningTest {

    private static final Commissioning COMMISSIONING = Commissioning.standalone();
    private static Simulator simulator;
    private static int port;

    @BeforeAll
    static void startSimulator() throws Exception {
        port = LoopbackPort.free();
        simulator = RiversideSimulation.create(port, null, 1.0);
        simulator.startControllers();
        for (int i = 0; i < 60; i++) { // six simulated seconds: the rectifier currents have ramped up
            simulator.tick();
        }
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private static CommissioningModel riverside(Path folder) throws IOException {
        CommissioningModel.Loaded loaded = COMMISSIONING.load(List.of(folder));
        assertTrue(loaded.errors().isEmpty(), () -> "riverside has errors: " + loaded.errors());
        return loaded.model().with(EndpointOverrides.parse(List.of("PLC4=127.0.0.1:" + port), loaded.model()));
    }

    private static MappedValue mapping(CommissioningModel model, String name) {
        List<MappedValue> found = model.mappingsNamed(name);
        assertEquals(1, found.size(), () -> name + ": " + found);
        return found.get(0);
    }

    @Test
    @DisplayName("resolves a mapping into the generator's facts: canonical address, type, orders, range, unit")
    void resolvesMappingsWithTheGeneratorsFacts() throws IOException {
        CommissioningModel model = riverside(RepositoryRoot.riverside());
        MappedValue current = mapping(model, "Tank1.RectifierCurrent");
        assertEquals("holding:2", current.canonical());
        assertEquals("4x0003", current.written());
        assertEquals(RegisterArea.HOLDING_REGISTER, current.address().area());
        assertEquals(2, current.address().offset());
        assertEquals(DataType.FLOAT32, current.address().type());
        assertEquals(ByteOrder.BIG_ENDIAN, current.address().byteOrder());
        assertEquals(WordOrder.LOW_WORD_FIRST, current.address().wordOrder());
        assertEquals(0, current.low());
        assertEquals(3000, current.high());
        assertEquals("A", current.unit());
        MappedValue temp = mapping(model, "Tank3.BathTemp");
        assertEquals(0.1, temp.conditioning().scale(), 1e-12);
        Controller.Modbus plc4 = (Controller.Modbus) model.controller("PLC4").orElseThrow();
        assertEquals(port, plc4.port());
        assertEquals(1, plc4.unitId());
    }

    @Test
    @DisplayName("refuses a .twin file with errors with the checker's findings, not a stack trace")
    void refusesFilesWithErrors(@TempDir Path dir) throws IOException {
        Path folder = copyOfRiverside(dir);
        Path twin = folder.resolve("riverside.twin");
        Files.writeString(twin, Files.readString(twin).replace("4x0003 float32", "4x0003 float99"));
        CommissioningModel.Loaded loaded = COMMISSIONING.load(List.of(folder));
        assertNull(loaded.model());
        assertFalse(loaded.errors().isEmpty());
        assertTrue(loaded.errors().get(0).format().startsWith(folder.resolve("riverside.twin").toString() + ":"),
                loaded.errors().get(0).format());
    }

    @Test
    @DisplayName("scanning Tank1.RectifierCurrent (PLC4's CDAB float) ranks CDAB first given the signal's range 0 .. 3000 A")
    void scanRanksCdabFirstGivenTheRange() throws Exception {
        CommissioningModel model = riverside(RepositoryRoot.riverside());
        MappedValue current = mapping(model, "Tank1.RectifierCurrent");
        // the range alone decides: forget how the mapping reads it today
        Expectation fromRange = new Expectation(current.low(), current.high(), current.unit(),
                current.conditioning(), Double.NaN, false, null, null, null);
        try (ModbusLink link = new ModbusLink((Controller.Modbus) model.controller("PLC4").orElseThrow(),
                Clock.systemUTC())) {
            ScanResult result = RegisterScan.scan(link, 1, RegisterArea.HOLDING_REGISTER, 2, 0, fromRange);
            RankedDecoding best = result.best().orElseThrow();
            assertEquals("CDAB", best.decoding().order(), () -> lines(result));
            assertEquals("float32 { byte order big, word order little }", best.twinOptions());
            assertEquals(simulator.value("Tank1.RectifierCurrent"), best.engineering(), 0.01);
            assertEquals(LinkState.CONNECTED, link.status().state());
        }
    }

    @Test
    @DisplayName("a value read off the HMI in degrees finds an int16 holding tenths and suggests scale 0.1")
    void expectedValueSuggestsTheScale() throws Exception {
        CommissioningModel model = riverside(RepositoryRoot.riverside());
        double hmi = Math.round(simulator.value("Tank3.BathTemp") * 10) / 10.0;
        try (ModbusLink link = new ModbusLink((Controller.Modbus) model.controller("PLC4").orElseThrow(),
                Clock.systemUTC())) {
            ScanResult result = RegisterScan.scan(link, 1, RegisterArea.HOLDING_REGISTER, 20, 1,
                    Expectation.NONE.expecting(hmi));
            RankedDecoding best = result.best().orElseThrow();
            assertEquals("AB", best.decoding().order(), () -> lines(result));
            assertTrue(best.suggestedScale(), () -> lines(result));
            assertEquals(0.1, best.scale(), 1e-12);
            assertTrue(best.twinOptions().endsWith("{ byte order big, scale 0.1 }"), best.twinOptions());
        }
    }

    @Test
    @DisplayName("read over the riverside file returns Good values for every PLC4 mapping, as the runtime conditions them")
    void readReturnsGoodValuesForPlc4() throws IOException {
        CommissioningModel model = riverside(RepositoryRoot.riverside());
        LiveReader reader = new LiveReader(Clock.systemUTC());
        try {
            List<LiveValue> values = reader.readAll(model);
            assertEquals(model.mappings().size(), values.size());
            List<LiveValue> plc4 = values.stream().filter(v -> v.mapping().connection().equals("PLC4")).toList();
            assertEquals(12, plc4.size());
            for (LiveValue v : plc4) {
                assertTrue(v.quality().isGood(), () -> v.mapping().signal() + ": " + v.quality());
                assertTrue(v.fix().isEmpty(), () -> v.mapping().signal() + ": " + v.fix());
            }
            LiveValue temp = plc4.stream().filter(v -> v.mapping().isNamed("Tank3.BathTemp")).findFirst().orElseThrow();
            assertEquals(simulator.value("Tank3.BathTemp"), ((Number) temp.sample().value()).doubleValue(), 0.1 + 1e-9);
            assertTrue(temp.raw() instanceof Integer, temp.rawText());
        } finally {
            reader.close();
        }
    }

    @Test
    @DisplayName("a mapping written with the wrong word order is found by read, and the CDAB fix is proposed")
    void wrongWordOrderIsDetectedAndTheFixProposed(@TempDir Path dir) throws Exception {
        Path folder = copyOfRiverside(dir);
        Path twin = folder.resolve("riverside.twin");
        Files.writeString(twin, Files.readString(twin).replace("\"Rect_Amps_1\" -> Tank1.RectifierCurrent { unit A }",
                "\"Rect_Amps_1\" -> Tank1.RectifierCurrent { unit A, word order big }"));
        CommissioningModel model = riverside(folder);
        MappedValue wrong = mapping(model, "Tank1.RectifierCurrent");
        assertEquals(WordOrder.HIGH_WORD_FIRST, wrong.address().wordOrder());
        LiveReader reader = new LiveReader(Clock.systemUTC());
        try {
            LiveValue value = reader.readAll(model).stream().filter(v -> v.mapping().equals(wrong)).findFirst()
                    .orElseThrow();
            assertFalse(value.quality().isGood(), value.quality().toString());
            assertTrue(value.fix().isPresent(), value.rawText());
            assertEquals("CDAB", value.fix().get().decoding().decoding().order());
            assertTrue(value.fix().get().describe().contains(
                    "write float32 { byte order big, word order little } at riverside.twin:25"), value.fix().get().describe());
        } finally {
            reader.close();
        }
        // the scan of the same mapping says the same, and names how it reads today
        try (ModbusLink link = new ModbusLink((Controller.Modbus) model.controller("PLC4").orElseThrow(),
                Clock.systemUTC())) {
            ScanResult result = RegisterScan.scan(link, 1, RegisterArea.HOLDING_REGISTER, 2, 2, Expectation.of(wrong));
            assertEquals("CDAB", result.best().orElseThrow().decoding().order(), () -> lines(result));
            RankedDecoding asMapped = result.ranked().stream().filter(RankedDecoding::current).findFirst().orElseThrow();
            assertEquals("ABCD", asMapped.decoding().order());
            assertFalse(asMapped.plausible() && asMapped.inRange(), asMapped.note());
        }
    }

    @Test
    @DisplayName("a controller that is not there gives a failed link with 'connection refused', no exception text")
    void refusedConnectionIsReportedInPlantWords() {
        Controller.Modbus nowhere = new Controller.Modbus("PLC9", "127.0.0.1", LoopbackPort.free(), 1,
                java.time.Duration.ofMillis(500), java.time.Duration.ofMillis(500), 125, 0);
        try (ModbusLink link = new ModbusLink(nowhere, Clock.systemUTC())) {
            var status = link.connect();
            assertEquals(LinkState.FAILED, status.state());
            assertEquals("connection refused", status.lastError());
            assertNotNull(status.lastErrorAt());
        }
    }

    static Path copyOfRiverside(Path dir) throws IOException {
        Path folder = dir.resolve("riverside");
        Files.createDirectories(folder);
        for (String name : List.of("riverside.twin", "riverside.plant")) {
            Files.copy(RepositoryRoot.riverside().resolve(name), folder.resolve(name));
        }
        return folder;
    }

    static String lines(ScanResult result) {
        StringBuilder b = new StringBuilder(result.rawText()).append('\n');
        result.ranked().forEach(r -> b.append(r.line("")).append('\n'));
        return b.toString();
    }
}
