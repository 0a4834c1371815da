/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.tahu.message.SparkplugBPayloadEncoder;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.MetricDataType;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.tests.support.MosquittoBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edge node against a real Mosquitto, read back by a subscriber that decodes with Tahu. */
class SparkplugEdgeNodeTest {

    private static final String BASE = "spBv1.0/Acme.Riverside/";
    private static final EdgeNodeModel MODEL = new EdgeNodeModel("Acme.Riverside", "AnodizingLine", "1.4.0",
            java.util.List.of(
                    DeviceDefinition.of("Finishing.AnodizingLine.Tank3",
                            new MetricDefinition("Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp", "BathTemp",
                                    MetricType.DOUBLE, "°C", 0.0, 100.0),
                            new MetricDefinition("Acme.Riverside.Finishing.AnodizingLine.Tank3.Heating", "Heating",
                                    MetricType.BOOLEAN, null, null, null)),
                    DeviceDefinition.of("Finishing.AnodizingLine.Rectifier1",
                            new MetricDefinition("Acme.Riverside.Finishing.AnodizingLine.Rectifier1.Current",
                                    "Current", MetricType.UINT16, "A", 0.0, 2000.0))));
    private static final String BATH = "Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp";
    private static final String HEATING = "Acme.Riverside.Finishing.AnodizingLine.Tank3.Heating";
    private static final String TANK = "/AnodizingLine/Finishing.AnodizingLine.Tank3";

    @TempDir
    Path dir;
    private MosquittoBroker broker;
    private SparkplugSubscriber host;
    private SparkplugEdgeNode node;

    @BeforeEach
    void startBrokerAndHost() throws Exception {
        broker = MosquittoBroker.start(dir);
        host = new SparkplugSubscriber(broker.url());
    }

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        host.close();
        broker.close();
    }

    private void startNode() throws Exception {
        node = SparkplugEdgeNode.start(SparkplugConfig.anonymous(broker.url(), "fieldbridge-test"), MODEL);
    }

    private static Map<String, Metric> byName(SparkplugBPayload payload) {
        return payload.getMetrics().stream().collect(Collectors.toMap(Metric::getName, Function.identity()));
    }

    @Test
    void birthCertificatesNameEveryMetricWithAliasTypeUnitAndRange() throws Exception {
        Instant read = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        startNode();
        node.publish(BATH, new Sample(61.5, Quality.GOOD, read, read));

        SparkplugBPayload nbirth = host.await(BASE + "NBIRTH/AnodizingLine").payload();
        Map<String, Metric> nodeMetrics = byName(nbirth);
        assertEquals(0L, nbirth.getSeq());
        assertEquals(0L, nodeMetrics.get("bdSeq").getValue());
        assertEquals(false, nodeMetrics.get("Node Control/Rebirth").getValue());
        assertEquals("1.4.0", nodeMetrics.get("Properties/Model Version").getValue());

        SparkplugBPayload dbirth = host.await(BASE + "DBIRTH" + TANK).payload();
        assertEquals(1L, dbirth.getSeq());
        Map<String, Metric> metrics = byName(dbirth);
        Metric bath = metrics.get("BathTemp");
        assertEquals(1L, bath.getAlias());
        assertEquals(MetricDataType.Double, bath.getDataType());
        assertEquals("°C", bath.getProperties().getPropertyValue("engUnit").getValue());
        assertEquals(0.0, bath.getProperties().getPropertyValue("engLow").getValue());
        assertEquals(100.0, bath.getProperties().getPropertyValue("engHigh").getValue());
        Metric heating = metrics.get("Heating");
        assertEquals(2L, heating.getAlias());
        assertEquals(MetricDataType.Boolean, heating.getDataType());
        assertNull(heating.getProperties().getPropertyValue("engUnit"));

        Metric current = byName(host.await(BASE + "DBIRTH/AnodizingLine/Finishing.AnodizingLine.Rectifier1").payload())
                .get("Current");
        assertEquals(3L, current.getAlias());
        assertEquals(MetricDataType.UInt16, current.getDataType());
        assertEquals("A", current.getProperties().getPropertyValue("engUnit").getValue());
    }

    @Test
    void dataCarriesTheAliasTheValueTheSourceTimestampAndTheQuality() throws Exception {
        startNode();
        host.await(BASE + "DBIRTH/AnodizingLine/Finishing.AnodizingLine.Rectifier1");
        Instant read = Instant.parse("2026-03-02T08:15:30.250Z");
        node.publish(BATH, new Sample(72.25, Quality.UNCERTAIN_LAST_USABLE_VALUE, read, Instant.now()));

        SparkplugBPayload ddata = host.await(BASE + "DDATA" + TANK).payload();
        assertEquals(3L, ddata.getSeq(), "NBIRTH 0, two DBIRTHs 1 and 2, then this");
        Metric metric = ddata.getMetrics().get(0);
        assertNull(metric.getName(), "data is sent by alias only");
        assertEquals(1L, metric.getAlias());
        assertEquals(72.25, metric.getValue());
        assertEquals(Date.from(read), metric.getTimestamp());
        assertEquals(Quality.UNCERTAIN_LAST_USABLE_VALUE.code(),
                metric.getProperties().getPropertyValue("Quality").getValue());
    }

    @Test
    void aDeviceWhoseSignalsAreAllBadDiesAndIsBornAgainWithItsNextGoodValue() throws Exception {
        Instant t = Instant.now();
        startNode();
        host.await(BASE + "DBIRTH/AnodizingLine/Finishing.AnodizingLine.Rectifier1");
        node.publish(BATH, new Sample(60.0, Quality.BAD_COMMUNICATION_ERROR, t, t));
        node.publish(HEATING, new Sample(true, Quality.BAD_COMMUNICATION_ERROR, t, t));

        SparkplugSubscriber.Message death = host.await(BASE + "DDEATH" + TANK);
        int afterDeath = host.messages().indexOf(death) + 1;
        node.publish(BATH, new Sample(61.0, Quality.GOOD, t.plusSeconds(1), t.plusSeconds(1)));

        SparkplugBPayload rebirth = host.await(BASE + "DBIRTH" + TANK, afterDeath).payload();
        assertEquals(61.0, byName(rebirth).get("BathTemp").getValue(), rebirth::toString);
        assertTrue(host.messages().stream().filter(m -> m.topic().equals(BASE + "DDATA" + TANK))
                .allMatch(m -> m.payload().getMetrics().stream().noneMatch(x -> Double.valueOf(61.0).equals(x.getValue()))),
                "the good value comes in the birth certificate, not as data of a dead device");
    }

    @Test
    void aRebirthCommandRepeatsEveryBirthCertificateWithTheSameBdSeq() throws Exception {
        startNode();
        host.await(BASE + "DBIRTH/AnodizingLine/Finishing.AnodizingLine.Rectifier1");
        int before = host.count();
        SparkplugBPayload command = new SparkplugBPayload.SparkplugBPayloadBuilder().setTimestamp(new Date())
                .addMetric(new Metric.MetricBuilder("Node Control/Rebirth", MetricDataType.Boolean, true).createMetric())
                .createPayload();
        host.publish(BASE + "NCMD/AnodizingLine", new SparkplugBPayloadEncoder().getBytes(command, false));

        SparkplugBPayload nbirth = host.await(BASE + "NBIRTH/AnodizingLine", before).payload();
        assertEquals(0L, nbirth.getSeq());
        assertEquals(0L, byName(nbirth).get("bdSeq").getValue(), "a rebirth is no new session");
        host.await(BASE + "DBIRTH" + TANK, before);
        host.await(BASE + "DBIRTH/AnodizingLine/Finishing.AnodizingLine.Rectifier1", before);
    }

    @Test
    void theBrokerPublishesTheNodeDeathWhenTheRuntimeVanishes() throws Exception {
        startNode();
        host.await(BASE + "DBIRTH/AnodizingLine/Finishing.AnodizingLine.Rectifier1");
        assertFalse(host.messages().stream().anyMatch(m -> m.topic().contains("NDEATH")));

        node.dropConnection();

        SparkplugBPayload ndeath = host.await(BASE + "NDEATH/AnodizingLine").payload();
        assertEquals(0L, byName(ndeath).get("bdSeq").getValue(), "the bdSeq of the NBIRTH it ends");
        assertNull(ndeath.getSeq(), "an NDEATH has no seq");
    }

    @Test
    void aCleanStopPublishesTheNodeDeathItself() throws Exception {
        startNode();
        host.await(BASE + "DBIRTH/AnodizingLine/Finishing.AnodizingLine.Rectifier1");
        node.close();
        node = null;
        host.await(BASE + "NDEATH/AnodizingLine");
        assertEquals(1, host.messages().stream().filter(m -> m.topic().contains("NDEATH")).count());
    }

    @Test
    void aKeepAliveBelowOneSecondIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SparkplugConfig("tcp://127.0.0.1:1", "x", null, null, Duration.ofMillis(500)));
    }
}
