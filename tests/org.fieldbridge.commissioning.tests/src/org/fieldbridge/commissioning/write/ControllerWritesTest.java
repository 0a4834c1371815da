/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.fieldbridge.commissioning.Commissioning;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.EndpointOverrides;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.commissioning.evidence.AuditEntry;
import org.fieldbridge.commissioning.evidence.RiversideCopy;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing through the riverside mappings to the simulator's PLC4 (its j2mod slave on a free loopback port; the
 * simulation clock stands still, so nothing overwrites what was written): refused unless enabled, encoded exactly
 * as the mapping reads it, read back, and every attempt in the audit log beside the .twin file.
 */
@Timeout(60)
@DisplayName("Writing values to PLC4 through its mappings")
class ControllerWritesTest {

    private static final Commissioning COMMISSIONING = Commissioning.standalone();
    @TempDir
    Path temp;
    private Simulator simulator;
    private SimulatedModbusDevice plc4;
    private CommissioningModel model;
    private RiversideCopy riverside;

    @BeforeEach
    void startSimulator() throws Exception {
        int port = LoopbackPort.free();
        simulator = RiversideSimulation.create(port, null, 1.0);
        simulator.startControllers();
        for (int i = 0; i < 60; i++) {
            simulator.tick();
        }
        plc4 = simulator.controller(SimulatedModbusDevice.class);
        riverside = new RiversideCopy(temp);
        CommissioningModel.Loaded loaded = COMMISSIONING.load(List.of(riverside.folder));
        assertTrue(loaded.errors().isEmpty(), () -> loaded.errors().toString());
        model = loaded.model().with(EndpointOverrides.parse(List.of("PLC4=127.0.0.1:" + port), loaded.model()));
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private ControllerWrites writes(WritePolicy policy) {
        return new ControllerWrites(model, policy, OpcUaAccess.of(Map.of(), temp.resolve("pki")), "alice",
                Clock.systemUTC());
    }

    private MappedValue mapping(String name) {
        List<MappedValue> found = model.mappingsNamed(name);
        assertEquals(1, found.size());
        return found.get(0);
    }

    private List<AuditEntry> audit() throws Exception {
        return new org.fieldbridge.commissioning.evidence.AuditLog(temp.resolve("riverside.audit")).entries();
    }

    @Test
    @DisplayName("a write is refused and audited while writes to PLC4 are not enabled; the register keeps its value")
    void refusedWhenWritesAreNotEnabled() throws Exception {
        int before = plc4.holdingRegister(1);
        try (ControllerWrites writes = writes(WritePolicy.READ_ONLY)) {
            ControllerWrites.Refused refused = assertThrows(ControllerWrites.Refused.class,
                    () -> writes.prepare(mapping("Tank1.BathTempSetpoint"), "21.5"));
            assertTrue(refused.getMessage().startsWith("writing to PLC4 is not enabled"), refused.getMessage());
        }
        assertEquals(before, plc4.holdingRegister(1));
        AuditEntry entry = audit().get(0);
        assertEquals("alice", entry.who());
        assertEquals("PLC4 holding:1 (400002) -> Acme.Riverside.Finishing.AnodizingLine.Tank1.BathTempSetpoint",
                entry.where());
        assertEquals("write 21.5 °C", entry.what());
        assertTrue(entry.result().startsWith("refused: writing to PLC4 is not enabled"), entry.result());
    }

    @Test
    @DisplayName("a CDAB float32 is written as the mapping reads it: the slave holds 4000 449C and 1250 A reads back")
    void writesTheEncodedWordsOfACdabFloat() throws Exception {
        MappedValue current = mapping("Tank1.RectifierCurrent");
        try (ControllerWrites writes = writes(WritePolicy.allowing(List.of("PLC4")))) {
            WriteConfirmation confirmation = writes.prepare(current, "1250");
            assertEquals("PLC4", confirmation.controller());
            assertEquals("holding:2 (400003)", confirmation.addressText());
            assertEquals("float32 CDAB", confirmation.dataType());
            assertEquals("1250", confirmation.newValue());
            assertEquals(simulator.value("Tank1.RectifierCurrent"), Double.parseDouble(confirmation.oldValue()), 0.01);
            assertArrayEquals(new int[] { 0x4000, 0x449C }, confirmation.words()); // 1250f = 0x449C4000, low word first
            WriteOutcome outcome = writes.write(confirmation);
            assertEquals(WriteOutcome.Result.WRITTEN, outcome.result(), outcome::describe);
            assertEquals("reads back 1250 A", outcome.message());
        }
        assertEquals(0x4000, plc4.holdingRegister(2));
        assertEquals(0x449C, plc4.holdingRegister(3));
        AuditEntry entry = audit().get(audit().size() - 1);
        assertTrue(entry.what().startsWith("write float32 CDAB 1250 A (old "), entry.what());
        assertTrue(entry.what().endsWith(" A) words 4000 449C"), entry.what());
        assertEquals("written: reads back 1250 A", entry.result());
    }

    @Test
    @DisplayName("an int16 with scale 0.1 is written as its raw tenths: 21.5 °C is 215 in the register")
    void writesScaledIntegers() throws Exception {
        try (ControllerWrites writes = writes(WritePolicy.allowing(List.of("PLC4")))) {
            WriteConfirmation confirmation = writes.prepare(mapping("Tank1.BathTempSetpoint"), "21.5");
            assertEquals("int16 AB, scale 0.1", confirmation.dataType());
            assertArrayEquals(new int[] { 215 }, confirmation.words());
            assertTrue(writes.write(confirmation).written());
        }
        assertEquals(215, plc4.holdingRegister(1));
    }

    @Test
    @DisplayName("input registers, values outside the valid range and values between two steps are refused, audited, never sent")
    void refusesWhatMustNotBeWritten() throws Exception {
        int bathTemp = plc4.holdingRegister(0);
        try (ControllerWrites writes = writes(WritePolicy.allowing(List.of("PLC4")))) {
            String input = assertThrows(ControllerWrites.Refused.class,
                    () -> writes.prepare(mapping("Tank2.RectifierCurrent"), "10")).getMessage();
            assertEquals("input 30013 is an input register: Modbus cannot write it (only holding registers and coils"
                    + " are written)", input);
            String range = assertThrows(ControllerWrites.Refused.class,
                    () -> writes.prepare(mapping("Tank1.BathTemp"), "45")).getMessage();
            assertEquals("45 °C is outside the valid range 0 .. 40 °C of Tank1.BathTemp", range);
            String step = assertThrows(ControllerWrites.Refused.class,
                    () -> writes.prepare(mapping("Tank1.BathTemp"), "21.37")).getMessage();
            assertEquals("21.37 °C cannot be written exactly: int16 AB, scale 0.1 holds steps of 0.1 °C; write 21.4 °C"
                    + " instead", step);
        }
        assertEquals(bathTemp, plc4.holdingRegister(0));
        List<AuditEntry> entries = audit();
        assertEquals(3, entries.size());
        assertTrue(entries.stream().allMatch(e -> e.result().startsWith("refused: ")), entries::toString);
    }

    @Test
    @DisplayName("a write the person does not confirm is audited as cancelled and not sent")
    void cancelledWritesAreAudited() throws Exception {
        int before = plc4.holdingRegister(1);
        try (ControllerWrites writes = writes(WritePolicy.allowing(List.of("PLC4")))) {
            writes.cancel(writes.prepare(mapping("Tank1.BathTempSetpoint"), "22"));
        }
        assertEquals(before, plc4.holdingRegister(1));
        assertEquals("cancelled: not confirmed", audit().get(0).result());
    }
}
