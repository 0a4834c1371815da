/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.sparkplug;

/** What a metric carries; decides when its samples are sent and whether it counts for a device's death. */
public enum MetricKind {
    /**
     * A signal of a controller: sent as the runtime hands its samples over (on change, after the deadband);
     * a device dies (DDEATH) when all its signals are Bad.
     */
    SIGNAL,
    /**
     * A behaviour state ({@code BathTooHot/Active}, {@code Tank3BathInSpec/Statement}): behaviours publish
     * their states on every evaluation, the edge node sends a state only when its value or quality changed.
     */
    STATE,
    /** A behaviour event ({@code BathTooHot/Event}): every one is sent, none is a repeat. */
    EVENT
}
