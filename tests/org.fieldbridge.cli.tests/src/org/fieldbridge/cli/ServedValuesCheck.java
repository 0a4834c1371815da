/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import static org.fieldbridge.tests.support.Waiting.waitingFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.simulator.plant.PlantSimulation;

/**
 * The end-to-end check of a generated runtime against the generated simulator: with simulated time held, node-opcua
 * reads every signal from the runtime's OPC UA server until each equals what the simulator serves.
 */
final class ServedValuesCheck {

    private static final Pattern INT64 = Pattern.compile("\"value\":\\[(\\d+),(\\d+)\\]");

    private ServedValuesCheck() {
    }

    /**
     * @param relativeTolerance how far a number may be off, relative to the served value (plus 1e-9 absolute)
     * @param runtimeLog        the runtime's log, shown when it stops
     */
    static void assertEverySignalAsServed(PlantSimulation simulation, List<MappedValue> mappings,
            NodeOpcUaClient client, RuntimeProcess runtime, Supplier<String> runtimeLog, double relativeTolerance) {
        List<String> ids = mappings.stream().map(MappedValue::signal).toList();
        // values move every 100 ms: hold simulated time, then let the runtime read the held values
        simulation.simulator().stopClock();
        List<String> mismatches = new ArrayList<>();
        try {
            waitingFor("every signal equal to what the simulator serves").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(2))
                    .failFast(() -> assertTrue(runtime.isAlive(), () -> "the runtime stopped:\n" + runtimeLog.get()))
                    .untilAsserted(() -> {
                        mismatches.clear();
                        List<String> lines = client.run(60, readCommand(ids));
                        assertEquals(ids.size(), lines.size(), String.join("\n", lines));
                        for (int i = 0; i < ids.size(); i++) {
                            String problem = compare(simulation.served(mappings.get(i)), lines.get(i),
                                    relativeTolerance);
                            if (problem != null) {
                                mismatches.add(ids.get(i) + ": " + problem);
                            }
                        }
                        assertTrue(mismatches.isEmpty(), () -> String.join("\n", mismatches));
                    });
        } finally {
            simulation.simulator().startClock();
        }
    }

    /** @return why the client's reading differs from what the simulator serves, or {@code null} when equal */
    private static String compare(Object served, String json, double relativeTolerance) {
        if (!"0".equals(NodeOpcUaClient.field(json, "statusCode"))) {
            return "not Good: " + json;
        }
        String value = NodeOpcUaClient.field(json, "value");
        if (served instanceof Double d) {
            double read;
            Matcher int64 = INT64.matcher(json);
            if (int64.find()) {
                // node-opcua gives an Int64 as [high, low] 32-bit words
                read = Long.parseLong(int64.group(1)) * 4_294_967_296d + Long.parseLong(int64.group(2));
            } else {
                try {
                    read = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    return "not a number: " + json;
                }
            }
            return Math.abs(read - d) <= Math.abs(d) * relativeTolerance + 1e-9 ? null
                    : "read " + read + ", served " + d;
        }
        return String.valueOf(served).equals(value) ? null : "read " + value + ", served " + served;
    }

    private static String[] readCommand(List<String> ids) {
        List<String> all = new ArrayList<>();
        all.add("read");
        all.addAll(ids);
        return all.toArray(String[]::new);
    }
}
