/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import static org.fieldbridge.runtime.app.RiversideSlice.BATH_TEMP;
import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.eclipse.tahu.message.model.Metric;
import org.fieldbridge.runtime.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The runtime configured with {@code sparkplug.brokerUrl} publishes the simulated plant to a real Mosquitto. */
@Timeout(120)
class SparkplugPublishingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static final String TANK3 = "spBv1.0/Acme.Riverside/%s/" + RiversideSlice.NAME
            + "/Finishing.AnodizingLine.Tank3";

    @TempDir
    Path dir;
    @RegisterExtension
    final SparkplugRig rig = new SparkplugRig();

    @Test
    void theBathTemperatureReachesTheBrokerWithItsUnitAndTheValueTheRuntimeRead() throws Exception {
        rig.startBroker(dir);
        TwinRuntime runtime = rig.start(RuntimeFixture.withSimulator(dir, 1.0), "");

        waitingFor("a DBIRTH of Tank3").atMost(PATIENCE).until(() -> rig.arrived(TANK3.formatted("DBIRTH")));
        Metric bath = rig.first(TANK3.formatted("DBIRTH")).payload().getMetrics().stream()
                .filter(m -> "BathTemp".equals(m.getName())).findFirst().orElseThrow();
        assertEquals("°C", bath.getProperties().getPropertyValue("engUnit").getValue());
        assertEquals(40.0, bath.getProperties().getPropertyValue("engHigh").getValue());
        assertTrue(rig.received().stream().anyMatch(m -> m.topic().endsWith("/NBIRTH/" + RiversideSlice.NAME)));

        waitingFor("a DDATA of the bath temperature equal to the runtime's, was " + runtime.latest(BATH_TEMP))
                .atMost(PATIENCE).until(() -> {
                    Sample latest = runtime.latest(BATH_TEMP);
                    return latest != null && latest.quality().isGood() && rig.received().stream()
                            .filter(m -> m.topic().equals(TANK3.formatted("DDATA")))
                            .flatMap(m -> m.payload().getMetrics().stream())
                            .anyMatch(m -> bath.getAlias().equals(m.getAlias()) && latest.value().equals(m.getValue())
                                    && Date.from(latest.sourceTimestamp()).equals(m.getTimestamp())
                                    && Integer.valueOf(0).equals(m.getProperties().getPropertyValue("Quality").getValue()));
                });
    }

    @Test
    void withoutABrokerUrlTheEdgeNodeIsOffAndItsOtherKeysAreRefused() throws Exception {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        TwinAssembly twin = fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5));
        Path file = fixture.writeConfiguration("");
        assertTrue(RuntimeConfiguration.load(file, twin, fixture.env).sparkplug().isEmpty());

        fixture.writeConfiguration("sparkplug.username=line3\n");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> RuntimeConfiguration.load(file, twin, fixture.env));
        assertTrue(e.getMessage().contains("sparkplug.username: needs sparkplug.brokerUrl"), e.getMessage());
    }

    @Test
    void theMqttPasswordIsASecretReferenceNeverALiteral() throws Exception {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        TwinAssembly twin = fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5));
        Path file = fixture.writeConfiguration("sparkplug.brokerUrl=tcp://broker.example:1883\n"
                + "sparkplug.password=hunter2-literal\n");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> RuntimeConfiguration.load(file, twin, fixture.env));
        assertTrue(e.getMessage().contains("sparkplug.password"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), "the secret is not shown");

        fixture.writeConfiguration("sparkplug.brokerUrl=tcp://broker.example:1883\n"
                + "sparkplug.password=env:FB_OVEN2_PASSWORD\nsparkplug.groupId=Plant7\n");
        SparkplugSettings settings = RuntimeConfiguration.load(file, twin, fixture.env).sparkplug().orElseThrow();
        assertEquals("Plant7", settings.groupId());
        assertEquals("Plant7", SparkplugModel.of(twin, settings).groupId());
        assertEquals(RiversideSlice.NAME, SparkplugModel.of(twin, settings).edgeNodeId());
    }

    @Test
    void anSslBrokerNeedsTheCertificateOfItsCaInThePkiFolder() throws Exception {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        TwinAssembly twin = fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5));
        Path file = fixture.writeConfiguration("sparkplug.brokerUrl=ssl://broker.example:8883\n");
        ConfigurationException missing = assertThrows(ConfigurationException.class,
                () -> RuntimeConfiguration.load(file, twin, fixture.env));
        assertTrue(missing.getMessage().contains("an ssl:// broker needs the certificate of the CA that signed its "
                + "certificate in " + dir.resolve("pki/broker")), missing.getMessage());

        Path ca = Files.createDirectories(dir.resolve("pki/broker")).resolve("plant-ca.pem");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                "-subj", "/CN=Riverside plant CA", "-keyout", dir.resolve("ca.key").toString(), "-out", ca.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("openssl.log").toFile()).start();
        assertEquals(0, openssl.waitFor());
        SparkplugSettings settings = RuntimeConfiguration.load(file, twin, fixture.env).sparkplug().orElseThrow();
        assertEquals(dir.resolve("pki/broker"), settings.tls().trustedCertificates());
        assertEquals(null, settings.tls().keyStore());

        fixture.writeConfiguration("sparkplug.brokerUrl=ssl://broker.example:8883\nsparkplug.keyStore=edge.p12\n");
        ConfigurationException alone = assertThrows(ConfigurationException.class,
                () -> RuntimeConfiguration.load(file, twin, fixture.env));
        assertTrue(alone.getMessage().contains("sparkplug.keyStore and sparkplug.keyStorePassword go together"),
                alone.getMessage());
    }

    @Test
    void tlsKeysWithAPlainMqttBrokerAreRefused() throws Exception {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        TwinAssembly twin = fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5));
        Path file = fixture.writeConfiguration("sparkplug.brokerUrl=tcp://broker.example:1883\n"
                + "sparkplug.trustedCertificates=pki/broker\n");
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> RuntimeConfiguration.load(file, twin, fixture.env));
        assertTrue(e.getMessage().contains("sparkplug.trustedCertificates: only for a TLS broker; write the broker URL "
                + "as ssl://host:8883"), e.getMessage());
    }

    @Test
    void behaviourStatesAndEventsAreMetricsOfTheirEquipment() throws Exception {
        RuntimeFixture fixture = RuntimeFixture.withoutControllers(dir);
        TwinAssembly twin = fixture.twin(LocalDate.now().plusYears(1), Duration.ofSeconds(5));
        Path file = fixture.writeConfiguration("sparkplug.brokerUrl=tcp://broker.example:1883\n");
        SparkplugSettings settings = RuntimeConfiguration.load(file, twin, fixture.env).sparkplug().orElseThrow();
        org.fieldbridge.runtime.sparkplug.DeviceDefinition tank3 = SparkplugModel.of(twin, settings).devices().stream()
                .filter(d -> d.deviceId().equals("Finishing.AnodizingLine.Tank3")).findFirst().orElseThrow();
        java.util.Map<String, org.fieldbridge.runtime.sparkplug.MetricDefinition> metrics = new java.util.HashMap<>();
        tank3.metrics().forEach(m -> metrics.put(m.name(), m));
        assertEquals(RiversideSlice.ALARM_ACTIVE, metrics.get("BathTooHot/Active").signalId());
        assertEquals(org.fieldbridge.runtime.sparkplug.MetricKind.STATE, metrics.get("BathTooHot/Active").kind());
        assertEquals(org.fieldbridge.runtime.sparkplug.MetricKind.EVENT, metrics.get("BathTooHot/Event").kind());
        assertTrue(metrics.containsKey("BathGrid/BathTempMean"));
        assertFalse(metrics.containsKey("BathGrid/Event"), "the grid fires no events");

        org.fieldbridge.runtime.behaviour.BehaviourEvent raised = new org.fieldbridge.runtime.behaviour.BehaviourEvent(
                "BathTooHot", org.fieldbridge.runtime.behaviour.BehaviourEvent.Type.RAISED,
                java.time.Instant.parse("2026-03-02T08:00:00Z"), 24.8, 700, "BathTooHot active: 24.8 °C");
        java.util.Map<String, Sample> samples = BehaviourEventMetrics.samples(RiversideSlice.TANK3, raised);
        assertEquals(List.of(metrics.get("BathTooHot/EventSeverity").signalId(),
                metrics.get("BathTooHot/EventMessage").signalId(), metrics.get("BathTooHot/Event").signalId()),
                List.copyOf(samples.keySet()), "every sample of the event has its metric");
        assertEquals("RAISED", samples.get(metrics.get("BathTooHot/Event").signalId()).value());
    }
}
