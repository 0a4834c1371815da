/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import java.nio.file.Path;

import org.fieldbridge.model.plant.Signal;

/**
 * One mapping of a loaded .twin file, as commissioning sees it.
 *
 * @param facts    what decides the value read, and its hash
 * @param signal   the plant signal it writes (for names, unit, instrument and calibration)
 * @param hmiTag   the HMI tag label, or an empty string
 * @param twinFile the .twin file it is written in
 * @param line     the 1-based line of its {@code map} statement
 */
public record CommissionedMapping(MappingFacts facts, Signal signal, String hmiTag, Path twinFile, int line) {

    /** @return the connection and plant signal */
    public MappingIdentity identity() {
        return facts.identity();
    }
}
