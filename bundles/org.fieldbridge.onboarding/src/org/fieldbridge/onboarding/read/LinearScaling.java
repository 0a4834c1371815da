/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.read;

import java.util.Locale;

import org.fieldbridge.onboarding.ImportedTag;

/** Linear raw-to-engineering scaling as HMIs and OPC servers define it by two ranges. */
final class LinearScaling {

    private LinearScaling() {
    }

    /**
     * Puts {@code scale} and {@code offset} (engineering = raw x scale + offset) and the engineering range on a tag.
     *
     * @param tag the tag
     * @param rawLow raw value at the low end
     * @param rawHigh raw value at the high end
     * @param euLow engineering value at the low end
     * @param euHigh engineering value at the high end
     * @param mode the conversion's name ({@code Linear}, {@code SquareRoot}, blank for linear)
     */
    static void apply(ImportedTag.Builder tag, double rawLow, double rawHigh, double euLow, double euHigh, String mode) {
        if (!Double.isNaN(euLow) && !Double.isNaN(euHigh) && euLow < euHigh) {
            tag.range(euLow, euHigh);
        }
        String kind = mode == null ? "" : mode.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (kind.startsWith("sq")) {
            tag.note("square-root scaling (" + mode.strip() + ") is not carried over: the mapping reads the raw value");
            return;
        }
        if (kind.equals("none") || Double.isNaN(rawLow) || Double.isNaN(rawHigh) || Double.isNaN(euLow)
                || Double.isNaN(euHigh) || rawHigh == rawLow) {
            return;
        }
        double scale = (euHigh - euLow) / (rawHigh - rawLow);
        double offset = euLow - rawLow * scale;
        if (scale == 1 && offset == 0) {
            return;
        }
        tag.scale(round(scale)).offset(offset == 0 ? null : round(offset));
    }

    /** Keeps 12 significant digits, so that 100/1000 is written 0.1, not 0.09999999999999999. */
    static double round(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(12)).doubleValue();
    }
}
