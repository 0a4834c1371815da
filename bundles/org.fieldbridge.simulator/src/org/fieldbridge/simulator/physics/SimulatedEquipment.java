/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.physics;

/** A piece of simulated equipment: advances in fixed steps and answers its signals by name. */
public interface SimulatedEquipment {

    /** @return the equipment's name in the plant model */
    String name();

    /** Advances the simulation by {@code dtSeconds} of simulated time. */
    void step(double dtSeconds);

    /**
     * @param signal the signal's name in the plant model (e.g. {@code BathTemp})
     * @return the current value in the signal's engineering unit; booleans as 0/1
     * @throws IllegalArgumentException when the equipment has no such signal
     */
    double value(String signal);
}
