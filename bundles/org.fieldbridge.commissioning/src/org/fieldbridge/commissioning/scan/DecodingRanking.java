/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fieldbridge.commissioning.Numbers;
import org.fieldbridge.runtime.register.DataType;

/**
 * Ranks the decodings of an address against what the plant signal expects. Best first:
 * <ol>
 * <li>plausible numbers before NaN, infinite, denormal or absurdly large floats (a wrong word order of a float
 * mostly gives one of those);</li>
 * <li>with a value read off the HMI: the closest value (trying the scales 1, 0.1, 0.01, 0.001, 10, 100 besides
 * the mapping's, so a register holding tenths suggests {@code scale 0.1}); then inside the valid range;</li>
 * <li>without one: inside the signal's valid range before outside;</li>
 * <li>ties: how the mapping reads it today, then the mapping's data type in another order, then floats for a
 * real signal and integers for an integer one, then a .twin type before {@code uint64}, then fewer registers, then
 * the usual orders first (ABCD, CDAB, BADC, DCBA).</li>
 * </ol>
 */
public final class DecodingRanking {

    private static final double[] SCALES = { 1, 0.1, 0.01, 0.001, 10, 100 };
    /** Relative differences below this count as equal, so that ties fall to the next rule. */
    private static final double SAME = 1e-3;
    /** A float beyond this magnitude is no process value: a wrong word order, or no float at all. */
    private static final double HUGE = 1e9;

    private DecodingRanking() {
    }

    /**
     * @param decodings the decodings of one address
     * @param expectation what the signal expects
     * @return the decodings, best first
     */
    public static List<RankedDecoding> rank(List<Decoding> decodings, Expectation expectation) {
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < decodings.size(); i++) {
            scored.add(score(decodings.get(i), expectation, i));
        }
        scored.sort(Comparator.comparingInt(Scored::plausibleRank)
                .thenComparingLong(Scored::closeness)
                .thenComparingInt(Scored::rangeRank)
                .thenComparingInt(Scored::scaleRank)
                .thenComparingInt(Scored::currentRank)
                .thenComparingInt(Scored::typeRank)
                .thenComparingInt(Scored::kindRank)
                .thenComparingInt(Scored::runnableRank)
                .thenComparingInt(Scored::registers)
                .thenComparingInt(Scored::index));
        return scored.stream().map(Scored::ranked).toList();
    }

    private record Scored(RankedDecoding ranked, int plausibleRank, long closeness, int rangeRank, int scaleRank,
            int currentRank, int typeRank, int kindRank, int runnableRank, int registers, int index) {
    }

    private static Scored score(Decoding decoding, Expectation e, int index) {
        double raw = decoding.number();
        boolean text = decoding.value() instanceof String;
        boolean plausible = text || isPlausible(decoding, raw);
        double scale = e.conditioning().scale();
        double error = 0;
        if (!text && e.hasExpected()) {
            double best = Double.POSITIVE_INFINITY;
            for (double candidate : candidates(scale)) {
                double err = relativeError(raw * candidate + e.conditioning().offset(), e.expected());
                if (err < best - SAME) {
                    best = err;
                    scale = candidate;
                }
            }
            error = best;
        }
        double engineering = text ? Double.NaN : raw * scale + e.conditioning().offset();
        boolean inRange = text ? !e.hasRange() : engineering >= e.low() && engineering <= e.high();
        boolean suggested = scale != e.conditioning().scale();
        boolean current = e.hasCurrent() && decoding.sameEncodingAs(e.currentType(), e.currentBytes(), e.currentWords());
        boolean sameType = e.hasCurrent() && !decoding.unsigned64() && decoding.type().equals(e.currentType());
        // texts are ranked after numbers when a number is expected
        boolean textPenalty = text && (e.hasExpected() || e.hasRange());
        String note = note(decoding, plausible, inRange, e, engineering, error, suggested, current);
        RankedDecoding ranked = new RankedDecoding(decoding, engineering, scale, suggested, plausible, inRange, current,
                note);
        long closeness = e.hasExpected() && !text ? Math.round(Math.min(error, 1e12) / SAME) : 0;
        return new Scored(ranked, plausible && !textPenalty ? 0 : 1, closeness, inRange ? 0 : 1, suggested ? 1 : 0,
                current ? 0 : 1, sameType ? 0 : 1, kindRank(decoding, e), decoding.isRunnable() ? 0 : 1, decoding.type().registerCount(), index);
    }

    /**
     * A real signal prefers floats, an integer signal integers: a random register pair decodes to a plausible,
     * in-range float far less often than a single register to an in-range int16 (434 from a float's low word
     * lands in 0 .. 3000 A as easily as the float itself), so a float that fits is the stronger evidence.
     */
    private static int kindRank(Decoding decoding, Expectation e) {
        DataType.Kind kind = decoding.type().kind();
        boolean floating = kind == DataType.Kind.FLOAT32 || kind == DataType.Kind.FLOAT64;
        return floating != e.integral() ? 0 : 1;
    }

    private static double[] candidates(double mappingScale) {
        double[] all = new double[SCALES.length + 1];
        all[0] = mappingScale;
        System.arraycopy(SCALES, 0, all, 1, SCALES.length);
        return all;
    }

    private static double relativeError(double value, double expected) {
        return Math.abs(value - expected) / Math.max(Math.abs(expected), 1e-9);
    }

    /** NaN, infinity, denormals and absurd magnitudes are what a float read in the wrong order looks like. */
    static boolean isPlausible(Decoding decoding, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return false;
        }
        DataType.Kind kind = decoding.type().kind();
        if (kind == DataType.Kind.FLOAT32 || kind == DataType.Kind.FLOAT64) {
            double magnitude = Math.abs(value);
            double smallest = kind == DataType.Kind.FLOAT32 ? 1e-6 : 1e-12;
            return magnitude == 0 || (magnitude >= smallest && magnitude < HUGE);
        }
        return true;
    }

    private static String note(Decoding d, boolean plausible, boolean inRange, Expectation e, double engineering,
            double error, boolean suggested, boolean current) {
        List<String> parts = new ArrayList<>();
        if (!plausible) {
            parts.add("implausible");
        } else if (e.hasRange() && !(d.value() instanceof String)) {
            parts.add(inRange ? "in range" : "outside " + Numbers.text(e.low()) + " .. " + Numbers.text(e.high()));
        }
        if (e.hasExpected() && !(d.value() instanceof String)) {
            parts.add(error < SAME ? "matches the HMI" : "HMI " + Numbers.text(e.expected()) + " ("
                    + Numbers.text(engineering - e.expected()) + ")");
        }
        if (suggested) {
            parts.add("needs another scale");
        }
        if (current) {
            parts.add("as mapped");
        }
        if (!d.isRunnable()) {
            parts.add("no .twin type");
        }
        return String.join(", ", parts);
    }
}
