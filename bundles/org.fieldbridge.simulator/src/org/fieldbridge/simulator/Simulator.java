/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.fieldbridge.simulator.physics.SimulatedPlant;

/**
 * Runs a simulated plant in real time (or faster): every tick advances the physics by a fixed step of
 * simulated time and copies the values into the simulated controllers. The physics only ever sees the fixed
 * step, so a run is deterministic whatever the scheduling jitter.
 */
public final class Simulator implements AutoCloseable {

    private final SimulatedPlant plant;
    private final List<SimulatedController> controllers;
    private final long tickMillis;
    private final double stepSeconds;
    private ScheduledExecutorService clock;

    /**
     * @param tickMillis wall-clock time between ticks
     * @param timeScale  simulated seconds per wall-clock second (1 = real time)
     */
    public Simulator(SimulatedPlant plant, List<SimulatedController> controllers, long tickMillis, double timeScale) {
        if (tickMillis <= 0 || timeScale <= 0) {
            throw new IllegalArgumentException("tick and time scale must be positive");
        }
        this.plant = plant;
        this.controllers = List.copyOf(controllers);
        this.tickMillis = tickMillis;
        this.stepSeconds = tickMillis / 1000.0 * timeScale;
    }

    /** Opens the controllers and starts the clock. */
    public synchronized void start() throws Exception {
        startControllers();
        startClock();
    }

    /**
     * Opens the controllers with the plant's initial values, without advancing simulated time (a demo
     * starts the clock once its runtime is connected, so that nothing of the scenario is missed).
     */
    public synchronized void startControllers() throws Exception {
        for (SimulatedController controller : controllers) {
            controller.start();
        }
        tick(); // the controllers hold plausible values before the first client reads
    }

    /** Starts advancing simulated time; does nothing when it already runs. */
    public synchronized void startClock() {
        if (clock != null) {
            return;
        }
        clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fieldbridge-simulator-clock");
            t.setDaemon(true);
            return t;
        });
        clock.scheduleAtFixedRate(this::tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    /** Stops advancing simulated time; the controllers keep serving the values they hold. */
    public synchronized void stopClock() {
        if (clock != null) {
            clock.shutdownNow();
            clock = null;
        }
    }

    /** Advances the plant by one step and updates every controller. */
    public void tick() {
        synchronized (plant) {
            plant.step(stepSeconds);
            for (SimulatedController controller : controllers) {
                controller.update(plant::value);
            }
        }
    }

    /** @return the current value of a simulated signal, consistent with what the controllers hold */
    public double value(String signal) {
        synchronized (plant) {
            return plant.value(signal);
        }
    }

    public SimulatedPlant plant() {
        return plant;
    }

    public List<SimulatedController> controllers() {
        return controllers;
    }

    /** @return the first controller of the given type */
    public <T extends SimulatedController> T controller(Class<T> type) {
        return controllers.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no simulated " + type.getSimpleName()));
    }

    @Override
    public synchronized void close() {
        stopClock();
        controllers.forEach(SimulatedController::close);
    }
}
