/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.time.Duration;
import java.util.Objects;

import org.fieldbridge.runtime.alignment.AlignmentMethod;

/**
 * One signal of an {@code align} statement: its samples are observed under {@code signalId} and its
 * value at every complete grid point is published to {@code outputId} (stamped with the grid point).
 *
 * @param signalId the id of the source signal
 * @param outputId the id of the node that receives the aligned values
 * @param method how the value at a grid point is computed
 * @param staleAfter how old a bound may be before it no longer counts
 */
public record AlignedOutput(String signalId, String outputId, AlignmentMethod method, Duration staleAfter) {

    public AlignedOutput {
        Objects.requireNonNull(signalId, "signalId");
        Objects.requireNonNull(outputId, "outputId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(staleAfter, "staleAfter");
    }
}
