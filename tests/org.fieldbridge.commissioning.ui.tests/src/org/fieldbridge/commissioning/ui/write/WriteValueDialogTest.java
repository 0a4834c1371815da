/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.fieldbridge.commissioning.CommissioningModel;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.fieldbridge.tests.support.ui.EventLoop;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Writing from the workbench as a commissioning engineer does it: a riverside project in the workspace whose
 * {@code commissioning.properties} points PLC4 at the simulator, "Allow Writes" on PLC4 (a selection of the
 * headless controller, as the Connections view hands it out), "Write Value..." on a live value, the dialog with
 * controller, address, old and new value, data type and registers, the write in a Job; and the refusal while Allow
 * Writes is off. Screenshots in target/screenshots.
 */
@DisplayName("Write Value and Allow Writes")
class WriteValueDialogTest {

    private static final String PROJECT = "riverside-writes";
    private Simulator simulator;
    private SimulatedModbusDevice plc4;
    private IProject project;
    private final java.util.List<IProject> closed = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        int port = LoopbackPort.free();
        simulator = RiversideSimulation.create(port, null, 1.0);
        simulator.startControllers();
        for (int i = 0; i < 60; i++) {
            simulator.tick();
        }
        plc4 = simulator.controller(SimulatedModbusDevice.class);
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        // the example project the workbench opens declares PLC4 too: this test's project is the only one open
        for (IProject other : root.getProjects()) {
            if (other.isOpen() && !other.getName().equals(PROJECT)) {
                other.close(null);
                closed.add(other);
            }
        }
        project = root.getProject(PROJECT);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        for (String file : new String[] { "riverside.plant", "riverside.twin" }) {
            project.getFile(file).create(Files.newInputStream(RepositoryRoot.riverside().resolve(file)), true, null);
        }
        project.getFile(WriteSession.SETTINGS_FILE).create(new ByteArrayInputStream(("# SPDX-License-Identifier: "
                + "EPL-2.0\nconnection.PLC4.host=127.0.0.1\nconnection.PLC4.port=" + port + "\n")
                .getBytes(StandardCharsets.UTF_8)), true, null);
        WritePermissions.set(PROJECT, "PLC4", false);
    }

    @AfterEach
    void tearDown() throws Exception {
        for (Shell shell : Display.getCurrent().getShells()) {
            if ("Write Value".equals(shell.getText())) {
                shell.close();
            }
        }
        WritePermissions.set(PROJECT, "PLC4", false);
        simulator.close();
        project.delete(true, true, null);
        for (IProject other : closed) {
            other.open(null);
        }
    }

    private static LiveValue liveValue(String name) throws Exception {
        CommissioningModel.Loaded loaded = org.fieldbridge.commissioning.Commissioning
                .with(org.fieldbridge.dsl.ui.TwinUiPlugin.get().injector()).load(java.util.List.of(
                        RepositoryRoot.riverside()));
        MappedValue m = loaded.model().mappingsNamed(name).get(0);
        Instant now = Instant.now();
        return new LiveValue(m, 1201.5f, new int[] { 0x2000, 0x4496 }, new Sample(1201.5, Quality.GOOD, now, now),
                Duration.ZERO, Optional.empty());
    }

    /** Runs "Write Value..." on a live value and waits for its dialog. */
    private WriteValueDialog openDialog(String signal) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Job job = WriteValueHandler.open(shell, liveValue(signal));
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            EventLoop.settle(Duration.ofMillis(100));
            for (Shell s : Display.getCurrent().getShells()) {
                if ("Write Value".equals(s.getText()) && s.getData() instanceof WriteValueDialog dialog) {
                    EventLoop.settle(Duration.ofMillis(300));
                    return dialog;
                }
            }
        }
        throw new AssertionError("no Write Value dialog; job " + job.getResult());
    }

    @Test
    @DisplayName("Allow Writes on a selected controller is off by default, switches on, is remembered, switches off")
    void allowWritesIsATogglePerConnectionAndProject() throws Exception {
        Controller plc4Controller = new Controller.Modbus("PLC4", "127.0.0.1", 5020, 1, Duration.ofMillis(500),
                Duration.ofMillis(500), 120, 8);
        StructuredSelection selection = new StructuredSelection(plc4Controller);
        assertFalse(WritePermissions.allowed(PROJECT, "PLC4"), "off by default");
        assertTrue(AllowWritesHandler.toggle(selection));
        assertTrue(WritePermissions.allowed(PROJECT, "PLC4"));
        assertTrue(WritePermissions.policy(PROJECT).allows("PLC4"));
        assertFalse(WritePermissions.policy(PROJECT).allows("Oven2"));
        assertFalse(AllowWritesHandler.toggle(selection));
        assertFalse(WritePermissions.allowed(PROJECT, "PLC4"));
    }

    @Test
    @DisplayName("while Allow Writes is off the dialog refuses: the reason in its message, Write disabled, nothing sent")
    void refusedWhileAllowWritesIsOff() throws Exception {
        int before = plc4.holdingRegister(2);
        WriteValueDialog dialog = openDialog("Tank1.RectifierCurrent");
        dialog.newValueField().setText("1250");
        EventLoop.settle(Duration.ofMillis(300));
        Path png = Screenshots.save(Screenshots.capture(dialog.getShell()), "write-value-refused");
        assertTrue(Files.size(png) > 0);
        assertEquals("Writing to PLC4 is not allowed: choose Allow Writes on PLC4 in the Connections view first",
                dialog.getErrorMessage());
        assertFalse(dialog.writeEnabled());
        assertEquals(before, plc4.holdingRegister(2));
    }

    @Test
    @DisplayName("with Allow Writes on: controller, address, old value, data type and registers as typed; Write sends 4000 449C")
    void writesTheValueShownInTheDialog() throws Exception {
        WritePermissions.set(PROJECT, "PLC4", true);
        WriteValueDialog dialog = openDialog("Tank1.RectifierCurrent");
        assertEquals(null, dialog.getErrorMessage(), "no error before anything is typed");
        assertFalse(dialog.writeEnabled());
        dialog.newValueField().setText("12x");
        EventLoop.settle(Duration.ofMillis(200));
        assertEquals("'12x' is not a number", dialog.getErrorMessage());
        dialog.newValueField().setText("1250");
        EventLoop.settle(Duration.ofMillis(300));
        assertEquals(null, dialog.getErrorMessage());
        assertEquals("4000 449C", dialog.registersText());
        assertTrue(dialog.writeEnabled());
        Screenshots.save(Screenshots.capture(dialog.getShell()), "write-value-dialog");
        dialog.buttonPressed(WriteValueDialog.WRITE_ID);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (dialog.outcome() == null && System.nanoTime() < until) {
            EventLoop.settle(Duration.ofMillis(100));
        }
        assertNotNull(dialog.outcome(), "the write did not end");
        assertTrue(dialog.outcome().written(), dialog.outcome().describe());
        EventLoop.settle(Duration.ofMillis(300));
        Screenshots.save(Screenshots.capture(dialog.getShell()), "write-value-written");
        assertEquals(0x4000, plc4.holdingRegister(2));
        assertEquals(0x449C, plc4.holdingRegister(3));
        String audit = Files.readString(project.getFile("riverside.audit").getLocation().toPath());
        assertTrue(audit.contains("words 4000 449C\twritten: reads back 1250 A"), audit);
        assertTrue(Arrays.stream(Display.getCurrent().getShells()).anyMatch(s -> "Write Value".equals(s.getText())),
                "the dialog stays open with the result");
    }
}
