/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.util.List;

/**
 * An {@code align} statement.
 *
 * @param periodMillis the grid period
 * @param method the runtime's {@code AlignmentMethod} constant
 * @param outputs the aligned signals
 * @param origin where it is written
 */
public record AlignmentPlan(long periodMillis, String method, List<AlignedOutputPlan> outputs, Origin origin) {

    public AlignmentPlan {
        outputs = List.copyOf(outputs);
    }

    /**
     * One aligned signal.
     *
     * @param source the mapped signal
     * @param output the node receiving the aligned values
     * @param staleAfterMillis how old a bound may be
     */
    public record AlignedOutputPlan(MappedSignal source, SignalNode output, long staleAfterMillis) {
    }
}
