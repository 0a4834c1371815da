/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.scan;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fieldbridge.runtime.register.RegisterArea;

/**
 * What a scan of one address found.
 *
 * @param unitId the unit id read
 * @param area the table read
 * @param offset the zero-based offset of the first register
 * @param words the registers read (empty for coils and discrete inputs)
 * @param bits the bits read (empty for registers)
 * @param ranked every decoding of the registers, best first
 * @param roundTrip the time the request took
 */
public record ScanResult(int unitId, RegisterArea area, int offset, int[] words, boolean[] bits,
        List<RankedDecoding> ranked, Duration roundTrip) {

    public ScanResult {
        ranked = List.copyOf(ranked);
    }

    /** @return the best decoding; empty for bits */
    public java.util.Optional<RankedDecoding> best() {
        return ranked.stream().findFirst();
    }

    /** @return the registers in hex, e.g. {@code 2000 444B}, or the bits as 0/1 */
    public String rawText() {
        if (area.isBits()) {
            return IntStream.range(0, bits.length).mapToObj(i -> bits[i] ? "1" : "0").collect(Collectors.joining(" "));
        }
        return IntStream.of(words).mapToObj(w -> String.format(Locale.ROOT, "%04X", w)).collect(Collectors.joining(" "));
    }
}
