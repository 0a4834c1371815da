/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.evidence;

import java.util.Comparator;

/**
 * What a piece of evidence is about: the plant signal a mapping writes and the connection it reads it over.
 * Stable across edits of the mapping's address, type or conditioning (those change its
 * {@linkplain MappingFacts#hash() hash}, not its identity), and across reordering of the file.
 *
 * @param connection the connection's name, e.g. {@code PLC4}
 * @param signal     the plant signal's qualified name, e.g. {@code Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp}
 */
public record MappingIdentity(String connection, String signal) implements Comparable<MappingIdentity> {

    private static final Comparator<MappingIdentity> ORDER = Comparator.comparing(MappingIdentity::signal)
            .thenComparing(MappingIdentity::connection);

    @Override
    public int compareTo(MappingIdentity other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return connection + " -> " + signal;
    }
}
