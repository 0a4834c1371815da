/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.tests;

import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.awaitility.core.ConditionTimeoutException;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.opcua.MonitoredSignal;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.ClientCertificate;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.Mode;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.Policy;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.UserName;
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
import org.fieldbridge.tests.support.opcua.ApplicationCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Oven2, the curing oven's simulated OPC UA controller, read by the runtime's OPC UA acquisition over
 * Basic256Sha256 SignAndEncrypt with a user name, as the Riverside plant's Oven2 endpoint describes.
 */
@Timeout(90)
@DisplayName("Simulated OPC UA controller Oven2")
class Oven2OpcUaTest {

    private static final String USER = "fieldbridge";
    private static final String CLIENT_URI = "urn:fieldbridge:tests:oven2-client";
    private final String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
    private final Map<String, Sample> latest = new ConcurrentHashMap<>();
    private Simulator simulator;
    private OpcUaSource source;

    @AfterEach
    void stop() {
        if (source != null) {
            source.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    @DisplayName("serves the oven zones' simulated temperatures to an encrypted, authenticated client")
    void servesTheZoneTemperatures(@TempDir Path pki) throws Exception {
        TwinServerConfig oven2 = TwinServerConfig.builder("oven2-sim", secrets())
                .port(LoopbackPort.free())
                .pkiDirectory(pki)
                .build();
        simulator = RiversideSimulation.create(LoopbackPort.free(), oven2, 20.0);
        simulator.start();
        TwinOpcUaServer server = simulator.controller(SimulatedOpcUaController.class).server();
        ApplicationCertificate client = ApplicationCertificate.create("Oven2 test client", CLIENT_URI);
        KeyPair keys = client.keyPair();
        X509Certificate clientCertificate = client.certificate();
        server.trustClient(clientCertificate);

        var settings = new OpcUaEndpointSettings(server.endpointUrls().get(0), Policy.BASIC256SHA256,
                Mode.SIGN_AND_ENCRYPT, new UserName(USER, password::toCharArray),
                new ClientCertificate(CLIENT_URI, keys, new X509Certificate[] { clientCertificate }),
                List.of(server.certificate()), Duration.ofSeconds(5));
        List<MonitoredSignal> signals = List.of(
                new MonitoredSignal("CuringOven.Zone1.Temp", server.nodeId("Zone1.Temp"), Duration.ofMillis(50)),
                new MonitoredSignal("CuringOven.Zone1.Setpoint", server.nodeId("Zone1.SP"), Duration.ofMillis(50)));
        assertEquals("ns=2;s=Zone1.Temp", server.nodeId("Zone1.Temp"), "the node id riverside.twin maps");
        source = new OpcUaSource(settings, signals, Duration.ofMillis(100),
                new BackoffPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 2, 0),
                (signal, sample) -> latest.put(signal, sample), Clock.systemUTC());
        source.start();

        try {
            waitingFor("Zone1 Good and above 40 °C").atMost(Duration.ofSeconds(30)).until(() -> good("CuringOven.Zone1.Temp")
                    && good("CuringOven.Zone1.Setpoint") && ((Double) latest.get("CuringOven.Zone1.Temp").value()) > 40);
        } catch (ConditionTimeoutException e) {
            // the assertions below say what is missing
        }
        assertTrue(good("CuringOven.Zone1.Temp"), () -> "Zone1.Temp: " + latest.get("CuringOven.Zone1.Temp"));
        assertEquals(180.0, latest.get("CuringOven.Zone1.Setpoint").value());
        double temp = (Double) latest.get("CuringOven.Zone1.Temp").value();
        assertTrue(temp > 40 && temp < 190, "heating up from 25 °C towards 180 °C at 20x speed: " + temp);
        assertEquals(temp, simulator.value("CuringOven.Zone1.Temp"), 30, "close to the simulation's own value");
    }

    private boolean good(String signal) {
        Sample s = latest.get(signal);
        return s != null && s.quality().isGood();
    }

    private SecretResolver secrets() {
        PasswordHash hash = PasswordHash.of(password.toCharArray(), 1_000);
        char[] keyStore = HexFormat.of().formatHex(new SecureRandom().generateSeed(12)).toCharArray();
        return SecretResolver.singleUser(USER, hash, keyStore);
    }
}
