/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.fieldbridge.dsl.check.CheckReport;
import org.fieldbridge.onboarding.ImportRequest;
import org.fieldbridge.onboarding.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: prints how long {@code fieldbridge import} takes for a generated Modbus register list of 10,000 tags
 * (100 units of 100 tags: temperatures, pressures, flows in registers, states in coils), the target being 10 s, and
 * how long the checker then takes on the result. Lines {@code name=value unit} on standard output and into
 * {@code target/import-bench.txt}. Runs only with {@code -Dtest=ImportBench -Dfieldbridge.bench=true}.
 */
@EnabledIfSystemProperty(named = "fieldbridge.bench", matches = "true")
class ImportBench {

    private static final int UNITS = 100;
    private static final int PER_UNIT = 100;

    @TempDir
    Path temp;

    @Test
    void importOf10000Tags() throws Exception {
        Path export = temp.resolve("bench-registers.csv");
        Files.writeString(export, registerList(), StandardCharsets.UTF_8);
        Onboarding.injector(); // the language's set-up is the command's start-up, not the import
        long start = System.nanoTime();
        ImportResult result = Onboarding.importer().run(ImportRequest.of(List.of(export.toString()),
                temp.resolve("out")).withPlant("Bench.Site.Area.Line1").withEndpoint("127.0.0.1:5020"));
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(UNITS * PER_UNIT, result.mapped(), result.summary());
        start = System.nanoTime();
        CheckReport report = Onboarding.check(temp.resolve("out"));
        long checkMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, report.errors(), () -> Onboarding.lines(report).lines().limit(20).toList().toString());
        String figures = "import.10000-tags=" + importMillis + " ms\ncheck.10000-tags=" + checkMillis + " ms\n"
                + "load.average=" + java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage() + "\n";
        System.out.print(figures);
        String file = System.getProperty("fieldbridge.benchFile");
        if (file != null) {
            Files.writeString(Path.of(file), figures, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    private static String registerList() {
        StringBuilder csv = new StringBuilder("Name,Address,Data Type,Scale,Unit,Min,Max,Description\n");
        int register = 1;
        int coil = 1;
        for (int unit = 1; unit <= UNITS; unit++) {
            for (int i = 1; i <= PER_UNIT; i++) {
                switch (i % 4) {
                    case 0 -> csv.append("Oven").append(unit).append("_Zone").append(i).append("_Temp,4")
                            .append(String.format("%05d", register++)).append(",INT16,0.1,°C,0,400,Zone ").append(i)
                            .append(" temperature oven ").append(unit).append('\n');
                    case 1 -> csv.append("Oven").append(unit).append("_Burner").append(i).append("_Press,4")
                            .append(String.format("%05d", register++)).append(",INT16,0.01,bar,0,10,Gas pressure\n");
                    case 2 -> {
                        csv.append("Oven").append(unit).append("_Line").append(i).append("_Flow,4")
                                .append(String.format("%05d", register)).append(",FLOAT32,,m3/h,0,60,Gas flow\n");
                        register += 2;
                    }
                    default -> csv.append("Oven").append(unit).append("_Fan").append(i).append("_Run,")
                            .append(String.format("%05d", coil++)).append(",BOOL,,,,,Fan running\n");
                }
            }
        }
        return csv.toString();
    }
}
