/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.ui.simulate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleListener;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.IOConsole;

/**
 * One project's simulator and its console "Simulator: PROJECT": the console shows what it serves and takes
 * fault commands typed into it; stopping (the command, or removing the console) stops the simulator and frees
 * its ports. At most one session per project.
 */
public final class SimulatorSession {

    private static final Map<String, SimulatorSession> RUNNING = new ConcurrentHashMap<>();

    private final IProject project;
    private final IOConsole console;
    private final PrintStream out;
    private volatile PlantSimulator simulator;

    private SimulatorSession(IProject project, IOConsole console) {
        this.project = project;
        this.console = console;
        this.out = new PrintStream(console.newOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** @return the console of the project's simulator, made (and added to the Console view) when there is none */
    static IOConsole console(IProject project) {
        String name = consoleName(project);
        IConsoleManager consoles = ConsolePlugin.getDefault().getConsoleManager();
        for (IConsole c : consoles.getConsoles()) {
            if (c instanceof IOConsole io && c.getName().equals(name)) {
                return io;
            }
        }
        IOConsole console = new IOConsole(name, null);
        consoles.addConsoles(new IConsole[] { console });
        return console;
    }

    /**
     * @return the console for a new run: when the project's simulator is not running, the previous run's
     *         console is replaced by a new one, so that its command reader (blocked on the old console's
     *         input) ends with it and never takes a line meant for the new run
     */
    static IOConsole consoleForRun(IProject project) {
        if (running(project) == null) {
            IConsoleManager consoles = ConsolePlugin.getDefault().getConsoleManager();
            IConsole[] previous = java.util.Arrays.stream(consoles.getConsoles())
                    .filter(c -> c.getName().equals(consoleName(project))).toArray(IConsole[]::new);
            if (previous.length > 0) {
                consoles.removeConsoles(previous);
            }
        }
        return console(project);
    }

    /** @return the console's name for a project */
    public static String consoleName(IProject project) {
        return "Simulator: " + project.getName();
    }

    /** @return the running session of the project, or {@code null} */
    public static SimulatorSession running(IProject project) {
        return RUNNING.get(project.getName());
    }

    /** @return a session for the project, writing to its console (not yet started) */
    static SimulatorSession open(IProject project) {
        return new SimulatorSession(project, console(project));
    }

    /** @return the stream to the console */
    PrintStream out() {
        return out;
    }

    /** @return the console */
    public IOConsole console() {
        return console;
    }

    /** @return the running simulator, or {@code null} when it did not start or was stopped */
    public PlantSimulator simulator() {
        return simulator;
    }

    /**
     * Makes the started simulator this project's running one and reads fault commands from the console.
     *
     * @return false when another session of the project got there first (this simulator is stopped again)
     */
    boolean run(PlantSimulator started) {
        if (RUNNING.putIfAbsent(project.getName(), this) != null) {
            started.stop();
            out.println("The simulator of " + project.getName() + " is already running: stop it first.");
            return false;
        }
        this.simulator = started;
        ConsolePlugin.getDefault().getConsoleManager().addConsoleListener(new RemovalStops());
        Thread reader = new Thread(this::readCommands, "fieldbridge-simulator-console-" + project.getName());
        reader.setDaemon(true);
        reader.start();
        return true;
    }

    /** Stops the simulator and frees its ports; the console stays, with the last line saying so. */
    public void stop() {
        PlantSimulator running = simulator;
        simulator = null;
        if (running == null) {
            return;
        }
        RUNNING.remove(project.getName(), this);
        running.stop();
        out.println("Simulator stopped; its ports are free.");
    }

    private void readCommands() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(console.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null && simulator != null;) {
                PlantSimulator running = simulator;
                if (!line.isBlank() && running != null) {
                    out.println(running.command(line));
                }
            }
        } catch (IOException e) {
            // the console went away: no more commands
        }
    }

    /** Removing the console from the Console view stops its simulator. */
    private final class RemovalStops implements IConsoleListener {
        @Override
        public void consolesAdded(IConsole[] added) {
            // nothing to do
        }

        @Override
        public void consolesRemoved(IConsole[] removed) {
            for (IConsole c : removed) {
                if (c == console) {
                    ConsolePlugin.getDefault().getConsoleManager().removeConsoleListener(this);
                    stop();
                }
            }
        }
    }
}
