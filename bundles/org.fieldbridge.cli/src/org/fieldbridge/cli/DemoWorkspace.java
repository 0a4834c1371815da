/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;

import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.opcua.SimulatedOpcUaController;

/**
 * The demo's work folder {@code target/demo} of the checkout, made fresh on every run: the generated
 * runtime project, its configuration for this run, the simulator's PKI and the operator's password file.
 */
final class DemoWorkspace {

    /** The runtime configuration of a demo run, in the runtime project folder. */
    static final String CONFIGURATION = "demo.properties";

    private final Path examples;
    private final Path folder;
    private int plc4Port;
    private int oven2Port;

    private DemoWorkspace(Path examples, Path folder) {
        this.examples = examples;
        this.folder = folder;
    }

    static DemoWorkspace create(Path home) throws IOException {
        Path folder = home.resolve("target/demo");
        RuntimeJarBuilder.deleteRecursively(folder);
        Files.createDirectories(folder);
        return new DemoWorkspace(home.resolve("examples/riverside"), folder);
    }

    Path examples() {
        return examples;
    }

    Path project() {
        return folder.resolve("riverside-runtime");
    }

    /** @return where {@code demo --mqtt}'s Mosquitto keeps its configuration and log */
    Path brokerFolder() {
        return folder.resolve("mosquitto");
    }

    Path passwordFile() {
        return folder.resolve("operator.password");
    }

    /** @return the file with the password of user {@code quality}, the quality manager */
    Path qualityPasswordFile() {
        return folder.resolve("quality.password");
    }

    /**
     * Opens the Riverside simulation's controllers on free ports of 127.0.0.1 (its clock is not started) and
     * trusts Oven2's certificate in the runtime.
     */
    Simulator startSimulator(DemoSecrets secrets, double timeScale) throws Exception {
        plc4Port = DemoPorts.free();
        oven2Port = DemoPorts.free();
        Simulator simulator = RiversideSimulation.create(plc4Port, RiversideSimulation.oven2Server(oven2Port,
                secrets.oven2(), folder.resolve("oven2-pki"), secrets.keyStore()), timeScale);
        try {
            simulator.startControllers();
            X509Certificate oven2 = simulator.controller(SimulatedOpcUaController.class).server().certificate();
            Path trusted = Files.createDirectories(project().resolve("pki/controllers/Oven2"));
            Files.write(trusted.resolve("oven2-sim.der"), oven2.getEncoded());
            return simulator;
        } catch (Exception e) {
            simulator.close();
            throw e;
        }
    }

    /**
     * Writes {@value #CONFIGURATION}: the generated configuration with this run's ports and the users
     * {@code operator} and {@code quality}; secrets stay references to environment variables.
     */
    void writeConfiguration(int serverPort, DemoSecrets secrets) throws IOException {
        writeConfiguration(serverPort, secrets, null);
    }

    /**
     * As {@link #writeConfiguration(int, DemoSecrets)}, and with {@code sparkplugBroker} (an MQTT URL, or null)
     * the runtime's Sparkplug B edge node publishes there (docs/sparkplug.md).
     */
    void writeConfiguration(int serverPort, DemoSecrets secrets, String sparkplugBroker) throws IOException {
        ConfigurationEdit edit = new ConfigurationEdit();
        if (sparkplugBroker != null) {
            edit.set("sparkplug.brokerUrl", sparkplugBroker).set("sparkplug.keepAlive", "10000");
        }
        edit.set("server.port", Integer.toString(serverPort))
                // the endpoint URLs the server advertises: the address clients of this machine use
                .set("server.hostnames", "127.0.0.1")
                .set("server.keyStorePassword", "env:" + DemoSecrets.KEY_STORE_VARIABLE)
                .set("users", "operator,quality")
                .set("user.operator.password", "env:" + DemoSecrets.OPERATOR_VARIABLE)
                .set("user.operator.roles", "operator")
                // the quality manager: sees the whole Finishing hall, is refused acknowledging (issue 13's check)
                .set("user.quality.password", "env:" + DemoSecrets.QUALITY_VARIABLE)
                .set("user.quality.roles", "qualityManager")
                .set("connection.PLC4.host", "127.0.0.1")
                .set("connection.PLC4.port", Integer.toString(plc4Port))
                .set("connection.Oven2.endpoint", "opc.tcp://127.0.0.1:" + oven2Port + "/fieldbridge-sim")
                .set("connection.Oven2.user", RiversideSimulation.OVEN2_USER)
                .set("connection.Oven2.password", "env:" + DemoSecrets.OVEN2_VARIABLE)
                .write(project().resolve("fieldbridge-runtime.properties"), project().resolve(CONFIGURATION));
    }

    /**
     * Oven2 only accepts clients it trusts: once the runtime has made its client certificate (on its
     * first start), Oven2 trusts it; the runtime's reconnect then succeeds.
     */
    void trustRuntimeClient(Simulator simulator, RuntimeProcess runtime) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (runtime.isAlive() && System.nanoTime() < deadline) {
            Optional<X509Certificate> client = clientCertificate();
            if (client.isPresent()) {
                simulator.controller(SimulatedOpcUaController.class).server().trustClient(client.get());
                return;
            }
            Thread.sleep(100);
        }
    }

    /** @return the runtime's OPC UA client certificate, once it has made it (runtime.app's layout of the PKI) */
    private Optional<X509Certificate> clientCertificate() {
        Path file = project().resolve("pki/client/certs/client.der");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        } catch (GeneralSecurityException | IOException e) {
            return Optional.empty(); // being written right now: next round
        }
    }

    /** @return the runtime server's certificate (DER), written when its server has started */
    Path serverCertificate() {
        return project().resolve("pki/own/certs/server.der");
    }
}
