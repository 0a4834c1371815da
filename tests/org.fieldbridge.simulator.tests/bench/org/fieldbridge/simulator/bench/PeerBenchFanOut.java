/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.server.AddressSpaceDescription;
import org.fieldbridge.runtime.server.EngineeringUnit;
import org.fieldbridge.runtime.server.EuRange;
import org.fieldbridge.runtime.server.PasswordHash;
import org.fieldbridge.runtime.server.PlantElement;
import org.fieldbridge.runtime.server.PlantLevel;
import org.fieldbridge.runtime.server.SecretResolver;
import org.fieldbridge.runtime.server.SignalDescription;
import org.fieldbridge.runtime.server.SignalType;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.tests.support.LoopbackPort;

/**
 * Fieldbridge's side of the OPC UA fan-out comparison in releng/peer-bench.sh: {@link TwinOpcUaServer} (default
 * limits, SecurityPolicy None offered as by the node-opcua peer) with N INT32 signals, fed a new value per signal
 * round robin at a target rate (changes/s) in batches every 10 ms, as a poller's samples arrive. Writes
 * {@code endpoint}, {@code nodes} and, every second, {@code changes} (total changes published) into the folder.
 * Not a test; runs until killed.
 *
 * <p>Arguments: folder, number of signals, changes per second.</p>
 */
public final class PeerBenchFanOut {

    private static final int PER_EQUIPMENT = 100;

    private PeerBenchFanOut() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int signals = Integer.parseInt(args[1]);
        long rate = Long.parseLong(args[2]);
        String[] ids = new String[signals];
        PlantElement.Builder line = PlantElement.builder(PlantLevel.LINE, "Bench");
        EngineeringUnit unit = new EngineeringUnit("C62", "1", "one");
        for (int e = 0; e * PER_EQUIPMENT < signals; e++) {
            String equipmentName = String.format("E%03d", e);
            PlantElement.Builder equipment = PlantElement.builder(PlantLevel.EQUIPMENT, equipmentName);
            for (int i = e * PER_EQUIPMENT; i < Math.min(signals, (e + 1) * PER_EQUIPMENT); i++) {
                String name = "v" + i;
                equipment.signal(new SignalDescription(name, name, "", SignalType.INT32, unit, new EuRange(0, 1e9)));
                ids[i] = AddressSpaceDescription.idOf("Bench", equipmentName, name);
            }
            line.child(equipment.build());
        }
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        char[] keyStore = HexFormat.of().formatHex(new SecureRandom().generateSeed(12)).toCharArray();
        SecretResolver secrets = SecretResolver.singleUser("bench", PasswordHash.of(password.toCharArray(), 1_000), keyStore);
        TwinServerConfig config = TwinServerConfig.builder("peerbench", secrets).port(LoopbackPort.free())
                .pkiDirectory(Files.createTempDirectory("fieldbridge-peerbench-pki")).allowInsecure(true).build();
        try (TwinOpcUaServer server = TwinOpcUaServer.start(config, AddressSpaceDescription.of(line.build()))) {
            StringBuilder nodes = new StringBuilder();
            for (String id : ids) {
                nodes.append(server.nodeId(id)).append('\n');
            }
            write(folder.resolve("nodes"), nodes.toString());
            write(folder.resolve("endpoint"), server.endpointUrls().get(0));
            feed(server, ids, rate, folder.resolve("changes"));
        }
    }

    /** Publishes rate/100 changes every 10 ms, catching up when late, and records how many went out. */
    private static void feed(TwinOpcUaServer server, String[] ids, long rate, Path counter) throws Exception {
        int[] values = new int[ids.length];
        long start = System.nanoTime();
        long published = 0;
        long lastWrite = start;
        int next = 0;
        while (true) {
            long due = (System.nanoTime() - start) * rate / 1_000_000_000L;
            Instant now = Instant.now();
            for (; published < due; published++) {
                server.publish(ids[next], Sample.good(++values[next], now));
                next = (next + 1) % ids.length;
            }
            if (System.nanoTime() - lastWrite > 1_000_000_000L) {
                lastWrite = System.nanoTime();
                write(counter, String.format(Locale.ROOT, "%d %d", published, lastWrite / 1_000_000));
            }
            Thread.sleep(10);
        }
    }

    /** Replaces a file atomically, so that the bench script never reads half of it. */
    private static void write(Path file, String text) throws java.io.IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
