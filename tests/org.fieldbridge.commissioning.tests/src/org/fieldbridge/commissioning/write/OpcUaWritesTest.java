/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.fieldbridge.commissioning.Commissioning;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.EndpointOverrides;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.commissioning.evidence.AuditEntry;
import org.fieldbridge.commissioning.evidence.AuditLog;
import org.fieldbridge.commissioning.evidence.RiversideCopy;
import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.SecretResolver;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.opcua.SimulatedOpcUaController;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing to the simulator's Oven2 (Basic256Sha256 SignAndEncrypt, user name and password): its zone setpoints grant
 * the user read/write access, so a setpoint is written, holds the new value and the oven follows it; its
 * measurements grant read access only, so a write is refused before anything is sent. Every attempt is audited
 * without the password.
 */
@Timeout(120)
@DisplayName("Writing to Oven2's nodes")
class OpcUaWritesTest {

    private static final String PASSWORD = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private static final String KEY_STORE = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));

    @TempDir
    Path temp;
    private Simulator simulator;
    private RiversideCopy riverside;
    private CommissioningModel model;
    private OpcUaAccess access;

    @BeforeEach
    void startOven2() throws Exception {
        TwinServerConfig oven2 = TwinServerConfig.builder("oven2-sim", SecretResolver.singleUser("fieldbridge",
                PasswordHash.of(PASSWORD.toCharArray(), 1_000), KEY_STORE.toCharArray()))
                .port(LoopbackPort.free()).pkiDirectory(temp.resolve("oven2-pki")).build();
        simulator = RiversideSimulation.create(LoopbackPort.free(), oven2, 1.0);
        simulator.startControllers(); // clock stopped: only a write changes a setpoint
        TwinOpcUaServer server = simulator.controller(SimulatedOpcUaController.class).server();
        riverside = new RiversideCopy(Files.createDirectories(temp.resolve("plant")));
        CommissioningModel.Loaded loaded = Commissioning.standalone().load(List.of(riverside.folder));
        model = loaded.model().with(EndpointOverrides.parse(List.of("Oven2=" + server.endpointUrls().get(0)),
                loaded.model()));
        Path pki = temp.resolve("pki");
        access = OpcUaAccess.of(Map.of("FB_OVEN2_PASSWORD", PASSWORD, "FB_COMMISSIONING_KEYSTORE_PASSWORD", KEY_STORE),
                pki);
        Path trusted = Files.createDirectories(pki.resolve("controllers").resolve("Oven2"));
        Files.write(trusted.resolve("oven2.der"), server.certificate().getEncoded());
        access.settings((Controller.OpcUa) model.controller("Oven2").orElseThrow());
        try (InputStream in = Files.newInputStream(access.clientCertificateFile())) {
            server.trustClient((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
    }

    @AfterEach
    void stopOven2() throws Exception {
        simulator.close();
        try (Stream<Path> files = Files.walk(riverside.folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains(PASSWORD), file + " holds the password");
            }
        }
    }

    private ControllerWrites writes() {
        return new ControllerWrites(model, WritePolicy.allowing(List.of("Oven2")), access, "alice", Clock.systemUTC());
    }

    @Test
    @DisplayName("a zone setpoint is written: the node reads back the new value, the oven follows it, the write is audited")
    void aZoneSetpointIsWrittenAndHeld() throws Exception {
        assertEquals(180, simulator.value("CuringOven.Zone1.Setpoint"), 1e-9);
        WriteOutcome outcome;
        try (ControllerWrites writes = writes()) {
            WriteConfirmation confirmation = writes.prepare(model.mappingsNamed("Zone1.Setpoint").get(0), "185");
            assertEquals("180", confirmation.oldValue());
            assertEquals("Double", confirmation.dataType());
            outcome = writes.write(confirmation);
        }
        assertTrue(outcome.written(), outcome.describe());
        assertEquals("written: reads back 185 °C", outcome.describe());
        assertEquals(185, simulator.value("CuringOven.Zone1.Setpoint"), 1e-9, "the simulated oven follows the write");
        simulator.tick(); // the simulator publishes again: the setpoint stays as written
        try (ControllerWrites writes = writes()) {
            WriteConfirmation again = writes.prepare(model.mappingsNamed("Zone1.Setpoint").get(0), "190");
            assertEquals("185", again.oldValue(), "the node holds the written value");
            writes.cancel(again);
        }
        List<AuditEntry> entries = new AuditLog(riverside.folder.resolve("riverside.audit")).entries();
        assertEquals(2, entries.size());
        assertEquals("alice", entries.get(0).who());
        assertTrue(entries.get(0).where().startsWith("Oven2 ns=2;s=Zone1.SP -> "), entries.get(0).where());
        assertTrue(entries.get(0).what().contains("185 °C (old 180 °C)"), entries.get(0).what());
        assertEquals("written: reads back 185 °C", entries.get(0).result());
        assertNotNull(entries.get(1).result());
    }

    @Test
    @DisplayName("a write to a measurement the user may only read is refused with the access in plant words and audited")
    void readOnlyNodesAreRefused() throws Exception {
        try (ControllerWrites writes = writes()) {
            String why = assertThrows(ControllerWrites.Refused.class,
                    () -> writes.prepare(model.mappingsNamed("Zone1.Temp").get(0), "185")).getMessage();
            assertEquals("ns=2;s=Zone1.Temp is read-only for user fieldbridge (the server does not grant write"
                    + " access)", why);
        }
        List<AuditEntry> entries = new AuditLog(riverside.folder.resolve("riverside.audit")).entries();
        assertEquals(1, entries.size());
        String where = entries.get(0).where();
        assertTrue(where.startsWith("Oven2 ns=2;s=Zone1.Temp -> ") && where.endsWith("CuringOven.Zone1.Temp"), where);
        assertTrue(entries.get(0).result().startsWith("refused: "), entries.get(0).result());
    }
}
