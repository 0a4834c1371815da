/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.fieldbridge.codegen.RuntimeGenerator;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.live.LiveReader;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.simulator.plant.PlantSimulation;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.SyntheticPlant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long the simulator generated from a 10,000-mapping plant takes to start (the .twin folder loaded,
 * checked and resolved, the slave open with its first values; target 5 s), and one full read of every
 * mapping through the runtime's acquisition. A benchmark, not a test: its name ends in Bench, so the normal
 * run leaves it out; run it with {@code -Dtest=GeneratedSimulatorBench}. Prints
 * {@code simulator.start-10000=<ms> ms}.
 */
class GeneratedSimulatorBench {

    private static final int EQUIPMENT = 100;
    private static final int SIGNALS = 100;

    @TempDir
    Path folder;

    @Test
    void startsTheSimulatorOfATenThousandMappingPlant() throws Exception {
        int port = LoopbackPort.free();
        write(port);
        long start = System.nanoTime();
        RuntimeGenerator generator = RuntimeGenerator.standalone();
        long setUp = System.nanoTime();
        RuntimeGenerator.Resolution resolution = generator.resolve(List.of(folder));
        assertNotNull(resolution.model(), () -> resolution.findings().subList(0, 3).toString());
        long resolved = System.nanoTime();
        CommissioningModel model = CommissioningModel.of(resolution.model(), resolution.twins());
        PlantSimulation simulation = PlantSimulation.of(resolution.model(), model, 60, 1);
        simulation.simulator().start();
        long started = System.nanoTime();
        try {
            LiveReader reader = new LiveReader(Clock.systemUTC());
            try {
                List<LiveValue> values = reader.readAll(model);
                long polled = System.nanoTime();
                assertEquals(EQUIPMENT * SIGNALS, values.stream().filter(v -> v.quality().isGood()).count());
                System.out.printf("simulator.language-setup=%d ms%n", (setUp - start) / 1_000_000);
                System.out.printf("simulator.load-10000=%d ms%n", (resolved - start) / 1_000_000);
                System.out.printf("simulator.build-and-open-10000=%d ms%n", (started - resolved) / 1_000_000);
                System.out.printf("simulator.start-10000=%d ms%n", (started - start) / 1_000_000);
                System.out.printf("simulator.poll-10000=%d ms%n", (polled - started) / 1_000_000);
            } finally {
                reader.close();
            }
        } finally {
            simulation.simulator().close();
        }
    }

    private void write(int port) throws Exception {
        String plant = SyntheticPlant.xmi(EQUIPMENT, SIGNALS, false)
                .replace("xmlns:xmi=\"http://www.omg.org/XMI\"",
                        "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .replace("  <units ", "  <controllers name=\"PLC1\"><endpoints xsi:type=\"plant:ModbusTcpEndpoint\" "
                        + "host=\"127.0.0.1\" port=\"" + port + "\"/></controllers>\n  <units ");
        Files.writeString(folder.resolve("bench.plant"), plant, StandardCharsets.UTF_8);
        StringBuilder twin = new StringBuilder("package bench\nimport \"bench.plant\"\n\n"
                + "connection PLC1 modbus tcp {\n    max registers 120\n}\n\n");
        for (int e = 0; e < EQUIPMENT; e++) {
            for (int s = 0; s < SIGNALS; s++) {
                int register = e * SIGNALS + s + 1;
                twin.append("map PLC1 holding ").append(register).append(" int16 -> E").append(e).append(".S")
                        .append(s).append(" { scale 0.01, unit CEL }\n");
            }
        }
        Files.writeString(folder.resolve("bench.twin"), twin, StandardCharsets.UTF_8);
    }
}
