/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.tahu.message.SparkplugBPayloadDecoder;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.fieldbridge.codegen.GenerationResult;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.MosquittoBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated Riverside runtime, publishing to a real Mosquitto, is killed with SIGKILL while the broker is
 * down and the simulator's values change; after the broker and the runtime are started again, the host has
 * every sample that was in the runtime's queue when it died. The queue is read by this test from its files,
 * with the format docs/sparkplug.md documents (an independent reader of it).
 */
class SparkplugKilledRuntimeTest {

    private record Queued(String signalId, Instant source, Object value) {
    }

    private record Received(SparkplugBPayload payload, String topic) {
    }

    @TempDir
    Path home;
    private Simulator simulator;
    private RuntimeProcess runtime;
    private MosquittoBroker broker;
    private MqttClient host;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        if (runtime != null) {
            runtime.close();
        }
        disconnectHost();
        if (broker != null) {
            broker.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void aRuntimeKilledDuringABrokerOutageSendsAllItHadQueuedAfterItsRestart() throws Exception {
        TestCheckout.copyExamples(home);
        DemoWorkspace workspace = DemoWorkspace.create(home);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(messages, true, StandardCharsets.UTF_8);
        GenerationResult generated = new GenerateCommand(print, print).generate(List.of(workspace.examples()),
                workspace.project());
        assertNotNull(generated, messages.toString(StandardCharsets.UTF_8));
        new RuntimeJarBuilder(TestCheckout.runtimeClasspath()).build(workspace.project(), generated);
        DemoSecrets secrets = DemoSecrets.fresh(workspace);
        simulator = workspace.startSimulator(secrets, 10);
        workspace.writeConfiguration(DemoPorts.free(), secrets);
        int mqttPort = LoopbackPort.free();
        Path configuration = workspace.project().resolve(DemoWorkspace.CONFIGURATION);
        Files.writeString(configuration, Files.readString(configuration) + "\nsparkplug.brokerUrl=tcp://127.0.0.1:"
                + mqttPort + "\nsparkplug.keepAlive=2000\n");
        broker = MosquittoBroker.startPersistent(Files.createDirectories(home.resolve("broker")), mqttPort);
        connectHost();

        Path log = home.resolve("runtime.log");
        runtime = RuntimeProcess.start(workspace.project(), List.of("--config", DemoWorkspace.CONFIGURATION),
                secrets.environment(), log);
        simulator.startClock();
        waitingFor("DDATA from the runtime").atMost(Duration.ofSeconds(90))
                .failFast(() -> assertTrue(runtime.isAlive(), () -> "the runtime stopped:\n" + read(log)))
                .until(() -> received.stream().anyMatch(r -> r.topic().contains("/DDATA/")));

        disconnectHost(); // its session stays with the broker, which keeps what comes for it
        broker.stop();
        Thread.sleep(4000); // the simulator's values change (time scale 10); the runtime queues them
        runtime.kill();
        List<Queued> queued = readQueue(workspace.project().resolve("sparkplug"));
        assertTrue(queued.size() > 5, "the runtime queued during the outage: " + queued.size());

        broker.start();
        connectHost();
        runtime = RuntimeProcess.start(workspace.project(), List.of("--config", DemoWorkspace.CONFIGURATION),
                secrets.environment(), home.resolve("runtime2.log"));
        Path log2 = home.resolve("runtime2.log");
        try {
            waitingFor("every one of the " + queued.size() + " queued samples at the host")
                    .atMost(Duration.ofSeconds(60))
                    .failFast(() -> assertTrue(runtime.isAlive(), () -> "the restarted runtime stopped:\n" + read(log2)))
                    .until(() -> missing(queued).isEmpty());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(missing(queued).size() + " of " + queued.size() + " queued samples missing, e.g. "
                    + missing(queued).stream().limit(3).toList() + "; " + received.size() + " messages received; "
                    + "the restarted runtime's log:\n" + read(log2), e);
        }
        System.out.printf("generated runtime SIGKILL during outage: %d samples were queued, all %d received%n",
                queued.size(), queued.size());
    }

    /**
     * Connects the host with a persistent session (clean session false: the broker keeps what comes while the host
     * is away, also across the broker's restart) and a new client each time: the host leaves before the broker
     * stops and comes back after it started again, instead of Paho's automatic reconnection, which can stop for good
     * in its own start-up (Paho 1.2.5, eclipse-paho/paho.mqtt.java#1035; docs/sparkplug.md).
     */
    private void connectHost() throws Exception {
        host = new MqttClient(broker.url(), "scada-host", new MemoryPersistence());
        host.setTimeToWait(10_000);
        // a callback rather than a listener of the subscription: what the broker kept arrives right after connect
        host.setCallback(new MqttCallback() {
            @Override
            public void messageArrived(String topic, MqttMessage message) throws Exception {
                if (!topic.contains("/STATE/")) {
                    received.add(new Received(new SparkplugBPayloadDecoder().buildFromByteArray(message.getPayload(),
                            null), topic));
                }
            }

            @Override
            public void connectionLost(Throwable cause) {
                // the host leaves before the broker stops; a loss otherwise shows as samples missing
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                // the host publishes nothing
            }
        });
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        host.connect(options);
        host.subscribe("spBv1.0/#", 1);
    }

    private void disconnectHost() throws Exception {
        if (host != null) {
            host.disconnectForcibly(1000);
            host.close();
            host = null;
        }
    }

    /** @return the queued samples not (yet) received as historical DDATA, matched by metric, time and value */
    private List<Queued> missing(List<Queued> queued) {
        Map<Long, String> signalOfAlias = new HashMap<>();
        for (Received r : received) {
            String[] topic = r.topic().split("/");
            if (topic[2].equals("DBIRTH")) {
                for (Metric m : r.payload().getMetrics()) {
                    // a behaviour's state is the metric <behaviour>/<state>, the signal id <equipment>.<behaviour>.<state>
                    signalOfAlias.put(m.getAlias(), topic[1] + "." + topic[4] + "." + m.getName().replace('/', '.'));
                }
            }
        }
        List<String> got = new ArrayList<>();
        for (Received r : received) {
            if (r.topic().contains("/DDATA/")) {
                for (Metric m : r.payload().getMetrics()) {
                    if (Boolean.TRUE.equals(m.getIsHistorical())) {
                        got.add(signalOfAlias.get(m.getAlias()) + "@" + m.getTimestamp().getTime() + "=" + number(m.getValue()));
                    }
                }
            }
        }
        return queued.stream().filter(q -> !got.contains(q.signalId() + "@" + q.source().toEpochMilli() + "="
                + number(q.value()))).toList();
    }

    private static String number(Object value) {
        return value instanceof Number n ? Double.toString(n.doubleValue()) : String.valueOf(value);
    }

    /** Reads the queue's {@code head} and segments as docs/sparkplug.md, "Store-and-forward", describes them. */
    private static List<Queued> readQueue(Path folder) throws IOException {
        ByteBuffer slots = ByteBuffer.wrap(Files.readAllBytes(folder.resolve("head")));
        long head = 0;
        long generation = -1;
        for (int at = 0; at + 32 <= slots.limit(); at += 32) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(slots.array(), at, 24);
            if ((int) crc.getValue() == slots.getInt(at + 24) && slots.getLong(at + 8) > generation) {
                generation = slots.getLong(at + 8);
                head = slots.getLong(at);
            }
        }
        List<Queued> queued = new ArrayList<>();
        List<Path> segments;
        try (Stream<Path> files = Files.list(folder)) {
            segments = files.filter(p -> p.getFileName().toString().endsWith(".seg")).sorted().toList();
        }
        for (Path segment : segments) {
            long position = Long.parseLong(segment.getFileName().toString().replace(".seg", ""));
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(segment));
            while (bytes.remaining() >= 8) {
                int length = bytes.getInt();
                bytes.getInt(); // CRC
                if (length <= 0 || length > bytes.remaining()) {
                    break;
                }
                byte[] record = new byte[length];
                bytes.get(record);
                if (position++ >= head) {
                    queued.add(decode(record));
                }
            }
        }
        return queued;
    }

    private static Queued decode(byte[] record) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(record))) {
            in.readByte(); // format 1
            String signal = in.readUTF();
            in.readInt(); // StatusCode
            Instant source = Instant.ofEpochSecond(in.readLong(), in.readInt());
            in.readLong();
            in.readInt(); // server timestamp
            Object value = switch (in.readByte()) {
                case 1 -> in.readBoolean();
                case 2 -> in.readInt();
                case 3 -> in.readLong();
                case 4 -> in.readFloat();
                case 5 -> in.readDouble();
                case 6 -> in.readUTF();
                case 7 -> in.readShort();
                default -> null;
            };
            return new Queued(signal, source, value);
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
