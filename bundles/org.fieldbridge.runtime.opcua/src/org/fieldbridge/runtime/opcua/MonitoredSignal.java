/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.opcua;

import java.time.Duration;
import java.util.Objects;

/**
 * A server node mapped to a signal ({@code map Oven2 "ns=2;s=Zone1.Temp" -> CuringOven.Zone1.Temp}).
 *
 * @param signal           the semantic signal the samples are delivered for
 * @param nodeId           the node in OPC UA string form (Part 6 §5.3.1.10), e.g. {@code ns=2;s=Zone1.Temp}
 * @param samplingInterval how often the server samples the node
 */
public record MonitoredSignal(String signal, String nodeId, Duration samplingInterval) {

    public MonitoredSignal {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(nodeId, "nodeId");
        if (samplingInterval.isNegative()) {
            throw new IllegalArgumentException("sampling interval of " + signal + " must not be negative");
        }
    }
}
