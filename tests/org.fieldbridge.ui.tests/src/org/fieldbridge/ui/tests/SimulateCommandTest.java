/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsoleView;
import org.eclipse.ui.console.IOConsole;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.fieldbridge.commissioning.live.LiveReader;
import org.fieldbridge.commissioning.live.LiveValue;
import org.fieldbridge.simulator.plant.PlantSimulation;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.fieldbridge.ui.simulate.SimulateHandler;
import org.fieldbridge.ui.simulate.SimulationJob;
import org.fieldbridge.ui.simulate.SimulatorPorts;
import org.fieldbridge.ui.simulate.SimulatorSession;
import org.fieldbridge.ui.simulate.StopSimulatorHandler;
import org.fieldbridge.workspace.FieldbridgeNature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;


/**
 * Simulate and Stop Simulator on a copy of the Riverside example in the product's workbench: the simulator
 * generated from its .twin file serves PLC4 on a free port (the project's port setting), commissioning's
 * LiveReader reads what it serves, the console shows it and takes fault commands, and Stop frees the port.
 */
class SimulateCommandTest {

    private static final Path RIVERSIDE = Path.of(System.getProperty("fieldbridge.home", "../.."), "examples",
            "riverside");

    private IProject project;

    @AfterEach
    void deleteProject() throws Exception {
        if (project != null) {
            SimulatorSession session = SimulatorSession.running(project);
            if (session != null) {
                session.stop();
            }
            project.delete(true, true, null);
        }
    }

    @Test
    void simulateServesTheProjectsPlantOnItsPortAndStopFreesIt() throws Exception {
        project = riversideCopy("simulate-riverside", twin -> twin);
        int port = LoopbackPort.free();
        SimulatorPorts.set(project, List.of("PLC4=" + port, "Oven2=" + LoopbackPort.free()));

        SimulationJob job = execute(SimulateHandler.COMMAND_ID, SimulationJob.class);
        job.join();
        IOConsole console = job.session().console();
        assertEquals("Simulator: simulate-riverside", console.getName());
        awaitConsole(console, "127.0.0.1:" + port);
        SimulatorSession session = SimulatorSession.running(project);
        assertNotNull(session, console.getDocument().get());

        // every PLC4 mapping read through commissioning's LiveReader (the runtime's acquisition and
        // conditioning), simulated time held so that the values stand still while read
        PlantSimulation simulation = session.simulator().simulation();
        simulation.simulator().stopClock();
        LiveReader reader = new LiveReader(Clock.systemUTC());
        try {
            List<LiveValue> plc4 = reader.readAll(session.simulator().model()).stream()
                    .filter(v -> v.mapping().connection().equals("PLC4")).toList();
            assertEquals(12, plc4.size());
            for (LiveValue v : plc4) {
                Object served = simulation.served(v.mapping());
                Object read = v.sample().value();
                String what = v.mapping().signal() + ": read " + read + " " + v.quality() + ", served " + served;
                assertTrue(v.quality().isGood(), what);
                if (served instanceof Double d) {
                    assertEquals(d, ((Number) read).doubleValue(), Math.abs(d) * 1e-9 + 1e-9, what);
                } else {
                    assertEquals(served, read, what);
                }
            }
        } finally {
            reader.close();
            simulation.simulator().startClock();
        }

        console.getInputStream().appendData("PLC4: slow 10\n");
        awaitConsole(console, "PLC4: slow 10");
        console.getInputStream().appendData("PLC9: heal\n");
        awaitConsole(console, "There is no simulated Modbus connection PLC9");
        awaitShown(console);
        Screenshots.save(Screenshots.capture(window().getShell()), "simulate-console");

        Job stop = execute(StopSimulatorHandler.COMMAND_ID, Job.class);
        stop.join();
        assertNull(SimulatorSession.running(project));
        awaitConsole(console, "Simulator stopped; its ports are free.");
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }

        // Simulate again: a new console whose commands reach the new run (the old run's reader ended with its console)
        SimulationJob second = execute(SimulateHandler.COMMAND_ID, SimulationJob.class);
        second.join();
        IOConsole next = second.session().console();
        awaitConsole(next, "127.0.0.1:" + port);
        next.getInputStream().appendData("PLC4: heal\n");
        awaitConsole(next, "PLC4: heal");
    }

    @Test
    void theFieldbridgeMenuAndTheProjectExplorersContextMenuOfferSimulateOnAPlantProject() throws Exception {
        project = riversideCopy("simulate-menus", twin -> twin);
        List<String> fieldbridge = WorkbenchDriver.labels(WorkbenchDriver.mainMenu("Fieldbridge").getMenu());
        assertTrue(fieldbridge.containsAll(List.of("Simulate", "Stop Simulator")), fieldbridge::toString);
        MenuItem simulate = Arrays.stream(WorkbenchDriver.items(WorkbenchDriver.mainMenu("Fieldbridge").getMenu()))
                .filter(i -> WorkbenchDriver.label(i).equals("Simulate")).findFirst().orElseThrow();
        assertTrue(simulate.isEnabled(), "Simulate is enabled on a plant project");
        CommonNavigator explorer = (CommonNavigator) window().getActivePage().findView(IPageLayout.ID_PROJECT_EXPLORER);
        List<String> context = WorkbenchDriver.labels(explorer.getCommonViewer().getTree().getMenu());
        assertTrue(context.contains("Simulate"), context::toString);
    }

    @Test
    void filesWithErrorsAreNotSimulatedAndTheConsoleSaysWhy() throws Exception {
        project = riversideCopy("simulate-broken", twin -> twin.replace("connection PLC4 modbus tcp",
                "connection PLC4 modbus tcpx"));
        SimulatorPorts.set(project, List.of("PLC4=" + LoopbackPort.free(), "Oven2=" + LoopbackPort.free()));

        SimulationJob job = execute(SimulateHandler.COMMAND_ID, SimulationJob.class);
        job.join();
        IOConsole console = job.session().console();
        awaitConsole(console, "nothing was simulated");
        assertTrue(console.getDocument().get().contains("simulate-broken/riverside.twin:9:"), console.getDocument().get());
        assertNull(SimulatorSession.running(project));
        awaitShown(console);
        Screenshots.save(Screenshots.capture(window().getShell()), "simulate-errors");
    }

    private IProject riversideCopy(String name, java.util.function.UnaryOperator<String> twinEdit) throws Exception {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (p.exists()) {
            p.delete(true, true, null);
        }
        p.create(null);
        p.open(null);
        IProjectDescription description = p.getDescription();
        description.setNatureIds(new String[] { FieldbridgeNature.ID });
        p.setDescription(description, null);
        write(p.getFile("riverside.plant"), Files.readString(RIVERSIDE.resolve("riverside.plant")));
        write(p.getFile("riverside.twin"), twinEdit.apply(Files.readString(RIVERSIDE.resolve("riverside.twin"))));
        select(p);
        return p;
    }

    private static void write(IFile file, String text) throws Exception {
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
    }

    private static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    /** Selects the project in the Project Explorer, as a person does before opening its context menu. */
    private static void select(IProject p) throws Exception {
        IWorkbenchPage page = window().getActivePage();
        CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        page.activate(explorer);
        StructuredSelection selection = new StructuredSelection(p);
        until(() -> {
            explorer.selectReveal(selection);
            return p.equals(explorer.getCommonViewer().getStructuredSelection().getFirstElement());
        }, () -> "the selection of " + p.getName());
    }

    private static <T> T execute(String command, Class<T> type) throws Exception {
        Object result = window().getService(IHandlerService.class).executeCommand(command, null);
        assertNotNull(result, command + " did nothing");
        return type.cast(result);
    }

    private static void awaitConsole(IOConsole console, String text) {
        until(() -> console.getDocument().get().contains(text), () -> "\"" + text
                + "\" in the console, which says:\n" + console.getDocument().get());
    }

    /** Waits until the Console view shows the console, as the person who chose Simulate sees it. */
    private static void awaitShown(IOConsole console) {
        until(() -> window().getActivePage().findView(IConsoleConstants.ID_CONSOLE_VIEW) instanceof IConsoleView view
                && view.getConsole() == console, () -> "the Console view showing " + console.getName());
        WorkbenchDriver.settle(500);
    }

    private static void until(BooleanSupplier condition, Supplier<String> what) {
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("waited a minute for " + what.get());
            }
            WorkbenchDriver.settle(100);
        }
    }
}
