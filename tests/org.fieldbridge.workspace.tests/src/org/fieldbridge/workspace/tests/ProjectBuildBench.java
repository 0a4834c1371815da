/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.workspace.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.fieldbridge.workspace.FieldbridgeNature;
import org.fieldbridge.workspace.ProblemMarkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: prints how long the builder takes on a project of 10,000 mappings (100 equipment x 100
 * temperature signals, one scaled int16 holding register each, as the language and generator benchmarks),
 * as {@code name=value unit} lines into {@code target/workbench-bench.txt}. Runs only with
 * {@code -Dfieldbridge.bench=true}.
 */
@EnabledIfSystemProperty(named = "fieldbridge.bench", matches = "true")
class ProjectBuildBench {

    private static final int EQUIPMENT = 100;
    private static final int PER_EQUIPMENT = 100;
    private static final int ROUNDS = 5;

    @Test
    void fullAndIncrementalBuildOf10000Mappings() throws Exception {
        IWorkspaceDescription description = ResourcesPlugin.getWorkspace().getDescription();
        description.setAutoBuilding(false); // the bench starts every build itself
        ResourcesPlugin.getWorkspace().setDescription(description);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("bench");
        project.create(null);
        project.open(null);
        FieldbridgeNature.addTo(project, null);
        try {
            project.getFile("bench.plant").create(stream(plant()), true, null);
            project.getFile("bench.twin").create(stream(twin()), true, null);
            long first = time(() -> project.build(IncrementalProjectBuilder.FULL_BUILD, null));
            List<Long> full = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                full.add(time(() -> project.build(IncrementalProjectBuilder.FULL_BUILD, null)));
            }
            List<Long> afterSave = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                project.getFile("bench.plant").setContents(stream(plant()), IResource.FORCE, null);
                afterSave.add(time(() -> project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null)));
            }
            IMarker[] markers = project.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
            assertEquals(0, markers.length, "the bench project has findings: " + (markers.length > 0
                    ? markers[0].getAttribute(IMarker.MESSAGE, "") : ""));
            Collections.sort(full);
            Collections.sort(afterSave);
            List<String> lines = List.of(
                    "project-build.10000.first=" + first + " ms",
                    "project-build.10000=" + full.get(full.size() / 2) + " ms",
                    "project-build.10000.max=" + full.get(full.size() - 1) + " ms",
                    "project-build.10000.plant-saved=" + afterSave.get(afterSave.size() / 2) + " ms",
                    String.format(Locale.ROOT, "machine.load-average=%.1f",
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            Path out = Path.of(System.getProperty("fieldbridge.benchFile", "workbench-bench.txt"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            lines.forEach(line -> System.out.println("[workbench-bench] " + line));
        } finally {
            project.delete(true, true, null);
            description.setAutoBuilding(true);
            ResourcesPlugin.getWorkspace().setDescription(description);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static long time(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String plant() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <plant:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:plant="https://fieldbridge.org/plant/1.0">
                  <enterprises name="Bench"><sites name="Site"><areas name="Area"><lines name="Line">
                """);
        for (int e = 0; e < EQUIPMENT; e++) {
            xml.append("    <equipment name=\"E").append(e).append("\">\n");
            for (int s = 0; s < PER_EQUIPMENT; s++) {
                xml.append("      <signals name=\"S").append(s).append("\" quantity=\"temperature\" unit=\"CEL\">")
                        .append("<validRange minimum=\"0.0\" maximum=\"100.0\"/></signals>\n");
            }
            xml.append("    </equipment>\n");
        }
        // the unit the signals refer to (a reference to a unit the plant lacks makes loading quadratic)
        return xml.append("  </lines></areas></sites></enterprises>\n")
                .append("  <units commonCode=\"CEL\" displayName=\"°C\" description=\"degree Celsius\"/>\n")
                .append("</plant:Plant>\n").toString();
    }

    private static String twin() {
        StringBuilder text = new StringBuilder("package bench\nimport \"bench.plant\"\n"
                + "connection P modbus tcp \"127.0.0.1:5020\" unit 1 { poll 100 ms }\n");
        for (int n = 1; n <= EQUIPMENT * PER_EQUIPMENT; n++) {
            text.append("map P holding ").append(n).append(" int16 \"T").append(n).append("\" -> E")
                    .append((n - 1) / PER_EQUIPMENT).append(".S").append((n - 1) % PER_EQUIPMENT)
                    .append(" { scale 0.1, unit degC }\n");
        }
        return text.toString();
    }
}
