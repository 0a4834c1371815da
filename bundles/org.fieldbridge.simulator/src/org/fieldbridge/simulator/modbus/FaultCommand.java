/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.modbus;

import java.time.Duration;

/**
 * The fault commands a simulated Modbus controller takes on standard input, on a schedule or from a scenario:
 * {@code silent}, {@code slow MS}, {@code exception ADDRESS COUNT} (PDU address, 0-based), {@code drop},
 * {@code heal}.
 */
public final class FaultCommand {

    /** The commands, for help texts. */
    public static final String SYNTAX = "silent | slow MS | exception ADDRESS COUNT | drop | heal";

    private FaultCommand() {
    }

    /**
     * @param command the command, e.g. {@code slow 800}
     * @param device  the controller it is for
     * @param name    the controller's name in the answer
     * @return what was done, or why not
     */
    public static String apply(String command, SimulatedModbusDevice device, String name) {
        String[] w = command.trim().split("\\s+");
        try {
            switch (w[0]) {
                case "silent" -> device.inject(DeviceFault.silent());
                case "slow" -> device.inject(DeviceFault.slow(Duration.ofMillis(Long.parseLong(w[1]))));
                case "exception" -> device.inject(DeviceFault.illegalAddress(Integer.parseInt(w[1]),
                        Integer.parseInt(w[2])));
                case "drop" -> device.dropConnections();
                case "heal" -> device.inject(DeviceFault.NONE);
                default -> {
                    return "unknown command: " + command.trim() + " (commands: " + SYNTAX + ")";
                }
            }
            return name + ": " + command.trim();
        } catch (RuntimeException e) {
            return "cannot do '" + command.trim() + "': " + (e.getMessage() == null ? "a number is missing"
                    : e.getMessage());
        }
    }
}
