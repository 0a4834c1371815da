/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.fieldbridge.runtime.EpochNanos;
import org.fieldbridge.runtime.Quality;
import org.fieldbridge.runtime.Sample;
import org.fieldbridge.runtime.behaviour.CalibrationValidity;
import org.fieldbridge.runtime.conditioning.Conditioning;
import org.fieldbridge.runtime.conditioning.SignalConditioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way of one signal's samples through the engine: conditioning (OPC UA signals; Modbus tags condition
 * themselves), the calibration check, publication (server, latest values, runtime listeners), the alignment
 * grids and the behaviours listening to it. Samples of one signal pass one at a time (a source may deliver
 * from several threads), so conditioning state and behaviours see them in order.
 */
final class SignalRoute {

    private static final Logger LOG = LoggerFactory.getLogger(SignalRoute.class);

    private final String id;
    private final SignalConditioner conditioner;
    private final CalibrationValidity calibration;
    private final OutputPublisher publisher;
    private final List<AlignmentTicker.Feed> alignments;
    private final List<SampleListener> behaviours;
    private final Clock clock;

    /**
     * @param conditioning the engine's conditioning of the signal, or null
     * @param calibrations the calibration records of its instrument (the latest due date decides)
     */
    SignalRoute(String id, Conditioning conditioning, List<CalibrationValidity> calibrations,
            OutputPublisher publisher, List<AlignmentTicker.Feed> alignments, List<SampleListener> behaviours,
            Clock clock) {
        this.id = id;
        this.conditioner = conditioning == null ? null : new SignalConditioner(conditioning);
        this.calibration = calibrations.stream().max(Comparator.comparing(CalibrationValidity::dueDate)).orElse(null);
        this.publisher = publisher;
        this.alignments = List.copyOf(alignments);
        this.behaviours = List.copyOf(behaviours);
        this.clock = clock;
    }

    String id() {
        return id;
    }

    synchronized void accept(Sample raw) {
        Sample sample = conditioner == null ? raw : conditioner.condition(raw);
        if (sample == null) {
            return; // inside the deadband
        }
        if (calibration != null) {
            Quality checked = calibration.apply(sample.quality(), LocalDate.now(clock));
            if (checked != sample.quality()) {
                sample = new Sample(sample.value(), checked, sample.sourceTimestamp(), sample.serverTimestamp());
            }
        }
        publisher.publish(id, sample);
        long time = EpochNanos.of(sample.sourceTimestamp());
        double value = sample.doubleValue();
        int quality = sample.quality().code();
        for (AlignmentTicker.Feed feed : alignments) {
            feed.observe(time, value, quality);
        }
        for (SampleListener behaviour : behaviours) {
            try {
                behaviour.onSample(time, value, quality);
            } catch (RuntimeException e) {
                // one failing behaviour must not stop the signal or the others
                LOG.error("behaviour listening to {} failed", id, e);
            }
        }
    }
}
