/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.fieldbridge.commissioning.ui.CommissioningPerspective;
import org.fieldbridge.commissioning.ui.connections.ConnectionsView;
import org.fieldbridge.commissioning.ui.live.LiveValuesView;
import org.fieldbridge.commissioning.ui.live.PollRate;
import org.fieldbridge.commissioning.ui.session.CommissioningSession;
import org.fieldbridge.simulator.RiversideSimulation;
import org.fieldbridge.simulator.Simulator;
import org.fieldbridge.tests.support.LoopbackPort;
import org.fieldbridge.tests.support.RepositoryRoot;
import org.fieldbridge.tests.support.ui.EventLoop;
import org.fieldbridge.tests.support.ui.Screenshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Views left open while the window's session is disposed: a fresh session takes its place at once, and the
 * Connections and Live Values views show it (its files, its connections, its values), not "0 connections" of the
 * disposed one.
 */
class ViewsFollowTheWindowSessionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static Simulator simulator;
    private static Path folder;
    private static int port;

    @BeforeAll
    static void startTheSimulator() throws Exception {
        port = LoopbackPort.free();
        simulator = RiversideSimulation.create(port, null, 1.0);
        simulator.startControllers();
        simulator.tick();
        folder = Files.createTempDirectory("follow-session");
        for (String name : List.of("riverside.plant", "riverside.twin")) {
            Files.copy(RepositoryRoot.riverside().resolve(name), folder.resolve(name));
        }
    }

    @AfterAll
    static void stopTheSimulator() throws Exception {
        CommissioningSession.of(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).dispose();
        simulator.close();
    }

    private static CommissioningSession openedAndConnected(IWorkbenchWindow window) {
        CommissioningSession session = CommissioningSession.of(window);
        session.setEndpointOverrides(List.of("PLC4=127.0.0.1:" + port));
        LiveUiWait.done(session.open(List.of(folder.resolve("riverside.twin"))), PATIENCE);
        assertTrue(session.model().isPresent(), () -> "not loaded: " + session.problem());
        Job connect = Job.create("Connecting PLC4", monitor -> {
            session.connect("PLC4");
        });
        connect.schedule();
        LiveUiWait.done(connect, PATIENCE);
        return session;
    }

    @Test
    void openViewsShowTheSessionThatReplacesADisposedOne() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getActivePage().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(CommissioningPerspective.ID));
        CommissioningSession first = openedAndConnected(window);
        IWorkbenchPage page = window.getActivePage();
        ConnectionsView connections = (ConnectionsView) page.showView(ConnectionsView.ID);
        LiveValuesView live = (LiveValuesView) page.showView(LiveValuesView.ID);
        live.setRate(PollRate.QUICK);
        LiveUiWait.until("PLC4 and Oven2 listed", PATIENCE,
                () -> connections.viewer().getTable().getItemCount() == 2,
                () -> connections.viewer().getTable().getItemCount() + " rows");

        first.dispose(); // e.g. by its owner; the views stay open
        EventLoop.settle(Duration.ofMillis(500));
        assertEquals(0, connections.viewer().getTable().getItemCount(), "the fresh session has nothing open yet");
        CommissioningSession second = openedAndConnected(window);
        assertNotSame(first, second);

        LiveUiWait.until("the new session's connections in the open Connections view", PATIENCE,
                () -> connections.viewer().getTable().getItemCount() == 2,
                () -> connections.viewer().getTable().getItemCount() + " rows");
        LiveUiWait.until("the new session's PLC4 values in the open Live Values view", PATIENCE,
                () -> live.shown().values().stream().filter(v -> v.mapping().connection().equals("PLC4")
                        && v.quality().isGood()).count() == 12,
                () -> live.shown().values().size() + " values shown");
        LiveUiWait.until("PLC4 shown connected", PATIENCE,
                () -> connections.viewer().getTable().getItem(0).getText(1).startsWith("connected")
                        || connections.viewer().getTable().getItem(1).getText(1).startsWith("connected"),
                () -> connections.viewer().getTable().getItem(0).getText(1) + " / "
                        + connections.viewer().getTable().getItem(1).getText(1));
        page.activate(connections);
        EventLoop.settle(Duration.ofMillis(500));
        Screenshots.save(Screenshots.capture(window.getShell()), "views-follow-new-session");
    }
}
