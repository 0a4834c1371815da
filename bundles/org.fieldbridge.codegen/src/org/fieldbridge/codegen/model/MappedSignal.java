/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.codegen.model;

import java.util.List;

/**
 * A plant signal read by a mapping.
 *
 * @param node the signal's variable in the address space
 * @param constant the name of its {@code TwinSignal} constant, e.g. {@code TANK3_BATH_TEMP}
 * @param qualifiedName the plant's qualified name
 * @param hmiTag the HMI tag label of the mapping, may be null
 * @param connection the connection's name
 * @param source where it is read
 * @param conditioning how a raw value becomes an engineering value in the plant's unit
 * @param acquisitionPeriodMillis the poll period or sampling interval of its connection
 * @param calibrations the calibration records of the signal's instrument, in the plant's order
 * @param instrument the instrument's name and tag, e.g. {@code TT_Tank3 (TT-301)}; null without instrument
 * @param origin where the mapping is written
 */
public record MappedSignal(SignalNode node, String constant, String qualifiedName, String hmiTag, String connection,
        SignalSource source, ConditioningValues conditioning, long acquisitionPeriodMillis,
        List<Calibration> calibrations, String instrument, Origin origin) {

    public MappedSignal {
        calibrations = List.copyOf(calibrations);
    }

    /** @return the node id */
    public String id() {
        return node.id();
    }

    /** @return the calibration due last, the one a verdict rests on; null without records */
    public Calibration latestCalibration() {
        Calibration latest = null;
        for (Calibration c : calibrations) {
            if (latest == null || c.dueDate().isAfter(latest.dueDate())) {
                latest = c;
            }
        }
        return latest;
    }
}
