/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.alignment;

import org.fieldbridge.runtime.Quality;

/** The status codes and historian bits that alignment results carry (OPC UA Part 4 §7.34, Part 13). */
final class AggregateStatus {

    /** Uncertain_DataSubNormal: the result was computed from Uncertain, Bad-bounded or extrapolated data. */
    static final int UNCERTAIN_DATA_SUB_NORMAL = Quality.UNCERTAIN_DATA_SUB_NORMAL.code();
    /** Bad_NoData: there is no usable data for this grid point. */
    static final int BAD_NO_DATA = Quality.BAD_NO_DATA.code();
    /** Historian bits (bits 0..1): the value is a raw value. */
    static final int RAW = 0x0;
    /** Historian bits: the value was calculated from several raw values (an aggregate). */
    static final int CALCULATED = 0x1;
    /** Historian bits: the value was interpolated between raw values. */
    static final int INTERPOLATED = 0x2;

    private AggregateStatus() {
    }

    static Quality quality(int code, int historianBits) {
        return Quality.of(code | historianBits);
    }
}
