/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator;

import java.util.function.ToDoubleFunction;

/** A simulated controller: opens its network endpoint and mirrors the simulated signals it owns. */
public interface SimulatedController extends AutoCloseable {

    /** Opens the controller's endpoint on 127.0.0.1. */
    void start() throws Exception;

    /** Copies the current value of every signal the controller owns (looked up by plant signal name). */
    void update(ToDoubleFunction<String> values);

    /** Closes the endpoint and every connection. */
    @Override
    void close();
}
