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
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.simulator.plant.PlantSimulation;
import org.fieldbridge.tests.support.GatewayPlant;
import org.fieldbridge.tests.support.LoopbackPort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plant written only for this test (two unit ids behind one Modbus TCP gateway, every data type, byte and
 * word orders, scale and offset, a hole of unmapped registers between two blocks) is simulated by the
 * generated simulator ({@code fieldbridge simulate FOLDER}'s {@link PlantSimulation}, in this process), its
 * runtime generated, packaged and run as its own process against it, and node-opcua, a client not written
 * here, reads every signal from the runtime's OPC UA server equal to what the simulator serves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedSimulatorEndToEndTest {

    private static final String KEY_STORE_VARIABLE = "FB_RUNTIME_KEYSTORE_PASSWORD";
    private static final String OPERATOR_VARIABLE = "FB_USER_OPERATOR_PASSWORD";

    @TempDir
    static Path home;

    private PlantSimulation simulation;
    private RuntimeProcess runtime;
    private NodeOpcUaClient client;
    private Path log;
    private Path project;

    @BeforeAll
    void simulateGenerateBuildAndRun() throws Exception {
        Path plant = Files.createDirectories(home.resolve("gateway"));
        GatewayPlant.write(plant, LoopbackPort.free());

        RuntimeGenerator.Resolution resolution = RuntimeGenerator.standalone().resolve(List.of(plant));
        assertNotNull(resolution.model(), () -> "the plant has errors: " + resolution.findings());
        simulation = PlantSimulation.of(resolution, CommissioningModel.of(resolution.model(), resolution.twins()),
                60, 1, Map.of());
        simulation.simulator().start();

        project = home.resolve("gateway-runtime");
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(messages, true, StandardCharsets.UTF_8);
        GenerationResult generated = new GenerateCommand(print, print).generate(List.of(plant), project);
        assertNotNull(generated, messages.toString(StandardCharsets.UTF_8));
        new RuntimeJarBuilder(TestCheckout.runtimeClasspath()).build(project, generated);

        Map<String, String> env = Map.of(KEY_STORE_VARIABLE, secret(), OPERATOR_VARIABLE, secret());
        int port = LoopbackPort.free();
        new ConfigurationEdit().set("server.port", Integer.toString(port)).set("server.hostnames", "127.0.0.1")
                .set("server.keyStorePassword", "env:" + KEY_STORE_VARIABLE).set("users", "operator")
                .set("user.operator.password", "env:" + OPERATOR_VARIABLE).set("user.operator.roles", "operator")
                .write(project.resolve("fieldbridge-runtime.properties"), project.resolve("e2e.properties"));
        log = home.resolve("runtime.log");
        runtime = RuntimeProcess.start(project, List.of("--config", "e2e.properties"), env, log);
        Path serverCertificate = project.resolve("pki/own/certs/server.der");
        waitingFor("the runtime's server certificate").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .failFast(() -> assertTrue(runtime.isAlive(), () -> "the runtime stopped:\n" + runtimeLog()))
                .untilAsserted(() -> assertTrue(Files.isRegularFile(serverCertificate), this::runtimeLog));

        Path clientFolder = Files.createDirectories(home.resolve("node-client"));
        Map<String, String> settings = new HashMap<>();
        settings.put("FB_PKI", clientFolder.resolve("pki").toString());
        settings.put("FB_APPLICATION_URI", "urn:fieldbridge:tests:simulator-end-to-end:node-opcua");
        settings.put("FB_ENDPOINT", "opc.tcp://127.0.0.1:" + port + "/fieldbridge");
        settings.put("FB_NAMESPACE_URI", "urn:fieldbridge:twin:" + generated.runtimeName());
        settings.put("FB_USER", "operator");
        settings.put("FB_PASSWORD", env.get(OPERATOR_VARIABLE));
        settings.put("FB_SERVER_CERT", serverCertificate.toString());
        client = new NodeOpcUaClient(clientFolder, settings);
        trustClient(Path.of(NodeOpcUaClient.field(client.run(60, "init").get(0), "certificate")));
    }

    private static String secret() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private void trustClient(Path pem) throws Exception {
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(pem)) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        Path trusted = Files.createDirectories(project.resolve("pki/trusted/certs"));
        Files.write(trusted.resolve("node-opcua-e2e.der"), certificate.getEncoded());
        Thread.sleep(1500); // the server notices new trust list files within a second
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
        if (simulation != null) {
            simulation.simulator().close();
        }
    }

    @Test
    void everySignalReachesTheOpcUaClientAsTheSimulatorServesIt() throws Exception {
        List<MappedValue> mappings = simulation.mappings();
        assertEquals(17, mappings.size(), "every mapping of the gateway plant");
        // float32 registers carry about 7 significant digits; everything else is exact after scaling
        ServedValuesCheck.assertEverySignalAsServed(simulation, mappings, client, runtime, this::runtimeLog, 1e-6);
    }
}
