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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * Prints p50/p90/p99/max of register-change-to-notification. Not a test: nothing is asserted.
 * Arguments: [number of changes, default 300] [OPC UA publishing interval in ms, default 10].
 */
public final class EndToEndLatencyBench {

    private static final int TAGS = 10_000;
    private static final int PROBES = 100;
    private static final int PER_EQUIPMENT = 100;
    private static final Duration POLL = Duration.ofMillis(100);

    private EndToEndLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Duration publishing = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 10);
        double[] raw = new double[TAGS];
        String[] ids = new String[TAGS];
        List<RegisterBinding> bindings = new ArrayList<>();
        List<ModbusTag> tags = new ArrayList<>();
        Map<String, Integer> index = new ConcurrentHashMap<>();
        PlantElement.Builder line = PlantElement.builder(PlantLevel.LINE, "Bench");
        EngineeringUnit celsius = new EngineeringUnit("CEL", "°C", "degree Celsius");
        for (int e = 0; e < TAGS / PER_EQUIPMENT; e++) {
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
                .pkiDirectory(pki).limits(fast).build();

        try (SimulatedModbusDevice plc = new SimulatedModbusDevice(1, LoopbackPort.free(), bindings);
                TwinOpcUaServer server = TwinOpcUaServer.start(config, AddressSpaceDescription.of(line.build()))) {
            plc.update(name -> raw[index.get(name)]);
            plc.start();
            ModbusConnection connection = ModbusConnection.to("127.0.0.1", plc.port()).withPollPeriod(POLL)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
            try (ModbusPoller poller = new ModbusPoller(connection, tags,
                    (tag, sample) -> server.publish(ids[index.get(tag)], sample))) {
                poller.start();
                Map<String, Long> changedAt = new ConcurrentHashMap<>();
                long[] latencies = new long[changes];
                int[] received = { 0 };
                try (OpcUaSource client = client(server, ids, password, publishing, (signal, sample) -> {
                    Long t0 = sample.value() instanceof Number n ? changedAt.remove(signal + "=" + n.intValue()) : null;
                    if (t0 != null) {
                        synchronized (received) {
                            if (received[0] < latencies.length) {
                                latencies[received[0]++] = System.nanoTime() - t0;
                            }
                        }
                    }
                })) {
                    client.start();
                    Thread.sleep(5_000); // connect, subscribe, first values
                    for (int c = 0; c < changes; c++) {
                        int probe = (c % PROBES) * (TAGS / PROBES);
                        int value = 1 + c;
                        raw[probe] = value;
                        plc.update(name -> raw[index.get(name)]);
                        changedAt.put("P" + probe + "=" + value, System.nanoTime());
                        Thread.sleep(47);
                    }
                    Thread.sleep(2_000);
                    report(Arrays.copyOf(latencies, received[0]), changes, poller, publishing);
                }
            }
        }
    }

    private static OpcUaSource client(TwinOpcUaServer server, String[] ids, String password, Duration publishing,
            org.fieldbridge.runtime.SampleSink sink) throws Exception {
        String uri = "urn:fieldbridge:bench:client";
        ApplicationCertificate client = ApplicationCertificate.create("bench client", uri);
        KeyPair keys = client.keyPair();
        X509Certificate cert = client.certificate();
        server.trustClient(cert);
        List<MonitoredSignal> probes = new ArrayList<>();
        for (int p = 0; p < PROBES; p++) {
            int i = p * (TAGS / PROBES);
            probes.add(new MonitoredSignal("P" + i, server.nodeId(ids[i]), Duration.ZERO));
        }
        var settings = new OpcUaEndpointSettings(server.endpointUrls().get(0), OpcUaEndpointSettings.Policy.BASIC256SHA256,
                OpcUaEndpointSettings.Mode.SIGN_AND_ENCRYPT, new OpcUaEndpointSettings.UserName("bench", password::toCharArray),
                new OpcUaEndpointSettings.ClientCertificate(uri, keys, new X509Certificate[] { cert }),
                List.of(server.certificate()), Duration.ofSeconds(5));
        return new OpcUaSource(settings, probes, publishing, BackoffPolicy.DEFAULT, sink, Clock.systemUTC());
    }

    private static void report(long[] latencies, int changes, ModbusPoller poller, Duration publishing) {
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "%nEnd-to-end latency, %,d tags, Modbus poll %d ms, OPC UA publishing %d ms, sampling 0 ms (exception-based)%n",
                TAGS, POLL.toMillis(), publishing.toMillis());
        if (latencies.length == 0) {
            System.out.println("  no change arrived at the client: " + poller.statistics());
            return;
        }
        System.out.printf(Locale.ROOT, "  register change -> data change at the client: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%d of %d changes; target p99 <= %d ms)%n",
                pct(latencies, 0.50), pct(latencies, 0.90), pct(latencies, 0.99), latencies[latencies.length - 1] / 1e6,
                latencies.length, changes, POLL.toMillis() + 10);
        System.out.println("  poller " + poller.statistics());
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
