/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.server.tests;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.NodeOpcUa;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interoperability with an OPC UA client not written here: node-opcua (pinned in interop/package.json)
 * reads an AnalogItem over Basic256Sha256 SignAndEncrypt with a user name and password. Needs
 * {@code node} on the PATH and {@code npm ci} run in interop/ (CI's .ci/run does it); without them the
 * test fails and says so.
 */
@Timeout(120)
class NodeOpcUaInteropTest {

    private static final String CLIENT_URI = "urn:fieldbridge:tests:node-opcua-client";
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    @DisplayName("node-opcua reads value, EngineeringUnits and EURange over Basic256Sha256 SignAndEncrypt as a user")
    void nodeOpcUaReadsAnAnalogItem() throws Exception {
        TestSecrets secrets = new TestSecrets();
        Path pki = Files.createDirectories(temp.resolve("server-pki"));
        try (TwinOpcUaServer server = TestServer.start(pki, secrets)) {
            Instant source = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
            server.publish(AcmePlant.BATH_TEMP, new Sample(23.25, Quality.GOOD, source, source.plusMillis(40)));
            server.publish(AcmePlant.LOAD_COUNT, new Sample(4_000_000_000L, Quality.GOOD, source, source));

            String json = read(server, server.endpointUrls().get(0), secrets);
            Map<String, String> read = FlatJson.parse(json);
            assertEquals(23.25, Double.parseDouble(read.get("value")), json);
            assertEquals(0L, Long.parseLong(read.get("statusCode")), json);
            assertEquals(source, Instant.parse(read.get("sourceTimestamp")), json);
            assertEquals("http://www.opcfoundation.org/UA/units/un/cefact", read.get("unitNamespaceUri"), json);
            assertEquals(4408652, Integer.parseInt(read.get("unitId")), "CEL per OPC 10000-8 §5.6.3: " + json);
            assertEquals("°C", read.get("unitDisplayName"), json);
            assertEquals(0.0, Double.parseDouble(read.get("euLow")), json);
            assertEquals(40.0, Double.parseDouble(read.get("euHigh")), json);
            assertEquals(SecurityPolicy.Basic256Sha256.getUri(), read.get("securityPolicyUri"), json);
            assertEquals("SignAndEncrypt", read.get("securityMode"), json);
            // a uint32 counter: UInt32 (i=7), a DataItem (i=2365) without EngineeringUnits or an empty EURange
            assertEquals(4_000_000_000L, Long.parseLong(read.get("counterValue")), json);
            assertTrue(read.get("counterDataType").endsWith("i=7"), json);
            assertTrue(read.get("counterTypeDefinition").endsWith("i=2365"), json);
            assertEquals("", read.get("counterProperties"), json);
        }
    }

    @Test
    @DisplayName("a runtime that announces the host name 'localhost' lets node-opcua in by that name and by the address it is bound to")
    void nodeOpcUaGetsInByTheHostNameAndByTheBindAddress() throws Exception {
        TestSecrets secrets = new TestSecrets();
        Path pki = Files.createDirectories(temp.resolve("server-pki"));
        // the generated runtime configuration's set-up: bound to 127.0.0.1, announcing localhost
        try (TwinOpcUaServer server = TestServer.start(pki, secrets, b -> b.hostname("localhost"))) {
            List<String> announcedUrls = server.endpointUrls();
            assertEquals(1, announcedUrls.size(), announcedUrls::toString);
            String announced = announcedUrls.get(0);
            assertTrue(announced.startsWith("opc.tcp://localhost:"), announced);
            // asked by the configured name, the server answers with that name only (OPC 10000-4 §5.4.4)
            for (EndpointDescription endpoint : DiscoveryClient.getEndpoints(announced).get(10, SECONDS)) {
                assertEquals(announced, endpoint.getEndpointUrl());
            }
            X509Certificate certificate = server.certificate();
            assertTrue(CertificateUtil.getSanDnsNames(certificate).contains("localhost"), "certificate names localhost");
            assertTrue(CertificateUtil.getSanIpAddresses(certificate).contains(LoopbackPort.ADDRESS),
                    "certificate names the bind address");
            Instant source = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
            server.publish(AcmePlant.BATH_TEMP, new Sample(21.5, Quality.GOOD, source, source));

            String byAddress = read(server, announced.replace("//localhost:", "//" + LoopbackPort.ADDRESS + ":"), secrets);
            assertEquals(21.5, Double.parseDouble(FlatJson.parse(byAddress).get("value")), byAddress);
            String byName = read(server, announced, secrets);
            assertEquals(21.5, Double.parseDouble(FlatJson.parse(byName).get("value")), byName);
        }
    }

    /** Runs read-analog-item.js against {@code endpoint} and returns the JSON line it printed. */
    private String read(TwinOpcUaServer server, String endpoint, TestSecrets secrets) throws Exception {
        Path script = InteropFolder.script("read-analog-item.js");
        NodeOpcUa nodeOpcUa = NodeOpcUa.installed();
        TrustedNodeClient client = TrustedNodeClient.of(server, Files.createTempDirectory(temp, "node-client"),
                "Fieldbridge interop client (node-opcua)", CLIENT_URI);
        Map<String, String> env = client.environment("read");
        env.put("FB_ENDPOINT", endpoint);
        env.put("FB_NODE_ID", server.nodeId(AcmePlant.BATH_TEMP));
        env.put("FB_COUNTER_NODE_ID", server.nodeId(AcmePlant.LOAD_COUNT));
        env.put("FB_USER", TestSecrets.USER);
        env.put("FB_PASSWORD", secrets.password());
        // node-opcua keeps its default config/PKI folders inside the test's temporary directory
        NodeOpcUa.Run run = nodeOpcUa.run(script, temp, env, CLIENT_TIMEOUT);
        String json = run.lastJsonLine("reading " + endpoint);
        assertFalse(run.output().contains(secrets.password()), "the password appears in the client's output");
        return json;
    }

}
