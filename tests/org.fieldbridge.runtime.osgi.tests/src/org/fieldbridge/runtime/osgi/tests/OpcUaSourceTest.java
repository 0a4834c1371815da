/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.osgi.tests;

import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Predicate;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.opcua.MonitoredSignal;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.Anonymous;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.ClientCertificate;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.Mode;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings.Policy;
import org.fieldbridge.runtime.opcua.OpcUaSource;
import org.fieldbridge.runtime.reconnect.BackoffPolicy;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.opcua.ApplicationCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** OPC UA acquisition (org.fieldbridge.runtime.opcua) against a Milo server on 127.0.0.1, inside Equinox. */
@Timeout(90)
@DisplayName("OPC UA acquisition")
class OpcUaSourceTest {

    private static final BackoffPolicy FAST = new BackoffPolicy(Duration.ofMillis(100), Duration.ofMillis(500), 2, 0);
    private static final String CLIENT_URI = "urn:fieldbridge:tests:runtime-client";
    private final BlockingQueue<Delivered> samples = new LinkedBlockingQueue<>();
    private final List<AutoCloseable> resources = new ArrayList<>();

    record Delivered(String signal, Sample sample) {
    }

    @AfterEach
    void closeEverything() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    private LoopbackOpcUaServer server(double temperature) throws Exception {
        return remember(LoopbackOpcUaServer.start(temperature));
    }

    private <T extends AutoCloseable> T remember(T resource) {
        resources.add(resource);
        return resource;
    }

    private OpcUaSource source(OpcUaEndpointSettings settings, MonitoredSignal... signals) {
        OpcUaSource source = remember(new OpcUaSource(settings, List.of(signals), Duration.ofMillis(50), FAST,
                (signal, sample) -> samples.add(new Delivered(signal, sample)), Clock.systemUTC()));
        source.start();
        return source;
    }

    private static OpcUaEndpointSettings insecure(String url) {
        return new OpcUaEndpointSettings(url, Policy.NONE, Mode.NONE, new Anonymous(), null, List.of(),
                Duration.ofSeconds(3));
    }

    private static MonitoredSignal bathTemp(LoopbackOpcUaServer server) {
        return new MonitoredSignal("Tank3.BathTemp", server.namespace().temperatureId().toParseableString(),
                Duration.ofMillis(20));
    }

    private Delivered await(Predicate<Delivered> condition) throws InterruptedException {
        return waitingFor("a matching sample").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(1))
                .until(() -> {
                    Delivered d = samples.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                    return d != null && condition.test(d) ? d : null;
                }, notNullValue());
    }

    @Test
    @DisplayName("delivers the server's value with its StatusCode and both timestamps (Part 4 §7.11 DataValue)")
    void deliversValuesWithStatusAndTimestamps() throws Exception {
        LoopbackOpcUaServer server = server(21.5);
        source(insecure(server.endpointUrl()), bathTemp(server));
        Delivered first = await(d -> d.sample().quality().isGood());
        assertEquals("Tank3.BathTemp", first.signal());
        assertEquals(21.5, first.sample().value());
        Instant source = Instant.parse("2026-11-24T12:00:00Z");
        server.namespace().setTemperature(new DataValue(new Variant(22.75), StatusCode.GOOD, new DateTime(source)));
        Delivered changed = await(d -> Double.valueOf(22.75).equals(d.sample().value()));
        assertEquals(source, changed.sample().sourceTimestamp(), "the device's source timestamp is kept");
        assertTrue(changed.sample().serverTimestamp().isAfter(source));
    }

    @Test
    @DisplayName("passes a Bad StatusCode from the server on, subcode included")
    void passesABadStatusOn() throws Exception {
        LoopbackOpcUaServer server = server(21.5);
        source(insecure(server.endpointUrl()), bathTemp(server));
        await(d -> d.sample().quality().isGood());
        server.namespace().setTemperature(new DataValue(new Variant(0.0), new StatusCode(StatusCodes.Bad_SensorFailure),
                DateTime.now()));
        Delivered bad = await(d -> d.sample().quality().isBad());
        assertTrue(bad.sample().quality().is(Quality.BAD_SENSOR_FAILURE), bad.sample().quality().toString());
    }

    @Test
    @DisplayName("reports a node the server does not know on that signal only")
    void reportsAnUnknownNodeOnThatSignalOnly() throws Exception {
        LoopbackOpcUaServer server = server(21.5);
        source(insecure(server.endpointUrl()), bathTemp(server),
                new MonitoredSignal("Tank3.Missing", "ns=2;s=NoSuchNode", Duration.ofMillis(20)));
        Delivered missing = await(d -> d.signal().equals("Tank3.Missing") && d.sample().quality().isBad()
                && !d.sample().quality().is(Quality.BAD_WAITING_FOR_INITIAL_DATA));
        assertEquals(StatusCodes.Bad_NodeIdUnknown, missing.sample().quality().unsignedCode(),
                missing.sample().quality().toString());
        assertTrue(missing.sample().quality().detail().contains("ns=2;s=NoSuchNode"));
        await(d -> d.signal().equals("Tank3.BathTemp") && d.sample().quality().isGood());
    }

    @Test
    @DisplayName("turns Bad with the last value kept when the server goes away, and Good again when it is back")
    void survivesAServerRestart() throws Exception {
        LoopbackOpcUaServer server = LoopbackOpcUaServer.start(21.5);
        OpcUaSource source = source(insecure(server.endpointUrl()), bathTemp(server));
        await(d -> d.sample().quality().isGood());
        int port = server.port();
        ApplicationCertificate certificate = server.applicationCertificate();
        server.close();
        Delivered lost = await(d -> d.sample().quality().isBad());
        assertEquals(21.5, lost.sample().value(), "last value kept");
        assertTrue(lost.sample().quality().is(Quality.BAD_COMMUNICATION_ERROR), lost.sample().quality().toString());
        assertFalse(source.isConnected());
        LoopbackOpcUaServer restarted = remember(LoopbackOpcUaServer.start(23.0, port, certificate));
        Delivered back = await(d -> d.sample().quality().isGood() && Double.valueOf(23.0).equals(d.sample().value()));
        assertNotNull(back);
        assertTrue(source.isConnected());
        restarted.namespace().setTemperature(24.0);
        await(d -> Double.valueOf(24.0).equals(d.sample().value()));
    }

    @Test
    @DisplayName("keeps retrying with backoff until a server that was down at start comes up")
    void retriesUntilTheServerComesUp() throws Exception {
        int port = LoopbackPort.free();
        String url = "opc.tcp://127.0.0.1:" + port + "/fieldbridge";
        source(insecure(url), new MonitoredSignal("Tank3.BathTemp", "ns=2;s=Line1/Temperature", Duration.ofMillis(20)));
        Delivered down = await(d -> d.sample().quality().is(Quality.BAD_NO_COMMUNICATION));
        assertTrue(down.sample().quality().detail().contains("retrying"), down.sample().quality().detail());
        remember(LoopbackOpcUaServer.start(19.0, port,
                ApplicationCertificate.create("Fieldbridge test server", LoopbackOpcUaServer.APPLICATION_URI)));
        await(d -> d.sample().quality().isGood());
    }

    @Test
    @DisplayName("reads over Basic256Sha256 SignAndEncrypt when both certificates are trusted")
    void readsOverAnEncryptedChannel() throws Exception {
        LoopbackOpcUaServer server = server(21.5);
        ApplicationCertificate client = ApplicationCertificate.create("Fieldbridge runtime", CLIENT_URI);
        server.trust(client.certificate());
        source(new OpcUaEndpointSettings(server.endpointUrl(), Policy.BASIC256SHA256, Mode.SIGN_AND_ENCRYPT,
                new Anonymous(), new ClientCertificate(CLIENT_URI, client.keyPair(), client.chain()),
                List.of(server.certificate()), Duration.ofSeconds(3)), bathTemp(server));
        assertEquals(21.5, await(d -> d.sample().quality().isGood()).sample().value());
    }

    @Test
    @DisplayName("refuses a server whose certificate it does not trust")
    void refusesAnUntrustedServer() throws Exception {
        LoopbackOpcUaServer server = server(21.5);
        ApplicationCertificate client = ApplicationCertificate.create("Fieldbridge runtime", CLIENT_URI);
        server.trust(client.certificate());
        OpcUaSource source = source(new OpcUaEndpointSettings(server.endpointUrl(), Policy.BASIC256SHA256,
                Mode.SIGN_AND_ENCRYPT, new Anonymous(), new ClientCertificate(CLIENT_URI, client.keyPair(),
                        client.chain()), List.of(), Duration.ofSeconds(3)), bathTemp(server));
        await(d -> d.sample().quality().is(Quality.BAD_NO_COMMUNICATION));
        assertFalse(source.isConnected());
    }

    @Test
    @DisplayName("rejects settings that mix a secure policy with mode None, or lack a client certificate")
    void rejectsInconsistentSecuritySettings() {
        assertThrows(IllegalArgumentException.class, () -> new OpcUaEndpointSettings("opc.tcp://127.0.0.1:4840",
                Policy.BASIC256SHA256, Mode.NONE, new Anonymous(), null, List.of(), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new OpcUaEndpointSettings("opc.tcp://127.0.0.1:4840",
                Policy.AES256_SHA256_RSAPSS, Mode.SIGN_AND_ENCRYPT, new Anonymous(), null, List.of(),
                Duration.ofSeconds(1)));
        IllegalArgumentException badNode = assertThrows(IllegalArgumentException.class,
                () -> new OpcUaSource(insecure("opc.tcp://127.0.0.1:4840"),
                        List.of(new MonitoredSignal("CuringOven.Zone1.Temp", "ns=two;s=oops", Duration.ZERO)),
                        Duration.ofMillis(50), FAST, (s, v) -> { }, Clock.systemUTC()));
        assertTrue(badNode.getMessage().contains("CuringOven.Zone1.Temp"), badNode.getMessage());
    }
}
