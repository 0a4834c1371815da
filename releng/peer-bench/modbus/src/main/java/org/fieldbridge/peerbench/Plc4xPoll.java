/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.peerbench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.plc4x.java.api.PlcConnection;
import org.apache.plc4x.java.api.PlcDriverManager;
import org.apache.plc4x.java.api.messages.PlcReadRequest;
import org.apache.plc4x.java.api.messages.PlcReadResponse;
import org.apache.plc4x.java.api.types.PlcResponseCode;

/**
 * Apache PLC4X's side of the Modbus acquisition comparison of releng/peer-bench.sh: reads the same 10,000-tag map
 * (the slave's map.csv) from the same slave with PLC4X's Modbus TCP driver and its default settings (its read
 * optimizer coalesces the tags of one request), one read request per unit id per cycle, and prints the same
 * {@code name=value unit} lines as Fieldbridge's side. Not a test.
 *
 * <p>Arguments: the slave's folder, warm-up cycles, measured cycles.</p>
 */
public final class Plc4xPoll {

    private Plc4xPoll() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int warmUp = Integer.parseInt(args[1]);
        int cycles = Integer.parseInt(args[2]);
        int port = Integer.parseInt(Files.readString(folder.resolve("port")).trim());
        List<String> map = Files.readAllLines(folder.resolve("map.csv"));
        // one connection per unit id: PLC4X 0.13.1's optimizer sends the requests of a read to the connection's
        // default unit and ignores a tag's own unit id (measured: units 2..8 answered from unit 1's image,
        // 86 refused requests a cycle, 3,142 of 10,000 tags read), so a user who wants correct values opens a
        // connection per unit; requests stay sequential, as on Fieldbridge's one connection
        Map<String, List<String>> byUnit = new TreeMap<>();
        for (int i = 0; i < map.size(); i++) {
            byUnit.computeIfAbsent(map.get(i).substring(0, map.get(i).indexOf(',')), u -> new ArrayList<>()).add(i + "," + map.get(i));
        }
        List<PlcConnection> connections = new ArrayList<>();
        try {
            List<PlcReadRequest> requests = new ArrayList<>();
            for (Map.Entry<String, List<String>> unit : byUnit.entrySet()) {
                PlcConnection connection = PlcDriverManager.getDefault().getConnectionManager().getConnection(
                        "modbus-tcp://127.0.0.1:" + port + "?request-timeout=5000&default-unit-identifier=" + unit.getKey());
                connections.add(connection);
                PlcReadRequest.Builder builder = connection.readRequestBuilder();
                for (String line : unit.getValue()) {
                    int comma = line.indexOf(',');
                    builder.addTagAddress("tag" + line.substring(0, comma), address(line.substring(comma + 1)));
                }
                requests.add(builder.build());
            }
            for (int i = 0; i < warmUp; i++) {
                readAll(requests);
            }
            long[] before = settled(folder);
            long cpuBefore = processCpuNanos();
            long[] cycleNanos = new long[cycles];
            List<PlcReadResponse> responses = null;
            for (int i = 0; i < cycles; i++) {
                long start = System.nanoTime();
                responses = readAll(requests);
                cycleNanos[i] = System.nanoTime() - start;
            }
            long cpu = processCpuNanos() - cpuBefore;
            long[] after = settled(folder);
            Arrays.sort(cycleNanos);
            long good = 0;
            for (PlcReadResponse response : responses) {
                good += response.getTagNames().stream().filter(n -> response.getResponseCode(n) == PlcResponseCode.OK).count();
            }
            String p = "modbus.plc4x.";
            line(p + "requests_per_cycle", (after[0] - before[0]) / (double) cycles, "requests");
            line(p + "refused_per_cycle", (after[1] - before[1]) / (double) cycles, "requests");
            line(p + "cycle.p50", cycleNanos[cycles / 2] / 1e6, "ms");
            line(p + "cycle.p99", cycleNanos[(int) Math.ceil(cycles * 0.99) - 1] / 1e6, "ms");
            line(p + "cpu_per_million_reads", cpu / 1e9 / (cycles * (double) map.size()) * 1e6, "s");
            line(p + "good_tags", good, "tags");
            line(p + "tags", map.size(), "tags");
        } finally {
            for (PlcConnection connection : connections) {
                connection.close();
            }
        }
    }

    /** One poll cycle: the requests of all units, one after the other (one connection, as Fieldbridge's poller). */
    private static List<PlcReadResponse> readAll(List<PlcReadRequest> requests) throws Exception {
        List<PlcReadResponse> responses = new ArrayList<>(requests.size());
        for (PlcReadRequest request : requests) {
            responses.add(request.execute().get(10, TimeUnit.SECONDS));
        }
        return responses;
    }

    /**
     * PLC4X's address of one map line (unit,table,offset,type): 1-based addresses, the unit as tag option. A bit
     * of a register is read as the register (PLC4X has no bit-in-register type), an 8-register string as 8 UINTs:
     * the same registers on the wire.
     */
    public static String address(String line) {
        String[] f = line.split(",");
        int unit = Integer.parseInt(f[0]);
        int address = Integer.parseInt(f[2]) + 1;
        String table = switch (f[1]) {
            case "COIL" -> "coil";
            case "DISCRETE_INPUT" -> "discrete-input";
            case "HOLDING_REGISTER" -> "holding-register";
            default -> "input-register";
        };
        String type = switch (f[3]) {
            case "BOOL" -> "BOOL";
            case "INT16" -> "INT";
            case "UINT16", "BIT" -> "UINT";
            case "INT32" -> "DINT";
            case "UINT32" -> "UDINT";
            case "FLOAT32" -> "REAL";
            case "INT64" -> "LINT";
            case "FLOAT64" -> "LREAL";
            default -> "UINT[" + f[3].substring("STRING".length()) + "]";
        };
        return table + ":" + address + ":" + type + "{unit-id: " + unit + "}";
    }

    private static long[] counters(Path folder) throws Exception {
        return Arrays.stream(Files.readString(folder.resolve("requests")).trim().split(" ")).mapToLong(Long::parseLong)
                .toArray();
    }

    private static long[] settled(Path folder) throws Exception {
        long[] last = counters(folder);
        while (true) {
            Thread.sleep(150);
            long[] now = counters(folder);
            if (Arrays.equals(now, last)) {
                return now;
            }
            last = now;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void line(String name, double value, String unit) {
        System.out.printf(Locale.ROOT, "%s=%.4g %s%n", name, value, unit);
    }
}
