/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.fieldbridge.runtime.modbus.ModbusConnection;
import org.fieldbridge.runtime.modbus.ModbusPoller;
import org.fieldbridge.runtime.modbus.ModbusTag;
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
import org.fieldbridge.runtime.server.SignalDescription;
import org.fieldbridge.runtime.server.SignalType;
import org.fieldbridge.runtime.server.TwinOpcUaServer;
import org.fieldbridge.runtime.server.TwinServerConfig;
import org.fieldbridge.tests.support.LoopbackPort;

/**
 * Fieldbridge's side of the gateway comparison in releng/peer-bench.sh: what the generated runtime runs, in a
 * process of its own: one {@link ModbusPoller} (default connection settings, 100 ms poll) reading N INT16 holding
 * registers of {@link PeerBenchGatewaySlave}, every sample published by {@link TwinOpcUaServer} with the default
 * {@code ServerLimits}. The server also offers SecurityPolicy None with anonymous access, as Node-RED's OPC UA
 * server does by default, so that both gateways are measured without encryption. Writes {@code endpoint} and
 * {@code nodes} (one node id per tag, t0 first) into the folder. Not a test; runs until killed.
 *
 * <p>Arguments: folder, Modbus port, number of tags.</p>
 */
public final class PeerBenchGateway {

    private static final int PER_EQUIPMENT = 100;

    private PeerBenchGateway() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        int tags = Integer.parseInt(args[2]);
        String[] ids = new String[tags];
        List<ModbusTag> modbusTags = new ArrayList<>();
        PlantElement.Builder line = PlantElement.builder(PlantLevel.LINE, "Bench");
        EngineeringUnit celsius = new EngineeringUnit("CEL", "°C", "degree Celsius");
        for (int e = 0; e * PER_EQUIPMENT < tags; e++) {
            String equipmentName = String.format("E%03d", e);
            PlantElement.Builder equipment = PlantElement.builder(PlantLevel.EQUIPMENT, equipmentName);
            for (int i = e * PER_EQUIPMENT; i < Math.min(tags, (e + 1) * PER_EQUIPMENT); i++) {
                String name = "t" + i;
                equipment.signal(new SignalDescription(name, name, "", SignalType.INT32, celsius, new EuRange(-32768, 32767)));
                ids[i] = AddressSpaceDescription.idOf("Bench", equipmentName, name);
                modbusTags.add(ModbusTag.of(name, TagAddress.of(1, RegisterArea.HOLDING_REGISTER, i, DataType.INT16)));
            }
            line.child(equipment.build());
        }
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        char[] keyStore = HexFormat.of().formatHex(new SecureRandom().generateSeed(12)).toCharArray();
        SecretResolver secrets = SecretResolver.singleUser("bench", PasswordHash.of(password.toCharArray(), 1_000), keyStore);
        TwinServerConfig config = TwinServerConfig.builder("peerbench", secrets).port(LoopbackPort.free())
                .pkiDirectory(Files.createTempDirectory("fieldbridge-peerbench-pki")).allowInsecure(true).build();
        try (TwinOpcUaServer server = TwinOpcUaServer.start(config, AddressSpaceDescription.of(line.build()))) {
            ModbusConnection connection = ModbusConnection.to("127.0.0.1", port).withPollPeriod(Duration.ofMillis(100));
            try (ModbusPoller poller = new ModbusPoller(connection, modbusTags,
                    (tag, sample) -> server.publish(ids[Integer.parseInt(tag, 1, tag.length(), 10)], sample))) {
                poller.start();
                StringBuilder nodes = new StringBuilder();
                for (String id : ids) {
                    nodes.append(server.nodeId(id)).append('\n');
                }
                write(folder.resolve("nodes"), nodes.toString());
                write(folder.resolve("endpoint"), server.endpointUrls().get(0));
                Thread.sleep(Long.MAX_VALUE);
            }
        }
    }

    static void write(Path file, String text) throws java.io.IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
