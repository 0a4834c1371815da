/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.MetricDataType;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.tests.support.MosquittoBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour states and events as metrics of the equipment's device, against a real Mosquitto. */
class SparkplugBehaviourMetricsTest {

    private static final String TANK3 = "Acme.Riverside.Finishing.AnodizingLine.Tank3";
    private static final String BATH = TANK3 + ".BathTemp";
    private static final String ACTIVE = TANK3 + ".BathTooHot.Active";
    private static final String EVENT = TANK3 + ".BathTooHot.Event";
    private static final String STATEMENT = TANK3 + ".Tank3BathInSpec.Statement";
    private static final EdgeNodeModel MODEL = new EdgeNodeModel("Acme.Riverside", "riverside", "1.4.0",
            List.of(new DeviceDefinition("Finishing.AnodizingLine.Tank3", List.of(
                    new MetricDefinition(BATH, "BathTemp", MetricType.DOUBLE, "°C", 0.0, 40.0),
                    MetricDefinition.of(MetricKind.STATE, ACTIVE, "BathTooHot/Active", MetricType.BOOLEAN),
                    MetricDefinition.of(MetricKind.EVENT, EVENT, "BathTooHot/Event", MetricType.STRING),
                    MetricDefinition.of(MetricKind.STATE, STATEMENT, "Tank3BathInSpec/Statement",
                            MetricType.STRING)))));
    private static final String DDATA = "spBv1.0/Acme.Riverside/DDATA/riverside/Finishing.AnodizingLine.Tank3";
    private static final String DBIRTH = "spBv1.0/Acme.Riverside/DBIRTH/riverside/Finishing.AnodizingLine.Tank3";

    @TempDir
    Path dir;
    private MosquittoBroker broker;
    private SparkplugSubscriber host;
    private SparkplugEdgeNode node;

    @BeforeEach
    void start() throws Exception {
        broker = MosquittoBroker.start(dir);
        host = new SparkplugSubscriber(broker.url());
        node = SparkplugEdgeNode.start(SparkplugConfig.anonymous(broker.url(), "fieldbridge-behaviours"), MODEL);
    }

    @AfterEach
    void stop() throws Exception {
        node.close();
        host.close();
        broker.close();
    }

    private static Sample good(Object value, long second) {
        Instant at = Instant.parse("2026-03-02T08:00:00Z").plusSeconds(second);
        return new Sample(value, Quality.GOOD, at, at);
    }

    @Test
    void statesAndEventsAreMetricsOfTheEquipmentsBirthCertificate() {
        Map<String, Metric> birth = host.await(DBIRTH).payload().getMetrics().stream()
                .collect(Collectors.toMap(Metric::getName, Function.identity()));
        assertEquals(MetricDataType.Boolean, birth.get("BathTooHot/Active").getDataType());
        assertEquals(2L, birth.get("BathTooHot/Active").getAlias());
        assertEquals(MetricDataType.String, birth.get("BathTooHot/Event").getDataType());
        assertEquals(MetricDataType.String, birth.get("Tank3BathInSpec/Statement").getDataType());
    }

    @Test
    void aStateIsSentWhenItChangesNotEachTimeTheBehaviourRepeatsIt() {
        host.await(DBIRTH);
        node.publish(ACTIVE, good(false, 1));
        node.publish(ACTIVE, good(false, 2));
        node.publish(ACTIVE, good(false, 3));
        node.publish(ACTIVE, good(true, 4));
        node.publish(ACTIVE, good(true, 5));
        node.publish(STATEMENT, good("Tank3BathInSpec PASS: 21.0 within 18.0 .. 22.0; calibration RKL-2026-00417 "
                + "valid until 2027-03-01", 6));
        node.publish(BATH, good(21.5, 7)); // the last message: everything before it has arrived then

        List<Metric> data = awaitDataUntilAlias(1L);
        List<Object> active = data.stream().filter(m -> m.getAlias() == 2L).map(Metric::getValue).toList();
        assertEquals(List.of(false, true), active, "one DDATA per change of the state");
        Metric statement = data.stream().filter(m -> m.getAlias() == 4L).findFirst().orElseThrow();
        assertEquals("Tank3BathInSpec PASS: 21.0 within 18.0 .. 22.0; calibration RKL-2026-00417 valid until "
                + "2027-03-01", statement.getValue(), "a verdict with its calibration citation");
    }

    @Test
    void everyEventIsSentEvenWhenItsTextRepeats() {
        host.await(DBIRTH);
        node.publish(EVENT, good("RAISED", 1));
        node.publish(EVENT, good("RAISED", 2));
        node.publish(BATH, good(21.5, 3));

        List<Metric> events = awaitDataUntilAlias(1L).stream().filter(m -> m.getAlias() == 3L).toList();
        assertEquals(2, events.size());
        assertEquals(java.util.Date.from(good(null, 2).sourceTimestamp()), events.get(1).getTimestamp(),
                "stamped with the event's source time");
    }

    @Test
    void aDeviceWhoseSignalsAreAllBadDiesWhateverItsEventsAndStates() {
        host.await(DBIRTH);
        node.publish(EVENT, good("RAISED", 1));
        node.publish(ACTIVE, good(true, 1));
        Instant t = Instant.now();
        node.publish(BATH, new Sample(20.0, Quality.BAD_COMMUNICATION_ERROR, t, t));
        assertNotNull(host.await("spBv1.0/Acme.Riverside/DDEATH/riverside/Finishing.AnodizingLine.Tank3"));
    }

    /** The metrics of every DDATA up to and including the first carrying {@code alias}. */
    private List<Metric> awaitDataUntilAlias(long alias) {
        org.fieldbridge.tests.support.Waiting.waitingFor("a DDATA of alias " + alias)
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> data().stream().anyMatch(m -> m.getAlias() == alias));
        List<Metric> all = data();
        int last = 0;
        while (all.get(last).getAlias() != alias) {
            last++;
        }
        return all.subList(0, last + 1);
    }

    private List<Metric> data() {
        return host.messages().stream().filter(m -> m.topic().equals(DDATA))
                .flatMap(m -> m.payload().getMetrics().stream()).toList();
    }
}
