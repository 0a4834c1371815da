/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.behaviour;

import java.time.Instant;

import org.fieldbridge.runtime.Quality;

/**
 * The integral of a rate over one batch, e.g. the natural gas a curing oven burnt for batch 4711.
 *
 * @param batch   the batch identifier (the value of the batch signal)
 * @param start   when the batch started (source time of its first batch-id sample)
 * @param end     when the batch ended (source time of the next batch's first sample)
 * @param total   the integral, in the rate's quantity (m³/h integrated over hours gives m³)
 * @param quality Good when every rate sample of the batch was Good and no gap exceeded the limit,
 *                otherwise Uncertain_DataSubNormal (the total is then a lower bound)
 */
public record BatchTotal(double batch, Instant start, Instant end, double total, Quality quality) {
}
