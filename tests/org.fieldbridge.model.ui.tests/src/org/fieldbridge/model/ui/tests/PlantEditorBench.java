/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.fieldbridge.model.plant.resource.PlantResources;
import org.fieldbridge.model.ui.editor.PlantEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: prints how long the plant editor takes to open a plant of 5,000 elements (one line of 100
 * equipment with 24 signals each, every signal with its valid range, plus the hierarchy and the unit), from
 * the open request to the tree shown on screen (the event queue drained and the tree painted), as
 * {@code name=value unit} lines appended to {@code target/workbench-bench.txt}. Runs only with
 * {@code -Dfieldbridge.bench=true}.
 */
@EnabledIfSystemProperty(named = "fieldbridge.bench", matches = "true")
class PlantEditorBench {

    private static final int EQUIPMENT = 100;
    private static final int PER_EQUIPMENT = 24;
    private static final int ROUNDS = 5;

    @Test
    void openingA5000ElementPlant() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("plant-editor-bench");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            IFile file = project.getFile("bench.plant");
            file.create(new ByteArrayInputStream(plant().getBytes(StandardCharsets.UTF_8)), true, null);
            int elements = 0;
            long first = 0;
            List<Long> times = new ArrayList<>();
            for (int round = 0; round <= ROUNDS; round++) {
                long start = System.nanoTime();
                IEditorPart part = IDE.openEditor(page, file);
                drain(((PlantEditor) part).getViewer().getTree().getDisplay());
                long ms = (System.nanoTime() - start) / 1_000_000;
                PlantEditor editor = assertInstanceOf(PlantEditor.class, part);
                assertTrue(editor.getViewer().getTree().getItemCount() > 0, "the tree shows the plant");
                elements = 0;
                for (var all = editor.getResource().getAllContents(); all.hasNext(); all.next()) {
                    elements++;
                }
                if (round == 0) {
                    first = ms;
                } else {
                    times.add(ms);
                }
                page.closeEditor(editor, false);
                drain(Display.getCurrent());
            }
            Collections.sort(times);
            List<Long> loads = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                PlantResources.load(file.getLocation().toPath());
                loads.add((System.nanoTime() - start) / 1_000_000);
            }
            Collections.sort(loads);
            List<String> lines = List.of(
                    "plant-editor.open-5000.first=" + first + " ms",
                    "plant-editor.open-5000=" + times.get(times.size() / 2) + " ms",
                    "plant-editor.open-5000.max=" + times.get(times.size() - 1) + " ms",
                    "plant-editor.open-5000.elements=" + elements,
                    "plant-editor.open-5000.file-load=" + loads.get(loads.size() / 2) + " ms",
                    String.format(Locale.ROOT, "machine.load-average=%.1f",
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            Path out = Path.of(System.getProperty("fieldbridge.benchFile", "target/workbench-bench.txt"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            lines.forEach(line -> System.out.println("[workbench-bench] " + line));
        } finally {
            page.closeAllEditors(false);
            project.delete(true, true, null);
        }
    }

    /** Runs the event loop until it has nothing left to do: layouts, asyncExecs and paints are done. */
    private static void drain(Display display) {
        display.update();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
        display.update();
    }

    private static String plant() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <plant:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:plant="https://fieldbridge.org/plant/1.0">
                  <enterprises name="Bench"><sites name="Site"><areas name="Area"><lines name="Line">
                """);
        String[] kinds = { "measurement", "setpoint", "state", "counter" };
        for (int e = 0; e < EQUIPMENT; e++) {
            xml.append("    <equipment name=\"E").append(e).append("\" kind=\"anodizingTank\">\n");
            for (int s = 0; s < PER_EQUIPMENT; s++) {
                xml.append("      <signals name=\"S").append(s).append("\" kind=\"").append(kinds[s % kinds.length])
                        .append("\" quantity=\"temperature\" unit=\"CEL\">")
                        .append("<validRange minimum=\"0.0\" maximum=\"100.0\"/></signals>\n");
            }
            xml.append("    </equipment>\n");
        }
        return xml.append("  </lines></areas></sites></enterprises>\n")
                .append("  <units commonCode=\"CEL\" displayName=\"°C\" description=\"degree Celsius\"/>\n")
                .append("</plant:Plant>\n").toString();
    }
}
