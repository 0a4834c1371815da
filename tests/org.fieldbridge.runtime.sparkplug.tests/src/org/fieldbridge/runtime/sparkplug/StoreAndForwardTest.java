/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.eclipse.tahu.message.model.Metric;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.MosquittoBroker;
import org.fieldbridge.tests.support.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store-and-forward against a real Mosquitto that is stopped and started again: every sample produced arrives,
 * in order, the ones queued before the new births flagged historical (Sparkplug B 3.0 {@code is_historical}).
 * The outage lasts {@code -Dfieldbridge.sparkplug.outageSeconds} (5 s unless given; the 60 s run is
 * recorded in docs/sparkplug.md).
 */
class StoreAndForwardTest {

    static final String COUNT = "Acme.Riverside.Line1.Counter.Count";
    static final EdgeNodeModel MODEL = new EdgeNodeModel("Acme.Riverside", "Line1Edge", "1.0",
            List.of(DeviceDefinition.of("Line1.Counter",
                    new MetricDefinition(COUNT, "Count", MetricType.INT64, null, null, null))));
    static final String BASE = "spBv1.0/Acme.Riverside/";
    static final String DDATA = BASE + "DDATA/Line1Edge/Line1.Counter";
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("fieldbridge.sparkplug.outageSeconds", 5));

    @TempDir
    Path dir;
    private MosquittoBroker broker;
    private DurableHost host;
    private SparkplugEdgeNode node;

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (host != null) {
            host.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private MosquittoBroker persistentBroker(int port) throws Exception {
        Path brokerDir = Files.createDirectories(dir.resolve("broker"));
        return MosquittoBroker.startPersistent(brokerDir, port);
    }

    private SparkplugEdgeNode startNode(String url, long maxSamples, String primaryHost) {
        return SparkplugEdgeNode.start(new SparkplugConfig(url, "fieldbridge-line1", null, null, Duration.ofSeconds(2)),
                MODEL, new ForwardingConfig(dir.resolve("queue"), maxSamples, primaryHost));
    }

    static Sample count(long value) {
        Instant now = Instant.now();
        return Sample.good(value, now);
    }

    /** @return the counter metrics of the DDATA received, in arrival order (duplicates included) */
    static List<Metric> metrics(List<DurableHost.Message> messages) {
        return messages.stream().filter(m -> m.topic().equals(DDATA)).flatMap(m -> m.payload().getMetrics().stream())
                .toList();
    }

    /** @return the values of the DDATA received, in arrival order (duplicates included) */
    static List<Long> received(List<DurableHost.Message> messages) {
        return metrics(messages).stream().map(m -> (Long) m.getValue()).toList();
    }

    static boolean historical(Metric m) {
        return Boolean.TRUE.equals(m.getIsHistorical());
    }

    @Test
    void aBrokerBackAfterALongOutageIsConnectedToAgainWithinFourSeconds() throws Exception {
        broker = persistentBroker(LoopbackPort.free());
        node = startNode(broker.url(), 1000, null);
        Waiting.waitingFor("the first connection").atMost(Duration.ofSeconds(10)).until(node::isConnected);
        broker.stop();
        // Paho tries again 1, 2 and 4 s apart, then every 4 s: at 1, 3, 7, 11, 15 and 19 s. With its maximum delay
        // at 5 s, as before, Paho doubled once more, to 8 s (at 1, 3, 7, 15 and 23 s): back at 15.5 s, 7.5 s passed
        Thread.sleep(15_500);
        broker.start();
        long back = System.nanoTime();
        Waiting.waitingFor("the edge node connected again").atMost(Duration.ofSeconds(15)).until(node::isConnected);
        double seconds = (System.nanoTime() - back) / 1e9;
        assertTrue(seconds < 5.5, () -> "connected again " + seconds + " s after the broker was back");
    }

    @Test
    void aBrokerOutageLosesNoSampleAndTheBufferedOnesComeInOrderFlaggedHistorical() throws Exception {
        broker = persistentBroker(LoopbackPort.free());
        host = new DurableHost(broker.url(), "scada-host");
        node = startNode(broker.url(), 1_000_000, null);
        host.await("the NBIRTH", m -> m.topic().equals(BASE + "NBIRTH/Line1Edge"), Duration.ofSeconds(10));

        AtomicBoolean down = new AtomicBoolean();
        Set<Long> producedWhileDown = ConcurrentHashMap.newKeySet();
        long[] produced = { 0 };
        AtomicBoolean producing = new AtomicBoolean(true);
        Thread producer = new Thread(() -> {
            while (producing.get()) {
                long value = produced[0];
                if (down.get()) {
                    producedWhileDown.add(value);
                }
                node.publish(COUNT, count(value));
                produced[0] = value + 1;
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "counter");
        producer.start();
        Thread.sleep(1000);
        broker.stop();
        down.set(true); // from here no sample can reach the broker before the next births
        Thread.sleep(OUTAGE.toMillis());
        down.set(false);
        broker.start();
        Waiting.waitingFor("the edge node back at the broker").atMost(Duration.ofSeconds(20)).until(node::isConnected);
        Thread.sleep(1000);
        producing.set(false);
        producer.join();
        long total = produced[0];

        Waiting.waitingFor("every one of " + total + " samples at the host").atMost(Duration.ofSeconds(30))
                .until(() -> new LinkedHashSet<>(received(host.messages())).size() == total);
        List<Metric> data = metrics(host.messages());
        List<Long> firstSeen = new ArrayList<>(new LinkedHashSet<>(received(host.messages())));
        assertEquals(LongStream.range(0, total).boxed().toList(), firstSeen, "every sample, in order");
        long duplicates = data.size() - total;
        assertTrue(duplicates <= QueueForwarder.WINDOW, duplicates + " duplicates");
        Set<Long> notFlagged = data.stream().filter(m -> producedWhileDown.contains((Long) m.getValue()))
                .filter(m -> !historical(m)).map(m -> (Long) m.getValue()).collect(Collectors.toSet());
        assertTrue(notFlagged.isEmpty(), "produced during the outage but not historical: " + notFlagged);
        assertTrue(!producedWhileDown.isEmpty());
        Metric last = data.get(data.size() - 1);
        assertEquals(total - 1, last.getValue());
        assertTrue(!historical(last), "produced after the new births: live");
        assertEquals(2, host.messages().stream().filter(m -> m.topic().equals(BASE + "NBIRTH/Line1Edge")).count());
        assertEquals(0, node.queueStatus().depth(), "everything acknowledged");
        System.out.printf("store-and-forward: outage %d s, produced %d, received %d distinct (%d while the broker was "
                + "down, all historical), %d duplicates, 0 lost%n", OUTAGE.toSeconds(), total, firstSeen.size(),
                producedWhileDown.size(), duplicates);
    }

    @Test
    void atTheBoundTheOldestSamplesAreDroppedAndCounted() throws Exception {
        int port = LoopbackPort.free();
        node = startNode("tcp://127.0.0.1:" + port, 100, null);
        LongStream.range(0, 250).forEach(i -> node.publish(COUNT, count(i)));
        QueueStatus full = node.queueStatus();
        assertEquals(100, full.depth());
        assertEquals(150, full.dropped());

        broker = persistentBroker(port);
        host = new DurableHost(broker.url(), "scada-host");
        Waiting.waitingFor("the 100 kept samples at the host").atMost(Duration.ofSeconds(20))
                .until(() -> received(host.messages()).size() >= 100);
        assertEquals(LongStream.range(150, 250).boxed().toList(), received(host.messages()), "the newest 100");
        assertTrue(metrics(host.messages()).stream().allMatch(StoreAndForwardTest::historical));
        Waiting.waitingFor("the queue emptied").atMost(Duration.ofSeconds(5)).until(() -> node.queueStatus().depth() == 0);
        assertEquals(150, node.queueStatus().dropped(), "the count stays until the runtime restarts");
    }

    @Test
    void aQueueFolderThatCannotBeWrittenIsNamedWithTheReason() throws Exception {
        Path inTheWay = Files.writeString(dir.resolve("queue"), "not a folder");
        java.io.UncheckedIOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> startNode("tcp://127.0.0.1:1", 100, null));
        assertEquals("Sparkplug store-and-forward queue " + inTheWay + " cannot be written (a file of that name is in "
                + "the way); the runtime's user needs write access to it", e.getMessage());
    }

    @Test
    void withAPrimaryHostTheEdgeNodeIsBornOnlyWhileItsStateIsOnline() throws Exception {
        broker = MosquittoBroker.start(dir);
        host = new DurableHost(broker.url(), "scada-host");
        node = startNode(broker.url(), 1000, "scada");
        node.publish(COUNT, count(1));
        Thread.sleep(1500);
        assertTrue(host.messages().isEmpty(), "no birth before the primary host is online: " + host.messages());
        assertEquals(1, node.queueStatus().depth());

        host.publishState("scada", true, 1000);
        host.await("the NBIRTH", m -> m.topic().equals(BASE + "NBIRTH/Line1Edge"), Duration.ofSeconds(5));
        assertTrue(historical(host.await("sample 1", m -> m.topic().equals(DDATA), Duration.ofSeconds(5)).metric()));
        node.publish(COUNT, count(2));
        DurableHost.Message live = host.await("sample 2", m -> m.topic().equals(DDATA)
                && Long.valueOf(2).equals(m.metric().getValue()), Duration.ofSeconds(5));
        assertTrue(!historical(live.metric()));

        host.publishState("scada", false, 2000);
        DurableHost.Message death = host.await("the NDEATH", m -> m.topic().equals(BASE + "NDEATH/Line1Edge"),
                Duration.ofSeconds(5));
        assertEquals(0L, death.payload().getMetrics().get(0).getValue(), "the bdSeq of the session it ends");
        node.publish(COUNT, count(3));
        host.publishState("scada", true, 1500); // older than the offline STATE: ignored
        Thread.sleep(1500);
        assertEquals(1, host.messages().stream().filter(m -> m.topic().equals(BASE + "NBIRTH/Line1Edge")).count());
        assertTrue(node.queueStatus().depth() >= 1, "sample 3 waits");

        host.publishState("scada", true, 3000);
        DurableHost.Message sample3 = host.await("sample 3", m -> m.topic().equals(DDATA)
                && Long.valueOf(3).equals(m.metric().getValue()), Duration.ofSeconds(10));
        assertTrue(historical(sample3.metric()));
        List<DurableHost.Message> births = host.messages().stream()
                .filter(m -> m.topic().equals(BASE + "NBIRTH/Line1Edge")).toList();
        assertEquals(2, births.size());
        assertNotEquals(births.get(0).payload().getMetrics().get(0).getValue(),
                births.get(1).payload().getMetrics().get(0).getValue(), "a new session: a new bdSeq");
        assertEquals(List.of(1L, 2L, 3L), received(host.messages()));
    }

    /**
     * The broker stopped (three times) while the 100 DBIRTHs of a large model are being sent: the edge node must
     * connect again and send what comes next. Paho's waiting publish used to hang the sender thread for good here
     * (found by SparkplugBench).
     */
    @Test
    void aBrokerGoneWhileTheBirthsAreSentDoesNotStopTheEdgeNode() throws Exception {
        List<DeviceDefinition> devices = new ArrayList<>();
        for (int d = 0; d < 100; d++) {
            List<MetricDefinition> metrics = new ArrayList<>();
            for (int m = 0; m < 100; m++) {
                metrics.add(new MetricDefinition("Big.Line" + d + ".Signal" + m, "Signal" + m, MetricType.DOUBLE,
                        "°C", 0.0, 100.0));
            }
            devices.add(new DeviceDefinition("Line" + d, metrics));
        }
        broker = persistentBroker(LoopbackPort.free());
        host = new DurableHost(broker.url(), "scada-host");
        node = SparkplugEdgeNode.start(new SparkplugConfig(broker.url(), "fieldbridge-big", null, null,
                Duration.ofSeconds(2)), new EdgeNodeModel("Acme.Riverside", "Big", "1.0", devices),
                new ForwardingConfig(dir.resolve("queue"), 1000, null));
        for (int outage = 1; outage <= 3; outage++) {
            int before = host.messages().size();
            Waiting.waitingFor("a DBIRTH before outage " + outage).atMost(Duration.ofSeconds(30)).until(() -> {
                List<DurableHost.Message> all = host.messages();
                return all.subList(before, all.size()).stream().anyMatch(m -> m.topic().startsWith(BASE
                        + "DBIRTH/Big/"));
            });
            broker.stop();
            broker.start();
        }

        node.publish("Big.Line7.Signal3", Sample.good(42.5, Instant.now()));
        // failed with 30 s once in a README run (33.9 s) and once more by hand: the host's own Paho client had
        // stopped in its reconnection for good (eclipse-paho/paho.mqtt.java#1035; DurableHost now connects with a
        // new client); 60 s leaves room for a loaded machine
        DurableHost.Message data = host.await("the sample sent after the outage", m -> m.topic().equals(BASE
                + "DDATA/Big/Line7") && Double.valueOf(42.5).equals(m.metric().getValue()), Duration.ofSeconds(60));
        assertTrue(historical(data.metric()), "queued before the new births");
    }
}
