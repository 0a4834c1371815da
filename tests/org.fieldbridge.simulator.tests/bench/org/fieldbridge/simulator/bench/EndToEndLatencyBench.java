/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.SampleSink;
import org.fieldbridge.runtime.diagnostics.HealthSnapshot;
import org.fieldbridge.runtime.modbus.ModbusConnection;
import org.fieldbridge.runtime.modbus.ModbusPoller;
import org.fieldbridge.runtime.modbus.ModbusTag;
import org.fieldbridge.runtime.opcua.MonitoredSignal;
import org.fieldbridge.runtime.opcua.OpcUaEndpointSettings;
import org.fieldbridge.runtime.opcua.OpcUaSource;
import org.fieldbridge.runtime.reconnect.BackoffPolicy;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.EngineeringUnit;
import org.fieldbridge.runtime.server.EuRange;
import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.PlantElement;
import org.fieldbridge.runtime.server.PlantLevel;
import org.fieldbridge.runtime.server.PublishLatency;
import org.fieldbridge.runtime.server.SecretResolver;
import org.fieldbridge.runtime.server.ServerLimits;
import org.fieldbridge.runtime.server.SignalDescription;
import org.fieldbridge.runtime.server.SignalType;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.simulator.modbus.RegisterBinding;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.opcua.ApplicationCertificate;

/**
 * End-to-end latency with 10,000 tags, all on 127.0.0.1: a register changes in the simulated controller ->
 * the runtime's Modbus poller (100 ms poll) reads it -> the runtime's OPC UA server publishes it -> an OPC UA
 * client (the runtime's OPC UA acquisition, Basic256Sha256 SignAndEncrypt, user name) gets the data change.
 * Prints p50/p90/p99/max of register-change-to-notification, the runtime's own added latency (the sample's
 * ServerTimestamp, stamped when the Modbus response arrived, to the notification's arrival at the client: the
 * server's queueing, its publishing interval, encoding, the loopback and the client's decoding, so an upper bound),
 * the poll cycle time and the CPU the whole bench process (simulated controller, runtime poller and server, client)
 * used while the changes ran, per minute, with the load average. The server measures the same added latency where
 * it ends (diagnostics switch measurePublishLatency: ServerTimestamp -> PublishResponse written to the connection,
 * without the client) and splits it into collecting and sending. The figures are also printed as
 * {@code name=value unit} lines ({@code e2e.p99=… ms}, {@code runtime.added.p99=… ms},
 * {@code runtime.added.server.p99=… ms}) for releng/peer-bench.sh.
 * Not a test: nothing is asserted.
 * Arguments: [number of changes, default 300] [OPC UA publishing interval in ms, default 10] [tags, default
 * 10000] [requested sampling interval in ms, default 0] [{@code all}: the client monitors every tag, {@code
 * probes}: only the 100 probes (default)] [Modbus poll period in ms, default 100] [{@code none}: SecurityPolicy None
 * and anonymous instead of Basic256Sha256 SignAndEncrypt, to see what signing and encryption cost].
 */
public final class EndToEndLatencyBench {

    private static int tagCount = 10_000; // set from the arguments
    private static final int PROBES = 100;
    private static final int PER_EQUIPMENT = 100;
    private static Duration poll = Duration.ofMillis(100); // set from the arguments
    private static boolean insecure; // set from the arguments: SecurityPolicy None, anonymous

    private EndToEndLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Duration publishing = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 10);
        tagCount = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        Duration sampling = Duration.ofMillis(args.length > 3 ? Long.parseLong(args[3]) : 0);
        boolean all = args.length > 4 && "all".equals(args[4]);
        poll = Duration.ofMillis(args.length > 5 ? Long.parseLong(args[5]) : 100);
        insecure = args.length > 6 && "none".equals(args[6]);
        double[] raw = new double[tagCount];
        String[] ids = new String[tagCount];
        List<RegisterBinding> bindings = new ArrayList<>();
        List<ModbusTag> tags = new ArrayList<>();
        Map<String, Integer> index = new ConcurrentHashMap<>();
        PlantElement.Builder line = PlantElement.builder(PlantLevel.LINE, "Bench");
        EngineeringUnit celsius = new EngineeringUnit("CEL", "°C", "degree Celsius");
        for (int e = 0; e < tagCount / PER_EQUIPMENT; e++) {
            PlantElement.Builder equipment = PlantElement.builder(PlantLevel.EQUIPMENT, String.format("E%03d", e));
            for (int s = 0; s < PER_EQUIPMENT; s++) {
                int i = e * PER_EQUIPMENT + s;
                String name = "s" + i;
                equipment.signal(new SignalDescription(name, name, "", SignalType.INT32, celsius, new EuRange(-32768, 32767)));
                ids[i] = AddressSpaceDescription.idOf("Bench", String.format("E%03d", e), name);
                TagAddress address = TagAddress.of(1, RegisterArea.HOLDING_REGISTER, i, DataType.INT16);
                bindings.add(RegisterBinding.of(name, address));
                tags.add(ModbusTag.of(name, address));
                index.put(name, i);
            }
            line.child(equipment.build());
        }
        Path pki = Files.createTempDirectory("fieldbridge-bench-pki");
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        ServerLimits d = ServerLimits.DEFAULT;
        ServerLimits fast = new ServerLimits(d.maxSessions(), d.maxSubscriptionsPerSession(), d.maxSubscriptions(),
                d.maxMonitoredItemsPerSession(), d.maxMonitoredItems(), d.maxMessageSize(), d.maxChunkSize(),
                d.maxChunkCount(), d.maxRecursionDepth(), 1.0, 0.0, d.maxSessionTimeoutMillis(), d.maxPasswordLength());
        TwinServerConfig config = TwinServerConfig.builder("bench", secrets(password)).port(LoopbackPort.free())
                .pkiDirectory(pki).limits(fast).measurePublishLatency(true)
                .allowInsecure(insecure).build();

        try (SimulatedModbusDevice plc = new SimulatedModbusDevice(1, LoopbackPort.free(), bindings);
                TwinOpcUaServer server = TwinOpcUaServer.start(config, AddressSpaceDescription.of(line.build()))) {
            plc.update(name -> raw[index.get(name)]);
            plc.start();
            ModbusConnection connection = ModbusConnection.to("127.0.0.1", plc.port()).withPollPeriod(poll)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
            SampleSink toServer = new SampleSink() {
                @Override
                public void accept(String tag, Sample sample) {
                    server.publish(ids[index.get(tag)], sample);
                }

                @Override
                public void batchDone() {
                    server.batchDone(false); // as the runtime's sink does
                }

                @Override
                public void cycleDone() {
                    server.batchDone(true);
                }
            };
            try (ModbusPoller poller = new ModbusPoller(connection, tags, toServer)) {
                poller.start();
                Map<String, Long> changedAt = new ConcurrentHashMap<>();
                long[] latencies = new long[changes];
                long[] added = new long[changes];
                int[] received = { 0 };
                try (OpcUaSource client = client(server, ids, password, publishing, sampling, all, (signal, sample) -> {
                    Long t0 = sample.value() instanceof Number n ? changedAt.remove(signal + "=" + n.intValue()) : null;
                    if (t0 != null) {
                        synchronized (received) {
                            if (received[0] < latencies.length) {
                                Instant stamped = sample.serverTimestamp();
                                added[received[0]] = Duration.between(stamped, Instant.now()).toNanos();
                                latencies[received[0]++] = System.nanoTime() - t0;
                            }
                        }
                    }
                })) {
                    client.start();
                    Thread.sleep(all ? 15_000 : 5_000); // connect, subscribe, first values
                    server.resetPublishLatency(); // initial values carry the time they last changed
                    Cpu cpu = Cpu.start();
                    for (int c = 0; c < changes; c++) {
                        int probe = (c % PROBES) * (tagCount / PROBES);
                        int value = 1 + c;
                        raw[probe] = value;
                        plc.update(name -> raw[index.get(name)]);
                        changedAt.put("P" + probe + "=" + value, System.nanoTime());
                        Thread.sleep(47);
                    }
                    Thread.sleep(2_000);
                    synchronized (received) {
                        report(Arrays.copyOf(latencies, received[0]), Arrays.copyOf(added, received[0]), changes,
                                poller, publishing, sampling, all);
                    }
                    server.publishLatency().ifPresent(EndToEndLatencyBench::reportServer);
                    System.out.println("  " + cpu.stop());
                }
            }
        }
    }

    private static OpcUaSource client(TwinOpcUaServer server, String[] ids, String password, Duration publishing,
            Duration sampling, boolean all, SampleSink sink) throws Exception {
        String uri = "urn:fieldbridge:bench:client";
        ApplicationCertificate client = ApplicationCertificate.create("bench client", uri);
        KeyPair keys = client.keyPair();
        X509Certificate cert = client.certificate();
        server.trustClient(cert);
        List<MonitoredSignal> probes = new ArrayList<>();
        int step = all ? 1 : tagCount / PROBES;
        for (int i = 0; i < tagCount; i += step) {
            probes.add(new MonitoredSignal("P" + i, server.nodeId(ids[i]), sampling));
        }
        if (insecure) {
            return new OpcUaSource(new OpcUaEndpointSettings(server.endpointUrls().get(0),
                    OpcUaEndpointSettings.Policy.NONE, OpcUaEndpointSettings.Mode.NONE,
                    new OpcUaEndpointSettings.Anonymous(), null, List.of(), Duration.ofSeconds(5)), probes, publishing,
                    BackoffPolicy.DEFAULT, sink, Clock.systemUTC());
        }
        var settings = new OpcUaEndpointSettings(server.endpointUrls().get(0), OpcUaEndpointSettings.Policy.BASIC256SHA256,
                OpcUaEndpointSettings.Mode.SIGN_AND_ENCRYPT, new OpcUaEndpointSettings.UserName("bench", password::toCharArray),
                new OpcUaEndpointSettings.ClientCertificate(uri, keys, new X509Certificate[] { cert }),
                List.of(server.certificate()), Duration.ofSeconds(5));
        return new OpcUaSource(settings, probes, publishing, BackoffPolicy.DEFAULT, sink, Clock.systemUTC());
    }

    private static void report(long[] latencies, long[] added, int changes, ModbusPoller poller, Duration publishing,
            Duration sampling, boolean all) {
        Arrays.sort(latencies);
        Arrays.sort(added);
        System.out.printf(Locale.ROOT, "%nEnd-to-end latency, %,d tags, Modbus poll %d ms, OPC UA publishing %d ms, requested sampling %d ms, client monitors %s, %s%n",
                tagCount, poll.toMillis(), publishing.toMillis(), sampling.toMillis(), all ? "every tag" : PROBES + " probes",
                insecure ? "SecurityPolicy None, anonymous" : "Basic256Sha256 SignAndEncrypt");
        if (latencies.length == 0) {
            System.out.println("  no change arrived at the client: " + poller.statistics());
            return;
        }
        System.out.printf(Locale.ROOT, "  register change -> data change at the client: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%d of %d changes; target p99 <= %d ms)%n",
                pct(latencies, 0.50), pct(latencies, 0.90), pct(latencies, 0.99), latencies[latencies.length - 1] / 1e6,
                latencies.length, changes, poll.toMillis() + 10);
        System.out.printf(Locale.ROOT, "  Modbus response arrived -> notification at the client (runtime's added latency): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                pct(added, 0.50), pct(added, 0.99), added[added.length - 1] / 1e6);
        HealthSnapshot health = poller.health().snapshot();
        ModbusPoller.Statistics statistics = poller.statistics();
        double requestsPerCycle = (double) statistics.requests() / Math.max(1, statistics.cycles());
        System.out.println("  poller " + statistics + ", cycle time: last " + health.lastCycle() + ", p99 "
                + health.cycleP99());
        System.out.printf(Locale.ROOT, "e2e.p50=%.1f ms%ne2e.p99=%.1f ms%ne2e.max=%.1f ms%n", pct(latencies, 0.50),
                pct(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "runtime.added.p50=%.2f ms%nruntime.added.p99=%.2f ms%nruntime.added.max=%.2f ms%n",
                pct(added, 0.50), pct(added, 0.99), added[added.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "modbus.poll_period=%d ms%nopcua.publishing_interval=%d ms%nmodbus.requests_per_cycle=%.1f -%n",
                poll.toMillis(), publishing.toMillis(), requestsPerCycle);
        if (health.cycleP99() != null) {
            System.out.printf(Locale.ROOT, "modbus.cycle.p99=%.2f ms%n", health.cycleP99().toNanos() / 1e6);
        }
    }

    /**
     * The server's own measurement (diagnostics switch measurePublishLatency): ServerTimestamp -> PublishResponse
     * written to the client's connection, so without the client's decoding and scheduling; every data change the
     * server sent while the changes ran (the probes' changes: unchanged values are not notified).
     */
    private static void reportServer(PublishLatency server) {
        System.out.printf(Locale.ROOT, "  Modbus response arrived -> PublishResponse written by the server (runtime's added latency where it ends): p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d notifications in %d responses); of it collecting (publishing timer, waiting for a Publish request) p50 %.2f ms, p99 %.2f ms, sending (handoff, encoding, encryption, write) p50 %.2f ms, p99 %.2f ms; %d publishing cycles without a Publish request of the client queued%n",
                ms(server.p50()), ms(server.p99()), ms(server.max()), server.notifications(), server.responses(),
                ms(server.collectP50()), ms(server.collectP99()), ms(server.sendP50()), ms(server.sendP99()),
                server.late());
        System.out.printf(Locale.ROOT, "runtime.added.server.p50=%.2f ms%nruntime.added.server.p99=%.2f ms%nruntime.added.server.max=%.2f ms%n",
                ms(server.p50()), ms(server.p99()), ms(server.max()));
        System.out.printf(Locale.ROOT, "runtime.added.server.collect.p99=%.2f ms%nruntime.added.server.send.p99=%.2f ms%nruntime.added.server.late=%d -%n",
                ms(server.collectP99()), ms(server.sendP99()), server.late());
    }

    private static double ms(Duration d) {
        return d.toNanos() / 1e6;
    }

    /** CPU time of this process over a window, per minute of wall time, and the load average at its end. */
    private record Cpu(long cpuNanos, long wallNanos) {
        static Cpu start() {
            return new Cpu(processCpuNanos(), System.nanoTime());
        }

        String stop() {
            double cpuSeconds = (processCpuNanos() - cpuNanos) / 1e9;
            double minutes = (System.nanoTime() - wallNanos) / 60e9;
            return String.format(Locale.ROOT, "CPU of the bench process (controller + runtime + client): %.1f CPU-s per minute (%.2f cores); load average %.2f",
                    cpuSeconds / minutes, cpuSeconds / (minutes * 60), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }

        private static long processCpuNanos() {
            return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p) - 1)] / 1e6;
    }

    private static SecretResolver secrets(String password) {
        PasswordHash hash = PasswordHash.of(password.toCharArray(), 1_000);
        char[] keyStore = HexFormat.of().formatHex(new SecureRandom().generateSeed(12)).toCharArray();
        return SecretResolver.singleUser("bench", hash, keyStore);
    }
}
