/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.modbus;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.ghgande.j2mod.modbus.procimg.SimpleDigitalIn;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalOut;
import com.ghgande.j2mod.modbus.procimg.SimpleInputRegister;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import org.fieldbridge.runtime.bench.RuntimeBench;
import org.fieldbridge.runtime.register.DataType;
import org.fieldbridge.runtime.register.RegisterArea;
import org.fieldbridge.runtime.register.TagAddress;
import org.fieldbridge.tests.support.LoopbackPort;

/**
 * The device of releng/peer-bench.sh: a j2mod slave on 127.0.0.1 serving the bench's 10,000-tag map (units 1..8,
 * all tables and types, clusters and gaps; every address up to the highest mapped one exists, so no client is
 * refused anything) in a process of its own, so that its CPU is nobody's. It counts the read requests it serves
 * and writes the count to a file every 50 ms (16 connections at most: PLC4X needs one per unit id), so that each client's requests are counted at the device, not by
 * the client. Not a test; runs until killed.
 *
 * <p>Arguments: the folder to write {@code map.csv} (unit,table,offset,type per tag), {@code port} and
 * {@code requests} into.</p>
 */
public final class PeerBenchSlave {

    private PeerBenchSlave() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        List<TagAddress> map = RuntimeBench.registerMap(10_000, new Random(20261124));
        writeMap(map, folder.resolve("map.csv"));
        Map<Integer, LoopbackSlave.CountingProcessImage> images = images(map);
        int port = LoopbackPort.free();
        ModbusSlave slave = ModbusSlaveFactory.createTCPSlave(InetAddress.getLoopbackAddress(), port, 16, false);
        images.forEach(slave::addProcessImage);
        slave.open();
        writeAtomically(folder.resolve("port"), Integer.toString(port));
        while (true) {
            long reads = images.values().stream().mapToLong(i -> i.reads.get()).sum();
            long refused = images.values().stream().mapToLong(i -> i.refusals.get()).sum();
            writeAtomically(folder.resolve("requests"), reads + " " + refused);
            Thread.sleep(Duration.ofMillis(50));
        }
    }

    /** One line per tag: unit id, table, 0-based offset, type (UINT16, INT16, INT32, FLOAT32, FLOAT64, STRING8, BIT, BOOL). */
    private static void writeMap(List<TagAddress> map, Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (TagAddress tag : map) {
                out.println(tag.unitId() + "," + tag.area() + "," + tag.offset() + "," + typeName(tag.type()));
            }
        }
    }

    private static String typeName(DataType type) {
        return switch (type.kind()) {
            case STRING -> "STRING" + type.registerCount();
            case BIT -> "BIT";
            default -> type.kind().name();
        };
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, text + "\n");
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Map<Integer, LoopbackSlave.CountingProcessImage> images(List<TagAddress> map) {
        Map<Integer, LoopbackSlave.CountingProcessImage> images = new HashMap<>();
        Map<String, Integer> highest = new HashMap<>();
        for (TagAddress tag : map) {
            images.computeIfAbsent(tag.unitId(), unit -> new LoopbackSlave.CountingProcessImage(unit, Duration.ZERO));
            highest.merge(tag.unitId() + "/" + tag.area(), tag.lastOffset(), Math::max);
        }
        Random values = new Random(7);
        highest.forEach((key, last) -> {
            String[] parts = key.split("/");
            LoopbackSlave.CountingProcessImage image = images.get(Integer.parseInt(parts[0]));
            RegisterArea area = RegisterArea.valueOf(parts[1]);
            for (int offset = 0; offset <= last; offset++) {
                switch (area) {
                    case HOLDING_REGISTER -> image.addRegister(offset, new SimpleRegister(values.nextInt(16384)));
                    case INPUT_REGISTER -> image.addInputRegister(offset, new SimpleInputRegister(values.nextInt(16384)));
                    case COIL -> image.addDigitalOut(offset, new SimpleDigitalOut(values.nextBoolean()));
                    case DISCRETE_INPUT -> image.addDigitalIn(offset, new SimpleDigitalIn(values.nextBoolean()));
                }
            }
        });
        return images;
    }
}
