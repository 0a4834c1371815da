/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

/**
 * What the model says about one mapped signal, as far as simulating it goes.
 *
 * @param name     the qualified signal name
 * @param bool     whether it is a state (boolean, a coil, a bit)
 * @param text     whether it is a text (a string register block or an OPC UA String)
 * @param integral whether it holds whole numbers
 * @param unit     the plant unit's common code (e.g. {@code CEL}), empty without one
 * @param low      the lowest value every mapping of it can serve and the plant allows
 * @param high     the highest such value
 * @param kind     the plant signal's kind ({@code measurement}, {@code setpoint}, {@code counter}, {@code state});
 *                 empty when unknown: then its name decides
 */
public record SignalFacts(String name, boolean bool, boolean text, boolean integral, String unit, double low,
        double high, String kind) {

    /** @return the equipment's qualified name (the signal's without its last segment) */
    String equipment() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** @return the signal's own name (its last segment) */
    String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
