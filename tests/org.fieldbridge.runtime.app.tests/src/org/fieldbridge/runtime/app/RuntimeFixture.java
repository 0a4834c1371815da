/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
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

/**
 * A deployment folder for a twin runtime on loopback: its configuration file, PKI and secrets (random,
 * made up at test time, passed through an environment map only), optionally with the simulated Riverside
 * plant (PLC4 and Oven2 on free ports) as its controllers.
 */
final class RuntimeFixture implements AutoCloseable {

    final Path dir;
    final Map<String, String> env;
    final String operatorPassword = random();
    final String keyStorePassword = random();
    final String oven2Password;
    final int serverPort = LoopbackPort.free();
    final int plc4Port;
    final String oven2Endpoint;
    final Simulator simulator;

    private RuntimeFixture(Path dir, Simulator simulator, int plc4Port, String oven2Endpoint, String oven2Password) {
        this.dir = dir;
        this.simulator = simulator;
        this.plc4Port = plc4Port;
        this.oven2Endpoint = oven2Endpoint;
        this.oven2Password = oven2Password;
        this.env = Map.of("FB_RUNTIME_KEYSTORE_PASSWORD", keyStorePassword, "FB_USER_OPERATOR_PASSWORD",
                operatorPassword, "FB_OVEN2_PASSWORD", oven2Password);
    }

    /** @param timeScale simulated seconds per second */
    static RuntimeFixture withSimulator(Path dir, double timeScale) throws Exception {
        int plc4 = LoopbackPort.free();
        int oven2Port = LoopbackPort.free();
        String oven2Password = random();
        TwinServerConfig oven2 = TwinServerConfig.builder("oven2-sim", SecretResolver.singleUser("fieldbridge",
                PasswordHash.of(oven2Password.toCharArray(), 1_000), random().toCharArray()))
                .port(oven2Port).path("/fieldbridge-sim").pkiDirectory(dir.resolve("oven2-pki")).build();
        Simulator simulator = RiversideSimulation.create(plc4, oven2, timeScale);
        simulator.start();
        return new RuntimeFixture(dir, simulator, plc4, "opc.tcp://127.0.0.1:" + oven2Port + "/fieldbridge-sim",
                oven2Password);
    }

    /** @return a fixture whose controllers are ports nobody listens on (controllers that are down) */
    static RuntimeFixture withoutControllers(Path dir) {
        return new RuntimeFixture(dir, null, LoopbackPort.free(), "opc.tcp://127.0.0.1:" + LoopbackPort.free() + "/fieldbridge-sim",
                random());
    }

    /** @return the slice of Riverside with its controllers where this fixture has them */
    TwinAssembly twin(LocalDate zone1CalibrationDue, Duration alarmDwell) {
        // the model's addresses are the defaults of riverside.twin; the configuration overrides them
        return RiversideSlice.assemble(5020, "opc.tcp://127.0.0.1:4841/fieldbridge-sim", zone1CalibrationDue,
                alarmDwell);
    }

    /** Writes {@code fieldbridge-runtime.properties} as the generator would, plus {@code extra} lines. */
    Path writeConfiguration(String extra) throws Exception {
        String text = """
                # the twin's OPC UA server
                server.bindAddress=127.0.0.1
                server.port=%d
                server.path=/fieldbridge
                server.hostnames=127.0.0.1
                server.pki=pki
                server.keyStorePassword=env:FB_RUNTIME_KEYSTORE_PASSWORD
                server.allowInsecure=false
                server.minPublishingInterval=20
                users=operator
                user.operator.password=env:FB_USER_OPERATOR_PASSWORD
                user.operator.roles=operator
                # controllers (the simulator on loopback)
                connection.PLC4.host=127.0.0.1
                connection.PLC4.port=%d
                connection.Oven2.endpoint=%s
                connection.Oven2.user=fieldbridge
                connection.Oven2.password=env:FB_OVEN2_PASSWORD
                connection.Oven2.trustedCertificates=pki/controllers/Oven2
                """.formatted(serverPort, plc4Port, oven2Endpoint) + extra;
        Path file = dir.resolve(RuntimeConfiguration.DEFAULT_FILE);
        Files.writeString(file, text);
        Files.createDirectories(dir.resolve("pki/controllers/Oven2"));
        if (simulator != null) {
            Files.write(dir.resolve("pki/controllers/Oven2/oven2.der"), oven2Server().certificate().getEncoded());
        }
        return file;
    }

    /** Starts the twin on the written configuration; Oven2 trusts the runtime's client certificate. */
    TwinRuntime start(TwinAssembly twin) throws Exception {
        RuntimeConfiguration configuration = RuntimeConfiguration.load(dir.resolve(RuntimeConfiguration.DEFAULT_FILE),
                twin, env);
        TwinRuntime runtime = TwinRuntime.start(twin, configuration);
        if (simulator != null) {
            trustRuntimeClient(runtime);
        }
        return runtime;
    }

    /** What an Oven2 administrator does with the certificate the runtime prints. */
    void trustRuntimeClient(TwinRuntime runtime) throws Exception {
        Path file = runtime.clientCertificateFile().orElseThrow();
        try (InputStream in = Files.newInputStream(file)) {
            oven2Server().trustClient((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
    }

    TwinOpcUaServer oven2Server() {
        return simulator.controller(SimulatedOpcUaController.class).server();
    }

    static String random() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return "pw-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
