/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.scan;

import org.fieldbridge.commissioning.Numbers;

/**
 * A decoding with what it means for the signal, best first in a {@link DecodingRanking}.
 *
 * @param decoding the decoding
 * @param engineering the value after the mapping's scale and offset (or the suggested scale); NaN for texts
 * @param scale the scale this value assumes (the mapping's, or the suggested one)
 * @param suggestedScale whether {@code scale} is a suggestion that differs from the mapping's
 * @param plausible false for NaN, infinite, denormal or absurdly large floats
 * @param inRange whether the value lies in the signal's valid range (true without one)
 * @param current whether this is how the mapping reads it today
 * @param note why it ranks where it does, in plant words
 */
public record RankedDecoding(Decoding decoding, double engineering, double scale, boolean suggestedScale,
        boolean plausible, boolean inRange, boolean current, String note) {

    /** @return the .twin type and options that select this decoding (with the suggested scale, if any) */
    public String twinOptions() {
        return decoding.twinOptions(suggestedScale ? "scale " + Numbers.text(scale) : "");
    }

    /** @return the raw value as text (uint64 unsigned) */
    public String raw() {
        return decoding.unsigned64() ? Long.toUnsignedString((Long) decoding.value()) : Numbers.text(decoding.value());
    }

    /**
     * @param unit the unit's symbol, empty without one
     * @return e.g. {@code CDAB  float32 { byte order big, word order little }  raw 812.5  value 812.5 A  in range}
     */
    public String line(String unit) {
        String value = decoding.value() instanceof String ? Numbers.text(decoding.value())
                : Numbers.text(engineering) + (unit.isEmpty() ? "" : " " + unit);
        return String.format(java.util.Locale.ROOT, "%-4s  %-50s  raw %-14s  value %-16s  %s", decoding.order(),
                twinOptions(), raw(), value, note);
    }
}
