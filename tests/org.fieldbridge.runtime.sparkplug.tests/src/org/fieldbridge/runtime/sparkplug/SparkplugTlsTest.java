/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.tests.support.LogCapture;
import org.fieldbridge.tests.support.MosquittoBroker;
import org.fieldbridge.tests.support.TestPki;
import org.fieldbridge.tests.support.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS to a real Mosquitto whose only listener is TLS, with certificates made by openssl in the test. */
class SparkplugTlsTest {

    private static final String BATH = "Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp";
    private static final EdgeNodeModel MODEL = new EdgeNodeModel("Acme.Riverside", "AnodizingLine", "1.4.0",
            List.of(DeviceDefinition.of("Finishing.AnodizingLine.Tank3",
                    new MetricDefinition(BATH, "BathTemp", MetricType.DOUBLE, "°C", 0.0, 100.0))));
    private static final String NBIRTH = "spBv1.0/Acme.Riverside/NBIRTH/AnodizingLine";

    @TempDir
    Path dir;
    private TestPki plantCa;
    private MosquittoBroker broker;
    private SparkplugEdgeNode node;

    @BeforeEach
    void makeThePlantCa() throws Exception {
        plantCa = TestPki.ca(dir.resolve("plant-ca"), "Riverside plant");
    }

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private MosquittoBroker brokerWithCertificateFor(String altNames, Path clientCas) throws Exception {
        Path certificate = plantCa.sign("broker", altNames, false);
        broker = MosquittoBroker.startTls(dir, certificate, plantCa.key("broker"), clientCas);
        return broker;
    }

    private BrokerTls trustingThePlantCa() throws Exception {
        return BrokerTls.trusting("pki/broker", plantCa.trusted());
    }

    @Test
    void aBrokerSignedByATrustedCaIsReachedOverTls() throws Exception {
        brokerWithCertificateFor("IP:127.0.0.1", null);
        try (SparkplugSubscriber host = new SparkplugSubscriber(broker.url(), trustingThePlantCa())) {
            node = SparkplugEdgeNode.start(SparkplugConfig.anonymous(broker.url(), "fieldbridge-tls")
                    .withTls(trustingThePlantCa()), MODEL);
            node.publish(BATH, new Sample(61.5, Quality.GOOD, Instant.now(), Instant.now()));

            host.await(NBIRTH);
            assertEquals(61.5, host.await("spBv1.0/Acme.Riverside/DBIRTH/AnodizingLine/Finishing.AnodizingLine.Tank3")
                    .payload().getMetrics().get(0).getValue());
            assertTrue(broker.url().startsWith("ssl://"));
        }
    }

    @Test
    void aBrokerSignedByAnotherCaIsRefusedInPlantWords() throws Exception {
        brokerWithCertificateFor("IP:127.0.0.1", null);
        TestPki otherCa = TestPki.ca(dir.resolve("other-ca"), "Somebody else");
        try (LogCapture log = new LogCapture()) {
            node = SparkplugEdgeNode.start(SparkplugConfig.anonymous(broker.url(), "fieldbridge-tls")
                    .withTls(BrokerTls.trusting("pki/broker", otherCa.trusted())), MODEL);

            Waiting.waitingFor("the refusal in the log").atMost(Duration.ofSeconds(15))
                    .until(() -> log.text().contains("SPB-TLS-UNTRUSTED"));
            String line = log.text().lines().filter(l -> l.contains("SPB-TLS-UNTRUSTED")).findFirst().orElseThrow();
            assertTrue(line.contains("broker " + broker.url() + " is not trusted"), line);
            assertTrue(line.contains("not signed by a CA in pki/broker"), line);
            assertFalse(line.contains("Exception"), "no Java class names for plant engineers: " + line);
            assertFalse(node.isConnected());
        }
    }

    @Test
    void aBrokerCertificateForAnotherHostIsRefused() throws Exception {
        brokerWithCertificateFor("DNS:broker.example", null);
        try (LogCapture log = new LogCapture()) {
            node = SparkplugEdgeNode.start(SparkplugConfig.anonymous(broker.url(), "fieldbridge-tls")
                    .withTls(trustingThePlantCa()), MODEL);

            Waiting.waitingFor("the refusal in the log").atMost(Duration.ofSeconds(15))
                    .until(() -> log.text().contains("SPB-TLS-HOST"));
            assertTrue(log.text().contains("not for host 127.0.0.1"), log.text());
            assertFalse(node.isConnected(), "hostname verification is on");
        }
    }

    @Test
    void aPlainMqttPortUnderSslIsNamedAsSuch() throws Exception {
        broker = MosquittoBroker.start(java.nio.file.Files.createDirectories(dir.resolve("plain")));
        String ssl = broker.url().replace("tcp://", "ssl://");
        try (LogCapture log = new LogCapture()) {
            node = SparkplugEdgeNode.start(SparkplugConfig.anonymous(ssl, "fieldbridge-tls")
                    .withTls(trustingThePlantCa()), MODEL);

            Waiting.waitingFor("the refusal in the log").atMost(Duration.ofSeconds(15))
                    .until(() -> log.text().contains("SPB-TLS"));
            assertTrue(log.text().contains("SPB-TLS: broker " + ssl + " and the edge node found no common TLS setting"),
                    log.text());
            assertFalse(log.text().lines().filter(l -> l.contains("SPB-")).anyMatch(l -> l.contains("Exception")),
                    "no Java class names for plant engineers");
        }
    }

    @Test
    void nobodyListeningIsSaidInPlantWords() throws Exception {
        String closed = "tcp://127.0.0.1:" + org.fieldbridge.tests.support.LoopbackPort.free();
        try (LogCapture log = new LogCapture()) {
            node = SparkplugEdgeNode.start(SparkplugConfig.anonymous(closed, "fieldbridge-tls"), MODEL);

            Waiting.waitingFor("the refusal in the log").atMost(Duration.ofSeconds(15))
                    .until(() -> log.text().contains("SPB-UNREACHABLE"));
            assertTrue(log.text().contains("SPB-UNREACHABLE: broker " + closed + " not reached (nobody accepts "
                    + "connections on that port)"), log.text());
            assertFalse(log.text().lines().filter(l -> l.contains("SPB-")).anyMatch(l -> l.contains("Exception")),
                    "no Java class names for plant engineers");
        }
    }

    @Test
    void aBrokerThatDemandsAClientCertificateAcceptsTheEdgeNodes() throws Exception {
        char[] password = "store-pass".toCharArray();
        java.security.KeyStore clientKeys = plantCa.clientKeyStore("edge-riverside", password);
        brokerWithCertificateFor("IP:127.0.0.1", plantCa.caCertificate());
        BrokerTls tls = new BrokerTls("pki/broker", plantCa.trusted(), clientKeys, password);
        try (SparkplugSubscriber host = new SparkplugSubscriber(broker.url(), tls)) {
            node = SparkplugEdgeNode.start(SparkplugConfig.anonymous(broker.url(), "fieldbridge-tls").withTls(tls),
                    MODEL);
            host.await(NBIRTH);
        }
    }
}
