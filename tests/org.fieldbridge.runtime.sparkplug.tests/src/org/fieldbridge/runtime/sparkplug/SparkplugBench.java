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
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.MosquittoBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: two benchmarks of the edge node against a real Mosquitto on 127.0.0.1 and a subscriber that decodes
 * every DDATA with Tahu; each prints {@code name=value unit} lines (docs/sparkplug.md, "Benchmark").
 *
 * <ul>
 * <li>{@link #tenThousandSignalsEvery100Milliseconds}: 10,000 signals (100 devices of 100 Double metrics) each
 * changing every 100 ms (100,000 samples/s offered; the signals of a device change together, as one poll
 * response, and the devices are spread over the period): DDATA messages/s and samples/s received, latency from
 * the source change (the sample's source timestamp, ms) to the subscriber p50/p99, the CPU of the publisher (the
 * thread handing samples over, which writes them to the queue, plus the edge node's sender thread and Paho's
 * threads of its client), message sizes and the load average. When the publisher falls more than
 * {@value #MAX_BACKLOG} samples behind, a round is skipped and counted (the offered rate could not be sustained;
 * the latency then is mostly queueing). {@code -Dfieldbridge.bench.periodMs=N} changes every signal every N ms
 * instead of 100.</li>
 * <li>{@link #aBacklogOfOneMillionSamplesFlushes}: the broker is stopped, the same 10,000 signals change 100 times
 * (1,000,000 samples queued on disk), the broker is started: the time from the new NBIRTH until the subscriber
 * has every sample (all historical), and until the queue is empty (every PUBACK taken).</li>
 * </ul>
 * Runs only with {@code -Dfieldbridge.bench=true}.
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
    private static final int BACKLOG = 1_000_000;
    private static final long FLUSH_TIMEOUT_MS = 300_000;
    private static final String CLIENT = "fieldbridge-bench";

    @TempDir
    Path dir;

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong historical = new AtomicLong();
    private final AtomicLong ddataBytes = new AtomicLong();
    private final AtomicLong ddataMessages = new AtomicLong();
    private final AtomicLong birthBytes = new AtomicLong();
    private final AtomicLong nodeBirthBytes = new AtomicLong();
    private final AtomicLong nodeBirthAt = new AtomicLong();
    private final AtomicLong lastSampleAt = new AtomicLong();
    private final long[] latencies = new long[4_000_000];
    private final AtomicLong latencyCount = new AtomicLong();
    private final List<String> ids = new ArrayList<>();
    private volatile boolean measuring;

    @Test
    void tenThousandSignalsEvery100Milliseconds() throws Exception {
        EdgeNodeModel model = model();
        try (MosquittoBroker broker = MosquittoBroker.start(Files.createDirectories(dir.resolve("broker")))) {
            MqttClient host = subscriber(broker.url(), 0);
            SparkplugEdgeNode node = SparkplugEdgeNode.start(SparkplugConfig.anonymous(broker.url(), CLIENT), model);
            try {
                run(node);
            } finally {
                node.close();
                host.disconnect();
                host.close();
            }
        }
    }

    @Test
    void aBacklogOfOneMillionSamplesFlushes() throws Exception {
        EdgeNodeModel model = model();
        // a broker that queues without limit for its subscriber and a QoS 1 subscription: Mosquitto drops QoS 0
        // messages (and QoS 1 beyond 1,000 queued) for a subscriber slower than the flush
        try (MosquittoBroker broker = MosquittoBroker.startPersistent(Files.createDirectories(dir.resolve("broker")),
                LoopbackPort.free())) {
            MqttClient host = subscriber(broker.url(), 1);
            SparkplugEdgeNode node = SparkplugEdgeNode.start(SparkplugConfig.anonymous(broker.url(), CLIENT), model,
                    new ForwardingConfig(Files.createDirectories(dir.resolve("queue")), 2 * BACKLOG, null));
            try {
                awaitBirths(node);
                host.disconnect();
                host.close();
                broker.stop();
                while (node.isConnected()) {
                    Thread.sleep(10);
                }
                List<String> lines = new ArrayList<>();
                queueBacklog(node, lines);
                broker.start();
                long started = System.currentTimeMillis();
                nodeBirthAt.set(0);
                host = subscriber(broker.url(), 1);
                flush(node, started, lines);
                lines.forEach(System.out::println);
            } finally {
                node.close();
                host.disconnect();
                host.close();
            }
        }
    }

    private EdgeNodeModel model() {
        List<DeviceDefinition> devices = new ArrayList<>();
        for (int d = 0; d < DEVICES; d++) {
            List<MetricDefinition> metrics = new ArrayList<>();
            for (int m = 0; m < PER_DEVICE; m++) {
                String id = "Bench.Line" + d + ".Signal" + m;
                ids.add(id);
                metrics.add(new MetricDefinition(id, "Signal" + m, MetricType.DOUBLE, "°C", 0.0, 100.0));
            }
            devices.add(new DeviceDefinition("Line" + d, metrics));
        }
        return new EdgeNodeModel("Bench", "bench", "1", devices);
    }

    private void awaitBirths(SparkplugEdgeNode node) throws InterruptedException {
        while (birthBytes.get() == 0 || !node.isConnected()) {
            Thread.sleep(50);
        }
    }

    /** Hands over one round: every signal of device {@code d} gets a new value (one poll response). */
    private void changeDevice(SparkplugEdgeNode node, int round, int d) {
        Instant now = Instant.now();
        for (String id : ids.subList(d * PER_DEVICE, (d + 1) * PER_DEVICE)) {
            // a new value every round: 0.0 .. 99.9
            node.publish(id, new Sample((round % 1000) / 10.0 + 0.01 * (id.hashCode() & 7), Quality.GOOD, now, now));
        }
    }

    private void queueBacklog(SparkplugEdgeNode node, List<String> lines) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int round = 0; round < BACKLOG / (DEVICES * PER_DEVICE); round++) {
            for (int d = 0; d < DEVICES; d++) {
                changeDevice(node, round, d);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        lines.add("");
        lines.add(line("sparkplug.bench.backlog.samples", node.queueStatus().depth(), "samples queued while the "
                + "broker was stopped"));
        lines.add(line("sparkplug.bench.backlog.queueing", BACKLOG / seconds, "samples/s written to the queue by "
                + "one thread (" + String.format(Locale.ROOT, "%.1f", cpu / 1e3 / BACKLOG) + " µs CPU each)"));
    }

    private void flush(SparkplugEdgeNode node, long started, List<String> lines) throws InterruptedException {
        long cpuAtStart = publisherCpuNanos();
        long deadline = System.currentTimeMillis() + FLUSH_TIMEOUT_MS;
        long emptied = 0;
        while (historical.get() < BACKLOG && System.currentTimeMillis() < deadline) {
            if (emptied == 0 && node.queueStatus().depth() == 0) {
                emptied = System.currentTimeMillis();
            }
            Thread.sleep(5);
        }
        while (emptied == 0 && System.currentTimeMillis() < deadline) {
            if (node.queueStatus().depth() == 0) {
                emptied = System.currentTimeMillis();
            }
            Thread.sleep(5);
        }
        long cpu = publisherCpuNanos() - cpuAtStart;
        // the subscriber connects right after the broker's start; should the node have been quicker, the flush
        // is timed from the broker's start
        long births = nodeBirthAt.get() == 0 ? started : nodeBirthAt.get();
        double reconnect = (births - started) / 1000.0;
        double seconds = (lastSampleAt.get() - births) / 1000.0;
        lines.add(line("sparkplug.bench.backlog.received", historical.get(), "historical samples received ("
                + (received.get() - historical.get()) + " live)"));
        lines.add(line("sparkplug.bench.backlog.reconnect", reconnect, "s from the broker's start to the NBIRTH "
                + "(Paho's reconnect delay)"));
        lines.add(line("sparkplug.bench.backlog.flush", seconds, "s from the NBIRTH to the last sample at the "
                + "subscriber"));
        lines.add(line("sparkplug.bench.backlog.flush.rate", historical.get() / seconds, "samples/s"));
        lines.add(line("sparkplug.bench.backlog.emptied", emptied == 0 ? -1 : (emptied - births) / 1000.0,
                "s from the NBIRTH until the queue was empty (every PUBACK taken)"));
        lines.add(line("sparkplug.bench.backlog.messages", ddataMessages.get(), "DDATA messages ("
                + String.format(Locale.ROOT, "%.1f", historical.get() / (double) Math.max(1, ddataMessages.get()))
                + " samples each)"));
        lines.add(line("sparkplug.bench.backlog.publisher.cpu", 100.0 * cpu / (seconds * 1e9), "% of one core "
                + "(sender and Paho threads during the flush)"));
        lines.add(line("sparkplug.bench.loadavg", loadAverage(), "(1 min; cores " + Runtime.getRuntime()
                .availableProcessors() + ")"));
    }

    private void run(SparkplugEdgeNode node) throws Exception {
        awaitBirths(node);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long sent = 0;
        long sentMeasured = 0;
        long receivedAtStart = 0;
        long cpuAtStart = 0;
        long handingCpuAtStart = 0;
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
                handingCpuAtStart = threads.getCurrentThreadCpuTime();
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
                    changeDevice(node, round, d);
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
        long handingCpu = threads.getCurrentThreadCpuTime() - handingCpuAtStart;
        measuring = false;
        Thread.sleep(2000); // what is still under way arrives
        long backlog = sent - received.get();
        report(seconds, new long[] { sentMeasured, receivedMeasured, cpu, handingCpu, skipped, backlog });
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long sleep = nanoTime - System.nanoTime();
        if (sleep > 0) {
            Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
        }
    }

    /** @param counts samples sent, samples received, sender CPU ns, handing-over CPU ns, rounds skipped, backlog */
    private void report(double seconds, long[] counts) {
        long sent = counts[0];
        long cpu = counts[2];
        long handingCpu = counts[3];
        int n = (int) Math.min(latencyCount.get(), latencies.length);
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        long messages = Math.max(1, ddataMessages.get());
        List<String> lines = new ArrayList<>();
        lines.add(line("sparkplug.bench.signals", DEVICES * PER_DEVICE, "signals (" + DEVICES + " devices x "
                + PER_DEVICE + " Double metrics, each changing every " + PERIOD_MS + " ms)"));
        lines.add(line("sparkplug.bench.offered", sent / seconds, "samples/s handed to the edge node (the target: "
                + DEVICES * PER_DEVICE * 1000 / PERIOD_MS + ")"));
        lines.add(line("sparkplug.bench.ddata.messages", ddataMessages.get() / seconds, "messages/s"));
        lines.add(line("sparkplug.bench.samples", counts[1] / seconds, "samples/s"));
        lines.add(line("sparkplug.bench.latency.p50", n == 0 ? -1 : sorted[n / 2], "ms"));
        lines.add(line("sparkplug.bench.latency.p99", n == 0 ? -1 : sorted[(int) Math.ceil(n * 0.99) - 1], "ms"));
        lines.add(line("sparkplug.bench.publisher.cpu", 100.0 * (cpu + handingCpu) / (seconds * 1e9),
                "% of one core (" + String.format(Locale.ROOT, "%.1f", 100.0 * handingCpu / (seconds * 1e9))
                        + " handing over and queueing, " + String.format(Locale.ROOT, "%.1f", 100.0 * cpu
                                / (seconds * 1e9)) + " sender and Paho threads)"));
        lines.add(line("sparkplug.bench.ddata.size", ddataBytes.get() / (double) messages, "bytes per DDATA ("
                + String.format(Locale.ROOT, "%.1f", counts[1] / (double) messages) + " samples each)"));
        lines.add(line("sparkplug.bench.dbirth.size", birthBytes.get() / (double) DEVICES, "bytes per DBIRTH ("
                + PER_DEVICE + " metrics)"));
        lines.add(line("sparkplug.bench.nbirth.size", nodeBirthBytes.get(), "bytes"));
        lines.add(line("sparkplug.bench.rounds.skipped", counts[4], "rounds of " + PERIOD_MS + " ms (publisher more "
                + "than " + MAX_BACKLOG + " samples behind)"));
        lines.add(line("sparkplug.bench.backlog", counts[5], "samples handed over but not received 2 s after the end "
                + "(still queued in the publisher)"));
        lines.add(line("sparkplug.bench.loadavg", loadAverage(), "(1 min; cores " + Runtime.getRuntime()
                .availableProcessors() + ")"));
        System.out.println();
        lines.forEach(System.out::println);
    }

    private static String line(String name, double value, String unit) {
        return String.format(Locale.ROOT, value == Math.rint(value) ? "%s=%.0f %s" : "%s=%.1f %s", name, value, unit);
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (Exception e) {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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

    private MqttClient subscriber(String url, int qos) throws Exception {
        MqttClient client = new MqttClient(url, "bench-host", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setMaxInflight(65_535);
        client.connect(options);
        client.subscribe("spBv1.0/#", qos, (topic, message) -> take(topic, message.getPayload()));
        return client;
    }

    private void take(String topic, byte[] bytes) throws Exception {
        long now = System.currentTimeMillis();
        if (topic.contains("/DBIRTH/")) {
            birthBytes.addAndGet(bytes.length);
            return;
        }
        if (topic.contains("/NBIRTH/")) {
            nodeBirthBytes.set(bytes.length);
            nodeBirthAt.compareAndSet(0, now);
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
            if (Boolean.TRUE.equals(metric.getIsHistorical())) {
                historical.incrementAndGet();
            }
            if (measuring) {
                long i = latencyCount.getAndIncrement();
                if (i < latencies.length) {
                    latencies[(int) i] = now - metric.getTimestamp().getTime();
                }
            }
        }
        lastSampleAt.set(now);
    }
}
