/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.alignment;

import java.time.Instant;

import org.fieldbridge.runtime.Quality;

/**
 * The value of one signal at one grid point.
 *
 * @param gridTime the grid point (epoch aligned); for windowed methods, the start of the interval
 * @param value    the value; NaN when the quality is Bad_NoData
 * @param quality  the quality, with the OPC UA historian bits saying whether the value is raw,
 *                 interpolated or calculated (Part 4, StatusCode InfoBits)
 */
public record AlignedValue(Instant gridTime, double value, Quality quality) {
}
