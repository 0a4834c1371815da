/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.tahu.message.SparkplugBPayloadDecoder;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.tests.support.MosquittoBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: 10,000 signals (100 devices of 100 Double metrics) each changing every 100 ms (100,000 samples/s
 * offered; the signals of a device change together, as one poll response, and the devices are spread over the
 * period) through a real Mosquitto on 127.0.0.1 to a subscriber that decodes every DDATA with Tahu. Prints
 * {@code name=value unit} lines: DDATA messages/s and samples/s received, latency from the source change
 * (the sample's source timestamp, ms) to the subscriber p50/p99, the CPU of the publisher (the edge node's
 * sender thread and Paho's threads of its client), message sizes and the load average. When the publisher falls
 * more than {@value #MAX_BACKLOG} samples behind, a round is skipped and counted (the offered rate could not be
 * sustained; the latency then is mostly queueing). Runs only with {@code -Dfieldbridge.bench=true};
 * {@code -Dfieldbridge.bench.periodMs=N} changes every signal every N ms instead of 100.
 */
@EnabledIfSystemProperty(named = "fieldbridge.bench", matches = "true")
class SparkplugBench {

    private static final int DEVICES = 100;
    private static final int PER_DEVICE = 100;
    /** How often every signal changes; {@code -Dfieldbridge.bench.periodMs} measures other rates. */
    private static final long PERIOD_MS = Long.getLong("fieldbridge.bench.periodMs", 100);
    private static final long WARM_UP_MS = 5_000;
    private static final long MEASURED_MS = 20_000;
    private static final long MAX_BACKLOG = 200_000;
    private static final String CLIENT = "fieldbridge-bench";

    @TempDir
    Path dir;

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong ddataBytes = new AtomicLong();
    private final AtomicLong ddataMessages = new AtomicLong();
    private final AtomicLong birthBytes = new AtomicLong();
    private final AtomicLong nodeBirthBytes = new AtomicLong();
    private final long[] latencies = new long[4_000_000];
    private final AtomicLong latencyCount = new AtomicLong();
    private volatile boolean measuring;

    @Test
    void tenThousandSignalsEvery100Milliseconds() throws Exception {
        List<DeviceDefinition> devices = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int d = 0; d < DEVICES; d++) {
            List<MetricDefinition> metrics = new ArrayList<>();
            for (int m = 0; m < PER_DEVICE; m++) {
                String id = "Bench.Line" + d + ".Signal" + m;
                ids.add(id);
                metrics.add(new MetricDefinition(id, "Signal" + m, MetricType.DOUBLE, "°C", 0.0, 100.0));
            }
            devices.add(new DeviceDefinition("Line" + d, metrics));
        }
        EdgeNodeModel model = new EdgeNodeModel("Bench", "bench", "1", devices);
        try (MosquittoBroker broker = MosquittoBroker.start(Files.createDirectories(dir.resolve("broker")))) {
            MqttClient host = subscriber(broker.url());
            SparkplugEdgeNode node = SparkplugEdgeNode.start(SparkplugConfig.anonymous(broker.url(), CLIENT), model);
            try {
                run(node, ids);
            } finally {
                node.close();
                host.disconnect();
                host.close();
            }
        }
    }

    private void run(SparkplugEdgeNode node, List<String> ids) throws Exception {
        while (birthBytes.get() == 0 || !node.isConnected()) {
            Thread.sleep(50);
        }
        long start = System.nanoTime();
        long sent = 0;
        long sentMeasured = 0;
        long receivedAtStart = 0;
        long cpuAtStart = 0;
        long skipped = 0;
        int round = 0;
        long measuredStart = 0;
        while (true) {
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            if (!measuring && elapsedMs >= WARM_UP_MS) {
                measuring = true;
                measuredStart = System.nanoTime();
                receivedAtStart = received.get();
                cpuAtStart = publisherCpuNanos();
                sentMeasured = 0;
                ddataMessages.set(0);
                ddataBytes.set(0);
            }
            if (elapsedMs >= WARM_UP_MS + MEASURED_MS) {
                break;
            }
            if (sent - received.get() > MAX_BACKLOG) {
                skipped++;
            } else {
                // each device's signals change together (one poll response), the devices spread over the period
                for (int d = 0; d < DEVICES; d++) {
                    sleepUntil(start + round * PERIOD_MS * 1_000_000 + d * PERIOD_MS * 1_000_000 / DEVICES);
                    Instant now = Instant.now();
                    for (String id : ids.subList(d * PER_DEVICE, (d + 1) * PER_DEVICE)) {
                        // a new value every round: 0.0 .. 99.9
                        node.publish(id, new Sample((round % 1000) / 10.0 + 0.01 * (id.hashCode() & 7),
                                Quality.GOOD, now, now));
                    }
                }
                sent += ids.size();
                if (measuring) {
                    sentMeasured += ids.size();
                }
            }
            round++;
            sleepUntil(start + round * PERIOD_MS * 1_000_000);
        }
        double seconds = (System.nanoTime() - measuredStart) / 1e9;
        long receivedMeasured = received.get() - receivedAtStart;
        long cpu = publisherCpuNanos() - cpuAtStart;
        measuring = false;
        Thread.sleep(2000); // what is still under way arrives
        long backlog = sent - received.get();
        report(seconds, sentMeasured, receivedMeasured, cpu, skipped, backlog);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long sleep = nanoTime - System.nanoTime();
        if (sleep > 0) {
            Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
        }
    }

    private void report(double seconds, long sent, long receivedMeasured, long cpuNanos, long skipped, long backlog) {
        int n = (int) Math.min(latencyCount.get(), latencies.length);
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        double[] load = loadAverage();
        List<String> lines = new ArrayList<>();
        lines.add(line("sparkplug.bench.signals", DEVICES * PER_DEVICE, "signals (" + DEVICES + " devices x "
                + PER_DEVICE + " Double metrics, each changing every " + PERIOD_MS + " ms)"));
        lines.add(line("sparkplug.bench.offered", sent / seconds, "samples/s handed to the edge node (the target: "
                + DEVICES * PER_DEVICE * 1000 / PERIOD_MS + ")"));
        lines.add(line("sparkplug.bench.ddata.messages", ddataMessages.get() / seconds, "messages/s"));
        lines.add(line("sparkplug.bench.samples", receivedMeasured / seconds, "samples/s"));
        lines.add(line("sparkplug.bench.latency.p50", n == 0 ? -1 : sorted[n / 2], "ms"));
        lines.add(line("sparkplug.bench.latency.p99", n == 0 ? -1 : sorted[(int) Math.ceil(n * 0.99) - 1], "ms"));
        lines.add(line("sparkplug.bench.publisher.cpu", 100.0 * cpuNanos / (seconds * 1e9), "% of one core"));
        lines.add(line("sparkplug.bench.ddata.size", ddataMessages.get() == 0 ? 0
                : ddataBytes.get() / (double) ddataMessages.get(), "bytes per DDATA (one sample)"));
        lines.add(line("sparkplug.bench.dbirth.size", birthBytes.get() / (double) DEVICES, "bytes per DBIRTH ("
                + PER_DEVICE + " metrics)"));
        lines.add(line("sparkplug.bench.nbirth.size", nodeBirthBytes.get(), "bytes"));
        lines.add(line("sparkplug.bench.rounds.skipped", skipped, "rounds of " + PERIOD_MS + " ms (publisher more "
                + "than " + MAX_BACKLOG + " samples behind)"));
        lines.add(line("sparkplug.bench.backlog", backlog, "samples handed over but not received 2 s after the end "
                + "(still queued in the publisher)"));
        lines.add(line("sparkplug.bench.loadavg", load[0], "(1 min; cores " + Runtime.getRuntime()
                .availableProcessors() + ")"));
        System.out.println();
        lines.forEach(System.out::println);
    }

    private static String line(String name, double value, String unit) {
        return String.format(Locale.ROOT, value == Math.rint(value) ? "%s=%.0f %s" : "%s=%.1f %s", name, value, unit);
    }

    private static double[] loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[] { Double.parseDouble(parts[0]) };
        } catch (Exception e) {
            return new double[] { ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() };
        }
    }

    /** The CPU time of the edge node's sender thread and of Paho's threads of its client. */
    private static long publisherCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("sparkplug ")
                    || info.getThreadName().contains(CLIENT))) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                total += Math.max(cpu, 0);
            }
        }
        return total;
    }

    private MqttClient subscriber(String url) throws Exception {
        MqttClient client = new MqttClient(url, "bench-host", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setMaxInflight(65_535);
        client.connect(options);
        client.subscribe("spBv1.0/#", 0, (topic, message) -> {
            long now = System.currentTimeMillis();
            byte[] bytes = message.getPayload();
            if (topic.contains("/DBIRTH/")) {
                birthBytes.addAndGet(bytes.length);
                return;
            }
            if (topic.contains("/NBIRTH/")) {
                nodeBirthBytes.set(bytes.length);
                return;
            }
            if (!topic.contains("/DDATA/")) {
                return;
            }
            SparkplugBPayload payload = new SparkplugBPayloadDecoder().buildFromByteArray(bytes, null);
            ddataMessages.incrementAndGet();
            ddataBytes.addAndGet(bytes.length);
            for (Metric metric : payload.getMetrics()) {
                received.incrementAndGet();
                if (measuring) {
                    long i = latencyCount.getAndIncrement();
                    if (i < latencies.length) {
                        latencies[(int) i] = now - metric.getTimestamp().getTime();
                    }
                }
            }
        });
        return client;
    }
}
