/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.modbus.DeviceFault;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.simulator.physics.AnodizingTank;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop the product exists for, on real sockets of 127.0.0.1: the example plant and mappings are
 * generated into a runtime project, compiled and packaged into a runnable jar, which runs as its own
 * process against the simulator (PLC4 over Modbus TCP, Oven2 over OPC UA), and node-opcua, a client not
 * written here, reads its OPC UA server over Basic256Sha256 SignAndEncrypt as a user.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedRuntimeEndToEndTest {

    private static final String PREFIX = "Acme.Riverside.Finishing.AnodizingLine.";
    private static final String TANK1_BATH_TEMP = PREFIX + "Tank1.BathTemp";
    // holding 40021 int16, scale 0.1, valid 0 .. 40, no deadband (Tank1's has one: 0.2 °C)
    private static final String TANK3_BATH_TEMP = PREFIX + "Tank3.BathTemp";
    private static final String BATH_TOO_HOT_ACTIVE = PREFIX + "Tank3.BathTooHot.Active";

    @TempDir
    static Path home;

    private DemoWorkspace workspace;
    private Simulator simulator;
    private RuntimeProcess runtime;
    private NodeOpcUaClient client;
    private Path log;
    private DemoSecrets secrets;

    @BeforeAll
    void generateBuildAndStartTheRuntimeAgainstTheSimulator() throws Exception {
        TestCheckout.copyExamples(home);
        workspace = DemoWorkspace.create(home);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(messages, true, StandardCharsets.UTF_8);
        GenerationResult generated = new GenerateCommand(print, print).generate(List.of(workspace.examples()),
                workspace.project());
        assertNotNull(generated, messages.toString(StandardCharsets.UTF_8));
        new RuntimeJarBuilder(TestCheckout.runtimeClasspath()).build(workspace.project(), generated);

        secrets = DemoSecrets.fresh(workspace);
        simulator = workspace.startSimulator(secrets, 10);
        int port = DemoPorts.free();
        workspace.writeConfiguration(port, secrets);
        log = home.resolve("runtime.log");
        runtime = RuntimeProcess.start(workspace.project(), List.of("--config", DemoWorkspace.CONFIGURATION, "--live", "1"),
                secrets.environment(), log);
        workspace.trustRuntimeClient(simulator, runtime);
        simulator.startClock();
        waitFor(workspace.serverCertificate());

        Path clientFolder = Files.createDirectories(home.resolve("node-client"));
        Map<String, String> settings = new HashMap<>();
        settings.put("FB_PKI", clientFolder.resolve("pki").toString());
        settings.put("FB_APPLICATION_URI", "urn:fieldbridge:tests:end-to-end:node-opcua");
        settings.put("FB_ENDPOINT", "opc.tcp://127.0.0.1:" + port + "/fieldbridge");
        settings.put("FB_NAMESPACE_URI", "urn:fieldbridge:twin:" + generated.runtimeName());
        settings.put("FB_USER", "operator");
        settings.put("FB_PASSWORD", new String(secrets.operator()));
        settings.put("FB_SERVER_CERT", workspace.serverCertificate().toString());
        client = new NodeOpcUaClient(clientFolder, settings);
        String certificate = NodeOpcUaClient.field(client.run(60, "init").get(0), "certificate");
        trustClient(Path.of(certificate));
    }

    /** What an administrator does: the client's certificate goes into the runtime's trust list (watched). */
    private void trustClient(Path pem) throws Exception {
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(pem)) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        Path trusted = Files.createDirectories(workspace.project().resolve("pki/trusted/certs"));
        Files.write(trusted.resolve("node-opcua-e2e.der"), certificate.getEncoded());
        Thread.sleep(1500); // the server notices new trust list files within a second
    }

    private void waitFor(Path file) throws Exception {
        waitingFor(file.getFileName() + " written by the runtime").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .failFast(() -> assertTrue(runtime.isAlive(), () -> "the runtime stopped:\n" + runtimeLog()))
                .untilAsserted(() -> assertTrue(Files.isRegularFile(file), () -> file + " did not appear:\n" + runtimeLog()));
    }

    private String runtimeLog() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (Exception e) {
            return "(no log: " + e + ")";
        }
    }

    @AfterAll
    void stopEverything() {
        if (runtime != null) {
            runtime.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    @Order(1)
    void aScaledRegisterReachesTheClientAsEngineeringValueWithUnitAndRange() throws Exception {
        // the thermostat makes the bath temperature go up and down: hold simulated time while comparing
        simulator.stopClock();
        String json;
        double expected;
        try {
            Thread.sleep(1000); // several poll periods (250 ms): the runtime has read the held value
            expected = (short) simulator.controller(SimulatedModbusDevice.class).holdingRegister(20) * 0.1;
            json = client.run(60, "read", TANK3_BATH_TEMP).get(0);
        } finally {
            simulator.startClock();
        }
        assertEquals(expected, Double.parseDouble(NodeOpcUaClient.field(json, "value")), 1e-6, json);
        assertTrue(expected > 15 && expected < 30, "a bath temperature, not a raw register: " + expected);
        assertEquals("0", NodeOpcUaClient.field(json, "statusCode"), json);
        assertEquals("°C", NodeOpcUaClient.field(json, "displayName"), json);
        assertEquals("4408652", NodeOpcUaClient.field(json, "unitId"), json); // UNECE CEL
        assertEquals(0, Double.parseDouble(NodeOpcUaClient.field(json, "low")), json);
        assertEquals(40, Double.parseDouble(NodeOpcUaClient.field(json, "high")), json);
    }

    @Test
    @Order(2)
    void theBathAlarmBecomesActiveWhenTheSimulatorOverheatsTank3() throws Exception {
        simulator.plant().equipment("Tank3", AnodizingTank.class).setHeaterStuckOn(true);
        String json = client.run(180, "await", BATH_TOO_HOT_ACTIVE, "true", "150").get(0);
        assertEquals("true", NodeOpcUaClient.field(json, "value"), json);
        assertTrue(json.contains("BathTooHot"), "the alarm's event reached the client: " + json);
        assertTrue(runtimeLog().contains("BathTooHot"), "the live view shows the alarm:\n" + runtimeLog());
    }

    @Test
    @Order(3)
    void valuesTurnBadWhenThePlcStopsAnswering() throws Exception {
        simulator.controller(SimulatedModbusDevice.class).inject(DeviceFault.silent());
        String json = client.run(60, "await-bad", TANK1_BATH_TEMP, "30").get(0);
        assertTrue(NodeOpcUaClient.field(json, "status").startsWith("Bad"), json);
    }

    @Test
    @Order(4)
    void noSecretReachesTheGeneratedProjectOrTheRuntimeLog() throws Exception {
        List<String> values = List.of(new String(secrets.oven2()), new String(secrets.keyStore()),
                new String(secrets.operator()));
        try (var files = Files.walk(workspace.project())) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/pki/")).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String secret : values) {
                    assertTrue(!text.contains(secret), "a secret value in " + f);
                }
            }
        }
        for (String secret : values) {
            assertTrue(!runtimeLog().contains(secret), "a secret value in the runtime's output");
        }
    }
}
