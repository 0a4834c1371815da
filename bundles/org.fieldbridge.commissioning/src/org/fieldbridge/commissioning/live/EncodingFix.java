/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.live;

import org.fieldbridge.commissioning.Numbers;
import org.fieldbridge.commissioning.scan.RankedDecoding;

/**
 * A better way to read a mapping's registers than the one written: what it would read and the .twin options to
 * write.
 *
 * @param decoding the better decoding
 * @param origin where the mapping is written, e.g. {@code riverside.twin:25}
 * @param unit the unit's symbol
 */
public record EncodingFix(RankedDecoding decoding, String origin, String unit) {

    /**
     * @return e.g. {@code reads 812.5 A as CDAB: write float32 { byte order big, word order little } at
     *         riverside.twin:25}
     */
    public String describe() {
        return "reads " + Numbers.text(decoding.engineering()) + (unit.isEmpty() ? "" : " " + unit) + " as "
                + decoding.decoding().order() + ": write " + decoding.twinOptions() + " at " + origin;
    }
}
