/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.fieldbridge.commissioning.Controller;
import org.fieldbridge.commissioning.ui.CommissioningPerspective;
import org.fieldbridge.commissioning.ui.connections.ConnectionsView;
import org.fieldbridge.commissioning.ui.live.LiveRow;
import org.fieldbridge.commissioning.ui.live.LiveValuesView;
import org.fieldbridge.commissioning.ui.live.PollRate;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.fieldbridge.tests.support.ui.EventLoop;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "Allow Writes" and "Write Value..." as an engineer reaches them: the REAL Connections and Live Values views on the
 * window's session, against the simulator's PLC4 on a free loopback port, their context menus opened on the selected
 * row, the items found by their labels and run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WritesFromContextMenusTest {

    private static final String PROJECT = "riverside-menu-writes";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static Simulator simulator;
    private static SimulatedModbusDevice plc4;
    private static IProject project;
    private static CommissioningSession session;
    private static final List<IProject> CLOSED = new ArrayList<>();

    @BeforeAll
    static void openTheSessionOnAProject() throws Exception {
        int port = LoopbackPort.free();
        simulator = RiversideSimulation.create(port, null, 1.0);
        simulator.startControllers();
        for (int i = 0; i < 60; i++) {
            simulator.tick();
        }
        plc4 = simulator.controller(SimulatedModbusDevice.class);
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        for (IProject other : root.getProjects()) { // others declare PLC4 too: this project is the only one open
            if (other.isOpen() && !other.getName().equals(PROJECT)) {
                other.close(null);
                CLOSED.add(other);
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
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getActivePage().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(CommissioningPerspective.ID));
        session = CommissioningSession.of(window);
        session.setEndpointOverrides(List.of("PLC4=127.0.0.1:" + port));
        done(session.open(List.of(project.getLocation().toPath())));
        assertTrue(session.model().isPresent(), () -> "not loaded: " + session.problem());
        Job connect = Job.create("Connecting PLC4", monitor -> {
            session.connect("PLC4");
        });
        connect.schedule();
        done(connect);
    }

    @AfterAll
    static void closeEverything() throws Exception {
        for (Shell shell : Display.getCurrent().getShells()) {
            if ("Write Value".equals(shell.getText())) {
                shell.close();
            }
        }
        WritePermissions.set(PROJECT, "PLC4", false);
        session.dispose();
        simulator.close();
        project.delete(true, true, null);
        for (IProject other : CLOSED) {
            other.open(null);
        }
    }

    @Test
    @Order(1)
    @DisplayName("the Connections view's context menu on PLC4 has Allow Writes, unchecked; choosing it allows writes")
    void allowWritesIsInTheConnectionsContextMenu() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ConnectionsView view = (ConnectionsView) page.showView(ConnectionsView.ID);
        page.activate(view);
        until("PLC4 in the Connections view", () -> view.viewer().getTable().getItemCount() >= 2,
                () -> "rows " + view.viewer().getTable().getItemCount());
        Controller plc4Row = session.controllers().stream().filter(c -> c.name().equals("PLC4")).findFirst()
                .orElseThrow();
        view.viewer().setSelection(new StructuredSelection(plc4Row), true);
        EventLoop.settle(Duration.ofMillis(300));

        Menu menu = open(view.viewer().getControl());
        MenuItem allow = item(menu, "Allow Writes");
        Screenshots.save(Screenshots.capture(view.getSite().getShell()), "connections-context-menu");
        assertTrue(allow.isEnabled(), "Allow Writes enabled on a selected controller");
        assertTrue((allow.getStyle() & SWT.CHECK) != 0, "a check item");
        assertFalse(allow.getSelection(), "writes are off by default");
        click(menu, allow);
        until("writes allowed on PLC4", () -> WritePermissions.allowed(PROJECT, "PLC4"), () -> "still off");

        menu = open(view.viewer().getControl());
        allow = item(menu, "Allow Writes");
        Screenshots.save(Screenshots.capture(view.getSite().getShell()), "connections-context-menu-allowed");
        boolean checked = allow.getSelection();
        close(menu);
        assertTrue(checked, "the menu shows writes allowed");
    }

    @Test
    @Order(2)
    @DisplayName("the Live Values context menu on Tank1.RectifierCurrent has Write Value...; it writes 1250 A")
    void writeValueIsInTheLiveValuesContextMenuAndWrites() throws Exception {
        WritePermissions.set(PROJECT, "PLC4", true);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        LiveValuesView view = (LiveValuesView) page.showView(LiveValuesView.ID);
        view.setRate(PollRate.QUICK);
        page.activate(view);
        until("Tank1.RectifierCurrent read Good", () -> view.shown().values().stream()
                .anyMatch(v -> v.mapping().isNamed("Tank1.RectifierCurrent") && v.quality().isGood()),
                () -> "shown " + view.shown().values().size() + " values");
        String key = view.shown().values().stream().filter(v -> v.mapping().isNamed("Tank1.RectifierCurrent"))
                .map(LiveRow::keyOf).findFirst().orElseThrow();
        view.table().select(Set.of(key));
        EventLoop.settle(Duration.ofMillis(300));

        Menu menu = open(view.table().control());
        MenuItem write = item(menu, "Write Value...");
        Screenshots.save(Screenshots.capture(view.getSite().getShell()), "live-values-context-menu");
        assertTrue(write.isEnabled(), "Write Value... enabled on one selected live value");
        click(menu, write);

        WriteValueDialog dialog = awaitDialog();
        dialog.newValueField().setText("1250");
        EventLoop.settle(Duration.ofMillis(300));
        assertEquals(null, dialog.getErrorMessage());
        assertEquals("4000 449C", dialog.registersText());
        Screenshots.save(Screenshots.capture(dialog.getShell()), "live-values-write-value-dialog");
        dialog.buttonPressed(WriteValueDialog.WRITE_ID);
        until("the write's outcome", () -> dialog.outcome() != null, () -> "no outcome");
        assertTrue(dialog.outcome().written(), dialog.outcome().describe());
        assertEquals(0x4000, plc4.holdingRegister(2));
        assertEquals(0x449C, plc4.holdingRegister(3));
        String audit = Files.readString(project.getFile("riverside.audit").getLocation().toPath());
        assertTrue(audit.contains("words 4000 449C\twritten: reads back 1250 A"), audit);
        dialog.getShell().close();
    }

    /** Shows a control's context menu at its top left, as a right click does, and lets the workbench fill it. */
    private static Menu open(Control control) {
        Menu menu = control.getMenu();
        assertNotNull(menu, "no context menu");
        Point at = control.toDisplay(60, 40);
        menu.setLocation(at);
        menu.setVisible(true);
        EventLoop.settle(Duration.ofMillis(800));
        if (menu.getItemCount() == 0) { // the window manager did not show it: fill it as showing does
            menu.notifyListeners(SWT.Show, new Event());
            EventLoop.settle(Duration.ofMillis(300));
        }
        return menu;
    }

    private static MenuItem item(Menu menu, String label) {
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String text = item.getText().replace("&", "");
            int tab = text.indexOf('\t');
            text = tab < 0 ? text : text.substring(0, tab);
            if (text.equals(label)) {
                return item;
            }
            labels.add(text);
        }
        close(menu);
        return fail("no '" + label + "' in the context menu: " + labels);
    }

    /** Chooses an item as a click does (a check item changes its state first), then the menu closes. */
    private static void click(Menu menu, MenuItem item) {
        if ((item.getStyle() & SWT.CHECK) != 0) {
            item.setSelection(!item.getSelection());
        }
        item.notifyListeners(SWT.Selection, new Event());
        close(menu);
    }

    private static void close(Menu menu) {
        menu.setVisible(false);
        EventLoop.settle(Duration.ofMillis(300));
    }

    private static WriteValueDialog awaitDialog() {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < until) {
            EventLoop.settle(Duration.ofMillis(100));
            for (Shell s : Display.getCurrent().getShells()) {
                if ("Write Value".equals(s.getText()) && s.getData() instanceof WriteValueDialog dialog) {
                    EventLoop.settle(Duration.ofMillis(300));
                    return dialog;
                }
            }
        }
        return fail("no Write Value dialog opened from the context menu");
    }

    private static void done(Job job) {
        until(job.getName(), () -> job.getResult() != null, () -> "state " + job.getState());
    }

    private static void until(String what, BooleanSupplier condition, Supplier<String> state) {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                fail("waited " + PATIENCE.toSeconds() + " s for " + what + "; " + state.get());
            }
            EventLoop.settle(Duration.ofMillis(50));
        }
    }
}
