/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.onboarding.suggest;

/** How sure a suggestion is: what the engineer should look at first. */
public enum Confidence {
    /** Name words, unit and structure agree. */
    HIGH,
    /** One source of evidence, nothing against it. */
    MEDIUM,
    /** A guess or a conflict: listed for review. */
    LOW;

    /** @return the lower of two confidences */
    public Confidence and(Confidence other) {
        return ordinal() >= other.ordinal() ? this : other;
    }

    /** @return {@code high}, {@code medium}, {@code low} */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
