/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.app;

import java.util.Objects;

/**
 * A typed constant for one signal of a generated twin: its node id in the address space, the Java type of
 * its values and its engineering unit. Generated {@code *Signals} classes hold one per mapped signal.
 *
 * @param id the node id (browse names joined by dots), e.g. {@code Acme.Riverside.Finishing.AnodizingLine.Tank3.BathTemp}
 * @param type the Java type of the published values ({@code Double}, {@code Long}, {@code Boolean}, {@code String})
 * @param unit the UN/CEFACT common code of its unit ({@code CEL}), empty when it has none
 * @param <T> the value type
 */
public record TwinSignal<T>(String id, Class<T> type, String unit) {

    public TwinSignal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
    }

    @Override
    public String toString() {
        return id;
    }
}
