/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fieldbridge.commissioning.Commissioning;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.EndpointOverrides;
import org.fieldbridge.commissioning.browse.AddressSpaceBrowse;
import org.fieldbridge.commissioning.connect.LinkState;
import org.fieldbridge.commissioning.connect.LinkStatus;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.commissioning.connect.OpcUaLink;
import org.fieldbridge.commissioning.live.LiveReader;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.runtime.opcua.BrowsedNode;
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

/**
 * Commissioning of the example plant's Oven2 (the simulator's OPC UA controller on a free loopback port, secured
 * like the plant's: Basic256Sha256 SignAndEncrypt, user name and password): browse with units and ranges, the
 * OPC UA mappings read once and conditioned like the runtime, a wrong password in plant words.
 */
@Timeout(120)
@DisplayName("Commissioning Oven2 of the example plant (OPC UA)")
class Oven2CommissioningTest {

    private static final String USER = "fieldbridge";
    private static final String PASSWORD = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private static final String KEY_STORE = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private static final Commissioning COMMISSIONING = Commissioning.standalone();
    @TempDir
    static Path temp;
    private static Simulator simulator;
    private static TwinOpcUaServer server;
    private static Path pki;

    @BeforeAll
    static void startSimulator() throws Exception {
        TwinServerConfig oven2 = TwinServerConfig.builder("oven2-sim", SecretResolver.singleUser(USER,
                PasswordHash.of(PASSWORD.toCharArray(), 1_000), KEY_STORE.toCharArray()))
                .port(LoopbackPort.free()).pkiDirectory(temp.resolve("oven2-pki")).build();
        simulator = RiversideSimulation.create(LoopbackPort.free(), oven2, 1.0);
        simulator.startControllers();
        for (int i = 0; i < 60; i++) {
            simulator.tick();
        }
        server = simulator.controller(SimulatedOpcUaController.class).server();
        pki = temp.resolve("commissioning-pki");
        trustEachOther(pki);
    }

    /** The server's certificate into controllers/Oven2, the commissioning client's into the server's trust list. */
    static void trustEachOther(Path pki) throws Exception {
        Path trusted = Files.createDirectories(pki.resolve("controllers").resolve("Oven2"));
        Files.write(trusted.resolve("oven2.der"), server.certificate().getEncoded());
        OpcUaAccess access = access(PASSWORD);
        access.settings((Controller.OpcUa) model().controller("Oven2").orElseThrow()); // creates the client certificate
        try (InputStream in = Files.newInputStream(access.clientCertificateFile())) {
            server.trustClient((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    private static OpcUaAccess access(String password) {
        return OpcUaAccess.of(Map.of("FB_OVEN2_PASSWORD", password, "FB_COMMISSIONING_KEYSTORE_PASSWORD", KEY_STORE),
                pki);
    }

    private static CommissioningModel model() throws Exception {
        CommissioningModel.Loaded loaded = COMMISSIONING.load(List.of(RepositoryRoot.riverside()));
        assertTrue(loaded.errors().isEmpty(), () -> "riverside has errors: " + loaded.errors());
        return loaded.model().with(EndpointOverrides.parse(List.of("Oven2=" + server.endpointUrls().get(0),
                "PLC4=127.0.0.1:" + LoopbackPort.free()), loaded.model()));
    }

    private static OpcUaLink oven2(String password) throws Exception {
        return new OpcUaLink((Controller.OpcUa) model().controller("Oven2").orElseThrow(), access(password),
                Clock.systemUTC());
    }

    @Test
    @DisplayName("browse from the Objects folder finds the zone nodes with data type, access, unit, EURange and a Good value")
    void browseFindsTheZoneNodesWithTheirUnits() throws Exception {
        try (OpcUaLink link = oven2(PASSWORD)) {
            AddressSpaceBrowse.Listing listing = AddressSpaceBrowse.browse(link, null, AddressSpaceBrowse.DEFAULT_DEPTH);
            String all = String.join("\n", listing.lines());
            BrowsedNode zone1 = listing.nodes().stream().filter(n -> n.nodeId().equals("ns=2;s=Zone1.Temp")).findFirst()
                    .orElseThrow(() -> new AssertionError(all));
            assertEquals("Double", zone1.dataType(), all);
            assertEquals("read", zone1.access());
            assertEquals("CEL", zone1.unitCode());
            assertEquals(0, zone1.euLow());
            assertEquals(250, zone1.euHigh());
            assertTrue(zone1.value().quality().isGood(), () -> zone1.value().toString());
            assertEquals(simulator.value("CuringOven.Zone1.Temp"), ((Number) zone1.value().value()).doubleValue(), 1e-9);
            assertEquals("i=85", listing.nodes().get(0).nodeId(), "the Objects folder first");
            assertTrue(zone1.depth() > 0);
            for (String zone : List.of("Zone2.Temp", "Zone3.Temp", "Oven.GasFlow")) {
                assertTrue(all.contains("ns=2;s=" + zone + "  Double  read  "), all); // measurements: read only
            }
            for (String zone : List.of("Zone1.SP", "Zone2.SP", "Zone3.SP")) {
                assertTrue(all.contains("ns=2;s=" + zone + "  Double  read/write  "), all); // setpoints: writable
            }
            assertEquals(LinkState.CONNECTED, link.status().state());
            assertFalse(listing.truncated());
        }
    }

    @Test
    @DisplayName("browse starting at a node lists it and its children only")
    void browseFromANode() throws Exception {
        try (OpcUaLink link = oven2(PASSWORD)) {
            AddressSpaceBrowse.Listing listing = AddressSpaceBrowse.browse(link, "ns=2;s=Zone1.Temp", 0);
            assertEquals(1, listing.nodes().size(), listing.lines().toString());
            assertTrue(listing.lines().get(0).startsWith("2:"), listing.lines().get(0));
        }
    }

    @Test
    @DisplayName("read gives Good Oven2 values equal to the simulation, conditioned like the runtime")
    void readGivesGoodOven2Values() throws Exception {
        LiveReader reader = new LiveReader(Clock.systemUTC(), access(PASSWORD));
        try {
            List<LiveValue> oven = reader.readAll(model()).stream()
                    .filter(v -> v.mapping().connection().equals("Oven2")).toList();
            assertEquals(8, oven.size());
            for (LiveValue v : oven) {
                assertTrue(v.quality().isGood(), () -> v.mapping().signal() + ": " + v.quality());
                String simulated = v.mapping().signal().substring(v.mapping().signal().indexOf("CuringOven."));
                assertEquals(simulator.value(simulated), ((Number) v.sample().value()).doubleValue(), 1e-6, simulated);
            }
            LinkStatus oven2 = reader.statuses().stream().filter(s -> s.connection().equals("Oven2")).findFirst()
                    .orElseThrow();
            assertEquals(LinkState.CONNECTED, oven2.state(), oven2.describe());
        } finally {
            reader.close();
        }
    }

    @Test
    @DisplayName("a wrong password is refused in plant words, with no class name and no password in the output")
    void wrongPasswordIsPlantWords() throws Exception {
        String wrong = "not-" + PASSWORD;
        LiveReader reader = new LiveReader(Clock.systemUTC(), access(wrong));
        try {
            List<LiveValue> oven = reader.readAll(model()).stream()
                    .filter(v -> v.mapping().connection().equals("Oven2")).toList();
            String text = oven.stream().map(v -> v.quality().toString()).collect(Collectors.joining("\n"))
                    + "\n" + reader.statuses().stream().map(LinkStatus::describe).collect(Collectors.joining("\n"));
            assertTrue(oven.stream().noneMatch(v -> v.quality().isGood()), text);
            assertTrue(text.contains("user name or password refused by the server"), text);
            assertFalse(text.contains(PASSWORD), "no password in " + text);
            assertFalse(text.matches("(?s).*(Exception|org\\.eclipse|java\\.).*"), text);
        } finally {
            reader.close();
        }
    }

    @Test
    @DisplayName("a missing password variable says which reference, before any connection")
    void missingPasswordNamesTheReference() throws Exception {
        OpcUaAccess noPassword = OpcUaAccess.of(Map.of("FB_COMMISSIONING_KEYSTORE_PASSWORD", KEY_STORE), pki);
        try (OpcUaLink link = new OpcUaLink((Controller.OpcUa) model().controller("Oven2").orElseThrow(), noPassword,
                Clock.systemUTC())) {
            LinkStatus status = link.connect();
            assertEquals(LinkState.FAILED, status.state());
            assertTrue(status.lastError().contains("env:FB_OVEN2_PASSWORD")
                    && status.lastError().contains("FB_OVEN2_PASSWORD is not set"), status.lastError());
        }
    }
}
