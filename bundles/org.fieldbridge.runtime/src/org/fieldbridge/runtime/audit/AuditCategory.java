/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.runtime.audit;

import java.util.Locale;
import java.util.Optional;

/** What kind of action an {@link AuditRecord} is about (IEC 62443-4-2 CR 2.8 "event category"). */
public enum AuditCategory {
    /** A session opened, refused or closed: who, from where, with which security policy and identity. */
    SESSION,
    /** An alarm acknowledged, confirmed or commented. */
    ALARM,
    /** A value written by a client. */
    WRITE,
    /** The configuration the runtime started with, and what changed since the last start. */
    CONFIGURATION,
    /** A client certificate trusted, removed from the trust list, or rejected. */
    CERTIFICATE;

    /** @return the name in the audit file, e.g. {@code session} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the category with this name in the audit file */
    public static Optional<AuditCategory> fromKey(String key) {
        for (AuditCategory category : values()) {
            if (category.key().equals(key)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
