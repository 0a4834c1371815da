/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.fieldbridge.simulator.modbus.SimulatedModbusDevice;

/**
 * Changes the value of every register of the bench's simulated device once per second (a plant whose every
 * value moves, so that the subscribed client gets notifications and the runtime's DataValues turn over).
 */
final class ValueChanges implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench value changes");
        t.setDaemon(true);
        return t;
    });
    private int step;

    ValueChanges(SimulatedModbusDevice device) {
        timer.scheduleAtFixedRate(() -> {
            int offset = ++step % 10;
            device.update(signal -> 20 + (Integer.parseInt(signal.substring(1)) + offset) % 50);
        }, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
