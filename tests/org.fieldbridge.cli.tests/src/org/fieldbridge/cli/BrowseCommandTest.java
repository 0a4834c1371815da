/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Map;

import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.SecretResolver;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.opcua.SimulatedOpcUaController;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code fieldbridge browse} and the OPC UA lines of {@code fieldbridge read} against the simulator's secured Oven2. */
@Timeout(120)
@DisplayName("fieldbridge browse (and read of Oven2)")
class BrowseCommandTest {

    private static final String PASSWORD = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private static final String KEY_STORE = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    @TempDir
    static Path temp;
    private static Simulator simulator;
    private static TwinOpcUaServer server;
    private static Path pki;

    @BeforeAll
    static void start() throws Exception {
        TwinServerConfig oven2 = TwinServerConfig.builder("oven2-sim", SecretResolver.singleUser("fieldbridge",
                PasswordHash.of(PASSWORD.toCharArray(), 1_000), KEY_STORE.toCharArray()))
                .port(LoopbackPort.free()).pkiDirectory(temp.resolve("oven2-pki")).build();
        simulator = RiversideSimulation.create(LoopbackPort.free(), oven2, 1.0);
        simulator.startControllers();
        for (int i = 0; i < 60; i++) {
            simulator.tick();
        }
        server = simulator.controller(SimulatedOpcUaController.class).server();
        pki = temp.resolve("pki");
        Path trusted = Files.createDirectories(pki.resolve("controllers").resolve("Oven2"));
        // first browse: no trusted server yet; it creates the client certificate and says what to do
        Run first = run(PASSWORD, "browse", RepositoryRoot.riverside().toString(), "Oven2", "--endpoint", endpoint(),
                "--pki", pki.toString());
        assertEquals(1, first.code(), first.err());
        assertTrue(first.err().contains("no trusted server certificate in " + trusted), first.err());
        Files.write(trusted.resolve("oven2.der"), server.certificate().getEncoded());
        try (InputStream in = Files.newInputStream(pki.resolve("client/certs/client.der"))) {
            server.trustClient((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static String endpoint() {
        return "Oven2=" + server.endpointUrls().get(0);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String password, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Fieldbridge.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("FB_OVEN2_PASSWORD", password, "FB_COMMISSIONING_KEYSTORE_PASSWORD", KEY_STORE));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("browse prints the hierarchy indented, a zone temperature with type, access, unit, range and a Good value")
    void browsePrintsTheZonesWithUnits() throws Exception {
        Run r = run(PASSWORD, "browse", RepositoryRoot.riverside().toString(), "Oven2", "--endpoint", endpoint(),
                "--pki", pki.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("0:Objects  i=85  Object"), r.out());
        String zone1 = r.out().lines().filter(l -> l.contains("ns=2;s=Zone1.Temp ")).findFirst().orElseThrow();
        assertTrue(zone1.matches("( {2})+2:\\S+  ns=2;s=Zone1\\.Temp  Double  read  \\S+ \\(CEL\\)  0 \\.\\. 250  = \\S+ Good"),
                zone1);
        assertTrue(r.err().contains("Oven2 " + server.endpointUrls().get(0) + ": connected, round trip"), r.err());
    }

    @Test
    @DisplayName("write of a zone setpoint with --allow-writes Oven2 --yes: written, read back, held by the node, audited")
    void writeOfAZoneSetpointIsHeldAndAudited() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("writes")); // the audit log goes beside the .twin file
        for (String file : new String[] { "riverside.plant", "riverside.twin" }) {
            Files.copy(RepositoryRoot.riverside().resolve(file), folder.resolve(file));
        }
        Run r = run(PASSWORD, "write", folder.toString(), "Zone2.Setpoint", "195", "--allow-writes", "Oven2", "--yes",
                "--by", "alice", "--endpoint", endpoint(), "--pki", pki.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        assertTrue(r.out().contains("New value:  195 °C"), r.out());
        assertTrue(r.out().contains("written: reads back 195 °C"), r.out());
        assertEquals(195, simulator.value("CuringOven.Zone2.Setpoint"), 1e-9, "the simulated oven follows the write");
        simulator.tick(); // the simulator publishes again: the node keeps the written setpoint
        Run read = run(PASSWORD, "read", folder.toString(), "--endpoint", endpoint(),
                "--endpoint", "PLC4=127.0.0.1:" + LoopbackPort.free(), "--pki", pki.toString());
        String zone2 = read.out().lines().filter(l -> l.startsWith("Zone2.Setpoint")).findFirst().orElseThrow();
        assertTrue(zone2.matches("Zone2\\.Setpoint\\s+195\\s+195\\s+°C\\s+Good.*"), zone2);
        String audit = Files.readString(folder.resolve("riverside.audit"), StandardCharsets.UTF_8);
        assertTrue(audit.contains("\talice\tOven2 ns=2;s=Zone2.SP -> "), audit);
        assertTrue(audit.contains("\twritten: reads back 195 °C"), audit);
        assertFalse(audit.contains(PASSWORD), "no password in the audit log");
    }

    @Test
    @DisplayName("browse --depth 0 of one node prints that node alone")
    void browseOneNode() throws Exception {
        Run r = run(PASSWORD, "browse", RepositoryRoot.riverside().toString(), "Oven2", "ns=2;s=Oven.GasFlow",
                "--depth", "0", "--endpoint", endpoint(), "--pki", pki.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().contains("ns=2;s=Oven.GasFlow  Double  read"), r.out());
    }

    @Test
    @DisplayName("read prints Good lines for Oven2's mappings")
    void readPrintsOven2() throws Exception {
        Run r = run(PASSWORD, "read", RepositoryRoot.riverside().toString(), "--endpoint", endpoint(),
                "--endpoint", "PLC4=127.0.0.1:" + LoopbackPort.free(), "--pki", pki.toString());
        String zone1 = r.out().lines().filter(l -> l.startsWith("Zone1.Temp")).findFirst().orElseThrow();
        assertTrue(zone1.matches("Zone1\\.Temp\\s+\\S+\\s+\\S+\\s+°C\\s+Good\\s+\\d+ ms"), zone1);
        assertEquals(8, r.out().lines().filter(l -> (l.startsWith("Zone") || l.startsWith("CuringOven"))
                && l.contains(" Good ")).count(), r.out());
    }

    @Test
    @DisplayName("a wrong password: one line in plant words, exit 1, no password and no class name")
    void wrongPasswordIsOneLine() throws Exception {
        Run r = run("wrong-" + PASSWORD, "browse", RepositoryRoot.riverside().toString(), "Oven2", "--endpoint",
                endpoint(), "--pki", pki.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("user name or password refused by the server"), r.err());
        assertFalse((r.out() + r.err()).contains(PASSWORD));
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }

    @Test
    @DisplayName("browse of a Modbus connection is a usage error naming the OPC UA connections (exit 2)")
    void browseOfModbusIsAUsageError() throws Exception {
        Run r = run(PASSWORD, "browse", RepositoryRoot.riverside().toString(), "PLC4");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("PLC4 is a Modbus connection; scan it (fieldbridge scan) (OPC UA connections: Oven2)"),
                r.err());
    }
}
