/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.live;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fieldbridge.commissioning.MappedValue;
import org.fieldbridge.commissioning.Numbers;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;

/**
 * One mapping read live: what the controller sent and what the runtime would publish.
 *
 * @param mapping the mapping
 * @param raw the raw value before conditioning (null when nothing was read)
 * @param words the registers it was decoded from (empty for bits and OPC UA)
 * @param sample the conditioned sample, exactly as the runtime's {@code SignalConditioner} makes it
 * @param age time since the controller confirmed the value
 * @param fix a better encoding when the value looks wrong for the signal (e.g. a wrong word order); empty if none
 */
public record LiveValue(MappedValue mapping, Object raw, int[] words, Sample sample, Duration age,
        Optional<EncodingFix> fix) {

    /** @return the quality */
    public Quality quality() {
        return sample.quality();
    }

    /** @return e.g. {@code 812.5 [2000 444B]}, {@code -} when nothing was read */
    public String rawText() {
        String value = Numbers.text(raw);
        if (words.length == 0) {
            return value;
        }
        return value + " [" + IntStream.of(words).mapToObj(w -> String.format(Locale.ROOT, "%04X", w))
                .collect(Collectors.joining(" ")) + "]";
    }

    /** @return the engineering value as text, {@code -} when there is none */
    public String valueText() {
        return Numbers.text(sample.value());
    }

    /** @return e.g. {@code 120 ms} */
    public String ageText() {
        return age.toMillis() + " ms";
    }
}
