/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.tests;

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
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.fieldbridge.commissioning.Commissioning;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.connect.OpcUaAccess;
import org.fieldbridge.commissioning.connect.OpcUaLink;
import org.fieldbridge.commissioning.live.LiveReader;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.dsl.check.CheckReport;
import org.fieldbridge.model.plant.OpcUaEndpoint;
import org.fieldbridge.model.plant.Plant;
import org.fieldbridge.model.plant.Signal;
import org.fieldbridge.model.plant.UsernameIdentity;
import org.fieldbridge.model.plant.resource.PlantResources;
import org.fieldbridge.onboarding.ImportRequest;
import org.fieldbridge.onboarding.ImportResult;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.opcua.MonitoredSignal;
import org.fieldbridge.runtime.opcua.OpcUaSource;
import org.fieldbridge.runtime.reconnect.BackoffPolicy;
import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.SecretResolver;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.opcua.SimulatedOpcUaController;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.Waiting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Browse import of the simulator's own OPC UA controller (Oven2 on a free loopback port, Basic256Sha256
 * SignAndEncrypt, user and password): the imported model passes the checker, carries the server's security and
 * user (the password only as a reference), units and ranges, and reading it back through commissioning gives
 * the values the server serves.
 */
@Timeout(180)
@DisplayName("Importing the simulator's OPC UA controller by browsing it")
class OpcUaBrowseImportTest {

    private static final String USER = "fieldbridge";
    private static final String PASSWORD = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private static final String KEY_STORE = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private static final Set<String> OVEN2_NODES = new TreeSet<>(List.of("ns=2;s=Oven.GasFlow", "ns=2;s=Oven.BatchId",
            "ns=2;s=Zone1.Temp", "ns=2;s=Zone1.SP", "ns=2;s=Zone2.Temp", "ns=2;s=Zone2.SP", "ns=2;s=Zone3.Temp",
            "ns=2;s=Zone3.SP"));
    @TempDir
    static Path temp;
    private static Simulator simulator;
    private static TwinOpcUaServer server;
    private static OpcUaAccess access;
    private static Path out;
    private static ImportResult result;

    @BeforeAll
    static void importTheSimulatorsOven() throws Exception {
        TwinServerConfig oven2 = TwinServerConfig.builder("oven2-sim", SecretResolver.singleUser(USER,
                PasswordHash.of(PASSWORD.toCharArray(), 1_000), KEY_STORE.toCharArray()))
                .port(LoopbackPort.free()).pkiDirectory(temp.resolve("oven2-pki")).build();
        simulator = RiversideSimulation.create(LoopbackPort.free(), oven2, 1.0);
        simulator.startControllers();
        for (int i = 0; i < 60; i++) {
            simulator.tick();
        }
        server = simulator.controller(SimulatedOpcUaController.class).server();
        Path pki = temp.resolve("commissioning-pki");
        access = OpcUaAccess.of(Map.of("FB_OVEN2_PASSWORD", PASSWORD, "FB_COMMISSIONING_KEYSTORE_PASSWORD", KEY_STORE),
                pki);
        Path trusted = Files.createDirectories(pki.resolve("controllers").resolve("Oven2"));
        Files.write(trusted.resolve("oven2.der"), server.certificate().getEncoded());
        access.settings(new Controller.OpcUa("Oven2", endpoint(), "BASIC256SHA256", "SIGN_AND_ENCRYPT", USER,
                "env:FB_OVEN2_PASSWORD")); // creates the client certificate
        try (InputStream in = Files.newInputStream(access.clientCertificateFile())) {
            server.trustClient((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        out = temp.resolve("imported");
        result = Onboarding.importer().run(ImportRequest.of(List.of(endpoint()), out)
                .withPlant("Acme.Riverside.Finishing.PowderCoating").withConnection("Oven2")
                .withOpcUa("Basic256Sha256", "sign-and-encrypt", USER, "env:FB_OVEN2_PASSWORD", access));
    }

    private static String endpoint() {
        return server.endpointUrls().get(0);
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Test
    void everyVariableOfTheServerIsMappedAndTheModelPassesTheChecker() throws Exception {
        CheckReport report = Onboarding.check(out);
        assertEquals(0, report.errors(), () -> Onboarding.lines(report) + "\n" + twin());
        CommissioningModel model = model();
        Set<String> mapped = new TreeSet<>(model.mappings().stream().map(m -> m.nodeId()).toList());
        assertEquals(OVEN2_NODES, mapped, twin());
        assertEquals(8, result.mapped(), result.summary());
    }

    @Test
    void securityUserUnitsAndRangesAreCarriedOverAndNoPasswordIsWritten() throws Exception {
        Plant plant = PlantResources.load(result.plantFile());
        OpcUaEndpoint endpoint = (OpcUaEndpoint) plant.getControllers().get(0).getEndpoints().get(0);
        assertEquals("Basic256Sha256", endpoint.getSecurityPolicy().getLiteral());
        assertEquals("SignAndEncrypt", endpoint.getSecurityMode().getLiteral());
        assertEquals(USER, ((UsernameIdentity) endpoint.getIdentity()).getUsername());
        assertEquals("env:FB_OVEN2_PASSWORD", ((UsernameIdentity) endpoint.getIdentity()).getSecretRef());
        Signal zone1 = plant.getEnterprises().get(0).getSites().get(0).getAreas().get(0).getLines().get(0)
                .getEquipment().stream().filter(e -> e.getName().equals("Zone1")).findFirst().orElseThrow()
                .getSignals().stream().filter(s -> s.getName().equals("Temp")).findFirst().orElseThrow();
        assertEquals("CEL", zone1.getUnit().getCommonCode());
        assertEquals(0, zone1.getValidRange().getMinimum());
        assertEquals(250, zone1.getValidRange().getMaximum());
        assertEquals("temperature", zone1.getQuantity().getLiteral());
        String files = Files.readString(result.plantFile()) + twin();
        assertFalse(files.contains(PASSWORD), "no password in the files");
        assertTrue(twin().contains("security Basic256Sha256 sign-and-encrypt"), twin());
    }

    @Test
    void readingTheImportedModelBackGivesWhatTheServerServes() throws Exception {
        LiveReader reader = new LiveReader(Clock.systemUTC(), access);
        try (OpcUaLink direct = new OpcUaLink(new Controller.OpcUa("Oven2", endpoint(), "BASIC256SHA256",
                "SIGN_AND_ENCRYPT", USER, "env:FB_OVEN2_PASSWORD"), access, Clock.systemUTC())) {
            List<LiveValue> values = reader.readAll(model());
            Map<String, Sample> served = direct.read(List.copyOf(OVEN2_NODES));
            assertEquals(8, values.size());
            for (LiveValue value : values) {
                assertTrue(value.quality().isGood(), () -> value.mapping().signal() + ": " + value.quality());
                Object expected = served.get(value.mapping().nodeId()).value();
                assertEquals(((Number) expected).doubleValue(), ((Number) value.sample().value()).doubleValue(), 1e-9,
                        value.mapping().signal());
            }
        } finally {
            reader.close();
        }
    }

    @Test
    void aNodeIdWrittenWithItsNamespaceUriReadsTheSameNodeAsItsIndex() throws Exception {
        String uri = "urn:fieldbridge:twin:oven2-sim";
        try (OpcUaLink direct = new OpcUaLink(oven2(), access, Clock.systemUTC())) {
            Map<String, Sample> read = direct.read(List.of("ns=2;s=Oven.BatchId", "nsu=" + uri + ";s=Oven.BatchId",
                    "nsu=urn:example:nowhere;s=Oven.BatchId"));
            assertEquals(read.get("ns=2;s=Oven.BatchId").value(), read.get("nsu=" + uri + ";s=Oven.BatchId").value(),
                    read::toString);
            assertTrue(read.get("nsu=" + uri + ";s=Oven.BatchId").quality().isGood());
            Sample unknown = read.get("nsu=urn:example:nowhere;s=Oven.BatchId");
            assertEquals(0x80340000L, unknown.quality().unsignedCode(), unknown.quality().toString());
            assertTrue(unknown.quality().detail().contains("the server has no namespace urn:example:nowhere"),
                    unknown.quality().detail());
        }
    }

    @Test
    void theRuntimeMonitorsANodeIdWrittenWithItsNamespaceUri() throws Exception {
        java.util.concurrent.ConcurrentHashMap<String, Sample> last = new java.util.concurrent.ConcurrentHashMap<>();
        List<MonitoredSignal> signals = List.of(
                new MonitoredSignal("Zone1.SP", "nsu=urn:fieldbridge:twin:oven2-sim;s=Zone1.SP", Duration.ofMillis(50)),
                new MonitoredSignal("Lost.SP", "nsu=urn:example:nowhere;s=Zone1.SP", Duration.ofMillis(50)));
        try (OpcUaSource source = new OpcUaSource(access.settings(oven2()), signals, Duration.ofMillis(100),
                new BackoffPolicy(Duration.ofMillis(100), Duration.ofMillis(500), 2, 0), last::put, Clock.systemUTC());
                OpcUaLink direct = new OpcUaLink(oven2(), access, Clock.systemUTC())) {
            source.start();
            Sample served = direct.read(List.of("ns=2;s=Zone1.SP")).get("ns=2;s=Zone1.SP");
            Sample sp = Waiting.waitingFor("Zone1.SP through its namespace URI").atMost(Duration.ofSeconds(30))
                    .until(() -> last.get("Zone1.SP"), s -> s != null && s.quality().isGood());
            assertEquals(((Number) served.value()).doubleValue(), ((Number) sp.value()).doubleValue(), 1e-9);
            Sample lost = Waiting.waitingFor("Lost.SP refused").atMost(Duration.ofSeconds(30))
                    .until(() -> last.get("Lost.SP"), s -> s != null && s.quality().unsignedCode() == 0x80340000L);
            assertTrue(lost.quality().detail().contains("no namespace urn:example:nowhere"), lost.quality().detail());
        }
    }

    private static Controller.OpcUa oven2() {
        return new Controller.OpcUa("Oven2", endpoint(), "BASIC256SHA256", "SIGN_AND_ENCRYPT", USER,
                "env:FB_OVEN2_PASSWORD");
    }

    private static CommissioningModel model() throws Exception {
        CommissioningModel.Loaded loaded = Commissioning.standalone().load(List.of(out));
        assertTrue(loaded.findings().stream().noneMatch(f -> f.isError()), () -> loaded.findings().toString());
        return loaded.model();
    }

    private static String twin() {
        try {
            return Files.readString(result.twinFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
