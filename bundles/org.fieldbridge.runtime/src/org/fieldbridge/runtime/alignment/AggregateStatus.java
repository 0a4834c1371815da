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

    /** Historian bits in a code: bits 0..1. */
    static final int HISTORIAN_BITS = 0x3;

    /** The qualities nearly every result has, by historian bits: made once, since a quality is immutable. */
    private static final Quality[] GOOD = { Quality.of(RAW), Quality.of(CALCULATED), Quality.of(INTERPOLATED) };
    private static final Quality[] SUB_NORMAL = { Quality.of(UNCERTAIN_DATA_SUB_NORMAL | RAW),
            Quality.of(UNCERTAIN_DATA_SUB_NORMAL | CALCULATED), Quality.of(UNCERTAIN_DATA_SUB_NORMAL | INTERPOLATED) };
    private static final Quality NO_DATA = Quality.of(BAD_NO_DATA);

    private AggregateStatus() {
    }

    /** @return the quality of a result code (status code with historian bits), shared where it is a common one */
    static Quality quality(int code) {
        int bits = code & HISTORIAN_BITS;
        int status = code & ~HISTORIAN_BITS;
        if (bits <= INTERPOLATED) {
            if (status == 0) {
                return GOOD[bits];
            }
            if (status == UNCERTAIN_DATA_SUB_NORMAL) {
                return SUB_NORMAL[bits];
            }
        }
        return code == BAD_NO_DATA ? NO_DATA : Quality.of(code);
    }
}
