/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.simulator.plant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides from a signal's name, type, unit and range how it is simulated: states toggle, counters count,
 * batch ids and texts advance, setpoints hold, measurements follow the setpoint of the same unit in their
 * equipment (or wander through their range) with noise.
 */
final class SignalKinds {

    private static final Pattern SETPOINT = Pattern.compile("(?i).*(setpoint|set_point|_sp|sp|target|sollwert|soll)");
    private static final Pattern COUNTER = Pattern.compile("(?i).*(count|counter|total|pieces|parts|cycles|qty).*");
    private static final Pattern BATCH = Pattern.compile("(?i).*(batch|lot|order|recipe).*");
    /** Seconds between two batch ids (and two texts). */
    static final double BATCH_PERIOD = 300;
    /** Seconds between two counts of a counter. */
    static final double COUNT_PERIOD = 1;

    private SignalKinds() {
    }

    /**
     * @param signals     the mapped signals
     * @param statePeriod seconds between two toggles of a state
     * @return the simulated signals
     */
    static ModelSignals of(List<SignalFacts> signals, double statePeriod) {
        Map<String, SignalBehaviour> behaviours = new LinkedHashMap<>();
        Map<String, Map<String, SignalBehaviour.Level>> setpoints = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        signals.forEach(s -> units.put(s.name(), s.unit()));
        for (SignalFacts s : signals) {
            if (!s.bool() && !s.text() && isSetpoint(s)) {
                SignalBehaviour.Level level = new SignalBehaviour.Level(s.low(), s.high(), initialSetpoint(s));
                behaviours.put(s.name(), level);
                setpoints.computeIfAbsent(s.equipment(), e -> new LinkedHashMap<>()).put(s.simpleName(), level);
            }
        }
        for (SignalFacts s : signals) {
            if (!behaviours.containsKey(s.name())) {
                behaviours.put(s.name(), behaviour(s, statePeriod, setpoints.getOrDefault(s.equipment(), Map.of()),
                        units));
            }
        }
        // keep the plant's order
        Map<String, SignalBehaviour> ordered = new LinkedHashMap<>();
        signals.forEach(s -> ordered.put(s.name(), behaviours.get(s.name())));
        return new ModelSignals(ordered);
    }

    /** The plant's kind when it gives one (a signal of kind measurement is never a setpoint), else the name. */
    private static boolean isSetpoint(SignalFacts s) {
        return s.kind().isEmpty() ? SETPOINT.matcher(s.simpleName()).matches() : s.kind().equals("setpoint");
    }

    private static SignalBehaviour behaviour(SignalFacts s, double statePeriod,
            Map<String, SignalBehaviour.Level> setpoints, Map<String, String> units) {
        long seed = s.name().hashCode();
        if (s.bool() || s.kind().equals("state")) {
            return new SignalBehaviour.Toggle(false, statePeriod, Math.floorMod(seed, 1000) / 1000.0);
        }
        if (s.text() || (s.integral() && BATCH.matcher(s.simpleName()).matches())) {
            double first = s.low() <= 1000 && 1000 <= s.high() ? 1000 : s.low();
            return new SignalBehaviour.Counter(s.low(), s.high(), first, BATCH_PERIOD, "batch id");
        }
        if (s.kind().equals("counter") || s.integral() && COUNTER.matcher(s.simpleName()).matches()) {
            return new SignalBehaviour.Counter(s.low(), s.high(), Math.max(s.low(), Math.min(0, s.high())),
                    COUNT_PERIOD, "counter");
        }
        SignalBehaviour.Level setpoint = setpointOf(s, setpoints, units);
        double start = setpoint != null ? setpoint.value() : s.low() + (s.high() - s.low()) / 2;
        return new SignalBehaviour.Measurement(s.low(), s.high(), start, setpoint, seed);
    }

    /** The setpoint of the same unit in the same equipment, preferring one named after the measurement. */
    private static SignalBehaviour.Level setpointOf(SignalFacts s, Map<String, SignalBehaviour.Level> setpoints,
            Map<String, String> units) {
        SignalBehaviour.Level any = null;
        for (Map.Entry<String, SignalBehaviour.Level> e : setpoints.entrySet()) {
            if (!units.getOrDefault(s.equipment() + "." + e.getKey(), "").equals(s.unit())) {
                continue;
            }
            if (e.getKey().startsWith(s.simpleName())) {
                return e.getValue();
            }
            any = any == null ? e.getValue() : any;
        }
        return any;
    }

    /** Three fifths up the range, rounded to what a person would type. */
    private static double initialSetpoint(SignalFacts s) {
        double v = s.low() + (s.high() - s.low()) * 0.6;
        double step = Math.pow(10, Math.floor(Math.log10(Math.max(1e-9, s.high() - s.low()))) - 1);
        double rounded = Math.round(v / step) * step;
        return s.integral() ? Math.round(rounded) : rounded;
    }
}
